#!/usr/bin/env python3
"""Runs one static-state-tidy lit test: clang-tidy with the plugin on a copy of
the test file, then FileCheck over the diagnostics and the fixed file.

Usage (from a RUN line, via the %check_static_state substitution):

  %check_static_state [options] %s <checks> %t [-- <clang-tidy args> [-- <compiler args>]]

Conventions clang-tidy users know:
  CHECK-MESSAGES[-SUFFIX]: warnings and errors; every warning/error printed must
                           be matched (notes may appear unmatched).
  CHECK-NOTES[-SUFFIX]:    warnings, errors and notes; every one must be matched.
  CHECK-FIXES[-SUFFIX]:    lines of the file after `clang-tidy --fix`.
A test with no CHECK-MESSAGES/CHECK-NOTES expects no diagnostics at all; a
test with no CHECK-FIXES expects the file to stay byte for byte the same.
Every fixed file is compiled, and fixed again to prove the fix is stable.

Options:
  --check-suffixes=A,B   use CHECK-MESSAGES-A, CHECK-FIXES-B, ...
  --std=c++17            language standard (default c++17)
  --header-filter=RE     pinned header filter (default: main file only)
  --expect-clang-tidy-error  the input does not compile; clang-tidy must not crash
  --run                  behaviour test: the original program must exit non-zero
                         (the bug shows), the fixed program must exit 0
  --run-same             behaviour test: the program must exit 0 both before and
                         after --fix (what it does is kept, fixed or not)
  --header FILE          copy FILE next to the test copy (editable header);
                         CHECK-FIXES-HEADER lines in FILE are checked after --fix
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

CHECK_COMMENT = re.compile(r"//\s*CHECK-[A-Z0-9-]+:[^\r\n]*")


def fail(msg, output=None):
    sys.stderr.write("check_static_state: error: %s\n" % msg)
    if output:
        sys.stderr.write("------ output ------\n%s\n--------------------\n" % output)
    sys.exit(1)


def run(cmd, what, expect_ok=True, cwd=None):
    sys.stderr.write("$ %s\n" % " ".join(cmd))
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, cwd=cwd)
    out = proc.stdout
    crashed = proc.returncode < 0 or "Stack dump" in out or \
        "PLEASE submit a bug report" in out
    if crashed:
        fail("%s crashed (exit %d)" % (what, proc.returncode), out)
    if expect_ok and proc.returncode != 0:
        fail("%s failed (exit %d)" % (what, proc.returncode), out)
    return proc.returncode, out


def strip_checks(text):
    # Keep line and column numbers: replace the check comment by a bare `//`.
    return CHECK_COMMENT.sub("//", text)


def prefixes_present(text, base, suffixes):
    found = []
    for suffix in suffixes:
        prefix = base + ("-" + suffix if suffix else "")
        if re.search(r"\b" + re.escape(prefix) + r"(-NEXT|-SAME|-NOT|-DAG|-EMPTY)?:", text):
            found.append(prefix)
    return found


def filecheck(args, check_file, input_text, prefixes, implicit_not, strict=False):
    cmd = [args.filecheck, check_file, "--check-prefixes=" + ",".join(prefixes),
           "--dump-input=fail"]
    if implicit_not:
        cmd.append("--implicit-check-not={{%s}}:" % implicit_not)
    if strict:
        cmd.append("--strict-whitespace")
    sys.stderr.write("$ %s\n" % " ".join(cmd))
    proc = subprocess.run(cmd, input=input_text, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)
    if proc.returncode != 0:
        fail("FileCheck %s failed" % ",".join(prefixes), proc.stdout)


def compile_and_run(args, source, exe, compiler_args, expect_zero):
    run([args.clangxx, "-std=" + args.std, "-O0", "-pthread", "-w"] + compiler_args +
        [source, "-o", exe], "compiling %s" % source)
    sys.stderr.write("$ %s\n" % exe)
    proc = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, timeout=60)
    if expect_zero and proc.returncode != 0:
        fail("%s exited %d; the fix did not remove the sharing or changed behaviour" % (exe,
             proc.returncode), proc.stdout)
    if not expect_zero and proc.returncode == 0:
        fail("original program exited 0: the behaviour test does not show the bug",
             proc.stdout)


def main():
    argv = sys.argv[1:]
    extra_tidy, extra_cc = [], []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
        if "--" in rest:
            j = rest.index("--")
            extra_tidy, extra_cc = rest[:j], rest[j + 1:]
        else:
            extra_tidy = rest
    p = argparse.ArgumentParser()
    p.add_argument("--clang-tidy", required=True)
    p.add_argument("--plugin", required=True)
    p.add_argument("--clangxx", required=True)
    p.add_argument("--filecheck", required=True)
    p.add_argument("--check-suffixes", "--check-suffix", default="")
    p.add_argument("--std", default="c++17")
    p.add_argument("--header-filter", default="^$")
    p.add_argument("--expect-clang-tidy-error", action="store_true")
    p.add_argument("--run", action="store_true")
    p.add_argument("--run-same", action="store_true")
    p.add_argument("--header", action="append", default=[])
    p.add_argument("source")
    p.add_argument("checks")
    p.add_argument("temp")
    args = p.parse_args(argv)

    with open(args.source) as f:
        original = f.read()
    suffixes = [s.strip() for s in args.check_suffixes.split(",")] if args.check_suffixes else [""]

    msg_prefixes = prefixes_present(original, "CHECK-MESSAGES", suffixes)
    note_prefixes = prefixes_present(original, "CHECK-NOTES", suffixes)
    fix_prefixes = prefixes_present(original, "CHECK-FIXES", suffixes)
    if msg_prefixes and note_prefixes:
        fail("use CHECK-MESSAGES or CHECK-NOTES in one run, not both")

    workdir = os.path.dirname(os.path.abspath(args.temp)) or "."
    os.makedirs(workdir, exist_ok=True)
    base = os.path.basename(args.temp)
    test_dir = args.temp + ".dir"
    shutil.rmtree(test_dir, ignore_errors=True)
    os.makedirs(test_dir)
    temp_source = os.path.join(test_dir, base + ".cpp")
    cleaned = strip_checks(original)
    with open(temp_source, "w") as f:
        f.write(cleaned)

    headers = []
    for h in args.header:
        dst = os.path.join(test_dir, os.path.basename(h))
        with open(h) as f:
            text = f.read()
        with open(dst, "w") as f:
            f.write(strip_checks(text))
        headers.append((h, dst, strip_checks(text)))

    compiler_args = ["-std=" + args.std, "-I" + test_dir] + extra_cc
    has_config = any(a.startswith(("--config", "-config")) for a in extra_tidy)

    if args.run or args.run_same:
        compile_and_run(args, temp_source, os.path.join(test_dir, "before.out"),
                        compiler_args, expect_zero=args.run_same)

    def tidy(path):
        cmd = [args.clang_tidy, "--load=" + args.plugin, path, "--fix",
               "--checks=-*," + args.checks, "--header-filter=" + args.header_filter]
        if not has_config:
            cmd.append("--config={}")
        cmd += extra_tidy + ["--"] + compiler_args
        code, out = run(cmd, "clang-tidy", expect_ok=False, cwd=test_dir)
        if code != 0 and not args.expect_clang_tidy_error:
            fail("clang-tidy exited %d" % code, out)
        if code == 0 and args.expect_clang_tidy_error:
            fail("clang-tidy was expected to report a compile error", out)
        return out

    output = tidy(temp_source)
    with open(args.temp + ".msg", "w") as f:
        f.write(output)
    sys.stderr.write(output)

    # clang-tidy's own "FIX-IT applied" notes are not the plugin's diagnostics.
    diag_lines = [l for l in output.splitlines()
                  if re.search(r": (warning|error|note): ", l)
                  and "note: FIX-IT applied suggested code changes" not in l]
    if args.expect_clang_tidy_error:
        # The compiler's own errors (and their notes) are not ours to check.
        kept, in_clang_error = [], False
        for l in diag_lines:
            if re.search(r": (warning|error): ", l):
                in_clang_error = "[clang-diagnostic-" in l
            if not in_clang_error:
                kept.append(l)
        diag_lines = kept
    if note_prefixes:
        filecheck(args, args.source, "\n".join(diag_lines) + "\n", note_prefixes,
                  "note|warning|error")
    elif msg_prefixes:
        only = [l for l in diag_lines if not re.search(r": note: ", l)]
        filecheck(args, args.source, "\n".join(only) + "\n", msg_prefixes,
                  "warning|error")
    else:
        unexpected = [l for l in diag_lines
                      if re.search(r": (warning|error): ", l)
                      and not (args.expect_clang_tidy_error and "clang-diagnostic" in l)]
        if unexpected:
            fail("no diagnostics were expected, got:\n" + "\n".join(unexpected))

    with open(temp_source) as f:
        fixed = f.read()
    header_fixes = []
    for src, dst, before in headers:
        with open(dst) as f:
            after = f.read()
        header_fixes.append((src, before, after))

    if fix_prefixes:
        filecheck(args, args.source, fixed, fix_prefixes, None, strict=True)
    elif fixed != cleaned:
        import difflib
        diff = "".join(difflib.unified_diff(cleaned.splitlines(True), fixed.splitlines(True),
                                            "before", "after"))
        fail("clang-tidy changed the file but the test has no CHECK-FIXES", diff)

    for src, before, after in header_fixes:
        with open(src) as f:
            header_text = f.read()
        header_prefixes = prefixes_present(header_text, "CHECK-FIXES-HEADER", [""])
        if header_prefixes:
            filecheck(args, src, after, header_prefixes, None, strict=True)
        elif after != before:
            fail("clang-tidy changed %s but it has no CHECK-FIXES-HEADER" % src)

    changed = fixed != cleaned or any(b != a for _, b, a in header_fixes)
    if changed and not args.expect_clang_tidy_error:
        # The fixed code must compile, and a second --fix must change nothing.
        run([args.clangxx, "-fsyntax-only"] + compiler_args + [temp_source],
            "compiling the fixed file")
        snapshot = [open(temp_source).read()] + [open(d).read() for _, d, _ in headers]
        tidy(temp_source)
        again = [open(temp_source).read()] + [open(d).read() for _, d, _ in headers]
        if again != snapshot:
            fail("a second clang-tidy --fix changed the file again: the fix is not stable")

    if args.run or args.run_same:
        compile_and_run(args, temp_source, os.path.join(test_dir, "after.out"),
                        compiler_args, expect_zero=True)


if __name__ == "__main__":
    main()
