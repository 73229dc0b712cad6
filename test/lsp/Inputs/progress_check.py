"""$/progress for long runs: the token is created with
window/workDoneProgress/create, then begin (cancellable) and end around the
run, before its diagnostics; cancelling the progress kills the run (no "run"
in the slow fake's log, no diagnostics); a client without workDoneProgress
support gets none. usage: progress_check.py DIR CLANG_TIDY PLUGIN"""
import os
import sys
import time

import lspclient as L

root, tidy, plugin = sys.argv[1:4]
path = os.path.join(root, "shared.cpp")
log = os.path.join(root, "tidy.log")
os.environ.update(SLOW_TIDY_REAL=tidy, SLOW_TIDY_LOG=log, SLOW_TIDY_DELAY="1")
slow = os.path.join(os.path.dirname(os.path.abspath(__file__)), "slow-clang-tidy")
options = {"clangTidy": slow, "plugin": plugin, "extraArgs": ["--config={}"], "progressDelayMs": 200}


def progress(c, kind):
    m = c.wait(lambda m: m.get("method") == "$/progress" and m["params"]["value"]["kind"] == kind,
               20, "progress " + kind)
    return m["params"]["token"], m["params"]["value"]


def event(m):
    if m.get("method") == "$/progress":
        return "progress " + m["params"]["value"]["kind"]
    return m.get("method") or "reply"


c = L.Client(options, stderr_path=os.path.join(root, "server1.log"))
c.open(path)
token, begin = progress(c, "begin")
print("begin:", begin)
end_token, end = progress(c, "end")
print("end:", end, "same token:", end_token == token)
c.diagnostics(path)
created = [m["params"]["token"] for m in c.seen if m.get("method") == "window/workDoneProgress/create"]
print("created before use:", created == [token])
print("order:", [event(m) for m in c.seen[1:]])

def wait_for_starts(n):
    deadline = time.time() + 20
    while open(log).read().count("start") < n and time.time() < deadline:
        time.sleep(0.05)


c.save(path)
token, _ = progress(c, "begin")
wait_for_starts(2)  # cancel while clang-tidy runs, not before it starts
c.notify("window/workDoneProgress/cancel", {"token": token})
_, end = progress(c, "end")
print("cancelled:", end)
c.save(path)  # the server still works, and the cancelled run published nothing
c.diagnostics(path)
print("publishes:", sum(m.get("method") == "textDocument/publishDiagnostics" for m in c.seen))
print("clang-tidy log:", [line.split()[0] for line in open(log).read().splitlines()])
print("exit:", c.close())

c = L.Client(dict(options, clangTidy=tidy, progressDelayMs=0), capabilities={},
             stderr_path=os.path.join(root, "server2.log"))
c.open(path)
c.diagnostics(path)
print("without support:", [event(m) for m in c.seen[1:]])
print("exit:", c.close())
