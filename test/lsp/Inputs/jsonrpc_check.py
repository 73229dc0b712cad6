"""Drives static_state_lsp.jsonrpc on its own (no server, no clang-tidy):
framing, dispatch, errors, responses to our own requests. Prints one line per
message written, for FileCheck."""
import io
import json
import os
import sys

sys.stdout.reconfigure(encoding="utf-8")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "scripts"))
from static_state_lsp import jsonrpc  # noqa: E402


def frame(obj, extra_header=b""):
    body = obj if isinstance(obj, bytes) else json.dumps(obj).encode("utf-8")
    return b"Content-Length: %d\r\n%s\r\n" % (len(body), extra_header) + body


def run(stream, handlers, before=None):
    out = io.BytesIO()
    endpoint = jsonrpc.Endpoint(jsonrpc.Connection(io.BytesIO(stream), out), handlers)
    if before:
        before(endpoint)
    endpoint.serve()
    conn = jsonrpc.Connection(io.BytesIO(out.getvalue()), None)
    while True:
        m = conn.read_message()
        if m is None:
            break
        print(json.dumps(m, sort_keys=True, ensure_ascii=False))


def fails(_params):
    raise ValueError("boom")


def refuses(_params):
    raise jsonrpc.RpcError(jsonrpc.INVALID_PARAMS, "no such file")


got = []
handlers = {"echo": lambda p: {"echo": p}, "fails": fails, "refuses": refuses,
            "note": lambda p: got.append(p)}
print("== dispatch")
run(frame({"jsonrpc": "2.0", "id": 1, "method": "echo", "params": {"x": "grüße"}})
    + b"\r\n"  # a stray blank line between messages is tolerated
    + frame({"jsonrpc": "2.0", "id": 2, "method": "nope"})
    + frame({"jsonrpc": "2.0", "method": "nope"})  # unknown notification: dropped
    + frame({"jsonrpc": "2.0", "method": "note", "params": [1]}, b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n")
    + frame({"jsonrpc": "2.0", "id": 3, "method": "fails"})
    + frame({"jsonrpc": "2.0", "id": "r4", "method": "refuses"})
    + frame({"id": 5, "method": "echo"}),
    handlers)
print("notified:", got)

print("== our request and its response")
answers = []
run(frame({"jsonrpc": "2.0", "id": "s1", "result": {"ok": True}})
    + frame({"jsonrpc": "2.0", "id": "unknown", "result": None}),
    {}, lambda e: e.request("window/workDoneProgress/create", {"token": "t"},
                            lambda r, err: answers.append((r, err))))
print("answers:", answers)

print("== broken streams")
for name, stream in [("bad json", frame(b"{not json")),
                     ("bad length", b"Content-Length: x\r\n\r\n{}"),
                     ("no colon", b"Content-Length 2\r\n\r\n{}"),
                     ("short body", b"Content-Length: 50\r\n\r\n{}")]:
    print("--", name)
    run(stream, handlers)
