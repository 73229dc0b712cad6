"""JSON-RPC 2.0 over a byte stream with LSP framing (Content-Length headers).

The protocol layer only: it knows nothing about documents or clang-tidy.
`Endpoint` reads messages on the calling thread and dispatches them to
handlers; handlers must return quickly (long work belongs on other threads,
which may call `notify`/`request` at any time: writes are serialised).
"""

import json
import sys
import threading

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
SERVER_NOT_INITIALIZED = -32002
REQUEST_CANCELLED = -32800


class ProtocolError(Exception):
    """The stream does not hold well-framed JSON-RPC messages."""


class RpcError(Exception):
    """Raised by a handler to answer its request with an error response."""

    def __init__(self, code, message):
        Exception.__init__(self, message)
        self.code = code
        self.message = message


class Connection:
    """Reads and writes framed messages on two binary streams."""

    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer
        self.write_lock = threading.Lock()

    def read_message(self):
        """The next message as parsed JSON, or None at the end of the stream."""
        length = None
        while True:
            line = self.reader.readline()
            if not line:
                if length is None:
                    return None
                raise ProtocolError("stream ended inside a message header")
            line = line.strip()
            if not line:
                if length is None:
                    continue  # blank lines between messages are tolerated
                break
            name, sep, value = line.partition(b":")
            if not sep:
                raise ProtocolError("malformed header line: %r" % line[:80])
            if name.strip().lower() == b"content-length":
                try:
                    length = int(value.strip())
                except ValueError:
                    raise ProtocolError("bad Content-Length: %r" % value.strip()[:40])
        body = self.reader.read(length)
        if len(body) < length:
            raise ProtocolError("stream ended inside a message body")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise ProtocolError("message body is not JSON: %s" % e)

    def write_message(self, message):
        body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with self.write_lock:
            self.writer.write(b"Content-Length: %d\r\n\r\n" % len(body))
            self.writer.write(body)
            self.writer.flush()


def log(text):
    sys.stderr.write("static-state-lsp: %s\n" % text)
    sys.stderr.flush()


class Endpoint:
    """One side of a JSON-RPC conversation.

    handlers: {method: callable(params)}. A request's handler returns the
    result (or raises RpcError); a notification's return value is ignored.
    Unknown requests get METHOD_NOT_FOUND; unknown notifications are dropped
    (the LSP says "$/" ones may be ignored, and so may others we never asked for).
    """

    def __init__(self, connection, handlers=None):
        self.connection = connection
        self.handlers = dict(handlers or {})
        self.pending = {}  # id of our request -> callback(result, error)
        self.pending_lock = threading.Lock()
        self.next_id = 0
        self.running = True

    # ---- sending --------------------------------------------------------------------------------
    def notify(self, method, params):
        self.connection.write_message({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, callback=None):
        """Sends a request; callback(result, error) runs on the reading thread."""
        with self.pending_lock:
            self.next_id += 1
            rid = "s%d" % self.next_id
            self.pending[rid] = callback
        self.connection.write_message({"jsonrpc": "2.0", "id": rid, "method": method,
                                       "params": params})
        return rid

    def _respond(self, rid, result=None, error=None):
        message = {"jsonrpc": "2.0", "id": rid}
        if error is not None:
            message["error"] = error
        else:
            message["result"] = result
        self.connection.write_message(message)

    # ---- receiving ------------------------------------------------------------------------------
    def serve(self):
        """Reads and dispatches until the stream ends or `stop()` is called."""
        while self.running:
            try:
                message = self.connection.read_message()
            except ProtocolError as e:
                log("protocol error: %s" % e)
                self._respond(None, error={"code": PARSE_ERROR, "message": str(e)})
                return
            if message is None:
                return
            self.dispatch(message)

    def stop(self):
        self.running = False

    def dispatch(self, message):
        if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
            self._respond(message.get("id") if isinstance(message, dict) else None,
                          error={"code": INVALID_REQUEST, "message": "not a JSON-RPC 2.0 message"})
            return
        method = message.get("method")
        if method is None:
            self._on_response(message)
        elif "id" in message:
            self._on_request(message["id"], method, message.get("params"))
        else:
            self._on_notification(method, message.get("params"))

    def _on_response(self, message):
        with self.pending_lock:
            callback = self.pending.pop(message.get("id"), None)
        if callback:
            try:
                callback(message.get("result"), message.get("error"))
            except Exception as e:  # a bug in a callback must not end the server
                log("error in the response handler of %s: %r" % (message.get("id"), e))

    def _on_request(self, rid, method, params):
        handler = self.handlers.get(method)
        if handler is None:
            self._respond(rid, error={"code": METHOD_NOT_FOUND, "message": "unknown method %s" % method})
            return
        try:
            result = handler(params)
        except RpcError as e:
            self._respond(rid, error={"code": e.code, "message": e.message})
            return
        except Exception as e:
            log("error handling %s: %r" % (method, e))
            self._respond(rid, error={"code": INTERNAL_ERROR, "message": "%s: %r" % (method, e)})
            return
        self._respond(rid, result)

    def _on_notification(self, method, params):
        handler = self.handlers.get(method)
        if handler is None:
            return
        try:
            handler(params)
        except RpcError as e:
            log("%s: %s" % (method, e.message))
        except Exception as e:
            log("error handling %s: %r" % (method, e))
