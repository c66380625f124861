"""Evaluation throughput: complaints per second, against the cost of parsing them.

Run: ``.venv/bin/python benchmarks/bench_evaluate.py [--complaints 100000] [--regulation livio]``

Generates complaints as JSON lines (seeded), then times in one run, on one core:
parsing and validating them (``Complaint.model_validate_json``), and evaluating the
parsed complaints (``evaluate`` with ``as_of``). Prints both rates and the ratio
evaluate/parse.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import klachtregels as kr
from klachtregels.regulation import CHANNELS, ROLES

sys.path.insert(0, str(Path(__file__).parent))
from bench_working_days import machine


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--regulation", default="livio")
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    rng = random.Random(args.seed)
    lines = [json.dumps(complaint(rng)) for _ in range(args.complaints)]
    reg = kr.load(args.regulation)
    as_of = date(2027, 6, 1)
    kr.evaluate(reg, kr.Complaint.model_validate_json(lines[0]), as_of)  # warm the calendar

    t0 = time.perf_counter()
    parsed = [kr.Complaint.model_validate_json(line) for line in lines]
    t_parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = [kr.evaluate(reg, c, as_of) for c in parsed]
    t_eval = time.perf_counter() - t0

    t0 = time.perf_counter()
    dumped = sum(len(json.dumps(a.model_dump(mode="json"))) for a in results[:10_000])
    t_dump = (time.perf_counter() - t0) * len(results) / 10_000

    n = len(lines)
    print(f"machine: {machine()}; one core; Python {platform.python_version()}")
    print(f"regulation {args.regulation}, {n} generated complaints (seed {args.seed})")
    print(f"parse+validate: {n / t_parse:10,.0f} complaints/s ({t_parse * 1e6 / n:6.1f} us each)")
    print(f"evaluate:       {n / t_eval:10,.0f} complaints/s ({t_eval * 1e6 / n:6.1f} us each)")
    print(f"ratio evaluate/parse: {t_eval / t_parse:.2f}x")
    print(
        f"(JSON output, extrapolated from 10,000: {n / t_dump:,.0f} results/s; "
        f"{dumped // 10_000} bytes each)"
    )


if __name__ == "__main__":
    main()
