"""Files whose compile command is missing or wrong: no compile_commands.json
anywhere above the file (a directory of its own under the system's temporary
directory) -> analysed with fallbackFlags and an information diagnostic
saying so; a database that does not list the file -> said too; the
compilationDatabasePath setting wins over the search; a file that does not
compile -> one diagnostic at its first error, no raw compiler errors.
usage: nocompile_check.py DIR CLANG_TIDY PLUGIN"""
import os
import shutil
import sys
import tempfile

import lspclient as L

root, tidy, plugin = sys.argv[1:4]
inputs = os.path.dirname(os.path.abspath(__file__))
options = {"clangTidy": tidy, "plugin": plugin, "extraArgs": ["--config={}"],
           "fallbackFlags": ["-std=c++17"]}


def show(label, diags):
    print(label, [(x["range"]["start"]["line"] + 1, x["severity"], x.get("code", x["source"]),
                   x["message"] if "source" in x and "code" not in x else x["message"].split(";")[0])
                  for x in diags])


lonely = tempfile.mkdtemp(prefix="static-state-lsp-test-")
try:
    shutil.copy(os.path.join(inputs, "shared.cpp"), lonely)
    c = L.Client(options, stderr_path=os.path.join(root, "server1.log"))
    path = os.path.join(lonely, "shared.cpp")
    c.open(path)
    show("no database:", c.diagnostics(path)["diagnostics"])
    print("exit:", c.close())
finally:
    shutil.rmtree(lonely)

c = L.Client(options, stderr_path=os.path.join(root, "server2.log"))
unlisted = os.path.join(root, "unlisted.cpp")
shutil.copy(os.path.join(inputs, "shared.cpp"), unlisted)
c.open(unlisted)
show("not listed:", c.diagnostics(unlisted)["diagnostics"])
broken = os.path.join(root, "broken.cpp")
c.open(broken)
show("broken:", c.diagnostics(broken)["diagnostics"])
print("exit:", c.close())

c = L.Client(dict(options, compilationDatabasePath=os.path.join(root, "other-build")),
             stderr_path=os.path.join(root, "server3.log"))
c.open(broken)
show("configured:", c.diagnostics(broken)["diagnostics"])
print("exit:", c.close())
