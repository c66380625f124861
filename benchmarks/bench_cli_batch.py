"""End-to-end throughput of ``klachtregels check --format jsonl``, beside the in-process rate.

Run: ``.venv/bin/python benchmarks/bench_cli_batch.py [--regulation livio] [--repeat 3]
[--sizes 10000 100000] [--from-checkout]``

Generates complaints as JSON lines (the generator of ``bench_evaluate.py``, seed 2027)
and, in one run:

* **end to end**: the command as a user runs it, a new process per run, output to
  ``/dev/null`` (``--to-file``: to a file; 100,000 results are about 650 MB, so that
  times the disk too): lines/s with ``--jobs 1`` on one core (``taskset``-like
  affinity) and with ``--jobs 2`` on two, at each size, by the clock and per second of
  CPU used by all its processes (which other load on the machine does not change). The
  ratio of the sizes' rates shows whether the time is linear in the file (it is when
  the rate stays the same);
* **in process**, streaming, one core: parse (``Complaint.model_validate_json``),
  evaluate, and write (``JsonWriter``), microseconds per line; the write's cost against
  the evaluation's;
* the second ``kr.load`` of a regulation (cached);
* the command's work in process on the largest file, on each half of it (as chunks
  were given out whole before) and on each of the two shares by day of receipt that
  ``--jobs 2`` gives its workers now, each begun with nothing remembered: what
  ``--jobs 2`` can reach at most, and why (given halves, each worker met most due dates
  for the first time itself);
* a yardstick: the standard library's ``json`` reading and writing each line of the
  largest file, in a new process on one core. The speed of this machine changes by a
  fifth from hour to hour; the ratio to the yardstick does not change with it.

The command runs as installed: the package (with its regulations) copied to a temporary
folder and compiled to bytecode, as ``pip install`` leaves it, and found there first
(``PYTHONPATH``). ``--from-checkout`` runs the checkout's sources instead; where
``PYTHONDONTWRITEBYTECODE`` is set (as on the machine of the README's figures), Python
then compiles every module of the package again at every start.

Figures are medians of ``--repeat`` runs. ``--jobs 1`` and ``--jobs 2`` run in pairs, one
right after the other (the machine's speed drifts from minute to minute; a pair sees the
same machine), and their ratio is the median of the pairs' ratios, with the lowest and
the highest. It prints figures and ratios; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import klachtregels as kr
from klachtregels.cli.batch import CHUNK, Job, _few_collections
from klachtregels.cli.workers import share_out
from klachtregels.engine.writer import JsonWriter

sys.path.insert(0, str(Path(__file__).parent))
from bench_evaluate import AS_OF, complaint
from bench_working_days import machine

EXE = Path(sys.executable).with_name("klachtregels")


def _command(reg: str, path: Path) -> list[str]:
    return [str(EXE), "check", reg, str(path), "--format", "jsonl", "--as-of", str(AS_OF)]


def _per_line(run: Callable[[], object], n: int) -> float:
    t0 = time.perf_counter()
    run()
    return (time.perf_counter() - t0) * 1e6 / n


#: The yardstick, in a new process on one core: the standard library reads each line
#: as JSON and writes it again, ten times over (code that does not change with ours, so
#: the ratio to it shows the machine's speed at the time of the run).
_REFERENCE = (
    "import json, sys\n"
    "lines = open(sys.argv[1], 'rb').read().splitlines()\n"
    "out = open('/dev/null', 'w')\n"
    "for _ in range(10):\n"
    "    for line in lines:\n"
    "        out.write(json.dumps(json.loads(line)))\n"
)


def reference(path: Path, repeat: int) -> float:
    """Lines per second of the yardstick (ten passes count as ten times the lines)."""
    n = sum(1 for _ in path.open("rb"))
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _REFERENCE, str(path)],
            check=True,
            preexec_fn=lambda: os.sched_setaffinity(0, {0}),
        )
        rates.append(10 * n / (time.perf_counter() - t0))
    return statistics.median(rates)


def installed(tmp: Path) -> dict[str, str]:
    """The environment that runs the package as installed: a copy of it, with the bundled
    regulations where a wheel puts them, compiled to bytecode (as pip does)."""
    package = Path(kr.__file__).parent
    site = tmp / "site"
    shutil.copytree(package, site / "klachtregels", ignore=shutil.ignore_patterns("__pycache__"))
    bundled = site / "klachtregels" / "regelingen"
    if not bundled.exists():  # a checkout: the regulations lie beside src/
        shutil.copytree(package.parents[1] / "regelingen", bundled)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(site)], check=True)
    return {**os.environ, "PYTHONPATH": str(site)}


def _timed(
    path: Path, n: int, reg: str, jobs: int, to_file: bool, env: dict[str, str] | None
) -> tuple[float, float]:
    """One run of the command: lines per second by the clock and per second of CPU (all
    its processes)."""
    cores = {0} if jobs == 1 else {0, 1}
    with tempfile.TemporaryFile() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(
            [*_command(reg, path), "--jobs", str(jobs)],
            stdout=out if to_file else subprocess.DEVNULL,
            check=True,
            env=env,
            preexec_fn=lambda: os.sched_setaffinity(0, cores),
        )
        wall = n / (time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, n / cpu


def end_to_end(
    path: Path, reg: str, repeat: int, to_file: bool, env: dict[str, str] | None
) -> dict[str, float]:
    """``--jobs 1`` and ``--jobs 2`` in ``repeat`` pairs, one right after the other, so
    that the machine's drift from minute to minute falls on both alike: the medians of
    each (lines/s by the clock and per CPU-second) and the median of the pairs' ratios."""
    n = sum(1 for _ in path.open("rb"))
    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    for _ in range(repeat):
        for jobs in (1, 2):
            runs[jobs].append(_timed(path, n, reg, jobs, to_file, env))
    ratios = [two[0] / one[0] for one, two in zip(runs[1], runs[2], strict=True)]
    figures = {"ratio": statistics.median(ratios)}
    for jobs, timed in runs.items():
        figures[f"wall{jobs}"] = statistics.median(w for w, _ in timed)
        figures[f"cpu{jobs}"] = statistics.median(c for _, c in timed)
    figures["ratio_low"], figures["ratio_high"] = min(ratios), max(ratios)
    return figures


