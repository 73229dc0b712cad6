"""The server survives what clang-tidy does: a crash (a fake that aborts with
a stack dump) becomes an error diagnostic naming the signal and what clang-tidy
was doing; a clang-tidy that does not exist becomes one with the wrapper's
message; bad settings are refused with a message and change nothing; good
settings from workspace/didChangeConfiguration (clang-tidy, checks) re-run
the open files.
usage: crash_check.py DIR CLANG_TIDY PLUGIN"""
import os
import sys

import lspclient as L

root, tidy, plugin = sys.argv[1:4]
path = os.path.join(root, "shared.cpp")
abort = os.path.join(os.path.dirname(os.path.abspath(__file__)), "abort-clang-tidy")
c = L.Client({"clangTidy": abort, "plugin": plugin, "extraArgs": ["--config={}"]},
             stderr_path=os.path.join(root, "server.log"))
c.open(path)
d = c.diagnostics(path)["diagnostics"]
print("crash:", [(x["severity"], x["source"], x["message"]) for x in d])

c.notify("workspace/didChangeConfiguration", {"settings": {"clangTidy": "/nonexistent/clang-tidy"}})
d = c.diagnostics(path)["diagnostics"]
print("missing:", [(x["severity"], x["message"]) for x in d])

c.notify("workspace/didChangeConfiguration",
         {"settings": {"static-state-lsp": {"debounceMs": "soon", "colour": "red", "clangTidy": tidy}}})
shown = c.wait(lambda m: m.get("method") == "window/showMessage", 10, "showMessage")["params"]
print("refused:", shown["type"], shown["message"])
c.save(path)  # still the missing clang-tidy: nothing of the refused settings was applied
print("after refusal:", [x["message"][:42] for x in c.diagnostics(path)["diagnostics"]])

c.notify("workspace/didChangeConfiguration", {"settings": {"static-state-lsp": {
    "clangTidy": tidy, "checks": "-*,static-state-unbounded-growth"}}})
d = c.diagnostics(path)["diagnostics"]
print("recovered, one check:", [x["code"] for x in d])
print("exit:", c.close())
