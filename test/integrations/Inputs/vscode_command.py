"""Turns the VS Code C/C++ extension settings (settings.json snippet on stdin)
into the clang-tidy command line the extension runs for one file: the
configured executable and args, the enabled checks, --export-fixes for its
quick fixes, the file, and compiler flags after --. Installed paths in the
snippet are mapped to this build's (OLD=NEW arguments).
usage: vscode_command.py FILE EXPORT OLD=NEW... < settings.json"""
import json, shlex, sys
settings = json.load(sys.stdin)
assert settings["C_Cpp.codeAnalysis.clangTidy.enabled"] is True
mapping = [a.split("=", 1) for a in sys.argv[3:]]

def local(s):
    for old, new in mapping:
        s = s.replace(old, new)
    return s

cmd = [local(settings["C_Cpp.codeAnalysis.clangTidy.path"])]
cmd += [local(a) for a in settings.get("C_Cpp.codeAnalysis.clangTidy.args", [])]
checks = settings.get("C_Cpp.codeAnalysis.clangTidy.checks.enabled")
if checks:
    cmd.append("--checks=-*," + ",".join(checks))
cmd += ["--config={}", "--export-fixes=" + sys.argv[2], sys.argv[1], "--", "-std=c++17"]
print(" ".join(shlex.quote(c) for c in cmd))
