"""Prints one line per SARIF result: rule, uri (with its base id), line:column,
number of related locations, and the byte regions of its fixes; then the rules
with the start of their help text."""
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    art, reg = loc["artifactLocation"], loc["region"]
    fixes = ["%s+%s" % (rep["deletedRegion"]["byteOffset"], rep["deletedRegion"]["byteLength"])
             for fx in r.get("fixes", []) for ch in fx["artifactChanges"] for rep in ch["replacements"]]
    print("result %s %s:%s %d:%d related=%d fixes=%s" % (
        r["ruleId"], art.get("uriBaseId"), art["uri"], reg["startLine"], reg["startColumn"],
        len(r.get("relatedLocations", [])), ",".join(fixes) or "-"))
for rule in run["tool"]["driver"]["rules"]:
    print("rule %s: %s" % (rule["id"], rule["help"]["text"][:60]))
