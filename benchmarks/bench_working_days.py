"""add_working_days: klachtregels against workalendar, same dates, same run.

Run: ``.venv/bin/python benchmarks/bench_working_days.py [--dates 100000] [--seed 2026]``

Prints per-call times, the ratio, and how many answers differ. The default
calendar treats Atw art. 3(3) decree days as working days, so its holiday set
agrees with workalendar's Netherlands on every day in 2000-2100 (workalendar's
extra Easter and Whit Sundays are Sundays); every answer should be identical.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from datetime import date, timedelta

from workalendar.europe import Netherlands

from klachtregels.law.calendar import default_calendar


def machine() -> str:
    """CPU model, cores and Python version, for the README's table."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dates", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    first = date(2001, 1, 1)
    span = (date(2099, 12, 31) - first).days
    dates = [first + timedelta(days=rng.randrange(span)) for _ in range(args.dates)]

    t0 = time.perf_counter()
    ours_cal = default_calendar()
    build = time.perf_counter() - t0
    theirs_cal = Netherlands()
    for year in range(2000, 2101):  # warm workalendar's per-year holiday cache too
        theirs_cal.holidays(year)

    print(f"machine: {machine()}")
    print(
        f"dates: {len(dates)} random days in 2001-2099 (seed {args.seed}); "
        f"klachtregels index built in {build * 1000:.0f} ms"
    )
    for n in (5, 60):
        t0 = time.perf_counter()
        theirs = [theirs_cal.add_working_days(d, n) for d in dates]
        t_theirs = time.perf_counter() - t0

        t0 = time.perf_counter()
        ours = [ours_cal.add_working_days(d, n) for d in dates]
        t_ours = time.perf_counter() - t0

        t0 = time.perf_counter()
        batch = ours_cal.add_working_days_many(dates, n)
        t_batch = time.perf_counter() - t0

        differ = sum(a != b for a, b in zip(ours, theirs, strict=True))
        assert batch == ours
        per = 1e6 / len(dates)
        print(
            f"n={n:>2}: workalendar {t_theirs * per:7.2f} us/call | "
            f"klachtregels {t_ours * per:5.2f} us/call (batch {t_batch * per:5.2f}) | "
            f"ratio {t_theirs / t_ours:6.1f}x (batch {t_theirs / t_batch:6.1f}x) | "
            f"differing answers: {differ}"
        )


if __name__ == "__main__":
    main()
