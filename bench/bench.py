#!/usr/bin/env python3
"""Speed and memory of the static-state checks, as ratios measured in one run.

Runs clang-tidy on each translation unit (TU) with several check sets, side by
side and interleaved (floor, all, each check alone, const-correctness, then
again), each run in its own child process whose wall time and peak RSS are
read from that child's own rusage (os.wait4):

  floor        --checks=-*,misc-unused-alias-decls   (parsing dominates)
  all          --checks=-*,static-state-*            (the three checks)
  <check>      each static-state check alone
  const-corr   --checks=-*,misc-const-correctness    (a built-in check of
               the same kind, for scale)

The TUs:

  real         small sources generated at run time that include large real
               headers through -I (so that they are user code for
               clang-tidy's default header filter): LLVM/Clang, Boost, Qt 6;
               the project's own checks/analysis/Mutation.cpp (flags from
               build/compile_commands.json, and once more with its -isystem
               LLVM headers turned into -I); with -p DIR, the largest TUs
               (by preprocessed size) of a real project's compile database.
  generated    classes with static members and the member functions that
               read and write them, N doubling: how the checks' own cost
               grows (doubling the references should about double it,
               never quadruple it).

  bench/bench.py                        generated series only, printed
  bench/bench.py --all [-p DIR]         everything; writes
                                        bench/results/<date>.md and
                                        bench/results/scaling-<date>.png
  bench/run.sh [-p DIR]                 installs what is missing, then --all

Nothing here is an assertion: numbers are printed and written for a human (or
a CI log) to compare against the targets in bench/README.md.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import instructions
import paired

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
CHECKS = ["static-state-written-by-instance", "static-state-local-in-method",
          "static-state-unbounded-growth"]
FLOOR = "-*,misc-unused-alias-decls"
# name, --checks value, whether the plugin is loaded
CONFIGS = [("floor", FLOOR), ("all", "-*,static-state-*")] + \
          [(c[len("static-state-"):], "-*," + c) for c in CHECKS] + \
          [("const-corr", "-*,misc-const-correctness")]
# Targets for the three checks together on real TUs (reported, never asserted).
TARGET_WALL = 1.03
TARGET_RSS = 1.05


# --------------------------------------------------------------------------
# Generated TUs


def generate(path, classes):
    """A TU with `classes` classes; each has 5 statics (a container, a map,
    a counter that is an instance counter, an atomic, a mutex) and 7
    methods: about 14 references to static members per class."""
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


REFS_PER_CLASS = 14

# --------------------------------------------------------------------------
# Real-header TUs, generated at run time.  Each ends with a little code that
# keeps static state, so that the checks also have something to report.

LLVM_SRC = r"""
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace bench {
class Counter : public RecursiveASTVisitor<Counter> {
public:
  bool VisitFunctionDecl(FunctionDecl *FD) {
    ++Seen;
    Names[FD->getName()] += 1;
    Order.push_back(FD);
    return true;
  }
  static unsigned seen() { return Seen; }
private:
  static unsigned Seen;
  static llvm::StringMap<unsigned> Names;
  static llvm::SmallVector<const FunctionDecl *, 8> Order;
};
unsigned Counter::Seen;
llvm::StringMap<unsigned> Counter::Names;
llvm::SmallVector<const FunctionDecl *, 8> Counter::Order;

class Callback : public MatchFinder::MatchCallback {
public:
  void run(const MatchFinder::MatchResult &R) override {
    if (const auto *D = R.Nodes.getNodeAs<VarDecl>("v"))
      Hits.insert(D);
  }
  static size_t hits() { return Hits.size(); }
private:
  static llvm::DenseSet<const VarDecl *> Hits;
};
llvm::DenseSet<const VarDecl *> Callback::Hits;

void registerAll(MatchFinder &F, Callback &C) {
  F.addMatcher(varDecl(hasStaticStorageDuration(),
                       hasType(isConstQualified())).bind("v"), &C);
  F.addMatcher(callExpr(callee(functionDecl(hasName("push_back")))), &C);
}
} // namespace bench
"""

BOOST_SRC = r"""
#include <boost/asio.hpp>
#include <boost/multi_index_container.hpp>
#include <boost/multi_index/hashed_index.hpp>
#include <boost/multi_index/member.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/spirit/include/qi.hpp>
#include <string>
#include <vector>

