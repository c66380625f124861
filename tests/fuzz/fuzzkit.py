"""What the fuzz tests share: running a command in-process, the hostile values, and
mutations of real input files.

:func:`run` calls :func:`klachtregels.cli.main.main` with standard output and error
captured (both with a byte buffer, as the real ones have) and checks what every command
must do on any input: exit 0, 1 or 2; no traceback; a bounded time; and, where the
command read one input, at most one line on standard error.
"""

from __future__ import annotations

import contextlib
import io
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from klachtregels.cli.main import main

REPO = Path(__file__).resolve().parents[2]
REGULATIONS = sorted((REPO / "regelingen").glob("[a-z]*/[0-9]*.yaml"))
MINIMAL = REPO / "tests" / "broken" / "valid_minimal.yaml"
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
#: Seconds one command may take on any input (the machine is shared: generous).
BOUND = 20.0

#: Examples per test in CI (the whole folder in about a minute), and under ``-m slow``.
FEW = settings(
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MANY = settings(FEW, max_examples=400, derandomize=False)

#: Values that have broken, or could break, a reader: long, deep, odd characters,
#: numbers where dates belong, words that look like booleans.
HOSTILE = [
    "",
    "~",
    "no",
    "nee",
    "false",
    "0",
    "-1",
    "1e9",
    "0x10",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "0001-01-01",
    "٣ weken",
    "² weken",
    "1 x" + " " * 5000 + "y",
    "zes weekjes",
    "1001 dagen",
    '"\\ud800"',
    '"\\x1b[2J\\a"',
    '"\\u202e"',
    "\x00",
    "&a [*a, *a]",
    "<<: {a: 1}",
    "!!python/object:os.system",
    "!!binary aGVsbG8=",
    "[" * 200 + "]" * 200,
    "{a: " * 100 + "1" + "}" * 100,
    "x" * 100_000,
    "Jan Jansen BSN 123456782 " * 1000,
    "{}",
    "[]",
    "null",
    ".inf",
    "true",
    "extra.onbekend",
]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str
    seconds: float


def run(argv: list[str], *, one_input: bool = True, stdin: bytes = b"") -> Result:
    """``klachtregels argv`` in this process, checked against what every command owes."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    stdin_wrapper = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    started = time.perf_counter()
    with (
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr("sys.stdin", stdin_wrapper)
        try:
            code = main(argv)
        except SystemExit as e:  # --help and --version end this way, as argparse does
            code = e.code if isinstance(e.code, int) else 2
    seconds = time.perf_counter() - started
    result = Result(code, out.getvalue().decode(), err.getvalue().decode(), seconds)
    assert code in (0, 1, 2), result
    assert "Traceback" not in result.err, result.err
    assert "Traceback" not in result.out
    assert seconds < BOUND, (argv, seconds)
    if one_input:
        assert result.err.count("\n") <= 1, result.err
    return result


@st.composite
def mutated(draw: st.DrawFn, files: list[Path]) -> str:
    """The text of one of ``files`` with one to three line-level mutations: a line
    deleted, doubled, cut, or its value replaced by a hostile one."""
    lines = draw(st.sampled_from(files)).read_text("utf-8").splitlines()
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            break
        n = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["delete", "double", "cut", "value", "value", "insert"]))
        line = lines[n]
        if how == "delete":
            del lines[n]
        elif how == "double":
            lines.insert(n, line)
        elif how == "cut":
            lines[n] = line[: draw(st.integers(0, len(line)))]
        elif how == "insert":
            lines.insert(n, draw(st.sampled_from(HOSTILE)))
        elif ":" in line:
            key = line.split(":", 1)[0]
            lines[n] = f"{key}: {draw(st.sampled_from(HOSTILE))}"
    return "\n".join(lines) + "\n"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8", errors="surrogatepass")
    return path
