"""``check --jobs N``: the chunks of a batch evaluated and written by N worker processes.

The main process reads the chunks and gives each to the worker with the fewest in
hand (at most :data:`AHEAD`). A worker evaluates a chunk, hands it to its writing
thread and goes on with the next; that thread writes the chunk once the one before it
is written, so the output does not pass through the main process and is in input
order, byte for byte what one process writes.

Each worker has two pipes of its own to the main process (chunks in, reports out), so
no worker can block another but for the turn to write. A worker that dies (killed,
out of memory) is seen at once by its sentinel: the batch ends with exit status 2 and
one line that says up to which input line the output is complete. (Before, with a
``multiprocessing.Pool``, the batch then waited forever: the pool loses the dead
worker's chunk, and a worker killed while waiting for a task holds the lock of the
pool's task queue.) After an error or Ctrl-C nothing more is written; the workers end
by themselves once the chunk being written is out, and are ended by force only when
they have not after :data:`GRACE` seconds; after a worker died, the others are ended
once the chunk being written is out (the dead one may have held the lock of the turn).
When the main process is killed, its pipes close and the workers end by themselves.
"""

from __future__ import annotations

import gc
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from klachtregels.cli.base import UsageError, hold_terminate
from klachtregels.errors import escape_controls
from klachtregels.messages import Lang, render

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from klachtregels.cli.batch import Job

__all__ = ["AHEAD", "GRACE", "START_METHOD", "WorkerEndedError", "run_workers"]

#: Chunks a worker holds at most: given out and not yet evaluated.
AHEAD = 2
#: Of a worker: evaluated chunks waiting for their turn to be written, at most.
WAITING = 2
#: Seconds the workers have to end by themselves after an error, before they are killed.
GRACE = 10.0
#: How a worker is started: forked on Linux (it inherits what is loaded); elsewhere
#: (macOS, Windows) a new interpreter that is sent the job, pickled.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"

#: What a chunk's evaluation gives: its output in pieces, its error lines, its lines.
Done = tuple[list[bytes], list[str], int]
#: A chunk as given out: its number, the number of its first line, its lines.
Chunk = tuple[int, int, list[bytes]]