namespace bench {
struct Entry { int id; std::string name; };
using Table = boost::multi_index_container<
    Entry, boost::multi_index::indexed_by<
               boost::multi_index::ordered_unique<
                   boost::multi_index::member<Entry, int, &Entry::id>>,
               boost::multi_index::hashed_non_unique<
                   boost::multi_index::member<Entry, std::string, &Entry::name>>>>;

class Server {
public:
  explicit Server(boost::asio::io_context &io) : timer_(io) { ++live; }
  ~Server() { --live; }
  void arm() {
    timer_.expires_after(std::chrono::milliseconds(10));
    timer_.async_wait([this](const boost::system::error_code &) { table.insert({++ids, "t"}); });
  }
  static bool parse(const std::string &s, std::vector<int> &out) {
    namespace qi = boost::spirit::qi;
    auto b = s.begin();
    bool ok = qi::phrase_parse(b, s.end(), qi::int_ % ',', qi::space, out);
    if (ok) parsed.insert(parsed.end(), out.begin(), out.end());
    return ok && b == s.end();
  }
private:
  boost::asio::steady_timer timer_;
  static Table table;
  static int ids;
  static int live;
  static std::vector<int> parsed;
};
Table Server::table;
int Server::ids;
int Server::live;
std::vector<int> Server::parsed;
} // namespace bench
"""

QT_SRC = r"""
#include <QtWidgets>

namespace bench {
class Window : public QWidget {
public:
  explicit Window(QWidget *parent = nullptr) : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    auto *button = new QPushButton(QStringLiteral("press"), this);
    layout->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, this, [this] { onPress(); });
    ++open;
  }
  ~Window() override { --open; }
  static int count() { return open; }
