"""Copies Inputs files into DIR and writes DIR/<db subdir>/compile_commands.json
listing the .cpp files. usage: lsp_project.py DIR DBSUBDIR|none FILE..."""
import json
import os
import shutil
import sys

root, db_dir, files = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
os.makedirs(root, exist_ok=True)
for f in files:
    src = os.path.join(os.path.dirname(__file__), f)
    if os.path.isdir(src):
        shutil.copytree(src, root, dirs_exist_ok=True)
    else:
        shutil.copy(src, root)
if db_dir != "none":
    os.makedirs(os.path.join(root, db_dir), exist_ok=True)
    entries = [{"directory": root, "file": os.path.join(root, name),
                "arguments": ["clang++", "-std=c++17", "-c", name]}
               for name in sorted(os.listdir(root)) if name.endswith(".cpp")]
    with open(os.path.join(root, db_dir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