class WorkerEndedError(UsageError):
    """A worker process of ``check --jobs`` ended before its chunks were done (killed, out
    of memory): reported in one line, exit status 2. ``exitcode`` is the process's
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
    #: Chunks for the feeding thread to send (it sends None last: the worker's end).
    feed: queue.SimpleQueue[Chunk | None]
    feeder: threading.Thread
    #: Chunks given out and not yet reported evaluated.
    held: int = 0


def run_workers(
    job: Job, chunks: Iterator[tuple[int, list[bytes]]], jobs: int
) -> Iterator[tuple[int, int]]:
    """Evaluate and write ``chunks`` in ``jobs`` worker processes; yields (lines, lines
    that failed) per chunk, in input order, once it is evaluated."""
    import multiprocessing  # here: one process (the default) does without it

    context = multiprocessing.get_context(START_METHOD)
    turn = context.Value("q", 0, lock=False)
    stop = context.Value("b", 0, lock=False)
    writing = context.Value("q", 0, lock=False)  # the pid of the worker writing, or 0
    ready = context.Condition()
    wrote = context.Value("b", 0, lock=False)  # whether a chunk with records is written
    shared = (turn, stop, writing, ready, wrote)
    kept: list[Connection] = []  # this process's ends of the workers' pipes
    workers: list[_Worker] = []
    counts: dict[int, tuple[int, int]] = {}
    last_line: list[int] = []  # of each chunk given out, its last line
    written = yielded = 0  # chunks written (in order), and counted
    clean, more, died = False, True, False
    try:
        for _ in range(jobs):  # in the try: a fork that fails ends the workers started
            try:
                workers.append(_start(context, job, shared, kept))
            except OSError as e:
                problem = e.strerror or str(e)
                text = render("cli.cannot_start_worker", job.lang, problem=problem)
                raise UsageError(f"klachtregels: {text}") from None
        for w in workers:  # once all are forked: a fork copies no thread that holds a lock
            w.feeder.start()
        while True:
            more = more and _hand_out(workers, chunks, last_line)
            while yielded in counts:
                yield counts.pop(yielded)
                yielded += 1
            if not more and written == yielded == len(last_line):
                break
            for w, report in _reports(workers):
                if report is None:  # the worker is gone
                    died = True
                    w.process.join(GRACE)  # its pipe closes a moment before it is reaped
                    done_to = last_line[written - 1] if written else 0
                    raise WorkerEndedError(w.process.exitcode, done_to, job.lang)
                kind = report[0]
                if kind == "evaluated":
                    _, k, n, bad = report
                    counts[k] = (n, bad)
                    w.held -= 1
                elif kind == "written":
                    written += 1
                else:  # "failed": a chunk that could not be evaluated or written
                    raise report[1]
        clean = True
    except BaseException:
        stop.value = 1  # an error or Ctrl-C: the output ends with the chunk being written
        raise
    finally:
        _end(workers, ready, writing, clean, died=died)


def _hand_out(
    workers: list[_Worker], chunks: Iterator[tuple[int, list[bytes]]], last_line: list[int]
) -> bool:
    """Give out chunks, each to the worker with the fewest in hand, until each holds
    :data:`AHEAD`; ``last_line`` gets each chunk's last line. False once all are given."""
    while True:
        w = min(workers, key=lambda w: w.held)
        if w.held >= AHEAD:
            return True
        nxt = next(chunks, None)
        if nxt is None:
            return False
        first, lines = nxt
        w.feed.put((len(last_line), first, lines))
        w.held += 1
        last_line.append(first + len(lines) - 1)


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


def _start(
    context: BaseContext, job: Job, shared: tuple[Any, ...], kept: list[Connection]
) -> _Worker:
    """Start a worker; ``kept`` holds this process's ends of the pipes so far (a forked
    worker closes its copies of them, or it would keep a pipe open that must close when
    this process ends: a worker never saw its end of input after a kill -9 of this one)."""
    task_out, task_in = context.Pipe(duplex=False)  # (reader, writer)
    report_out, report_in = context.Pipe(duplex=False)
    kept += (task_in, report_out)
    forked = context.get_start_method() == "fork"
    process = context.Process(  # type: ignore[attr-defined]
        target=_serve,
        args=(job, task_out, report_in, *shared, list(kept) if forked else []),
        name="klachtregels-worker",
        daemon=True,
    )
    process.start()
    task_out.close()  # the worker's ends: this process keeps its own
    report_in.close()
    feed: queue.SimpleQueue[Chunk | None] = queue.SimpleQueue()
    feeder = threading.Thread(
        target=_feed, args=(feed, task_in), name="klachtregels-feeder", daemon=True
    )
    return _Worker(process, report_out, feed, feeder)


def _feed(feed: queue.SimpleQueue[Chunk | None], tasks: Connection) -> None:
    """Send a worker its chunks (in a thread: a worker busy with a chunk reads the next
    only when done, and the main process must not wait for that)."""
    try:
        while True:
            chunk = feed.get()
            tasks.send(chunk)
            if chunk is None:
                return
    except OSError:  # the worker is gone; the main process sees that by its sentinel
        return
    finally:
        tasks.close()


