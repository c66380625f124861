"""``klachtregels check``: one complaint, or a JSON Lines file of them, on one core or more.

A file ending in ``.jsonl`` or ``.ndjson``, and standard input (``-``) with
``--format jsonl``, is read as JSON Lines, streaming: one line at a time, in bounded
memory. A bad line costs only itself: its error record takes its place in the output,
``file:line:column: field: message`` goes to stderr, and the exit status is 1 when any
line failed (0 otherwise). ``--jobs N`` evaluates in N worker processes; the output is
in input order and byte for byte what one process writes (both format the same chunks
with the same code).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from multiprocessing.pool import AsyncResult
from typing import IO

from klachtregels.cli.base import UsageError, read_complaint, read_text, regulation
from klachtregels.engine.assessment import Assessment
from klachtregels.engine.batch import LineError, evaluate_lines
from klachtregels.engine.evaluate import Engine
from klachtregels.engine.writer import CitationTable, JsonWriter, dumps
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Regulation

__all__ = ["CHUNK", "cmd_check", "is_lines"]

#: Lines per chunk: the unit of work of a worker and of writing.
CHUNK = 1000
_LINE_SUFFIXES = (".jsonl", ".ndjson")


def is_lines(ref: str, fmt: str) -> bool:
    """Whether the complaint input is JSON Lines."""
    return ref.endswith(_LINE_SUFFIXES) or (ref == "-" and fmt == "jsonl")


def cmd_check(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    reg = regulation(args, args.regulation, args.on)
    ref: str = args.complaint
    if args.compact and args.format != "jsonl":
        raise UsageError(render("cli.compact_needs_jsonl", lang))
    if not is_lines(ref, args.format):
        text = sys.stdin.read() if ref == "-" else read_text(ref, lang)
        complaint = read_complaint(text, ref, lang)
        job = Job(reg, args.as_of, lang, ref, args.format, args.compact)
        a = job.engine.evaluate(reg, complaint, args.as_of, lang=lang)
        sys.stdout.write(job.format([a]).decode("utf-8"))
        return 0
    job = Job(reg, args.as_of, lang, ref, args.format, args.compact)
    if ref == "-":
        return _lines(job, sys.stdin.buffer, args.jobs)
    try:
        stream = open(ref, "rb")  # noqa: SIM115 - closed below
    except OSError as e:
        problem = e.strerror or str(e)
        raise UsageError(f"{ref}: {render('error.cannot_read', lang, problem=problem)}") from None
    with stream:
        return _lines(job, stream, args.jobs)


@dataclass
class Job:
    """What a batch needs, in the main process and in each worker."""

    reg: Regulation
    as_of: date | None
    lang: Lang
    path: str
    fmt: str
    compact: bool

    def __post_init__(self) -> None:
        self.engine = Engine()
        table = CitationTable(self.reg) if self.compact else None
        self.writer = JsonWriter(citations=table)

    def format(self, results: Iterable[Assessment | LineError]) -> bytes:
        """The output of ``results`` as UTF-8, one record per line (or block, for text)."""
        out: list[bytes] = []
        lang, fmt, write = self.lang, self.fmt, self.writer.encoded
        for r in results:
            if fmt == "jsonl":
                out.append(
                    dumps(r.model_dump(lang)).encode() if isinstance(r, LineError) else write(r)
                )
                continue
            if isinstance(r, LineError):
                text = r.located(lang) if fmt == "text" else _pretty(r.model_dump(lang))
            else:
                text = r.explain(lang) if fmt == "text" else _pretty(r.model_dump(mode="json"))
            out.append(text.encode("utf-8"))
        return b"".join(line + b"\n" for line in out)

    def run(self, first_line: int, lines: list[bytes]) -> tuple[bytes, list[str], int]:
        """One chunk: its output (UTF-8), its error lines for stderr, and how many lines."""
        results = list(
            evaluate_lines(
                self.reg,
                lines,
                self.as_of,
                lang=self.lang,
                engine=self.engine,
                path=self.path,
                first_line=first_line,
            )
        )
        errors = [r.located(self.lang) for r in results if isinstance(r, LineError)]
        return self.format(results), errors, len(results)


def _pretty(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def _chunks(stream: IO[bytes]) -> Iterator[tuple[int, list[bytes]]]:
    first = 1
    while True:
        lines = list(itertools.islice(stream, CHUNK))
        if not lines:
            return
        yield first, lines
        first += len(lines)


def _lines(job: Job, stream: IO[bytes], jobs: int) -> int:
    sys.stdout.flush()
    out = sys.stdout.buffer
    if job.compact:
        out.write((job.writer.header() + "\n").encode("utf-8"))
    progress = _Progress(job.lang)
    failed = 0
    with _few_collections():
        for text, errors, n in _results(job, stream, jobs):
            out.write(text)
            for line in errors:
                print(line, file=sys.stderr)
            failed += len(errors)
            progress.add(n)
    out.flush()
    progress.done()
    return 1 if failed else 0


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Fewer garbage collections during a batch: what is loaded lives as long as the
    batch (frozen: no collection walks it again), and the results, freed as they are
    written, make no cycles. What the evaluator and the writer remember would otherwise
    make CPython walk a growing heap again and again."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _results(job: Job, stream: IO[bytes], jobs: int) -> Iterator[tuple[bytes, list[str], int]]:
    """The chunks' results in input order: here, or in ``jobs`` worker processes with at
    most two chunks per worker under way (bounded memory)."""
    if jobs <= 1:
        for first, lines in _chunks(stream):
            yield job.run(first, lines)
        return
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_init, initargs=(job,)) as pool:
        pending: deque[AsyncResult[tuple[bytes, list[str], int]]] = deque()
        for first, lines in _chunks(stream):
            pending.append(pool.apply_async(_work, (first, lines)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


_JOB: list[Job] = []


def _init(job: Job) -> None:
    _JOB[:] = [job]
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


def _work(first: int, lines: list[bytes]) -> tuple[bytes, list[str], int]:
    return _JOB[0].run(first, lines)


class _Progress:
    """A count on stderr every 1,000 lines, when stderr is a terminal."""

    def __init__(self, lang: Lang) -> None:
        self.lang, self.n, self.shown = lang, 0, 0
        self.on = sys.stderr.isatty()

    def add(self, n: int) -> None:
        self.n += n
        if self.on and self.n - self.shown >= 1000:
            self.shown = self.n
            print(f"\r{render('cli.progress', self.lang, n=self.n)}", end="", file=sys.stderr)

    def done(self) -> None:
        if self.on:
            print(f"\r{render('cli.progress', self.lang, n=self.n)}", file=sys.stderr)
