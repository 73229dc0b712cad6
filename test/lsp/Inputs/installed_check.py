"""The installed static-state-lsp (given as SERVER) serves a file: it finds its
package, the installed static-state-tidy beside it and, through that, the
installed plugin for the given clang-tidy. usage: installed_check.py SERVER DIR CLANG_TIDY"""
import os
import sys

import lspclient as L

server, root, tidy = sys.argv[1:4]
path = os.path.join(root, "shared.cpp")
c = L.Client({"clangTidy": tidy, "extraArgs": ["--config={}"]}, server=server,
             stderr_path=os.path.join(root, "server.log"))
print("server:", c.init_result["serverInfo"])
c.open(path)
d = c.diagnostics(path)["diagnostics"]
print("\n".join(L.summary(d)))
warning = next(x for x in d if x["code"] == "static-state-written-by-instance")
print("quick fixes:", len(c.code_actions(path, warning)))
print("exit:", c.close())