def _end(workers: list[_Worker], ready: Any, writing: Any, clean: bool, *, died: bool) -> None:
    """End the workers: each is sent None and ends once its chunks are out. After an
    error, those that have not ended within :data:`GRACE` seconds are killed; after a
    worker died, the others are killed once the chunk being written is out (the dead
    one may have held the lock of the turn, anywhere in its taking turns)."""
    for w in workers:
        w.feed.put(None)
        if w.feeder.ident is None:  # a worker started before one failed to start
            w.feeder.start()
    until = time.monotonic() + GRACE
    if clean:
        for w in workers:
            w.process.join()
    elif died:
        alive = {w.process.pid for w in workers if w.process.is_alive()}
        while writing.value in alive and time.monotonic() < until:
            time.sleep(0.01)  # a living worker finishes the chunk it writes
    else:
        # Wake the writers waiting for a turn that will not come (stop is set); the lock
        # is held by a writer while it writes.
        if ready.acquire(timeout=GRACE):
            ready.notify_all()
            ready.release()
        for w in workers:
            w.process.join(max(0.0, until - time.monotonic()))
    for w in workers:
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
    for w in workers:
        w.feeder.join(GRACE)
        w.reports.close()


# ---------------------------------------------------------------- in the worker


def _serve(
    job: Job,
    tasks: Connection,
    reports: Connection,
    turn: Any,
    stop: Any,
    writing: Any,
    ready: Any,
    wrote: Any,
    inherited: list[Connection],
) -> None:
    """A worker: evaluate the chunks sent until None, each handed to the writing thread
    (which takes at most :data:`WAITING`: the back-pressure of a slow reader)."""
    for c in inherited:  # the main process's ends, copied by the fork
        c.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    hold_terminate()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    lock = threading.Lock()  # the two threads of this worker report on one pipe

    def report(*message: object) -> None:
        with lock:
            try:
                reports.send(message)
            except OSError:  # the main process is gone: nothing more is written
                _stop(stop, ready)
            except Exception as e:  # an error that does not pickle
                reports.send(("failed", RuntimeError(escape_controls(repr(e))[:200])))

    evaluated: queue.Queue[tuple[int, Done | None] | None] = queue.Queue(maxsize=WAITING)
    writer = threading.Thread(
        target=_write_in_turn,
        args=(job, evaluated, turn, stop, writing, ready, wrote, report),
        name="klachtregels-writer",
        daemon=True,
    )
    writer.start()
    # A SIGTERM (from outside) reaches the writing thread alone, which holds it off
    # while it writes, so the worker ends between lines.
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        while (chunk := tasks.recv()) is not None:
            k, first, lines = chunk
            done: Done | None = None
            if not stop.value:
                try:
                    done = job.run(first, lines)
                except Exception as e:
                    report("failed", e)
            if done is not None:  # before it is written: the main process counts it first
                report("evaluated", k, done[2], len(done[1]))
            evaluated.put((k, done))
    except (EOFError, OSError):  # the main process is gone: nothing more is written
        _stop(stop, ready)
    finally:
        evaluated.put(None)
        writer.join()


def _stop(stop: Any, ready: Any) -> None:
    """Nothing more is written: the writers waiting for a turn are woken to see it (the
    lock is re-entrant, so a writer holding it may call this too)."""
    stop.value = 1
    with ready:
        ready.notify_all()


def _write_in_turn(
    job: Job,
    evaluated: queue.Queue[tuple[int, Done | None] | None],
    turn: Any,
    stop: Any,
    writing: Any,
    ready: Any,
    wrote: Any,
    report: Any,
) -> None:
    """A worker's writing thread: each chunk once the one before it is written. After a
    failed write (a full disk), in any worker, nothing more is written and the error goes
    to the main process. Ends when given None."""
    pid = os.getpid()
    while (handed := evaluated.get()) is not None:
        k, done = handed
        with ready:
            ready.wait_for(lambda k=k: bool(turn.value == k or stop.value))
            writing.value = pid  # before the stop is read: see _end
            if stop.value or done is None:
                writing.value = 0
                ready.notify_all()  # a stop: the others waiting see it too
                continue
            try:
                job.write(done, not wrote.value)
                if done[0]:
                    wrote.value = 1
            except Exception as e:  # carried to the main process
                stop.value = 1
                report("failed", e)
            else:
                report("written", k)
            finally:
                writing.value = 0
                turn.value = k + 1
                ready.notify_all()
