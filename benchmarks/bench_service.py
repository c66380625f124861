"""Single evaluations over HTTP with concurrent clients, beside the in-process rate.

Run: ``.venv/bin/python benchmarks/bench_service.py [--clients 8] [--seconds 10]
[--workers 1] [--regulation livio] [--log-level info]``

Generates 2,000 complaints (the generator of ``bench_evaluate.py``, seed 2027) and, in
one run:

* **in process**, one core: what the endpoint does for one request (parse the body with
  ``Complaint.model_validate_json``, evaluate, write with the ``JsonWriter``), per
  complaint, median of 3 passes;
* **over HTTP**: ``klachtregels serve`` started on a free loopback port (``--workers``,
  the log as shipped: one line per request), then ``--clients`` client processes, each
  on one keep-alive connection (``http.client``), posting the complaints one after the
  other to ``POST /v1/regulations/ID/evaluate?as_of=...`` for ``--seconds`` (after one
  second of warm-up). Requests/s by the clock, latency p50 and p99 (from sending the
  request to reading the whole answer), and requests per second of the server's CPU
  (which the clients' share of the cores does not change). Every answer is checked to be
  200; the first ones against the library.

The clients run on the same machine and take CPU from the server: on 2 cores the
figures are what one machine does as server and load generator both. It asserts nothing
but the answers; it prints figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import klachtregels as kr
from klachtregels.engine.evaluate import DEFAULT_ENGINE
from klachtregels.engine.writer import JsonWriter

sys.path.insert(0, str(Path(__file__).parent))
from bench_evaluate import AS_OF, complaint
from bench_working_days import machine

EXE = Path(sys.executable).with_name("klachtregels")
N = 2000


def bodies(n: int = N) -> list[bytes]:
    rng = random.Random(2027)
    return [json.dumps(complaint(rng)).encode() for _ in range(n)]


def in_process(reg_id: str, data: list[bytes], repeat: int = 3) -> float:
    """Microseconds per complaint for parse + evaluate + write, median of ``repeat``."""
    reg = kr.load(reg_id)
    writer = JsonWriter()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for body in data:
            c = kr.Complaint.model_validate_json(body)
            writer.encoded(DEFAULT_ENGINE.evaluate(reg, c, AS_OF))
        times.append((time.perf_counter() - t0) * 1e6 / len(data))
    return statistics.median(times)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start(workers: int, log_level: str) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    args = [str(EXE), "serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(
        [*args, "--log-level", log_level],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/v1/regulations")
            if conn.getresponse().status == 200:
                conn.close()
                time.sleep(1.0 if workers > 1 else 0.2)  # the other workers start too
                return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the service did not start")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of ``pid`` and its children (the workers), in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            pids += [int(p) for p in f.read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            pass
    return total


def client(args: tuple[int, int, str, int, float, float]) -> tuple[list[float], int]:
    """One client: requests one after the other until ``stop``; latencies after ``warm``."""
    k, port, path, clients, warm, stop = args
    data = bodies()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"content-type": "application/json"}
    latencies: list[float] = []
    bad = 0
    n = k
    while True:
        now = time.time()
        if now >= stop:
            break
        t0 = time.perf_counter()
        conn.request("POST", path, body=data[n % len(data)], headers=headers)
        r = conn.getresponse()
        r.read()
        took = time.perf_counter() - t0
        if r.status != 200:
            bad += 1
        if now >= warm:
            latencies.append(took)
        n += clients
    conn.close()
    return latencies, bad


def check(port: int, reg_id: str, data: list[bytes]) -> None:
    """The first answers equal the library's (the tests check this thoroughly)."""
    reg = kr.load(reg_id)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for body in data[:20]:
        conn.request("POST", f"/v1/regulations/{reg_id}/evaluate?as_of={AS_OF}", body=body)
        got = conn.getresponse().read().decode()
        a = kr.evaluate(reg, kr.Complaint.model_validate_json(body), AS_OF)
        assert got == json.dumps(a.model_dump(mode="json"), ensure_ascii=False)
    conn.close()


def over_http(
    reg_id: str, clients: int, seconds: float, workers: int, log_level: str
) -> dict[str, float]:
    process, port = start(workers, log_level)
    try:
        check(port, reg_id, bodies())
        path = f"/v1/regulations/{reg_id}/evaluate?as_of={AS_OF}"
        warm = time.time() + 1.0
        stop = warm + seconds
        cpu0 = _cpu_seconds(process.pid)
        with multiprocessing.get_context("fork").Pool(clients) as pool:
            jobs = [(k, port, path, clients, warm, stop) for k in range(clients)]
            cpu_at_warm = None
            result = pool.map_async(client, jobs)
            while time.time() < warm:
                time.sleep(0.01)
            cpu_at_warm = _cpu_seconds(process.pid)
            done = result.get(timeout=seconds + 120)
        cpu = _cpu_seconds(process.pid) - (cpu_at_warm if cpu_at_warm is not None else cpu0)
    finally:
        process.terminate()
        process.wait(timeout=30)
    latencies = sorted(t for lat, _ in done for t in lat)
    bad = sum(b for _, b in done)
    if bad:
        raise SystemExit(f"{bad} answers were not 200")
    n = len(latencies)
    return {
        "requests": n,
        "per_second": n / seconds,
        "p50_ms": latencies[n // 2] * 1000,
        "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000,
        "per_cpu_second": n / cpu if cpu > 0 else float("nan"),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--regulation", default="livio")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--log-level", default="info")
    args = p.parse_args()
    print(machine())
    us = in_process(args.regulation, bodies())
    print(
        f"in process, one core: parse + evaluate + write {us:.1f} µs per complaint "
        f"({1e6 / us:,.0f}/s)"
    )
    r = over_http(args.regulation, args.clients, args.seconds, args.workers, args.log_level)
    print(
        f"over HTTP, {args.clients} clients, {args.workers} worker(s), log {args.log_level}: "
        f"{r['per_second']:,.0f} requests/s ({int(r['requests']):,} in {args.seconds:g} s), "
        f"p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, "
        f"{r['per_cpu_second']:,.0f} requests per second of the server's CPU"
    )
    print(f"in process / over HTTP: {1e6 / us / r['per_second']:.1f}x")


if __name__ == "__main__":
    main()
