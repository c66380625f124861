"""What every command module shares: the parser that never prints a traceback, reading
complaints, and where regulations are found (``--regulations DIR``, ``--shadow``).

Light on purpose: a command imports what it needs when it runs, so that
``klachtregels deadline`` starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import itertools
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from klachtregels.errors import echo, not_utf8
from klachtregels.messages import render
from klachtregels.messages.lang import Lang

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

    from klachtregels.model.complaint import Complaint
    from klachtregels.model.loader import InForce
    from klachtregels.model.regulation import Regulation

__all__ = [
    "Parser",
    "UsageError",
    "add_regulations",
    "argparse_in",
    "check_as_of",
    "guarded",
    "help_lang",
    "read_complaint",
    "read_text",
    "regulation",
    "search_dirs",
    "write_whole",
]


class UsageError(Exception):
    """Bad input on the command line: reported in one line, exit status 2."""


class _Formatter(argparse.HelpFormatter):
    """Help texts are catalogue keys (``cli.help.*``): rendered in the parser's language."""

    lang: Lang = "nl"

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if text is not None and text.startswith("cli.help."):
            return render(text, self.lang)
        return text


class Parser(argparse.ArgumentParser):
    """A parser that never prints a traceback, with help in :attr:`lang`; a subclass per
    language comes from :meth:`in_lang`."""

    lang: Lang = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        formatter = type("Formatter", (_Formatter,), {"lang": self.lang})
        kwargs.setdefault("formatter_class", formatter)
        description = kwargs.get("description")
        if isinstance(description, str) and description.startswith("cli.help."):
            kwargs["description"] = render(description, self.lang)
        super().__init__(*args, **kwargs)

    @classmethod
    def in_lang(cls, lang: Lang) -> type[Parser]:
        return type(cls.__name__, (cls,), {"lang": lang})

    def error(self, message: str) -> NoReturn:
        # argparse repeats the value it refuses ("invalid choice: '...'"): cut it short.
        message = re.sub(r"'([^']{41,})'", lambda m: repr(echo(m.group(1))), message)
        raise UsageError(f"{self.prog}: {message}")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """An unknown choice (a subcommand too), with the nearest known one where any."""
        choices = action.choices
        if choices is None or value in choices:
            return
        known = [str(c) for c in choices]
        near = difflib.get_close_matches(str(value), known, n=1, cutoff=0.6)
        key = "cli.invalid_choice_near" if near else "cli.invalid_choice"
        listed = ", ".join(repr(c) for c in known)
        text = render(key, self.lang, value=value, near=near[0] if near else "", choices=listed)
        raise argparse.ArgumentError(action, text)


@contextlib.contextmanager
def argparse_in(lang: Lang) -> Iterator[None]:
    """argparse's own words (usage, options, its errors) in ``lang`` while parsing."""
    from klachtregels.messages.cli import ARGPARSE

    def translate(text: str) -> str:
        key = ARGPARSE.get(text)
        return render(key, lang) if key is not None else text

    def ntranslate(one: str, many: str, n: int) -> str:
        return translate(one if n == 1 else many)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translate, ntranslate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def help_lang(words: list[str], environ: Mapping[str, str]) -> Lang:
    """The language of help and parse errors: ``--lang`` where given, else English when
    the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``) is English, else Dutch."""
    pairs = list(itertools.pairwise(words))
    for lang in ("en", "nl"):
        if f"--lang={lang}" in words or ("--lang", lang) in pairs:
            return lang
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.startswith("en") else "nl"
    return "nl"


def add_regulations(p: argparse.ArgumentParser) -> None:
    """``--regulations DIR`` (repeatable) and ``--shadow`` on a command that takes an id."""
    p.add_argument(
        "--regulations",
        action="append",
        default=[],
        metavar="DIR",
        help="cli.help.common.regulations",
    )
    p.add_argument(
        "--shadow",
        action="store_true",
        help="cli.help.common.shadow",
    )


def search_dirs(args: argparse.Namespace) -> list[str]:
    """The folders of ``--regulations``, each checked to be one (before any is read, and
    named as the option in the error)."""
    from klachtregels.model.catalog import search_path

    dirs: list[str] = getattr(args, "regulations", None) or []
    search_path(dirs, given_in="--regulations")
    return dirs


def regulation(args: argparse.Namespace, ref: str, on: date | None = None) -> Regulation:
    """The regulation ``ref`` (an id or a path), found as the command's options say."""
    from klachtregels.model.loader import load

    return load(ref, on=on, path=search_dirs(args), shadow=getattr(args, "shadow", False))


