"""static-state-lsp's main loop: serve the Language Server Protocol on stdin/stdout."""

import sys

from . import jsonrpc, server, tidy


def main(bin_dir):
    endpoint = jsonrpc.Endpoint(jsonrpc.Connection(sys.stdin.buffer, sys.stdout.buffer))
    srv = server.Server(endpoint, tidy.Tools(bin_dir))
    endpoint.serve()
    srv.scheduler.cancel_all()
    srv.scheduler.wait_idle(5)  # no clang-tidy outlives the server
    # Without an exit notification (the editor just closed our stdin) the LSP says exit code 1.
    return srv.exit_code if srv.exit_code is not None else 1

