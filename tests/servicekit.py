"""The service started for real, for the tests: ``klachtregels serve`` in its own process
on a free loopback port, its log in a file, stopped when the tests are done."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

try:
    import httpx
except ImportError:  # pragma: no cover - told, not skipped
    pytest.fail(
        "the service's tests need the test and serve extras: pip install -e '.[test,serve]'",
        pytrace=False,
    )

__all__ = ["Server", "free_port", "running"]


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Server:
    """A running ``klachtregels serve``: its base URL and its log."""

    def __init__(self, url: str, log: Path, process: subprocess.Popen[bytes]) -> None:
        self.url, self.log_path, self.process = url, log, process

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace")

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)  # type: ignore[arg-type]


@contextmanager
def running(tmp: Path, *args: str, timeout: float = 60) -> Iterator[Server]:
    """``klachtregels serve ARGS`` on a free port, until the block ends (then stopped)."""
    for _ in range(3):  # a port taken between choosing and binding: choose again
        port = free_port()
        log = tmp / f"serve-{port}.log"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "klachtregels", "serve", "--port", str(port), *args],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
            )
        url = f"http://127.0.0.1:{port}"
        if _ready(url, process, timeout):
            break
        _stop(process)
    else:
        pytest.fail(f"klachtregels serve did not start:\n{log.read_text('utf-8', 'replace')}")
    try:
        yield Server(url, log, process)
    finally:
        _stop(process)


def _ready(url: str, process: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if httpx.get(f"{url}/v1/regulations", timeout=5).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:  # pragma: no cover - a server that hangs
            process.kill()
            process.wait(timeout=15)
