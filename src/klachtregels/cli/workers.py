"""``check --jobs N``: a batch evaluated by N worker processes and written by the main one.

Each chunk of lines is shared out among the workers by the day of receipt its lines
name (the value after ``"received_on"``, as written). Complaints received on the same
day share their due dates, the explanations of those and their JSON, which the
evaluator and the writer work out the first time they meet them. Shared out so, each
worker meets each day in its own share only. Before, each chunk went whole to one
worker; then every worker met nearly every day, and two workers did about a sixth of
one process's work twice. A chunk whose lines would fall mostly to one worker (a file
of few days) is shared out line by line, in turn. Which worker evaluates a line changes
nothing in what is written for it.

A worker puts the records of its share in one of its :data:`SLOTS`, in memory it
shares with the main process (:class:`_Slots`; where there is none to be had, its
records come back through its pipe), and reports where each record ends.
The main process writes a chunk once every share of it is in: its records in input
order, straight from the shared memory (``os.writev``), led as one process leads them
(:meth:`Job.framed`). It then gives the slots back. So the output is in input order and
byte for byte what one process writes, and only the main process writes. A worker has
at most :data:`SLOTS` shares evaluated and not yet written, so a slow reader holds
them back and memory stays bounded.

A worker that dies (killed, out of memory) is seen at once by its sentinel. The batch
then ends with exit status 2 and one line that says up to which input line the output
is complete: the whole chunks written, and nothing after them. After an error or Ctrl-C
nothing more is written and the workers are ended at once, as they write nothing. When
the main process is killed, its pipes close and the workers end by themselves: one
waiting for a slot waits on its pipe. (Before, with a ``multiprocessing.Pool``, the
batch waited forever after a worker died: the pool loses the dead worker's chunk.)
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import mmap
import queue
import signal
import sys
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import shared_memory
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from klachtregels.cli.base import UsageError
from klachtregels.engine.batch import is_blank
from klachtregels.errors import escape_controls
from klachtregels.messages import Lang, render

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from klachtregels.cli.batch import Job

__all__ = ["GRACE", "SLOTS", "SLOT_BYTES", "START_METHOD", "WorkerEndedError", "run_workers"]

#: Of a worker: shares evaluated and not yet written, at most.
SLOTS = 4
#: Bytes of records a slot holds; a larger share comes back through the pipe.
SLOT_BYTES = 8 << 20
#: Chunks given out and not yet written, at most: a worker can go on with the next
#: while the others are on the one before it.
WINDOW = SLOTS + 2
#: Seconds the end of a worker is waited for, after which it is killed.
GRACE = 10.0
#: How a worker is started: forked on Linux (it inherits what is loaded); elsewhere
#: (macOS, Windows) a new interpreter that is sent the job, pickled.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"

#: The owner of a blank line: no worker (it gives no record).
_BLANK = -1
_KEY = b'"received_on"'

#: A chunk's share as given out: the chunk's number, its lines with their numbers.
Share = tuple[str, int, list[tuple[int, bytes]]]
#: A share as reported evaluated: "share", the chunk's number, the slot (or -1), the
#: end of each record in bytes, the error lines with their numbers, the lines, and the
#: records themselves when they are not in the slot.
Report = tuple[str, int, int, list[int], list[tuple[int, str]], int, bytes | None]


class WorkerEndedError(UsageError):
    """A worker process of ``check --jobs`` ended before its shares were done (killed,
    out of memory): reported in one line, exit status 2. ``exitcode`` is the process's
    (negative: the signal), ``line`` the last input line up to which the output is
    complete (0: none)."""

    def __init__(self, exitcode: int | None, line: int, lang: Lang) -> None:
        if exitcode is not None and exitcode < 0:
            try:
                name = signal.Signals(-exitcode).name
            except ValueError:
                name = "?"
            how = render("cli.worker_signal", lang, n=-exitcode, name=name)
        else:
            how = render("cli.worker_exit", lang, code=exitcode)
        key = "cli.worker_died" if line else "cli.worker_died_at_once"
        text = render(key, lang, how=how, line=line)
        super().__init__(f"klachtregels: {text}")
        self.exitcode, self.line = exitcode, line


@dataclass
class _Worker:
    """The main process's side of one worker."""

    process: BaseProcess
    reports: Connection
    #: What the feeding thread sends: shares, a slot given back, None last (the end).
    feed: queue.SimpleQueue[Share | tuple[str] | None]
    feeder: threading.Thread
    #: The worker's slots, shared (None: its records come through the pipe).
    memory: _Slots | None


