"""Writes a tiny C++ project with a compilation database, as CMake would:
  ROOT/include/registry.h   class Registry: an inline static vector that an
                            instance method appends to (one finding, in a header)
  ROOT/src/<name>.cpp       one per name: class C_<name> whose static 'n' its
                            instance methods write (one finding each); includes registry.h
  ROOT/src/clean.cpp        nothing to report
  ROOT/build/compile_commands.json   relative file names, run from ROOT/build
usage: make_project.py ROOT CXX NAME..."""
import json, os, sys
root, cxx, names = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
for d in ("include", "src", "build"):
    os.makedirs(os.path.join(root, d), exist_ok=True)
with open(os.path.join(root, "include", "registry.h"), "w") as f:
    f.write("#pragma once\n#include <vector>\n"
            "class Registry {\npublic:\n  void add(int v) { items.push_back(v); }\n"
            "private:\n  inline static std::vector<int> items;\n};\n")
for name in names:
    with open(os.path.join(root, "src", name + ".cpp"), "w") as f:
        f.write('#include "registry.h"\n'
                "class C_%s { void f() { ++n; } void g() { n = 2; } static int n; };\n"
                "int C_%s::n;\n" % (name, name))
with open(os.path.join(root, "src", "clean.cpp"), "w") as f:
    f.write('#include "registry.h"\nint clean(int x) { return x + 1; }\n')
entries = [{"directory": os.path.join(root, "build"), "file": "../src/%s.cpp" % n,
            "arguments": [cxx, "-std=c++17", "-I../include", "-c", "../src/%s.cpp" % n,
                          "-o", n + ".o"]}
           for n in sorted(names + ["clean"])]
with open(os.path.join(root, "build", "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