private:
  void onPress() {
    history.append(QDateTime::currentDateTime());
    cache.insert(history.size(), windowTitle());
  }
  static int open;
  static QList<QDateTime> history;
  static QHash<int, QString> cache;
};
int Window::open;
QList<QDateTime> Window::history;
QHash<int, QString> Window::cache;
} // namespace bench
"""

QT_INC = "/usr/include/x86_64-linux-gnu/qt6"


def real_header_tus(tmp, llvm):
    """(name, source, argv tail) of the TUs built from real headers."""
    # /usr/include is a system directory and clang drops a -I that names one:
    # reach Boost through a directory of its own.
    inc = os.path.join(tmp, "bench-inc")
    os.makedirs(inc, exist_ok=True)
    if not os.path.exists(os.path.join(inc, "boost")):
        os.symlink("/usr/include/boost", os.path.join(inc, "boost"))
    tus = []
    for name, text, flags in [
            ("llvm-headers", LLVM_SRC,
             ["-std=c++17", "-I/usr/lib/llvm-%s/include" % llvm,
              "-D__STDC_CONSTANT_MACROS", "-D__STDC_FORMAT_MACROS",
              "-D__STDC_LIMIT_MACROS", "-D_GNU_SOURCE"]),
            ("boost-asio-spirit-mi", BOOST_SRC, ["-std=c++17", "-pthread", "-I" + inc]),
            ("qt6-widgets", QT_SRC,
             ["-std=c++17", "-fPIC", "-I" + QT_INC] +
             ["-I%s/%s" % (QT_INC, m) for m in ("QtCore", "QtGui", "QtWidgets")])]:
        src = os.path.join(tmp, name + ".cpp")
        with open(src, "w") as f:
            f.write(text)
        tus.append({"name": name, "file": src, "args": ["--", *flags],
                    "compile": ["-fsyntax-only", *flags, src], "dir": tmp})
    return tus


def compile_db_entries(db_dir):
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    out = []
    for e in entries:
        argv = e["arguments"] if "arguments" in e else shlex.split(e["command"])
        path = e["file"] if os.path.isabs(e["file"]) else os.path.join(e["directory"], e["file"])
        out.append((os.path.normpath(path), e["directory"], argv))
    return out


def strip_output(argv, src):
    """Compiler argv -> its flags for -fsyntax-only: no compiler, -c, -o."""
    flags, skip = [], False
    for a in argv[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or os.path.normpath(a) == src or a == os.path.basename(src):
            continue
        flags.append(a)
    return flags


def isystem_to_I(flags):
    out, i = [], 0
    while i < len(flags):
        a = flags[i]
        if a == "-isystem" and i + 1 < len(flags):
            out.append("-I" + flags[i + 1])
            i += 2
            continue
        if a.startswith("-isystem"):
            a = "-I" + a[len("-isystem"):]
        out.append(a)
        i += 1
    return out


def project_tu(build_dir, name, src, isystem_as_I=False):
    """A TU of a compile database; run through -p DIR, or, when its flags are
    changed, with the changed flags after --."""
    for path, directory, argv in compile_db_entries(build_dir):
        if path == os.path.normpath(src):
            flags = strip_output(argv, path)
            if isystem_as_I:
                flags = isystem_to_I(flags)
                args = ["--", *flags]
            else:
                args = ["-p", build_dir]
            return {"name": name, "file": path, "args": args,
                    "compile": ["-fsyntax-only", *flags, path], "dir": directory}
    return None


def preprocess_stats(tu, clangxx):
    """Bytes of preprocessed text, and how many of its lines come from user
    vs system headers (GNU line markers: flag 3 = system header)."""
    cmd = [clangxx] + [a for a in tu["compile"] if a != "-fsyntax-only"] + ["-E"]
    proc = subprocess.run(cmd, cwd=tu["dir"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL)
    text = proc.stdout.decode("utf-8", "replace")
    user = system = 0
    current_system = False
    user_files = set()
    for line in text.splitlines():
        if line.startswith("# "):
            m = re.match(r'# \d+ "([^"]*)"(.*)', line)
            if m:
                current_system = " 3" in m.group(2)
                if not current_system and m.group(1).startswith("/"):
                    user_files.add(m.group(1))
                continue
        if not line.strip():
            continue
        if current_system:
            system += 1
        else:
            user += 1
    return {"pp_bytes": len(proc.stdout), "user_lines": user, "system_lines": system,
            "user_files": len(user_files), "pp_rc": proc.returncode}


def largest_project_tus(db_dir, count, clangxx):
    """The `count` largest TUs of a compile database by preprocessed size."""
    sized = []
    seen = set()
    for path, directory, argv in compile_db_entries(db_dir):
        if path in seen or not path.endswith((".cc", ".cpp", ".cxx", ".c++", ".C")):
            continue
        seen.add(path)
        flags = strip_output(argv, path)
        tu = {"compile": ["-fsyntax-only", *flags, path], "dir": directory}
        sized.append((preprocess_stats(tu, clangxx)["pp_bytes"], path))
    sized.sort(reverse=True)
    root = os.path.commonpath([p for _, p in sized]) if sized else ""
    project = os.path.basename(os.path.dirname(os.path.abspath(db_dir)).rstrip("/")) \
        or os.path.basename(root)
    out = []
    for _, path in sized[:count]:
        t = project_tu(db_dir, "%s:%s" % (project, os.path.relpath(path, root)), path)
        if t:
            out.append(t)
    return out


# --------------------------------------------------------------------------
# Measurement


def run_once(cmd, cwd):
    """Wall seconds and peak RSS (KiB) of one child, from its own rusage."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Drain the pipes while it runs; wait4 then reaps this child alone.
    chunks = {"out": [], "err": []}

    def drain(stream, key):
        for block in iter(lambda: stream.read(65536), b""):
            chunks[key].append(block)

    threads = [threading.Thread(target=drain, args=(proc.stdout, "out")),
               threading.Thread(target=drain, args=(proc.stderr, "err"))]
    for t in threads:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.monotonic() - start
    for t in threads:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = b"".join(chunks["out"]).decode("utf-8", "replace")
    err = b"".join(chunks["err"]).decode("utf-8", "replace")
    crashed = proc.returncode < 0 or "Stack dump" in err or "Stack dump" in out
    # 1 is clang-tidy's "compiler errors"; anything else (127: the plugin did
    # not load or lacks a symbol) means the numbers are not a clang-tidy run.
    failed = crashed or proc.returncode not in (0, 1) or "symbol lookup error" in err \
        or "error while loading" in err
    return {"wall": elapsed, "rss": usage.ru_maxrss, "rc": proc.returncode,
            "cpu": usage.ru_utime + usage.ru_stime,
            "crashed": crashed, "failed": failed,
            "errors": len(re.findall(r": error: ", out)),
            "warnings": len(re.findall(r": warning: ", out)),
            "tail": (err + out)[-1500:] if failed else ""}