class _Slots:
    """A worker's :data:`SLOTS`, in memory it shares with the main process: mapped
    before the fork and so inherited (Linux), or named shared memory the worker opens
    by its name once started anew (macOS, Windows; the job is pickled for it)."""

    def __init__(self, forked: bool) -> None:
        self._shared: shared_memory.SharedMemory | None = None
        self._map: mmap.mmap | None = None
        if forked:
            self._map = mmap.mmap(-1, SLOTS * SLOT_BYTES)
            self.buf = memoryview(self._map)
        else:
            self._shared = shared_memory.SharedMemory(create=True, size=SLOTS * SLOT_BYTES)
            self.buf = self._shared.buf  # type: ignore[assignment]

    def __getstate__(self) -> dict[str, str]:
        assert self._shared is not None  # only what is not forked is pickled
        return {"name": self._shared.name}

    def __setstate__(self, state: dict[str, str]) -> None:
        self._map = None
        self._shared = shared_memory.SharedMemory(name=state["name"])
        self.buf = self._shared.buf  # type: ignore[assignment]

    def put(self, slot: int, data: bytes) -> bool:
        """Put ``data`` in ``slot``; False when it does not fit."""
        if len(data) > SLOT_BYTES:
            return False
        at = slot * SLOT_BYTES
        self.buf[at : at + len(data)] = data
        return True

    def view(self, slot: int, size: int) -> memoryview:
        at = slot * SLOT_BYTES
        return self.buf[at : at + size]

    def close(self) -> None:
        """In the main process, at the end: the memory goes (named memory is removed)."""
        # After a failed write its traceback may still hold views of the memory; then
        # the memory goes with the last of them.
        with contextlib.suppress(BufferError):
            self.buf.release()
            if self._map is not None:
                self._map.close()
            if self._shared is not None:
                self._shared.close()
        if self._shared is not None:
            self._shared.unlink()


@dataclass
class _Chunk:
    """A chunk given out: which worker has each line, and its shares as they come in."""

    owners: list[int]
    last_line: int
    lines: int
    shares: list[Report | None]


def share_out(lines: list[bytes], first: int, jobs: int) -> tuple[list[int], list[list[Any]]]:
    """Which worker evaluates each line (:data:`_BLANK`: none), and each worker's share:
    by the day of receipt, or line by line in turn when that would give one worker more
    than a fifth beyond its even share."""
    owners = [_BLANK] * len(lines)
    shares: list[list[Any]] = [[] for _ in range(jobs)]
    crc = zlib.crc32
    for i, line in enumerate(lines):
        if is_blank(line):
            continue
        at = line.find(_KEY)
        if at < 0:
            w = i % jobs
        else:
            quote = line.find(b'"', at + len(_KEY))  # the value's: "2027-01-04"
            w = crc(line[quote : quote + 12]) % jobs
        owners[i] = w
        shares[w].append((first + i, line))
    given = len(lines) - owners.count(_BLANK)
    if max(map(len, shares)) > given / jobs * 1.2 + 1:
        shares = [[] for _ in range(jobs)]
        turn = itertools.cycle(range(jobs))
        for i, line in enumerate(lines):
            if owners[i] != _BLANK:
                w = owners[i] = next(turn)
                shares[w].append((first + i, line))
    return owners, shares


