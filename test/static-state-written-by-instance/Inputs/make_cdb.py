"""Writes compile_commands.json for every .cpp in a directory."""
import json, os, sys
src, compiler = os.path.abspath(sys.argv[1]), sys.argv[2]
entries = [{"directory": src, "file": os.path.join(src, f),
            "arguments": [compiler, "-std=c++17", "-c", f, "-o", f + ".o"]}
           for f in sorted(os.listdir(src)) if f.endswith(".cpp")]
with open(os.path.join(src, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
