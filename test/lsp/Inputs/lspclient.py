"""A minimal LSP client for the protocol-level tests: starts static-state-lsp,
talks JSON-RPC over its pipes, and waits (with a deadline) for the messages a
test expects. The server's framing is read independently of its own code."""

import json
import os
import queue
import subprocess
import sys
import threading
import time

SERVER = os.path.join(os.path.dirname(__file__), "..", "..", "..", "scripts", "static-state-lsp")


def uri(path):
    return "file://" + os.path.abspath(path)


class Client:
    def __init__(self, init_options=None, capabilities=None, server=SERVER, stderr_path=None):
        self.stderr = open(stderr_path or os.devnull, "wb")
        self.proc = subprocess.Popen([sys.executable, server], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr)
        self.inbox = queue.Queue()
        self.seen = []  # every message received, in order
        self.next_id = 0
        self.answer_requests = {}  # method -> result to send back when the server asks
        threading.Thread(target=self._read, daemon=True).start()
        caps = capabilities if capabilities is not None else {
            "textDocument": {"publishDiagnostics": {"relatedInformation": True}},
            "workspace": {"workspaceEdit": {"documentChanges": True}},
            "window": {"workDoneProgress": True}}
        self.init_result = self.request("initialize", {"processId": os.getpid(), "rootUri": None,
                                                       "capabilities": caps,
                                                       "initializationOptions": init_options})
        self.notify("initialized", {})

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            message = json.loads(out.read(length))
            if "method" in message and "id" in message:  # a request from the server
                self._send({"jsonrpc": "2.0", "id": message["id"],
                            "result": self.answer_requests.get(message["method"])})
            self.inbox.put(message)

    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def send_request(self, method, params):
        self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def request(self, method, params, timeout=20):
        rid = self.send_request(method, params)
        reply = self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout,
                          "reply to %s" % method)
        if "error" in reply:
            raise RuntimeError("%s failed: %s" % (method, reply["error"]))
        return reply.get("result")

    def wait(self, predicate, timeout=30, what="message"):
        for m in self.seen:
            if predicate(m) and not m.get("_taken"):
                m["_taken"] = True
                return m
        deadline = time.time() + timeout
        while True:
            left = deadline - time.time()
            try:
                m = self.inbox.get(timeout=max(left, 0.01))
            except queue.Empty:
                m = False
            if m is None:
                raise RuntimeError("server exited (code %s) while waiting for %s"
                                   % (self.proc.wait(), what))
            if m is False:
                raise RuntimeError("timed out waiting for %s" % what)
            self.seen.append(m)
            if predicate(m):
                m["_taken"] = True
                return m

    def diagnostics(self, path, timeout=30, version=None):
        """The next publishDiagnostics for path (and that version, if given)."""
        def match(m):
            p = m.get("params") or {}
            return (m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri(path)
                    and (version is None or p.get("version") == version))
        return self.wait(match, timeout, "diagnostics of %s" % path)["params"]

    def open(self, path, text=None, version=1):
        if text is None:
            text = open(path, encoding="utf-8").read()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(path), "languageId": "cpp", "version": version, "text": text}})

    def change(self, path, text, version):
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": version},
                                               "contentChanges": [{"text": text}]})

    def save(self, path):
        self.notify("textDocument/didSave", {"textDocument": {"uri": uri(path)}})

    def code_actions(self, path, diagnostic):
        return self.request("textDocument/codeAction", {
            "textDocument": {"uri": uri(path)}, "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]}})

    def close(self):
        """shutdown + exit; returns the server's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        code = self.proc.wait(timeout=10)
        self.stderr.close()
        return code


def utf16_index(text, pos):
    """str index of an LSP position (UTF-16 character) in text."""
    lines = text.split("\n")
    line = lines[pos["line"]] if pos["line"] < len(lines) else ""
    index, units = sum(len(l) + 1 for l in lines[:pos["line"]]), 0
    for ch in line:
        if units >= pos["character"]:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        index += 1
    return index


def apply_text_edits(text, edits):
    """Positions refer to the text before any edit: apply from the last one."""
    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                    reverse=True):
        text = (text[:utf16_index(text, e["range"]["start"])] + e["newText"]
                + text[utf16_index(text, e["range"]["end"]):])
    return text


def edits_by_path(edit):
    changes = edit.get("changes") or {d["textDocument"]["uri"]: d["edits"]
                                      for d in edit.get("documentChanges", [])}
    return {u[len("file://"):]: e for u, e in changes.items()}


def apply_edit(edit):
    """Applies a WorkspaceEdit to the files on disk."""
    for path, edits in edits_by_path(edit).items():
        text = apply_text_edits(open(path, encoding="utf-8").read(), edits)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def summary(diags):
    """One line per diagnostic: line:character code message-start."""
    return ["%d:%d %s %s" % (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1,
                             d.get("code", d.get("source")), d["message"].split(";")[0])
            for d in sorted(diags, key=lambda d: (d["range"]["start"]["line"], d.get("code") or ""))]
