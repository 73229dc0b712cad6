"""Writes one small .cpp per name given: class C_<name> with a static member
that instance methods write."""
import os, sys
out = sys.argv[1]
for name in sys.argv[2:]:
    with open(os.path.join(out, name + ".cpp"), "w") as f:
        f.write("class C_%s { void f() { ++n; } void g() { n = 2; } static int n; };\n"
                "int C_%s::n;\n" % (name, name))
