#!/usr/bin/env python3
"""A clang-tidy stand-in for the sweep-headers test: it fails in a chosen way for
chosen headers of libtclap-dev, so that every outcome the sweep reports is seen.

  tclap/Arg.h               crashes (SIGSEGV), but only with static-state-local-in-method on
  tclap/CmdLine.h           hangs (the sweep's timeout kills it)
  tclap/ArgException.h      prints an assertion failure and aborts
  tclap/Visitor.h           prints an AddressSanitizer report
  tclap/HelpVisitor.h       does not parse (a compile error)
  anything else             one finding of static-state-unbounded-growth
"""
import os
import re
import signal
import sys
import time

args = sys.argv[1:]
if "--version" in args:
    print("Debian LLVM version 22.1.8\n  Optimized build.")
    sys.exit(0)
before = args[:args.index("--")] if "--" in args else args
tu = next(a for a in before if a.endswith(".cpp"))
checks = next(a for a in before if a.startswith("--checks="))
header = re.search(r"#include <(.*)>", open(tu).read()).group(1)

if header == "tclap/Arg.h":
    if "static-state-local-in-method" in checks:
        sys.stdout.write("Stack dump:\n0. Program arguments: clang-tidy\n")
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGSEGV)
    sys.exit(0)
if header == "tclap/CmdLine.h":
    time.sleep(600)
if header == "tclap/ArgException.h":
    print("clang-tidy: Sema.cpp:42: void f(): Assertion `D && \"no decl\"' failed.")
    sys.stdout.flush()
    os.abort()
if header == "tclap/Visitor.h":
    print("==1==ERROR: AddressSanitizer: heap-use-after-free on address 0x1")
    sys.exit(1)
if header == "tclap/HelpVisitor.h":
    print("/usr/include/%s:72:47: error: use of undeclared identifier 'ExitException'"
          " [clang-diagnostic-error]" % header)
    sys.exit(1)
print("/usr/include/%s:3:4: warning: global 'g' only ever grows [static-state-unbounded-growth]"
      % header)
