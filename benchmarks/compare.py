#!/usr/bin/env python3
"""Compare Moat with CPython on the benchmark programs (benchmarks/programs/*.py).

Two modes (see README.md, "Benchmarks"):

  whole  whole process, wall time: `./moat PROG.py` against `python3 PROG.py`, run alternately
         (Moat, CPython, Moat, CPython, ...) for --pairs pairs.
  warm   warm in-process: Moat runs the program N times in fresh interpreters inside one JVM
         (dev.moat.bench.WarmRunner, from benchmarks/target/benchmarks.jar); CPython exec()s the
         compiled code N times in fresh dicts inside one process (the driver below). Both discard
         the first --warmup runs, send the program's output to a null sink (except the first run,
         whose output is the checksum) and report the median per-run time.

For every program both sides must print the same output (the checksum); a mismatch is an error
(reported, excluded from the geometric mean, exit status 1). A program that Moat refuses with
ModuleNotFoundError (json_roundtrip.py, regex_scan.py until Moat has `json` and `re`) is reported as
SKIP. The table shows, per program, the median of the per-pair ratios Moat/CPython, and a
`geomean` line per mode.

    python3 benchmarks/compare.py                 # both modes, all programs
    python3 benchmarks/compare.py --mode whole --pairs 5 fib nbody
    python3 benchmarks/compare.py --quick         # smoke run: 1 pair, a few programs
"""
import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
MOAT = os.path.join(ROOT, "moat")
JAR = os.path.join(HERE, "target", "benchmarks.jar")
QUICK_SET = ["fib", "classes", "genexpr", "json_roundtrip"]
# generous limits: the programs run for seconds
MOAT_LIMITS = ["--max-steps", str(10**12), "--timeout-ms", str(10 * 60 * 1000),
               "--max-depth", "10000"]
TIMEOUT_S = 15 * 60

# The CPython side of warm mode: compile once, exec N+W times in fresh dicts, in one process.
PY_DRIVER = r'''
import io, statistics, sys, time
path, n, warmup = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, encoding="utf-8") as f:
    code = compile(f.read(), path, "exec")
class Null(io.TextIOBase):
    def write(self, s):
        return len(s)
real, times = sys.stdout, []
for i in range(warmup + n):
    sink = io.StringIO() if i == 0 else Null()
    sys.stdout = sink
    t0 = time.perf_counter()
    try:
        exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
    finally:
        t = time.perf_counter() - t0
        sys.stdout = real
    if i == 0:
        real.write(sink.getvalue())
        real.flush()
    if i >= warmup:
        times.append(t)
print("WARM median_ms=%.3f min_ms=%.3f runs=%d" % (statistics.median(times) * 1e3,
      min(times) * 1e3, n), file=sys.stderr)
'''

WARM_RE = re.compile(r"^WARM median_ms=([0-9.]+)", re.M)


class Failure(Exception):
    """A side failed (kind: 'skip' or 'error')."""

    def __init__(self, kind, msg):
        super().__init__(msg)
        self.kind = kind


def run(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=TIMEOUT_S)
    return time.perf_counter() - t0, p


def check(p, who):
    if p.returncode != 0:
        if "ModuleNotFoundError" in p.stderr:
            mod = re.search(r"No module named '([^']+)'", p.stderr)
            name = mod.group(1) if mod else "?"
            raise Failure("skip", f"needs module {name} (not available yet)")
        tail = p.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        raise Failure("error", f"{who} exit {p.returncode}: {tail[0]}")
    return p.stdout


def jar_is_stale():
    """True when the benchmarks jar is missing or older than a source it is built from (a stale
    jar would measure an old interpreter)."""
    if not os.path.exists(JAR):
        return True
    built = os.path.getmtime(JAR)
    for module in ("grammar", "interpreter", "stdlib", "benchmarks"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, module, "src", "main")):
            for f in files:
                if os.path.getmtime(os.path.join(dirpath, f)) > built:
                    return True
    return False


def warm_ms(p):
    m = WARM_RE.search(p.stderr)
    if not m:
        raise Failure("error", "no WARM line in: " + p.stderr.strip()[-200:])
    return float(m.group(1)) / 1e3


def moat_whole(prog, args):
    t, p = run([MOAT] + MOAT_LIMITS + [prog])
    return t, check(p, "moat")


def py_whole(prog, args):
    t, p = run([args.python, prog])
    return t, check(p, "python3")


def moat_warm(prog, args):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get(
        "JAVA_HOME") else "java"
    opts = ["-Xss16m"] + os.environ.get("MOAT_JAVA_OPTS", "").split()
    _, p = run([java] + opts + ["-cp", JAR, "dev.moat.bench.WarmRunner", prog,
                                str(args.runs), str(args.warmup)])
    out = check(p, "moat")
    return warm_ms(p), out


def py_warm(prog, args):
    _, p = run([args.python, "-c", PY_DRIVER, prog, str(args.runs), str(args.warmup)])
    out = check(p, "python3")
    return warm_ms(p), out


