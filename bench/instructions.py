"""Instruction counts of one clang-tidy run, under valgrind's callgrind.

Wall time on a shared virtual machine moves by several percent between two
runs of the same command; the number of instructions executed does not. A
run under callgrind takes 30-60 times as long, so bench.py counts only the
floor and all three checks, once per real TU, and only with --instructions.
"""

import re
import subprocess

COLLECTED = re.compile(r"==\d+== Collected : (\d+)")


def count(cmd, cwd):
    """Instructions executed by `cmd` (its children not followed), or None."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *cmd], cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, universal_newlines=True)
    m = COLLECTED.search(proc.stderr)
    return int(m.group(1)) if m else None


def measure(tu, make_cmd, configs, log):
    """{config name: instructions} for the floor and all three checks."""
    out = {}
    for name, checks in configs:
        if name not in ("floor", "all"):
            continue
        out[name] = count(make_cmd(checks, tu), tu["dir"])
        log("  %-22s callgrind  %-18s %s instructions" % (
            tu["name"][:22], name, "{:,}".format(out[name]) if out[name] else "?"))
    return out


def table(real, target):
    """Markdown rows: floor and all instructions, their ratio, the target."""
    lines = ["**Instructions** (callgrind, one run each: not subject to the "
             "machine's timing noise)", "",
             "| TU | floor | all | all × | target ≤ %.2f |" % target, "|---|---|---|---|---|"]
    for tu in real:
        ins = tu.get("instructions") or {}
        f, a = ins.get("floor"), ins.get("all")
        if not f or not a:
            lines.append("| %s | ? | ? | ? | not measured |" % tu["name"])
            continue
        lines.append("| %s | %s M | %s M | %.4f | %s |" % (
            tu["name"], "{:,.1f}".format(f / 1e6), "{:,.1f}".format(a / 1e6), a / f,
            "met" if a / f <= target else "**missed**"))
    return lines
