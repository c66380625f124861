"""``klachtregels check``: one complaint, or a JSON Lines file of them, on one core or more.

A file ending in ``.jsonl`` or ``.ndjson``, and standard input (``-``) with
``--format jsonl``, is read as JSON Lines, streaming: one line at a time, in bounded
memory. A bad line costs only itself: its error record takes its place in the output,
``file:line:column: field: message`` goes to stderr, and the exit status is 1 when any
line failed (0 otherwise). ``--jobs N`` evaluates in N worker processes; the output is
in input order and byte for byte what one process writes (both format the same chunks
with the same code).

``--format json`` on a batch writes one JSON document: an array of the records, in
input order, each indented as ``json.dumps(..., indent=2)`` indents it and the ones
after the first led by their comma (``, {``), so that every chunk ends a line (see
:meth:`Job.framed`).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import IO, TYPE_CHECKING

from klachtregels.cli.base import (
    UsageError,
    check_as_of,
    emit,
    in_force,
    read_complaint,
    read_text,
    regulation,
)
from klachtregels.engine.assessment import Assessment
from klachtregels.engine.batch import LineError, evaluate_numbered
from klachtregels.engine.evaluate import Engine
from klachtregels.engine.writer import CitationTable, JsonWriter, dumps
from klachtregels.errors import echo, escape_controls, not_utf8
from klachtregels.messages import Lang, render
from klachtregels.model.complaint import MAX_COMPLAINT_BYTES
from klachtregels.model.regulation import Regulation

if TYPE_CHECKING:
    from klachtregels.model.loader import InForce

__all__ = ["CHUNK", "cmd_check", "is_lines"]

#: Lines per chunk: the unit of work of a worker and of writing.
CHUNK = 1000
_LINE_SUFFIXES = (".jsonl", ".ndjson")


def is_lines(ref: str, fmt: str) -> bool:
    """Whether the complaint input is JSON Lines."""
    return ref.endswith(_LINE_SUFFIXES) or (ref == "-" and fmt == "jsonl")


def cmd_check(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    reg = in_force(args) or regulation(args, args.regulation, args.on)
    ref: str = args.complaint
    if args.compact and args.format != "jsonl":
        raise UsageError(render("cli.compact_needs_jsonl", lang))
    if not is_lines(ref, args.format):
        text = read_text(ref, lang)
        complaint = read_complaint(text, ref, lang)
        check_as_of(args.as_of, complaint.received_on, "check", lang)
        if not isinstance(reg, Regulation):
            reg = reg(complaint.received_on)
        job = Job(reg, args.as_of, lang, ref, args.format, args.compact)
        a = job.engine.evaluate(reg, complaint, args.as_of, lang=lang)
        # With --compact the citations' table leads, as in a batch: the ids need it.
        sys.stdout.write((job.opening() + job.format([a])).decode("utf-8"))
        return 0
    job = Job(reg, args.as_of, lang, ref, args.format, args.compact, batch=True)
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

    #: One regulation, or the version in force on each complaint's day of receipt.
    reg: Regulation | InForce
    as_of: date | None
    lang: Lang
    path: str
    fmt: str
    compact: bool
    #: A batch in ``--format json`` or ``text``: the records are the items of one JSON
    #: array, or blocks between blank lines (see :meth:`framed`).
    batch: bool = False

    def __post_init__(self) -> None:
        self.engine = Engine()
        reg = self.reg if isinstance(self.reg, Regulation) else self.reg.newest()
        # A citation of another version that the table does not hold is written in full.
        table = CitationTable(reg) if self.compact else None
        self.writer = JsonWriter(citations=table)

    def format(self, results: Iterable[Assessment | LineError]) -> bytes:
        """The output of ``results`` as UTF-8, one record per line (or block, for text)."""
        return b"".join(self.framed(*self.records(results), first=True))

    def records(self, results: Iterable[Assessment | LineError]) -> tuple[list[bytes], list[int]]:
        """The records of ``results`` in pieces, as they are written (joined by no one: a
        chunk of JSON lines is many small shared pieces and megabytes in all), each record
        ended by a newline and without what leads it (:meth:`framed`); and after each
        record, how many pieces there are up to its end."""
        lang, fmt = self.lang, self.fmt
        pieces: list[bytes] = []
        ends: list[int] = []
        if fmt == "jsonl":
            extend, end = self.writer.extend, ends.append
            for r in results:
                if isinstance(r, LineError):
                    pieces.append(dumps(r.model_dump(lang)).encode())
                else:
                    extend(pieces, r)
                pieces.append(b"\n")
                end(len(pieces))
            return pieces, ends
        for r in results:
            if isinstance(r, LineError):
                text = r.located(lang) if fmt == "text" else _pretty(r.model_dump(lang))
            else:
                text = r.explain(lang) if fmt == "text" else _pretty(r.model_dump(mode="json"))
            if fmt == "text":  # a regulation's names must not steer the terminal
                text = escape_controls(text, keep="\n\t")
            elif self.batch:  # an item of the array: each of its lines indented by two
                text = text.replace("\n", "\n  ")
            pieces.append((text + "\n").encode("utf-8"))
            ends.append(len(pieces))
        return pieces, ends

    @property
    def leads(self) -> tuple[bytes, bytes] | None:
        """What leads a record of a batch: the first, and each after it (in a JSON array
        ``"  "`` and the comma ``", "``, in text nothing and a blank line); None for JSON
        lines and for one complaint."""
        return _LEADS.get(self.fmt) if self.batch else None

    def framed(self, pieces: Sequence[Piece], ends: list[int], *, first: bool) -> Sequence[Piece]:
        """The pieces of :meth:`records` as written, each record led by what leads it
        (``first``: no record was written before them, which only the process that
        writes, in input order, knows: with ``--jobs`` the records are made ahead, in
        the workers)."""
        leads = self.leads
        if leads is None:
            return pieces
        out: list[Piece] = []
        start = 0
        for i, end in enumerate(ends):
            out.append(leads[0] if first and i == 0 else leads[1])
            out += pieces[start:end]
            start = end
        return out

    def opening(self) -> bytes:
        """What the output begins with: the citations (``--compact``), or the array's
        ``[`` (``--format json``)."""
        if self.compact:
            return (self.writer.header() + "\n").encode("utf-8")
        return b"[\n" if self.batch and self.fmt == "json" else b""

    def closing(self) -> bytes:
        """What the output ends with: the array's ``]``."""
        return b"]\n" if self.batch and self.fmt == "json" else b""

    def write(self, done: Done, first: bool) -> tuple[int, int]:
        """Write a chunk :meth:`run` gave (``first``: no record was written before it);
        gives (lines, lines that failed)."""
        pieces, ends, errors, n = done
        return emit(self.framed(pieces, ends, first=first), [text for _, text in errors], n)

    def run(self, first_line: int, lines: list[bytes]) -> Done:
        """One chunk: its records in pieces (:meth:`records`), its error lines for
        stderr, and how many lines."""
        return self._evaluated(enumerate(lines, first_line), len(lines))

    def part(self, numbered: list[tuple[int, bytes]]) -> Done:
        """:meth:`run` on lines given with their numbers (a worker's part of a chunk)."""
        return self._evaluated(numbered, len(numbered))

    def _evaluated(self, numbered: Iterable[tuple[int, bytes]], n: int) -> Done:
        results = list(
            evaluate_numbered(
                self.reg, numbered, self.as_of, lang=self.lang, engine=self.engine, path=self.path
            )
        )
        errors = [
            (r.line, escape_controls(r.located(self.lang)))
            for r in results
            if isinstance(r, LineError)
        ]
        return *self.records(results), errors, n


#: A piece of output: bytes, or a part of memory a worker shares (``check --jobs``).
Piece = bytes | memoryview
#: What a chunk's evaluation gives: its records in pieces, where each record ends (in
#: pieces), its error lines for stderr (with their line numbers), and how many lines.
Done = tuple[Sequence[Piece], list[int], list[tuple[int, str]], int]


def _pretty(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


#: What leads a record of a batch, per format: the first, and each after it (a JSON
#: array's item after the first by its comma, a text block after the first by a blank line).
_LEADS: dict[str, tuple[bytes, bytes]] = {"json": (b"  ", b", "), "text": (b"", b"\n")}


#: Of a line over the limit, at most this many bytes are skipped to find its end.
SKIP_AT_MOST = 64 * 1024 * 1024


def bounded_lines(stream: IO[bytes], limit: int = MAX_COMPLAINT_BYTES) -> Iterator[bytes]:
    """The lines of ``stream``, none read further than ``limit`` bytes: of a longer line
    the first ``limit + 1`` bytes stand for it (an error for that line), and the rest is
    skipped in small reads, up to :data:`SKIP_AT_MOST` bytes; a line longer than that
    (``/dev/zero``) ends the input, so neither memory nor time runs out."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            skipped, rest = 0, b""
            while skipped < SKIP_AT_MOST and not rest.endswith(b"\n"):
                rest = stream.readline(1 << 16)
                if not rest:
                    break
                skipped += len(rest)
            if skipped >= SKIP_AT_MOST:
                yield line
                return
        yield line


def _chunks(stream: IO[bytes]) -> Iterator[tuple[int, list[bytes]]]:
    first = 1
    lines_of = bounded_lines(stream)
    while True:
        lines = list(itertools.islice(lines_of, CHUNK))
        if not lines:
            return
        yield first, lines
        first += len(lines)


def _lines(job: Job, stream: IO[bytes], jobs: int) -> int:
    _refuse_other_encodings(job, stream)
    sys.stdout.flush()
    sys.stdout.buffer.write(job.opening())
    sys.stdout.buffer.flush()
    progress = _Progress(job.lang)
    failed = 0
    with _few_collections():
        for n, bad in _written(job, stream, jobs):
            failed += bad
            progress.add(n)
    sys.stdout.buffer.write(job.closing())
    sys.stdout.buffer.flush()
    progress.done()
    return 1 if failed else 0


def _refuse_other_encodings(job: Job, stream: IO[bytes]) -> None:
    """A file in UTF-16 or UTF-32 (saved as "Unicode": by its byte order mark, or by the
    NUL bytes beside its first character) is refused as a whole, in one line, before
    anything is written: each of its lines would otherwise be an error of its own."""
    peek = getattr(stream, "peek", None)
    if peek is None:
        return
    head = peek(4)[:4]
    key, params = not_utf8(head, 0)
    if key != "error.not_utf8":
        raise UsageError(f"{echo(job.path, 160)}: {render(key, job.lang, **params)}")


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


def _written(job: Job, stream: IO[bytes], jobs: int) -> Iterator[tuple[int, int]]:
    """Evaluate and write the chunks in input order: here, or in ``jobs`` worker
    processes (:mod:`klachtregels.cli.workers`). Yields (lines, lines that failed) per
    chunk, once it is evaluated."""
    if jobs <= 1:
        wrote = False
        for first, lines in _chunks(stream):
            done = job.run(first, lines)
            yield job.write(done, not wrote)
            wrote = wrote or bool(done[1])
        return
    from klachtregels.cli.workers import run_workers  # one process does without it

    yield from run_workers(job, _chunks(stream), jobs)


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
