"""A run made stale by a newer edit is cancelled: its clang-tidy is killed
(the slow fake logs "start" but never "run" for it, and its process is gone),
edits in quick succession start one run (debounce), only the newest version's
diagnostics are published, a request sent while clang-tidy runs is answered
at once (the editor is never blocked), and a server told to exit while
clang-tidy runs ends it first.
usage: cancel_check.py DIR CLANG_TIDY PLUGIN"""
import os
import sys
import time

import lspclient as L

root, tidy, plugin = sys.argv[1:4]
path = os.path.join(root, "shared.cpp")
log = os.path.join(root, "tidy.log")
os.environ.update(SLOW_TIDY_REAL=tidy, SLOW_TIDY_LOG=log, SLOW_TIDY_DELAY="3")
slow = os.path.join(os.path.dirname(os.path.abspath(__file__)), "slow-clang-tidy")
c = L.Client({"clangTidy": slow, "plugin": plugin, "extraArgs": ["--config={}"], "debounceMs": 100,
              "progressDelayMs": 60000}, stderr_path=os.path.join(root, "server.log"))
text = open(path).read()
c.open(path, text, version=1)
deadline = time.time() + 20
while not (os.path.exists(log) and "start" in open(log).read()) and time.time() < deadline:
    time.sleep(0.05)
first_pid = int(open(log).read().split()[1])
print("first clang-tidy started")
# Two edits in quick succession: the debounce runs clang-tidy once, on the last.
c.change(path, text.replace("data", "entries"), 2)
c.change(path, text.replace("data", "items"), 3)
rid = c.send_request("textDocument/codeAction", {
    "textDocument": {"uri": L.uri(path)}, "range": {"start": {"line": 0, "character": 0},
                                                    "end": {"line": 0, "character": 0}},
    "context": {"diagnostics": []}})
reply = c.wait(lambda m: m.get("id") == rid, 2, "codeAction reply during the run")
print("answered during the run:", reply["result"], "published yet:",
      any(m.get("method") == "textDocument/publishDiagnostics" for m in c.seen))
published = c.diagnostics(path)
print("first publish: version", published["version"], L.summary(published["diagnostics"]))
print("clang-tidy log:", [line.split()[0] for line in open(log).read().splitlines()])
print("first clang-tidy alive:", os.path.exists("/proc/%d" % first_pid))
# Leaving while clang-tidy runs: the server ends it before it exits.
c.save(path)
deadline = time.time() + 20
while open(log).read().count("start") < 3 and time.time() < deadline:
    time.sleep(0.05)
last_pid = int(open(log).read().split()[-1])
print("exit:", c.close())
print("clang-tidy alive after exit:", os.path.exists("/proc/%d" % last_pid))
