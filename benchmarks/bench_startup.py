"""Start-up time of ``klachtregels deadline`` against ``python -c "import pydantic, yaml"``.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--pairs 21]``

Paired runs on one core: each pair runs the baseline and the command right after each
other, so that both see the same machine; the figure is the median of the pairs'
ratios (target: at most 2), with the median times beside it. It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_working_days import machine

EXE = Path(sys.executable).with_name("klachtregels")
BASELINE = [sys.executable, "-c", "import pydantic, yaml"]
COMMAND = [str(EXE), "deadline", "2026-12-24", "5 werkdagen"]


def seconds(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pairs", type=int, default=21)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # children inherit it
    seconds(BASELINE)  # warm the file cache
    seconds(COMMAND)
    base, cmd = [], []
    for _ in range(args.pairs):
        base.append(seconds(BASELINE))
        cmd.append(seconds(COMMAND))
    ratios = [c / b for b, c in zip(base, cmd, strict=True)]
    print(f"machine: {machine()}; one core; {args.pairs} pairs")
    print(f"python -c 'import pydantic, yaml': median {statistics.median(base) * 1e3:.0f} ms")
    shown = " ".join(COMMAND[1:])
    print(f"klachtregels {shown}: median {statistics.median(cmd) * 1e3:.0f} ms")
    print(
        f"ratio: median {statistics.median(ratios):.2f} "
        f"(pairs from {min(ratios):.2f} to {max(ratios):.2f}; target: at most 2)"
    )


if __name__ == "__main__":
    main()
