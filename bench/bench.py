#!/usr/bin/env python3
"""Speed and memory of the static-state checks, as ratios measured in one run.

Generates translation units of growing size (classes with static members and
the member functions that read and write them), then runs clang-tidy on each:

  baseline  clang-tidy with one cheap built-in check (parsing dominates)
  plugin    clang-tidy with every static-state-* check

and reports, per size, plugin/baseline time and peak memory, and between
sizes how the plugin's own cost grows: doubling the references should about
double the extra time (linear), never quadruple it (variables x functions).

  bench/bench.py [--llvm 22] [--sizes 500,1000,2000] [--repeat 3]

Nothing here is an assertion: numbers are printed for a human (or a CI log)
to compare against the targets in bench/README.md.
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(path, classes):
    """A TU with `classes` classes; each has 4 statics (a container, a map,
    a counter that is an instance counter, an atomic) and 6 methods."""
    out = ["#include <atomic>", "#include <map>", "#include <mutex>",
           "#include <string>", "#include <vector>", ""]
    for i in range(classes):
        out.append("""
class C%(i)d {
public:
  C%(i)d() { ++alive; }
  ~C%(i)d() { --alive; }
  void add(int v) { items.push_back(v); index[v] = static_cast<int>(items.size()); }
  int find(int v) const { auto it = index.find(v); return it == index.end() ? -1 : it->second; }
  void reset() { std::lock_guard<std::mutex> g(mu); items.clear(); }
  int total() const { int t = 0; for (int v : items) t += v; return t + alive; }
  void touch() { hits.fetch_add(1); auto &alias = items; if (!alias.empty()) alias[0] = 1; }
  static int count() { return alive; }
private:
  static std::vector<int> items;
  static std::map<int, int> index;
  static int alive;
  static std::atomic<long> hits;
  static std::mutex mu;
};
""" % {"i": i})
    with open(path, "w") as f:
        f.write("\n".join(out))


def run(cmd, repeat):
    """Best wall time of `repeat` runs."""
    best = None
    for _ in range(repeat):
        start = time.monotonic()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              universal_newlines=True)
        elapsed = time.monotonic() - start
        if proc.returncode < 0 or "Stack dump" in proc.stderr:
            sys.exit("clang-tidy crashed:\n" + proc.stderr[-2000:])
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--llvm", default="22")
    p.add_argument("--sizes", default="500,1000,2000")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()

    build = "build" if args.llvm == "22" else "build-" + args.llvm
    plugin = os.path.join(ROOT, build, "lib", "StaticStateTidy.so")
    tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % args.llvm
    if not os.path.exists(plugin):
        sys.exit("no plugin at %s: run scripts/bootstrap.sh %s first" % (plugin, args.llvm))

    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            src = os.path.join(tmp, "bench_%d.cpp" % n)
            generate(src, n)
            common = [tidy, "--load=" + plugin, "--config={}", src, "--", "-std=c++17"]
            # Separate processes so that each peak RSS is its own.
            base_t = run(common[:3] + ["--checks=-*,misc-unused-alias-decls"] + common[3:],
                            args.repeat)
            base_rss = measure_rss(common[:3] + ["--checks=-*,misc-unused-alias-decls"] + common[3:])
            plug_t = run(common[:3] + ["--checks=-*,static-state-*"] + common[3:], args.repeat)
            plug_rss = measure_rss(common[:3] + ["--checks=-*,static-state-*"] + common[3:])
            refs = n * 14  # references to static members per generated class
            rows.append((n, refs, base_t, plug_t, base_rss, plug_rss))

    print("LLVM %s, best of %d runs" % (args.llvm, args.repeat))
    print("%8s %8s %10s %10s %10s %12s %12s %10s" % (
        "classes", "refs", "base s", "plugin s", "time x", "base MiB", "plugin MiB", "mem x"))
    for n, refs, bt, pt, br, pr in rows:
        print("%8d %8d %10.2f %10.2f %10.2f %12.1f %12.1f %10.2f" % (
            n, refs, bt, pt, pt / bt, br / 1024.0, pr / 1024.0, pr / br))
    for (n1, _, b1, p1, _, _), (n2, _, b2, p2, _, _) in zip(rows, rows[1:]):
        extra1, extra2 = p1 - b1, p2 - b2
        if min(extra1, extra2) < 0.05 * min(b1, b2):
            print("growth %d -> %d classes: the checks' own time is within the noise of parsing"
                  % (n1, n2))
        else:
            print("growth %d -> %d classes (x%.1f): the checks' own time x%.2f" % (
                n1, n2, n2 / n1, extra2 / extra1))


def measure_rss(cmd):
    """Peak RSS (KiB) of one run of cmd, read through a tiny wrapper process."""
    code = ("import resource,subprocess,sys;"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code] + cmd, stdout=subprocess.PIPE,
                         universal_newlines=True).stdout.strip()
    return float(out or 0)


if __name__ == "__main__":
    main()
