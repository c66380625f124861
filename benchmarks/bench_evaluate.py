"""Evaluation throughput: complaints per second, against the cost of parsing them.

Run: ``.venv/bin/python benchmarks/bench_evaluate.py [--complaints 100000]
[--regulation livio] [--repeat 3]``

Generates complaints as JSON lines (seeded). Then, per regulation, on one core and in
one run, it times parsing and validating them (``Complaint.model_validate_json``) and
evaluating the parsed complaints (``evaluate`` with ``as_of``), in two ways:

* **kept**: every complaint and every assessment is kept in a list, as a program does
  that collects results. CPython's garbage collector then walks the growing heap
  again and again, which costs more than the work itself.
* **streamed**: each result is dropped once made, as ``evaluate_many`` and
  ``klachtregels check --format jsonl`` do.

The first evaluation pass of a regulation starts with nothing remembered (the
evaluator keeps due dates per calendar, and deadlines, findings and routes per
regulation); it is printed apart. The table shows the median of ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import klachtregels as kr
from klachtregels.engine.writer import JsonWriter
from klachtregels.model.regulation import CHANNELS, ROLES

sys.path.insert(0, str(Path(__file__).parent))
from bench_working_days import machine

AS_OF = date(2027, 6, 1)


def complaint(rng: random.Random) -> dict[str, object]:
    received = date(2020, 1, 1) + timedelta(days=rng.randrange(3000))
    c: dict[str, object] = {
        "received_on": received.isoformat(),
        "channel": rng.choice(CHANNELS),
        "complainant_role": rng.choice(ROLES),
    }
    if rng.random() < 0.7:
        c["client_birth_date"] = (received - timedelta(days=rng.randrange(80 * 365))).isoformat()
    if rng.random() < 0.8:
        c["event_on"] = (received - timedelta(days=rng.randrange(3 * 365))).isoformat()
    if rng.random() < 0.2:
        c["claims_damages"] = True
        c["damage_known_on"] = (received - timedelta(days=rng.randrange(6 * 365))).isoformat()
    if rng.random() < 0.1:
        c["involuntary_care"] = True
    if rng.random() < 0.3:
        c["judgment_on"] = (received + timedelta(days=rng.randrange(90))).isoformat()
        c["satisfied"] = rng.random() < 0.5
    if rng.random() < 0.2:
        c["extension_notified_on"] = (received + timedelta(days=rng.randrange(50))).isoformat()
    return c


def seconds(run: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def measure(reg: kr.Regulation, lines: list[str], repeat: int) -> dict[str, float]:
    """Microseconds per complaint for each way of timing, the median of ``repeat``."""
    validate = kr.Complaint.model_validate_json
    parsed = [validate(line) for line in lines]
    n = len(lines)

    def streamed_parse() -> None:
        for line in lines:
            validate(line)

    def streamed_evaluate() -> None:
        for c in parsed:
            kr.evaluate(reg, c, AS_OF)

    out: dict[str, list[float]] = {}
    first = seconds(lambda: [kr.evaluate(reg, c, AS_OF) for c in parsed])
    for _ in range(repeat):
        for name, run in (
            ("kept parse", lambda: [validate(line) for line in lines]),
            ("kept evaluate", lambda: [kr.evaluate(reg, c, AS_OF) for c in parsed]),
            ("streamed parse", streamed_parse),
            ("streamed evaluate", streamed_evaluate),
        ):
            out.setdefault(name, []).append(seconds(run) * 1e6 / n)
    figures = {name: statistics.median(values) for name, values in out.items()}
    figures["first evaluate"] = first * 1e6 / n
    return figures


def json_output(reg: kr.Regulation, lines: list[str]) -> str:
    results = [kr.evaluate(reg, kr.Complaint.model_validate_json(x), AS_OF) for x in lines]
    t = seconds(lambda: [json.dumps(a.model_dump(mode="json")) for a in results])
    writer = JsonWriter()  # as check --format jsonl writes: shared parts serialised once
    fast = seconds(lambda: [writer.encoded(a) for a in results])
    size = sum(len(json.dumps(a.model_dump(mode="json"))) for a in results[:1000]) // 1000
    rates = f"{len(lines) / t:,.0f}/s, JsonWriter {len(lines) / fast:,.0f}/s"
    return f"{reg.id} {rates} ({size:,} bytes each)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--regulation", action="append", help="default: all bundled")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    rng = random.Random(args.seed)
    lines = [json.dumps(complaint(rng)) for _ in range(args.complaints)]
    n = len(lines)
    idents = args.regulation or sorted(kr.regulations())
    print(f"machine: {machine()}; one core")
    print(
        f"{n:,} generated complaints (seed {args.seed}), as_of {AS_OF}; "
        f"median of {args.repeat} passes; us = microseconds per complaint"
    )
    print()
    head = ("regulation", "mode", "parse us", "evaluate us", "evaluated/s", "ratio")
    print("{:<14} {:<9} {:>9} {:>12} {:>12} {:>7}".format(*head))
    firsts, outputs = [], []
    for ident in idents:
        reg = kr.load(ident)
        f = measure(reg, lines, args.repeat)
        for mode in ("kept", "streamed"):
            parse, evaluate = f[f"{mode} parse"], f[f"{mode} evaluate"]
            print(
                f"{ident:<14} {mode:<9} {parse:>9.1f} {evaluate:>12.1f} "
                f"{1e6 / evaluate:>12,.0f} {evaluate / parse:>6.2f}x"
            )
        firsts.append(f"{ident} {f['first evaluate']:.1f} us")
        outputs.append(json_output(reg, lines[:10_000]))
    print()
    print("first pass, kept, nothing remembered yet: " + "; ".join(firsts))
    print("JSON output of 10,000 kept results (model_dump + json.dumps): " + "; ".join(outputs))
    print(f"Python {platform.python_version()}")


if __name__ == "__main__":
    main()
