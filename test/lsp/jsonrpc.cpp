// The protocol layer of static-state-lsp on its own: framing, dispatch to
// handlers, error replies, responses routed to our own requests, and a clear
// error (then the end) for a stream that is not LSP-framed JSON.
// RUN: %python %S/Inputs/jsonrpc_check.py 2> %t.err | %FileCheck %s
// RUN: %FileCheck %s --check-prefix=LOG < %t.err
// CHECK-LABEL: == dispatch
// CHECK-NEXT: {"id": 1, "jsonrpc": "2.0", "result": {"echo": {"x": "grüße"}}}
// CHECK-NEXT: {"error": {"code": -32601, "message": "unknown method nope"}, "id": 2, "jsonrpc": "2.0"}
// CHECK-NEXT: {"error": {"code": -32603, "message": "fails: ValueError('boom')"}, "id": 3, "jsonrpc": "2.0"}
// CHECK-NEXT: {"error": {"code": -32602, "message": "no such file"}, "id": "r4", "jsonrpc": "2.0"}
// CHECK-NEXT: {"error": {"code": -32600, "message": "not a JSON-RPC 2.0 message"}, "id": 5, "jsonrpc": "2.0"}
// CHECK-NEXT: notified: {{\[\[1\]\]}}
// CHECK-LABEL: == our request and its response
// CHECK-NEXT: {"id": "s1", "jsonrpc": "2.0", "method": "window/workDoneProgress/create", "params": {"token": "t"}}
// CHECK-NEXT: answers: [({'ok': True}, None)]
// CHECK-LABEL: == broken streams
// CHECK-NEXT: -- bad json
// CHECK-NEXT: {"error": {"code": -32700, "message": "message body is not JSON: {{.*}}"}, "id": null, "jsonrpc": "2.0"}
// CHECK-NEXT: -- bad length
// CHECK-NEXT: {"error": {"code": -32700, "message": "bad Content-Length: b'x'"}, "id": null, "jsonrpc": "2.0"}
// CHECK-NEXT: -- no colon
// CHECK-NEXT: {"error": {"code": -32700, "message": "malformed header line: b'Content-Length 2'"}, "id": null, "jsonrpc": "2.0"}
// CHECK-NEXT: -- short body
// CHECK-NEXT: {"error": {"code": -32700, "message": "stream ended inside a message body"}, "id": null, "jsonrpc": "2.0"}
// LOG: static-state-lsp: error handling fails: ValueError('boom')
// LOG: static-state-lsp: protocol error: message body is not JSON