def run_workers(
    job: Job, chunks: Iterator[tuple[int, list[bytes]]], jobs: int
) -> Iterator[tuple[int, int]]:
    """Evaluate ``chunks`` in ``jobs`` worker processes and write them, in input order;
    yields (lines, lines that failed) per chunk, once it is written."""
    import multiprocessing  # here: one process (the default) does without it

    context = multiprocessing.get_context(START_METHOD)
    kept: list[Connection] = []  # this process's ends of the workers' pipes
    workers: list[_Worker] = []
    given: dict[int, _Chunk] = {}
    count = written = last_line = 0  # chunks given out, chunks written, their last line
    more, wrote, clean = True, False, False
    try:
        for _ in range(jobs):  # in the try: a fork that fails ends the workers started
            try:
                workers.append(_start(context, job, kept))
            except OSError as e:
                problem = e.strerror or str(e)
                text = render("cli.cannot_start_worker", job.lang, problem=problem)
                raise UsageError(f"klachtregels: {text}") from None
        for w in workers:  # once all are forked: a fork copies no thread that holds a lock
            w.feeder.start()
        index = {id(w): i for i, w in enumerate(workers)}
        while True:
            while more and count - written < WINDOW:
                nxt = next(chunks, None)
                if nxt is None:
                    more = False
                    break
                first, lines = nxt
                owners, shares = share_out(lines, first, jobs)
                for w, share in zip(workers, shares, strict=True):
                    w.feed.put(("share", count, share))
                given[count] = _Chunk(owners, first + len(lines) - 1, len(lines), [None] * jobs)
                count += 1
            while written < count and None not in given[written].shares:
                chunk = given.pop(written)
                yield _write(job, workers, chunk, wrote)
                wrote = wrote or any(r is not None and r[3] for r in chunk.shares)
                last_line = chunk.last_line
                written += 1
            if not more and written == count:
                break
            for w, report in _reports(workers):
                if report is None:  # the worker is gone
                    w.process.join(GRACE)  # its pipe closes a moment before it is reaped
                    raise WorkerEndedError(w.process.exitcode, last_line, job.lang)
                if report[0] == "share":
                    given[report[1]].shares[index[id(w)]] = report
                else:  # "failed": a share that could not be evaluated
                    raise report[1]
        clean = True
    finally:
        _end(workers, clean)


def _write(job: Job, workers: list[_Worker], chunk: _Chunk, wrote: bool) -> tuple[int, int]:
    """Write a chunk whose shares are all in: each record from where its worker put it,
    in input order; then give the slots back."""
    views: list[memoryview] = []
    ends: list[list[int]] = []
    errors: list[tuple[int, str]] = []
    for w, report in zip(workers, chunk.shares, strict=True):
        assert report is not None
        _, _, slot, record_ends, share_errors, _, inline = report
        if inline is not None:
            views.append(memoryview(inline))
        else:
            assert w.memory is not None
            views.append(w.memory.view(slot, record_ends[-1] if record_ends else 0))
        ends.append(record_ends)
        errors += share_errors
    taken = [0] * len(workers)
    records: list[memoryview] = []
    for owner in chunk.owners:
        if owner == _BLANK:
            continue
        i = taken[owner]
        record_ends = ends[owner]
        records.append(views[owner][record_ends[i - 1] if i else 0 : record_ends[i]])
        taken[owner] = i + 1
    errors.sort()
    try:
        each = list(range(1, len(records) + 1))  # one piece per record
        return job.write((records, each, errors, chunk.lines), not wrote)
    finally:
        del records
        for view in views:
            view.release()
        for w in workers:
            w.feed.put(("free",))


def _reports(workers: list[_Worker]) -> Iterator[tuple[_Worker, tuple[Any, ...] | None]]:
    """The reports that have come in, once one has; (worker, None) for a worker gone (its
    reports before its end come first)."""
    by_conn = {id(w.reports): w for w in workers}
    by_sentinel = {w.process.sentinel: w for w in workers}
    ready = wait([*(w.reports for w in workers), *by_sentinel])
    for obj in ready:
        w = by_conn.get(id(obj))
        if w is None:
            continue
        try:
            while w.reports.poll():
                yield w, w.reports.recv()
        except (EOFError, OSError):
            yield w, None
            return
    for obj in ready:
        if isinstance(obj, int):
            yield by_sentinel[obj], None
            return