def tidy_cmd(tidy, plugin, checks, tu, extra=()):
    return [tidy, "--load=" + plugin, "--config={}", "--checks=" + checks, *extra,
            tu["file"], *tu["args"]]


def measure(tu, tidy, plugin, repeat, configs, log):
    """Interleaved: floor all c1 c2 c3 cc, floor all ... ; medians."""
    runs = {name: [] for name, _ in configs}
    for r in range(repeat):
        for name, checks in configs:
            res = run_once(tidy_cmd(tidy, plugin, checks, tu), tu["dir"])
            runs[name].append(res)
            log("  %-22s rep %d  %-18s %7.2f s %8.1f MiB rc=%d%s" % (
                tu["name"][:22], r + 1, name, res["wall"], res["rss"] / 1024.0, res["rc"],
                "  CRASH" if res["crashed"] else "  FAILED" if res["failed"] else ""))
            if res["failed"]:
                log(res["tail"])
    out = {}
    for name, rs in runs.items():
        walls = [x["wall"] for x in rs]
        rsss = [x["rss"] for x in rs]
        cpus = [x["cpu"] for x in rs]
        out[name] = {"wall": statistics.median(walls), "rss": statistics.median(rsss),
                     "cpu": statistics.median(cpus), "cpu_min": min(cpus),
                     "wall_min": min(walls), "wall_max": max(walls),
                     "rss_min": min(rsss), "rss_max": max(rsss),
                     "crashes": sum(x["crashed"] for x in rs),
                     "failures": sum(x["failed"] for x in rs),
                     "rcs": sorted(set(x["rc"] for x in rs)),
                     "errors": rs[0]["errors"], "warnings": rs[0]["warnings"]}
    return out


# --------------------------------------------------------------------------
# Report


def sh(cmd):
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              universal_newlines=True).stdout.strip()
    except OSError:
        return ""


