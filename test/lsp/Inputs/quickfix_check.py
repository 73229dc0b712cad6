"""Diagnostics and quick fixes over the protocol: a finding with its notes as
related information, its fix as a code action whose edit (applied here to the
files, as an editor would) removes the shared static, and the finding gone
after the save; a header's finding whose fix edits the header and the source;
a client without relatedInformation/documentChanges support.
usage: quickfix_check.py DIR CLANG_TIDY PLUGIN"""
import json
import os
import sys

import lspclient as L

root, tidy, plugin = sys.argv[1:4]
options = {"clangTidy": tidy, "plugin": plugin, "extraArgs": ["--config={}"], "debounceMs": 50}
shared, header, source = (os.path.join(root, n) for n in ("shared.cpp", "api.h", "api.cpp"))

print("== one file, capable client")
c = L.Client(options, stderr_path=os.path.join(root, "server1.log"))
c.open(shared)
d = c.diagnostics(shared, version=1)["diagnostics"]
print("\n".join(L.summary(d)))
warning = next(x for x in d if x["code"] == "static-state-written-by-instance")
print("related:", [r["message"] for r in warning["relatedInformation"]])
actions = c.code_actions(shared, warning)
fix = actions[0]
print("action:", fix["kind"], fix["isPreferred"], fix["title"][:40], [a["diagnostics"][0]["code"] for a in actions])
print("edits:", [(L.uri(shared) == e["textDocument"]["uri"], e["textDocument"]["version"])
                 for e in fix["edit"]["documentChanges"]])
L.apply_edit(fix["edit"])
fixed = open(shared).read()
print("static left:", "static" in fixed)
c.change(shared, fixed, 2)
c.save(shared)
after = c.diagnostics(shared, version=2)["diagnostics"]
print("after save:", L.summary(after))
print("exit:", c.close())

print("== header and source")
c = L.Client(options, stderr_path=os.path.join(root, "server2.log"))
c.open(source)
d = c.diagnostics(header)["diagnostics"]
print("\n".join(L.summary(d)))
warning = next(x for x in d if x["code"] == "static-state-written-by-instance")
print("related:", [(os.path.basename(r["location"]["uri"]), r["location"]["range"]["start"]["line"] + 1, r["message"])
                   for r in warning["relatedInformation"]])
fix = c.code_actions(header, warning)[0]
print("edits:", [(os.path.basename(e["textDocument"]["uri"]), e["textDocument"]["version"])
                 for e in fix["edit"]["documentChanges"]])
L.apply_edit(fix["edit"])
print("header static left:", "static" in open(header).read())
c.change(source, open(source).read(), 2)
c.save(source)
print("header after save:", L.summary(c.diagnostics(header)["diagnostics"]))
print("exit:", c.close())

print("== plain client")
os.system("cp %s %s" % (os.path.join(os.path.dirname(__file__), "shared.cpp"), shared))
c = L.Client(options, capabilities={}, stderr_path=os.path.join(root, "server3.log"))
c.open(shared)
d = c.diagnostics(shared)["diagnostics"]
warning = next(x for x in d if x["code"] == "static-state-written-by-instance")
print("message:", json.dumps(warning["message"]))
print("relatedInformation:", "relatedInformation" in warning)
fix = c.code_actions(shared, warning)[0]
print("changes:", sorted(os.path.basename(u) for u in fix["edit"]["changes"]))
print("progress messages:", sum(m.get("method", "").endswith("progress") for m in c.seen))
print("exit:", c.close())
