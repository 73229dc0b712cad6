"""Prints the number of error- and warning-level results in a SARIF log
written by `sarif-multitool validate --output`, and their messages."""
import json, sys
log = json.load(open(sys.argv[1]))
results = [r for run in log.get("runs", []) for r in run.get("results", [])
           if r.get("level", "warning") in ("error", "warning")]
for r in results:
    print("%s %s %s" % (r.get("level"), r.get("ruleId"), json.dumps(r.get("message"))))
print("problems: %d" % len(results))