def in_force(args: argparse.Namespace) -> InForce | None:
    """For a regulation named by id without ``--on``: each complaint is evaluated under
    the version in force on the day it was received."""
    ref: str = args.regulation
    from klachtregels.model.catalog import is_path

    if args.on is not None or is_path(ref):
        return None
    from klachtregels.model.loader import InForce

    return InForce(ref, path=search_dirs(args), shadow=getattr(args, "shadow", False))


def read_text(ref: str, lang: Lang) -> str:
    """A complaint file (``-``: standard input), read no further than its limit."""
    from klachtregels.model.complaint import MAX_COMPLAINT_BYTES

    limit = MAX_COMPLAINT_BYTES

    try:
        if ref == "-":
            raw = sys.stdin.buffer.read(limit + 1)
        else:
            with open(ref, "rb") as f:
                raw = f.read(limit + 1)
        if len(raw) > limit:
            raise UsageError(
                f"{echo(ref, 160)}: {render('error.file_over_limit', lang, limit=limit)}"
            )
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        key, params = not_utf8(raw, e.start)
        raise UsageError(f"{echo(ref, 160)}: {render(key, lang, **params)}") from None
    except OSError as e:
        problem = e.strerror or e
        raise UsageError(
            f"{echo(ref, 160)}: {render('error.cannot_read', lang, problem=problem)}"
        ) from None


def read_complaint(text: str, where: str, lang: Lang) -> Complaint:
    """One complaint from YAML or JSON text; errors name line, column and field."""
    from klachtregels.errors import RegulationError
    from klachtregels.model.complaint import Complaint, ComplaintError
    from klachtregels.model.validation import Problem, locate
    from klachtregels.model.yamlsafe import parse

    try:
        parsed = parse(text, where)
        data = parsed.data
        if isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
            message = render("cli.complaints_in_a_list", lang, n=len(data))
            raise UsageError(f"{echo(where, 160)}: {message}")
        return Complaint.model_validate(data)
    except RegulationError as e:
        many = _json_lines(text)
        if many:
            message = render("cli.complaints_as_lines", lang, n=many)
            raise UsageError(f"{echo(where, 160)}: {message}") from None
        if e.what_key == "error.empty_file":  # a complaint's first line, not a regulation's
            e = RegulationError(e.path, e.line, e.column, "", "error.empty_complaint")
        raise UsageError(e.message(lang)) from None
    except ComplaintError as e:
        key, params = e.detail()
        problem = Problem(e.field, key, params, e.loc)
        raise UsageError(locate(problem, where, parsed.positions).message(lang)) from None


def _json_lines(text: str) -> int:
    """How many complaints ``text`` holds as JSON Lines: each of two or more lines that
    are not blank a JSON object (0 otherwise)."""
    import json

    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return 0
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return 0
        except (ValueError, RecursionError):
            return 0
    return len(lines)


def check_as_of(as_of: date | None, received: date, command: str, lang: Lang) -> None:
    """Refuse an ``--as-of`` before the complaint was received: no term has begun then,
    so every status would say nothing (a typo in the year, most often)."""
    if as_of is not None and as_of < received:
        raise UsageError(
            render(
                "cli.as_of_before_receipt",
                lang,
                command=command,
                as_of=as_of.isoformat(),
                received=received.isoformat(),
            )
        )


class _Out(io.RawIOBase):
    """Standard output at the file-descriptor level, written in whole lines.

    Once the reader has gone (a closed pipe) or a write failed (a full disk), what
    follows is dropped, so the command still ends with its own exit status and Python's
    last flush cannot fail again. Bytes after the last newline wait for the next one
    (or the end), and Ctrl-C is held off while a write is under way, so an interrupted
    command leaves only whole lines behind."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd, self.gone, self.failed = fd, False, False
        self.pending = b""

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        if self.gone or self.failed:
            return size
        if not self.pending and size and view[-1] == 0x0A:
            # Whole lines and nothing waiting (a batch's chunk of megabytes): written
            # from the caller's buffer, not copied (copies cost a page fault per 4 kB).
            self._send(view)
            return size
        chunk = view.tobytes()
        self.pending += chunk
        cut = self.pending.rfind(b"\n") + 1
        if cut:
            whole, self.pending = self.pending[:cut], self.pending[cut:]
            self._send(whole)
        return len(chunk)

    def finish(self) -> None:
        """Write what waits for a newline (the command ended normally)."""
        if self.pending and not (self.gone or self.failed):
            rest, self.pending = self.pending, b""
            self._send(rest)

    def write_pieces(self, pieces: Sequence[bytes | memoryview]) -> None:
        """``write(b"".join(pieces))`` without the join: pieces that end a line, with
        nothing waiting, go out with ``os.writev`` straight from where they lie (a
        batch's chunk is some 25,000 pieces and megabytes; joining them copied it all)."""
        if self.gone or self.failed or not pieces:
            return
        if self.pending or pieces[-1][-1:] != b"\n" or not hasattr(os, "writev"):
            self.write(b"".join(pieces))
            return
        self._send(list(pieces))

    def _send(self, data: bytes | memoryview | list[bytes | memoryview]) -> None:
        held = _hold_interrupts()
        try:
            if isinstance(data, list):
                for at in range(0, len(data), _IOV_MAX):
                    group = data[at : at + _IOV_MAX]
                    sent = os.writev(self.fd, group)
                    if sent < sum(map(len, group)):  # written in part: the rest in one
                        _write_fully(self.fd, memoryview(b"".join(group))[sent:])
            else:
                _write_fully(self.fd, memoryview(data))
        except BrokenPipeError:
            self.gone = True
        except OSError as e:
            self.failed = True
            raise OutputWriteError(e.errno, e.strerror) from None
        finally:
            if held:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


class OutputWriteError(OSError):
    """Standard output could not be written (a full disk): told apart from other system
    errors also where a worker of ``check --jobs`` wrote and the error came back."""


def _write_fully(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view) :]


