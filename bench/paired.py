"""Paired wall-time ratios: the floor and all three checks in ABBA quads.

On a shared virtual machine one clang-tidy run of the same command varies by
10-20 % in wall time, so a ratio of two medians of five runs cannot show a
3 % target. Runs that follow each other closely see much the same load, and
an ABBA quad (floor, all, all, floor) also cancels a load that drifts
linearly during the quad. Each quad gives one ratio

    (all_1 + all_2) / (floor_1 + floor_2)

and the report is the median of those ratios with a distribution-free 95 %
confidence interval for it (order statistics of the binomial distribution:
no assumption about the shape of the noise).
"""

import math
import statistics


def median_interval(values, level=0.95):
    """(low, high): a confidence interval for the median of `values`.

    The k-th smallest and k-th largest values, for the largest k such that
    P(Binomial(n, 1/2) < k) <= (1 - level) / 2. None when n is too small
    (fewer than 6 values cannot give 95 %).
    """
    xs = sorted(values)
    n = len(xs)
    alpha = (1.0 - level) / 2.0
    k, tail = 0, 0.0
    while k < n:
        nxt = tail + math.comb(n, k) / 2.0 ** n
        if nxt > alpha:
            break
        tail = nxt
        k += 1
    if k == 0:
        return None
    return xs[k - 1], xs[n - k]


def measure(tu, quads, run, make_cmd, configs, log):
    """Run `quads` ABBA quads of the floor and all three checks on `tu`."""
    checks = dict(configs)
    wall, cpu = [], []
    failed = 0
    for q in range(quads):
        res = {}
        for name in ("floor", "all", "all", "floor"):
            r = run(make_cmd(checks[name], tu), tu["dir"])
            failed += r["failed"]
            res.setdefault(name, []).append(r)
        wall.append(sum(r["wall"] for r in res["all"]) / sum(r["wall"] for r in res["floor"]))
        cpu.append(sum(r["cpu"] for r in res["all"]) / sum(r["cpu"] for r in res["floor"]))
        log("  %-22s quad %2d  all/floor wall %.3f  cpu %.3f  (floor %.2f s, %.2f s)" % (
            tu["name"][:22], q + 1, wall[-1], cpu[-1],
            res["floor"][0]["wall"], res["floor"][1]["wall"]))
    return {"quads": quads, "wall_ratios": wall, "cpu_ratios": cpu, "failures": failed,
            "wall": statistics.median(wall), "cpu": statistics.median(cpu),
            "wall_ci": median_interval(wall), "cpu_ci": median_interval(cpu)}


def table(real, target):
    """Markdown rows: median paired ratio, its 95 % interval, the target."""
    lines = ["**Paired wall time** (ABBA quads: floor, all, all, floor; one ratio "
             "per quad; median and a distribution-free 95 % interval of the median)", "",
             "| TU | quads | wall × median | 95 %% interval | CPU × median | 95 %% interval "
             "| target ≤ %.2f |" % target, "|---|---|---|---|---|---|---|"]
    for tu in real:
        p = tu.get("paired")
        if not p:
            continue
        wci, cci = p["wall_ci"], p["cpu_ci"]
        verdict = "met" if p["wall"] <= target else "**missed**"
        if wci and wci[1] <= target:
            verdict = "met (whole interval)"
        lines.append("| %s | %d | %.3f | %s | %.3f | %s | %s |" % (
            tu["name"], p["quads"], p["wall"],
            "%.3f–%.3f" % wci if wci else "n/a", p["cpu"],
            "%.3f–%.3f" % cci if cci else "n/a", verdict))
    return lines