def _start(context: BaseContext, job: Job, kept: list[Connection]) -> _Worker:
    """Start a worker; ``kept`` holds this process's ends of the pipes so far (a forked
    worker closes its copies of them, or it would keep a pipe open that must close when
    this process ends: a worker never saw its end of input after a kill -9 of this one)."""
    task_out, task_in = context.Pipe(duplex=False)  # (reader, writer)
    report_out, report_in = context.Pipe(duplex=False)
    kept += (task_in, report_out)
    forked = context.get_start_method() == "fork"
    try:
        memory: _Slots | None = _Slots(forked)
    except OSError:  # no memory to share: the records come through the pipe
        memory = None
    process = context.Process(  # type: ignore[attr-defined]
        target=_serve,
        args=(job, task_out, report_in, memory, list(kept) if forked else []),
        name="klachtregels-worker",
        daemon=True,
    )
    try:
        process.start()
    except BaseException:
        if memory is not None:
            memory.close()
        raise
    task_out.close()  # the worker's ends: this process keeps its own
    report_in.close()
    feed: queue.SimpleQueue[Share | tuple[str] | None] = queue.SimpleQueue()
    feeder = threading.Thread(
        target=_feed, args=(feed, task_in), name="klachtregels-feeder", daemon=True
    )
    return _Worker(process, report_out, feed, feeder, memory)


def _feed(feed: queue.SimpleQueue[Share | tuple[str] | None], tasks: Connection) -> None:
    """Send a worker its shares and its slots given back (in a thread: a worker busy
    with a share reads the next only when done, and the main process must not wait)."""
    try:
        while True:
            message = feed.get()
            tasks.send(message)
            if message is None:
                return
    except OSError:  # the worker is gone; the main process sees that by its sentinel
        return
    finally:
        tasks.close()


def _end(workers: list[_Worker], clean: bool) -> None:
    """End the workers: after all went well each is sent None and ends by itself;
    otherwise they are killed at once (they write nothing)."""
    for w in workers:
        w.feed.put(None)
        if w.feeder.ident is None:  # a worker started before one failed to start
            w.feeder.start()
    for w in workers:
        if clean:
            w.process.join(GRACE)
        if w.process.is_alive():
            w.process.kill()
        w.process.join()
    for w in workers:
        w.feeder.join(GRACE)
        w.reports.close()
        if w.memory is not None:
            w.memory.close()


# ---------------------------------------------------------------- in the worker


def _serve(
    job: Job,
    tasks: Connection,
    reports: Connection,
    memory: _Slots | None,
    inherited: list[Connection],
) -> None:
    """A worker: evaluate the shares sent until None, each put in the next slot once
    the main process has given it back."""
    for c in inherited:  # the main process's ends, copied by the fork
        c.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    waiting: collections.deque[Share] = collections.deque()  # come in while waiting for a slot
    free, slot, failed = SLOTS, 0, False
    try:
        while True:
            message = waiting.popleft() if waiting else tasks.recv()
            if message is None:
                return
            if message[0] == "free":
                free += 1
                continue
            _, k, numbered = message
            if failed:
                continue
            try:
                pieces, ends, errors, n = job.part(numbered)
            except Exception as e:
                failed = True
                _report_failure(reports, e)
                continue
            sizes = list(itertools.accumulate(map(len, pieces)))
            record_ends = [sizes[end - 1] for end in ends]
            data = b"".join(pieces)
            while not free:  # the main process has not written this slot yet
                message = tasks.recv()
                if message is None:
                    return
                if message[0] == "free":
                    free += 1
                else:
                    waiting.append(message)
            free -= 1
            inline: bytes | None = data
            if memory is not None and memory.put(slot, data):
                inline = None
            reports.send(("share", k, slot, record_ends, errors, n, inline))
            slot = (slot + 1) % SLOTS
    except (EOFError, OSError):  # the main process is gone: nothing more is written
        return


def _report_failure(reports: Connection, e: Exception) -> None:
    try:
        reports.send(("failed", e))
    except (OSError, EOFError):
        raise
    except Exception:  # an error that does not pickle
        reports.send(("failed", RuntimeError(escape_controls(repr(e))[:200])))
