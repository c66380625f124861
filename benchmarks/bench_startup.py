"""Start-up time of ``klachtregels deadline`` against ``python -c "import pydantic, yaml"``.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--pairs 21] [--from-checkout]``

Paired runs on one core: each pair runs the baseline and the command right after each
other, so that both see the same machine; the figure is the median of the pairs'
ratios (target: at most 2), with the median times beside it. It asserts nothing.

The command runs as installed, as the baseline's pydantic and yaml are: the package
copied and compiled to bytecode (``installed`` of ``bench_cli_batch.py``).
``--from-checkout`` runs the checkout's sources; where ``PYTHONDONTWRITEBYTECODE`` is set,
Python then compiles every module of the package again at every start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_cli_batch import installed
from bench_working_days import machine

EXE = Path(sys.executable).with_name("klachtregels")
BASELINE = [sys.executable, "-c", "import pydantic, yaml"]
COMMAND = [str(EXE), "deadline", "2026-12-24", "5 werkdagen"]


def seconds(argv: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pairs", type=int, default=21)
    parser.add_argument(
        "--from-checkout",
        action="store_true",
        help="run the checkout's sources (default: the package as installed, compiled)",
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # children inherit it
    with tempfile.TemporaryDirectory() as tmp:
        env = None if args.from_checkout else installed(Path(tmp))
        seconds(BASELINE)  # warm the file cache
        seconds(COMMAND, env)
        base, cmd = [], []
        for _ in range(args.pairs):
            base.append(seconds(BASELINE))
            cmd.append(seconds(COMMAND, env))
    ratios = [c / b for b, c in zip(base, cmd, strict=True)]
    form = "the checkout's sources" if env is None else "as installed (bytecode compiled)"
    dont_write = "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"
    print(f"machine: {machine()}; one core; {args.pairs} pairs")
    print(f"the command runs {form}; PYTHONDONTWRITEBYTECODE is {dont_write}")
    print(f"python -c 'import pydantic, yaml': median {statistics.median(base) * 1e3:.0f} ms")
    shown = " ".join(COMMAND[1:])
    print(f"klachtregels {shown}: median {statistics.median(cmd) * 1e3:.0f} ms")
    print(
        f"ratio: median {statistics.median(ratios):.2f} "
        f"(pairs from {min(ratios):.2f} to {max(ratios):.2f}; target: at most 2)"
    )


if __name__ == "__main__":
    main()