def _iov_max() -> int:
    """How many pieces one ``os.writev`` takes (Linux: 1024; POSIX: at least 16)."""
    try:
        return max(16, os.sysconf("SC_IOV_MAX"))
    except (AttributeError, ValueError, OSError):  # pragma: no cover - not on Linux
        return 16


_IOV_MAX = _iov_max()


def write_pieces(pieces: Sequence[bytes | memoryview]) -> None:
    """Write ``b"".join(pieces)`` to standard output and flush it: through
    :meth:`_Out.write_pieces` where standard output is this process's own, else joined
    (a caller or a test that captured it)."""
    raw = getattr(getattr(sys.stdout, "buffer", None), "raw", None)
    if isinstance(raw, _Out):
        sys.stdout.flush()
        raw.write_pieces(pieces)
    else:
        sys.stdout.buffer.write(b"".join(pieces))
        sys.stdout.buffer.flush()


def emit(pieces: Sequence[bytes | memoryview], errors: list[str], n: int) -> tuple[int, int]:
    """Write one chunk of a batch: its output, then its error lines on standard error;
    gives (lines, lines that failed)."""
    if pieces:
        write_pieces(pieces)
    for line in errors:
        print(line, file=sys.stderr)
    return n, len(errors)


#: The signals held off while a line is written: Ctrl-C (in ``check --jobs`` too only
#: the main process writes).
_HELD: set[signal.Signals] = {signal.SIGINT}


def _hold_interrupts() -> bool:
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on Windows
        return False
    signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    return True


def _real_stdout() -> _Out | None:
    """Put :class:`_Out` under ``sys.stdout`` when it is the process's own (not when a
    test or a caller captured it)."""
    now = sys.__stdout__
    if now is None or sys.stdout is not now:
        return None
    try:
        fd = now.fileno()
    except (OSError, ValueError):
        return None
    raw = _Out(fd)
    now.flush()
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(raw), encoding="utf-8", line_buffering=now.line_buffering
    )
    return raw


def guarded(run: Callable[[], int], lang: Lang) -> int:
    """Run a command; what the system does to it becomes one line and an exit status: a
    closed pipe keeps the command's own status (``validate bad.yaml | true`` still fails),
    a failed write (``> /dev/full``) or another OS error is exit 2, Ctrl-C is a quiet exit
    130 with the output ending in a whole line. Never a traceback."""
    out = _real_stdout()
    try:
        code = run()
        sys.stdout.flush()
        if out is not None:
            out.finish()
        return code
    except KeyboardInterrupt:
        if out is not None:
            out.pending, out.gone = b"", True  # drop the unfinished line, and the rest
        return 130
    except BrokenPipeError:  # stdout captured by a caller whose reader went away
        return 2
    except OSError as e:
        problem = e.strerror or str(e)
        failed = isinstance(e, OutputWriteError) or (out is not None and out.failed)
        key = "cli.cannot_write" if failed else "cli.os_error"
        if out is not None:
            out.failed = True
        print(f"klachtregels: {render(key, lang, problem=problem)}", file=sys.stderr)
        return 2


def write_whole(path: Path, text: str) -> None:
    """Write ``path`` as a whole or not at all: to a temporary file beside it, synced,
    then renamed over it, so that a kill leaves the old page or the new one, never half
    of one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