def in_process(reg: kr.Regulation, lines: list[bytes], repeat: int) -> dict[str, float]:
    """Microseconds per line: parse, evaluate, write (streaming; the median of passes)."""
    validate = kr.Complaint.model_validate_json
    evaluate = kr.Engine().evaluate
    parsed = [validate(line) for line in lines]
    results = []
    n = len(lines)
    for _ in range(repeat):
        writer = JsonWriter()  # one writer per batch, as the command makes

        def streamed_parse() -> None:
            for line in lines:
                validate(line)

        def evaluated() -> None:
            for c in parsed:
                evaluate(reg, c, AS_OF)

        def written(w: JsonWriter = writer) -> None:
            for c in parsed:
                w.assessment(evaluate(reg, c, AS_OF))

        results.append(
            {
                "parse": _per_line(streamed_parse, n),
                "evaluate": _per_line(evaluated, n),
                "evaluate+write": _per_line(written, n),
            }
        )
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def halves(reg: kr.Regulation, lines: list[bytes], repeat: int) -> dict[str, float]:
    """Seconds, in process on one core, of the command's work (parse, evaluate, write the
    records of each chunk: :meth:`Job.part`) on all ``lines``; on each half of them, as
    two workers had them when chunks were given out whole; and on each of the two shares
    ``--jobs 2`` gives its workers now (by the day of receipt:
    :func:`klachtregels.cli.workers.share_out`). Each begins with nothing remembered, as a
    worker does. What two parts take together beyond the whole is work done twice: the
    first sight of due dates, deadlines and their text. The whole against the slower part
    is what two workers could reach at most, without the start and the sending."""
    half = len(lines) // 2
    chunks = [lines[at : at + CHUNK] for at in range(0, len(lines), CHUNK)]
    shared = [share_out(chunk, 1 + k * CHUNK, 2)[1] for k, chunk in enumerate(chunks)]

    def run(parts: list[list[tuple[int, bytes]]]) -> float:
        job = Job(reg, AS_OF, "nl", "-", "jsonl", False)
        t0 = time.perf_counter()
        with _few_collections():
            for part in parts:
                job.part(part)
        return time.perf_counter() - t0

    def numbered(part: list[bytes], first: int) -> list[list[tuple[int, bytes]]]:
        return [
            list(enumerate(part[at : at + CHUNK], first + at)) for at in range(0, len(part), CHUNK)
        ]

    results = [
        {
            "whole": run(numbered(lines, 1)),
            "first": run(numbered(lines[:half], 1)),
            "second": run(numbered(lines[half:], half + 1)),
            "share 0": run([s[0] for s in shared]),
            "share 1": run([s[1] for s in shared]),
        }
        for _ in range(repeat)
    ]
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def second_load_ms(ident: str, repeat: int = 20) -> float:
    kr.load(ident)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        kr.load(ident)
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--regulation", default="livio")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument(
        "--to-file",
        action="store_true",
        help="write the output to a file (default: /dev/null, so that the disk is not timed)",
    )
    parser.add_argument(
        "--from-checkout",
        action="store_true",
        help="run the checkout's sources (default: the package as installed, compiled)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    biggest = max(args.sizes)
    lines = [json.dumps(complaint(rng)).encode() for _ in range(biggest)]
    print(f"machine: {machine()}; {os.cpu_count()} cores")
    where = "a file" if args.to_file else "/dev/null"
    print(
        f"{args.regulation}, as_of {AS_OF}, seed {args.seed}; output to {where}; "
        f"median of {args.repeat} runs"
    )
    rates: dict[tuple[int, int], float] = {}
    pairs: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = None if args.from_checkout else installed(Path(tmp))
        dont_write = "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"
        form = "the checkout's sources" if env is None else "as installed (bytecode compiled)"
        print(f"the command runs {form}; PYTHONDONTWRITEBYTECODE is {dont_write}")
        print()
        for size in args.sizes:
            path = Path(tmp) / f"c{size}.jsonl"
            path.write_bytes(b"\n".join(lines[:size]) + b"\n")
            figures = end_to_end(path, args.regulation, args.repeat, args.to_file, env)
            rates[size, 1], rates[size, 2] = figures["wall1"], figures["wall2"]
            pairs[size] = figures
            for jobs in (1, 2):
                cores = "one core" if jobs == 1 else "two cores"
                print(
                    f"end to end, {size:>7,} lines, --jobs {jobs} ({cores}): "
                    f"{figures[f'wall{jobs}']:>9,.0f} lines/s "
                    f"({figures[f'cpu{jobs}']:,.0f} per CPU-second of its processes)"
                )
            if size == biggest:
                yardstick = reference(path, args.repeat)
    small, large = min(args.sizes), biggest
    print()
    print(
        f"yardstick (json.loads + json.dumps of each line, one core): {yardstick:,.0f} "
        f"lines/s; --jobs 1 at {large:,} lines is {rates[large, 1] / yardstick:.3f} of it"
    )
    print(
        f"linear: lines/s at {large:,} / at {small:,}: "
        f"--jobs 1 {rates[large, 1] / rates[small, 1]:.2f}, "
        f"--jobs 2 {rates[large, 2] / rates[small, 2]:.2f} (1.00 = linear; "
        "the start of the process weighs more in the smaller file)"
    )
    for size in args.sizes:
        p = pairs[size]
        print(
            f"--jobs 2 / --jobs 1 at {size:,} lines: {p['ratio']:.2f}x, the median of "
            f"{args.repeat} pairs ({p['ratio_low']:.2f}x-{p['ratio_high']:.2f}x; "
            "target: 1.6x)"
        )
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    reg = kr.load(args.regulation)
    f = in_process(reg, lines, args.repeat)
    write = f["evaluate+write"] - f["evaluate"]
    total = f["parse"] + f["evaluate+write"]
    print()
    print(
        f"in process, one core, {biggest:,} lines: parse {f['parse']:.1f} us, evaluate "
        f"{f['evaluate']:.1f} us, write {write:.1f} us per line "
        f"({1e6 / total:,.0f} lines/s parse + evaluate + write)"
    )
    print(f"write / evaluate: {write / f['evaluate']:.2f}x (target: at most 2x)")
    h = halves(reg, lines, args.repeat)
    for name, a, b in (
        ("each half (chunks given out whole, before)", "first", "second"),
        ("each share by day of receipt (--jobs 2 now)", "share 0", "share 1"),
    ):
        print(
            f"in process, one core, the command's work on {biggest:,} lines: "
            f"{h['whole']:.2f} s; on {name}, begun anew: {h[a]:.2f} s and {h[b]:.2f} s, "
            f"so two workers do {h[a] + h[b] - h['whole']:.2f} s twice (the first sight of "
            f"due dates); at most {h['whole'] / max(h[a], h[b]):.2f}x for --jobs 2 without "
            "the start"
        )
    print(f"second kr.load({args.regulation!r}): {second_load_ms(args.regulation):.3f} ms")


if __name__ == "__main__":
    main()