def machine(tidy):
    cpu = ""
    cores = 0
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name") and not cpu:
                cpu = line.split(":", 1)[1].strip()
            if line.startswith("processor"):
                cores += 1
    mem = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 1024.0 / 1024.0)
    deb = ""
    if os.path.exists("/etc/debian_version"):
        deb = open("/etc/debian_version").read().strip()
    ver = sh([tidy, "--version"])
    m = re.search(r"version (\S+)", ver)
    commit = sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    if sh(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"]):
        commit += " (dirty)"
    return {"cpu": cpu, "cores": cores, "ram": mem, "kernel": platform.release(),
            "debian": deb, "tidy": m.group(1) if m else ver, "commit": commit,
            "load": open("/proc/loadavg").read().split()[:3]}


def plugin_id(path):
    """mtime and a short hash of the plugin: a rebuild during the run shows."""
    import hashlib
    st = os.stat(path)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    return "%s sha256:%s" % (
        datetime.datetime.utcfromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M:%S"), digest)


def ratio(res, name, key):
    return res[name][key] / res["floor"][key]


def real_tables(real, configs):
    names = [n for n, _ in configs if n != "floor"]
    lines = []
    head = "| TU | pp KiB | user / system lines | floor s | " + \
        " | ".join("%s ×" % n for n in names) + " | target ≤ %.2f |" % TARGET_WALL
    lines += ["**Wall time** (median; floor spread min–max in brackets)", "", head,
              "|" + "---|" * (len(names) + 5)]
    for tu in real:
        r = tu["res"]
        f = r["floor"]
        lines.append("| %s | %d | %d / %d | %.2f (%.2f–%.2f) | %s | %s |" % (
            tu["name"], tu["pp"]["pp_bytes"] / 1024, tu["pp"]["user_lines"],
            tu["pp"]["system_lines"], f["wall"], f["wall_min"], f["wall_max"],
            " | ".join("%.3f" % ratio(r, n, "wall") for n in names),
            "met" if ratio(r, "all", "wall") <= TARGET_WALL else "**missed**"))
    lines += ["", "**Fastest run and CPU time** (all three checks / floor: the fastest "
              "of each set, which the machine's load disturbs least, and the median "
              "user + system CPU time)", "",
              "| TU | fastest floor s | fastest all s | fastest all × | CPU all × |",
              "|---|---|---|---|---|"]
    for tu in real:
        r = tu["res"]
        lines.append("| %s | %.2f | %.2f | %.3f | %.3f |" % (
            tu["name"], r["floor"]["wall_min"], r["all"]["wall_min"],
            ratio(r, "all", "wall_min"), ratio(r, "all", "cpu")))
    if any(tu.get("paired") for tu in real):
        lines += [""] + paired.table(real, TARGET_WALL)
    if any(tu.get("instructions") for tu in real):
        lines += [""] + instructions.table(real, TARGET_WALL)
    lines += ["", "**Peak RSS** (median)", "",
              "| TU | floor MiB | all MiB | " + " | ".join("%s ×" % n for n in names) +
              " | target ≤ %.2f |" % TARGET_RSS, "|" + "---|" * (len(names) + 4)]
    for tu in real:
        r = tu["res"]
        lines.append("| %s | %.1f | %.1f | %s | %s |" % (
            tu["name"], r["floor"]["rss"] / 1024.0, r["all"]["rss"] / 1024.0,
            " | ".join("%.3f" % ratio(r, n, "rss") for n in names),
            "met" if ratio(r, "all", "rss") <= TARGET_RSS else "**missed**"))
    return lines


def gen_tables(gen, configs):
    names = [n for n, _ in configs if n != "floor"]
    lines = ["| classes | refs | floor s | all s | own s | " +
             " | ".join("%s ×" % n for n in names) + " | floor MiB | all MiB | all mem × |",
             "|" + "---|" * (len(names) + 8)]
    for g in gen:
        r = g["res"]
        lines.append("| %d | %d | %.2f | %.2f | %.2f | %s | %.1f | %.1f | %.3f |" % (
            g["n"], g["n"] * REFS_PER_CLASS, r["floor"]["wall"], r["all"]["wall"],
            r["all"]["wall"] - r["floor"]["wall"],
            " | ".join("%.3f" % ratio(r, n, "wall") for n in names),
            r["floor"]["rss"] / 1024.0, r["all"]["rss"] / 1024.0, ratio(r, "all", "rss")))
    lines.append("")
    lines += growth_lines(gen)
    return lines


def growth_lines(gen):
    out = []
    for a, b in zip(gen, gen[1:]):
        e1 = a["res"]["all"]["wall"] - a["res"]["floor"]["wall"]
        e2 = b["res"]["all"]["wall"] - b["res"]["floor"]["wall"]
        if e1 <= 0.02 or e2 <= 0:
            out.append("- %d → %d classes: the checks' own time (%.2f s → %.2f s) is within "
                       "the noise of parsing" % (a["n"], b["n"], e1, e2))
        else:
            out.append("- %d → %d classes (×%.1f): the checks' own time %.2f s → %.2f s, "
                       "**×%.2f** (target ≤ 2)" % (a["n"], b["n"], b["n"] / a["n"], e1, e2,
                                                 e2 / e1))
    return out


def plot(gen, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    ns = [g["n"] for g in gen]
    floor = [g["res"]["floor"]["wall"] for g in gen]
    allc = [g["res"]["all"]["wall"] for g in gen]
    own = [a - f for a, f in zip(allc, floor)]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    ax.plot(ns, floor, "o-", label="floor (misc-unused-alias-decls)")
    ax.plot(ns, allc, "s-", label="all three static-state-* checks")
    ax.plot(ns, own, "^-", label="checks' own time (all − floor)")
    # A linear reference through the first own-time point.
    if own and own[0] > 0:
        ax.plot(ns, [own[0] * n / ns[0] for n in ns], ":", color="grey",
                label="linear from the first point")
    ax.set_xlim(0, ns[-1] * 1.05)
    ax.set_xticks(ns)
    ax.set_xticklabels(["%d\n(%d refs)" % (n, n * REFS_PER_CLASS) for n in ns])
    ax.set_xlabel("generated classes (references to static members)")
    ax.set_ylabel("wall seconds (median)")
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left")
    ax.set_title("static-state-tidy: generated scaling series")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_report(path, info, real, gen, configs, args, started, finished):
    L = ["# Benchmark results, %s" % started.strftime("%Y-%m-%d"), "",
         "Written by `bench/bench.py --all` (%s → %s UTC)." % (
             started.strftime("%H:%M"), finished.strftime("%H:%M")), "",
         "| machine | |", "|---|---|",
         "| CPU | %s |" % info["cpu"], "| cores | %d |" % info["cores"],
         "| RAM | %s |" % info["ram"], "| kernel | %s |" % info["kernel"],
         "| Debian | %s |" % info["debian"], "| clang-tidy | %s |" % info["tidy"],
         "| plugin commit | %s |" % info["commit"],
         "| plugin binary (mtime, hash) at start / end | %s / %s |" % (
             info["plugin"], info["plugin_end"]),
         "| load average at start / end | %s / %s |" % (" ".join(info["load"]),
                                                         " ".join(info["load_end"])),
         "", "Check sets (every run a separate process, interleaved: "
         + ", ".join(n for n, _ in configs) + ", then again; peak RSS from each child's "
         "own rusage; clang-tidy's default header filter):", ""]
    for n, c in configs:
        L.append("- `%s`: `--checks='%s'`" % (n, c))
    L.append("")
    crashes = sum(r["crashes"] for t in real + gen for r in t["res"].values())
    failures = sum(r["failures"] for t in real + gen for r in t["res"].values())
    runs = sum(len(configs) * (args.repeat_real if "n" not in t else args.repeat_gen)
               for t in real + gen) + sum(4 * t["paired"]["quads"] for t in real
                                          if t.get("paired"))
    L.append("Runs: %d. Crashes (negative exit status or \"Stack dump\"): **%d**. "
             "Other failed runs (exit status not 0/1, plugin not loaded): **%d**." % (
                 runs, crashes, failures - crashes))
    errs = [t["name"] for t in real if t["res"]["floor"]["errors"]]
    if errs:
        L.append("TUs with compiler errors under clang-tidy: " + ", ".join(errs))
    L += ["", "## Real TUs (median of %d runs)" % args.repeat_real, ""]
    L += real_tables(real, configs)
    L += ["", "`pp KiB`: preprocessed size; `user / system lines`: non-blank preprocessed "
          "lines from user vs system headers (and the main file), i.e. how much code the "
          "checks see under the default header filter.", ""]
    # With --no-gen there is no series and no plot to show.
    if gen:
        L += ["## Generated series (median of %d runs)" % args.repeat_gen, ""]
        L += gen_tables(gen, configs)
        name = os.path.splitext(os.path.basename(path))[0]
        L += ["", "![scaling](scaling-%s.png)" % name, ""]
    with open(path, "w") as f:
        f.write("\n".join(L))


# --------------------------------------------------------------------------


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--llvm", default="22")
    p.add_argument("--all", action="store_true",
                   help="real TUs and the generated series; write bench/results/")
    p.add_argument("-p", dest="project", metavar="DIR",
                   help="build dir with a real project's compile_commands.json")
    p.add_argument("--project-tus", type=int, default=4,
                   help="how many of its largest TUs (by preprocessed size)")
    p.add_argument("--sizes", default="500,1000,2000,4000")
    p.add_argument("--repeat-real", type=int, default=5)
    p.add_argument("--repeat-gen", type=int, default=3)
    p.add_argument("--repeat", type=int, help="both repeats at once (smoke tests: 1)")
    p.add_argument("--only", help="comma-separated TU names (substring match) to run")
    p.add_argument("--no-gen", action="store_true", help="skip the generated series")
    p.add_argument("--no-real", action="store_true", help="skip the real TUs")
    p.add_argument("--mutation-as-user", action="store_true",
                   help="also run Mutation.cpp with its -isystem LLVM headers as -I")
    p.add_argument("--instructions", action="store_true",
                   help="also count instructions under callgrind (floor and all, once "
                        "per real TU; 30-60 times slower)")
    p.add_argument("--paired", type=int, default=0, metavar="N",
                   help="also run N ABBA quads (floor, all, all, floor) per real TU and "
                        "report the median paired wall ratio with its 95 %% interval")
    p.add_argument("--out", default=os.path.join(BENCH, "results"))
    args = p.parse_args()
    if args.repeat:
        args.repeat_real = args.repeat_gen = args.repeat

    build = "build" if args.llvm == "22" else "build-" + args.llvm
    plugin = os.path.join(ROOT, build, "lib", "StaticStateTidy.so")
    tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % args.llvm
    clangxx = "/usr/lib/llvm-%s/bin/clang++" % args.llvm
    if not os.path.exists(plugin):
        sys.exit("no plugin at %s: run scripts/bootstrap.sh %s first" % (plugin, args.llvm))
    do_real = args.all and not args.no_real
    do_gen = not args.no_gen
    started = datetime.datetime.utcnow()
    info = machine(tidy)
    info["plugin"] = plugin_id(plugin)

    def log(msg):
        print(msg, flush=True)

    real, gen = [], []
    with tempfile.TemporaryDirectory(prefix="ssbench-") as tmp:
        if do_real:
            tus = real_header_tus(tmp, args.llvm)
            mut = os.path.join(ROOT, "checks", "analysis", "Mutation.cpp")
            variants = [project_tu(os.path.join(ROOT, build), "Mutation.cpp (compile db)", mut)]
            if args.mutation_as_user:
                variants.append(project_tu(os.path.join(ROOT, build),
                                           "Mutation.cpp (-isystem→-I)", mut, isystem_as_I=True))
            for t in variants:
                if t:
                    tus.append(t)
                else:
                    log("warning: Mutation.cpp not in %s/compile_commands.json" % build)
            if args.project:
                tus += largest_project_tus(args.project, args.project_tus, clangxx)
            if args.only:
                keys = args.only.split(",")
                tus = [t for t in tus if any(k in t["name"] for k in keys)]
            for t in tus:
                t["pp"] = preprocess_stats(t, clangxx)
                log("%s: %d KiB preprocessed, %d user / %d system lines, %d user files%s" % (
                    t["name"], t["pp"]["pp_bytes"] / 1024, t["pp"]["user_lines"],
                    t["pp"]["system_lines"], t["pp"]["user_files"],
                    "" if t["pp"]["pp_rc"] == 0 else "  (preprocessor rc %d)" % t["pp"]["pp_rc"]))
            for t in tus:
                log("%s (%d runs each)" % (t["name"], args.repeat_real))
                t["res"] = measure(t, tidy, plugin, args.repeat_real, CONFIGS, log)
                if args.paired:
                    t["paired"] = paired.measure(
                        t, args.paired, run_once,
                        lambda checks, tu: tidy_cmd(tidy, plugin, checks, tu), CONFIGS, log)
                real.append(t)
        if do_gen:
            for n in [int(s) for s in args.sizes.split(",")]:
                src = os.path.join(tmp, "gen_%d.cpp" % n)
                generate(src, n)
                t = {"name": "gen %d" % n, "n": n, "file": src, "args": ["--", "-std=c++17"],
                     "dir": tmp}
                log("generated %d classes (%d runs each)" % (n, args.repeat_gen))
                t["res"] = measure(t, tidy, plugin, args.repeat_gen, CONFIGS, log)
                gen.append(t)
        # Counted last, after every timed run: instruction counts do not
        # depend on the machine's load, so other work may run meanwhile.
        if args.instructions:
            for t in real:
                t["instructions"] = instructions.measure(
                    t, lambda checks, tu: tidy_cmd(tidy, plugin, checks, tu), CONFIGS, log)
    info["load_end"] = open("/proc/loadavg").read().split()[:3]
    finished = datetime.datetime.utcnow()

    print()
    if real:
        print("\n".join(real_tables(real, CONFIGS)))
        print()
    if gen:
        print("\n".join(gen_tables(gen, CONFIGS)))
    crashes = sum(r["crashes"] for t in real + gen for r in t["res"].values())
    failures = sum(r["failures"] for t in real + gen for r in t["res"].values()) + \
        sum(t["paired"]["failures"] for t in real if t.get("paired"))
    print("\ncrashes: %d, failed runs (crashes included): %d" % (crashes, failures))
    info["plugin_end"] = plugin_id(plugin)
    if info["plugin_end"] != info["plugin"]:
        print("warning: the plugin changed during the run (%s -> %s)" % (
            info["plugin"], info["plugin_end"]))

    if args.all:
        os.makedirs(args.out, exist_ok=True)
        day = started.strftime("%Y-%m-%d")
        # A second run on the same day gets its own name (2026-12-03b, c, ...):
        # a committed report is never overwritten.
        for suffix in [""] + [chr(c) for c in range(ord("b"), ord("z") + 1)]:
            if not os.path.exists(os.path.join(args.out, day + suffix + ".md")):
                day += suffix
                break
        md = os.path.join(args.out, day + ".md")
        png = os.path.join(args.out, "scaling-%s.png" % day)
        if gen:
            try:
                plot(gen, png)
            except ImportError as e:
                print("no plot (%s): install python3-matplotlib, or use bench/run.sh" % e)
                png = None
        write_report(md, info, real, gen, CONFIGS, args, started, finished)
        with open(os.path.join(args.out, day + ".json"), "w") as f:
            json.dump({"machine": info, "real": [{k: t.get(k) for k in
                                                  ("name", "pp", "res", "paired",
                                                   "instructions")}
                                                 for t in real],
                       "generated": [{"n": t["n"], "res": t["res"]} for t in gen]},
                      f, indent=1)
        print("wrote %s%s" % (md, " and " + png if gen and png else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