def compare(name, moat_side, py_side, pairs, args):
    """Returns (status, moat_median_s, py_median_s, median_ratio, note)."""
    prog = os.path.join(PROGRAMS, name + ".py")
    moat_t, py_t, ratios = [], [], []
    for i in range(pairs):
        try:
            tm, out_m = moat_side(prog, args)  # Moat first: detects a missing module at once
        except Failure as f:
            return ("SKIP" if f.kind == "skip" else "ERROR"), None, None, None, str(f)
        try:
            tp, out_p = py_side(prog, args)
        except Failure as f:
            return "ERROR", None, None, None, str(f)
        if out_m != out_p:
            return ("ERROR", None, None, None,
                    f"checksum mismatch: moat {out_m.strip()[:60]!r} != "
                    f"python3 {out_p.strip()[:60]!r}")
        moat_t.append(tm)
        py_t.append(tp)
        ratios.append(tm / tp)
        if args.verbose:
            print(f"    {name} pair {i + 1}: moat {tm:.3f}s python3 {tp:.3f}s "
                  f"ratio {tm / tp:.2f}", file=sys.stderr)
    return ("ok", statistics.median(moat_t), statistics.median(py_t), statistics.median(ratios),
            out_p.strip().splitlines()[-1][:40] if out_p.strip() else "")


def mode_table(mode, names, args):
    if mode == "whole":
        sides, pairs = (moat_whole, py_whole), args.pairs
        title = f"whole process, wall time ({pairs} pair(s) per program)"
    else:
        sides, pairs = (moat_warm, py_warm), args.warm_pairs
        title = (f"warm in-process, median per run ({args.runs} runs after {args.warmup} "
                 f"warm-up, {pairs} pair(s) per program)")
    print(f"\n== {mode}: {title}")
    print(f"{'program':<16} {'moat s':>8} {'python3 s':>9} {'moat/py':>8}  note")
    ratios, errors = [], 0
    for name in names:
        status, tm, tp, r, note = compare(name, sides[0], sides[1], pairs, args)
        if status == "ok":
            ratios.append(r)
            print(f"{name:<16} {tm:8.3f} {tp:9.3f} {r:8.2f}  {note}", flush=True)
        else:
            errors += status == "ERROR"
            print(f"{name:<16} {status:>8} {'':9} {'':8}  {note}", flush=True)
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geomean {mode}: {g:.2f} (Moat/CPython over {len(ratios)} programs)")
    else:
        print(f"geomean {mode}: n/a")
    return errors


def startup(n, args):
    print(f"\n== start-up: median wall time of {n} runs")
    for label, cmd in (("./moat -c pass", [MOAT, "-c", "pass"]),
                       ("python3 -c pass", [args.python, "-c", "pass"])):
        ts = []
        for _ in range(n):
            t, p = run(cmd)
            if p.returncode != 0:
                print(f"{label}: exit {p.returncode}: {p.stderr.strip()[-200:]}")
                return 1
            ts.append(t)
        print(f"{label:<16} median {statistics.median(ts) * 1e3:7.1f} ms  "
              f"(min {min(ts) * 1e3:.1f} ms)")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("programs", nargs="*", help="program names (default: all)")
    ap.add_argument("--mode", choices=["whole", "warm", "both"], default="both")
    ap.add_argument("--pairs", type=int, default=3, help="whole mode: Moat/CPython pairs (3)")
    ap.add_argument("--warm-pairs", type=int, default=1,
                    help="warm mode: pairs of warm processes (1; each already runs N times)")
    ap.add_argument("--runs", type=int, default=5, help="warm mode: measured runs N (5)")
    ap.add_argument("--warmup", type=int, default=2, help="warm mode: discarded runs (2)")
    ap.add_argument("--startup", type=int, default=0, metavar="N",
                    help="also measure `./moat -c pass` and `python3 -c pass`, N runs each")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: 1 pair, warm 2 runs after 1 warm-up, programs "
                    + ",".join(QUICK_SET))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every pair")
    args = ap.parse_args()
    if args.quick:
        args.pairs = args.warm_pairs = 1
        args.runs, args.warmup = 2, 1
    available = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    names = args.programs or (QUICK_SET if args.quick else available)
    unknown = [n for n in names if n not in available]
    if unknown:
        ap.error("unknown program(s): " + ", ".join(unknown) + "; have: " + ", ".join(available))
    if min(args.pairs, args.warm_pairs, args.runs) < 1 or args.warmup < 0:
        ap.error("--pairs, --warm-pairs and --runs must be >= 1, --warmup >= 0")

    # build the CLI jar (the launcher does it) and, for warm mode, the benchmarks jar
    subprocess.run([MOAT, "-c", "pass"], check=True)
    if args.mode in ("warm", "both") and jar_is_stale():
        print("compare.py: building benchmarks/target/benchmarks.jar ...", file=sys.stderr)
        subprocess.run(["mvn", "-B", "-q", "-pl", "benchmarks", "-am", "package", "-DskipTests"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    errors = 0
    for mode in (["whole", "warm"] if args.mode == "both" else [args.mode]):
        errors += mode_table(mode, names, args)
    if args.startup:
        errors += startup(args.startup, args)
    if errors:
        print(f"\n{errors} error(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
