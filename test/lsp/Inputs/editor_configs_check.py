"""The VS Code (Generic LSP Client) and Helix snippets of docs/integrations.md
name the installed command, attach to C and C++ next to clangd (Helix), and
pass initializationOptions the server accepts (a bad option, for contrast, is
refused with a message). usage: editor_configs_check.py VSCODE.json HELIX.toml"""
import json
import shutil
import sys
import tomllib

import lspclient as L


def accepted(options):
    c = L.Client(options)
    messages = [m["params"]["message"] for m in c.seen if m.get("method") == "window/showMessage"]
    c.close()
    return messages or "accepted"


vscode = json.load(open(sys.argv[1]))
print("vscode command:", vscode["glspc.server.command"], "on PATH:",
      shutil.which(vscode["glspc.server.command"]) is not None)
print("vscode languages:", vscode["glspc.server.languageId"])
print("vscode options:", accepted(vscode["glspc.server.initializationOptions"]))

helix = tomllib.load(open(sys.argv[2], "rb"))
server = helix["language-server"]["static-state-lsp"]
print("helix command:", server["command"])
print("helix languages:", [(l["name"], l["language-servers"]) for l in helix["language"]])
print("helix options:", accepted(server["config"]))
print("bad options:", accepted({"fallbackFlags": "-std=c++17"}))
