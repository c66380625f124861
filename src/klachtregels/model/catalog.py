"""Where regulations are found: the bundled folder and one's own, and what was read.

A folder of regulations is laid out like the bundled ``regelingen/``:
``<folder>/<id>/<valid_from>.yaml`` per version, law bases under
``<folder>/_wetten/<law>/<valid_from>.yaml``. One's own folders come from
``KLACHTREGELS_PATH`` (separated by ``os.pathsep``) and from ``load(..., path=[...])``
(the command line's ``--regulations DIR``); law bases not found in them come from the
bundled ones, so that one's own provider ``extends: [wkkgz]`` as a bundled one does.
An own id that is also bundled (or in two own folders) is an error
(:class:`ShadowError`) unless ``shadow=True``: then the first folder that has it wins,
own folders before the bundled one.

:class:`Reads` records every file and folder a load read, so that a cached regulation
is served only while none of them changed (see :func:`klachtregels.model.loader.load`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from klachtregels.errors import KlachtregelsError

__all__ = [
    "ENV",
    "MAX_BYTES",
    "Catalog",
    "NotAFolderError",
    "Reads",
    "ShadowError",
    "Version",
    "bundled_dir",
    "catalog",
    "is_path",
    "read_limited",
    "search_path",
]

#: The largest regulation file read, in bytes (1 MiB; the largest bundled one is ~40 KB).
MAX_BYTES = 1024 * 1024

#: The environment variable with one's own folders of regulations.
ENV = "KLACHTREGELS_PATH"

_DATE_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.yaml$")
_UNTIL = re.compile(rb"^valid_until:\s*(\d{4}-\d{2}-\d{2})\s*$", re.M)


class ShadowError(KlachtregelsError, ValueError):
    """One's own regulation has the id of a bundled one (or of one in another folder)."""

    key = "error.shadowed"

    def __init__(self, ident: str, folder: Path, other: Path) -> None:
        super().__init__(ident, folder, other)
        self.ident, self.folder, self.other = ident, folder, other

    def params(self) -> dict[str, object]:
        return {"id": self.ident, "folder": str(self.folder), "other": str(self.other)}


class NotAFolderError(KlachtregelsError, ValueError):
    """A folder of one's own regulations given for a call (``path``, ``--regulations``)
    that is not a folder: most often a typo, which would otherwise leave the regulation
    unfound, or found bundled instead of one's own."""

    key = "error.not_a_folder"

    def __init__(self, folder: str, given_in: str) -> None:
        super().__init__(folder, given_in)
        self.folder, self.given_in = folder, given_in

    def params(self) -> dict[str, object]:
        return {"folder": self.folder, "given_in": self.given_in}


def read_limited(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit + 1`` bytes of ``path``: the limit is kept while reading, so that
    ``/dev/zero`` or a growing file cannot exhaust memory. More than ``limit`` bytes
    back means the file is too large."""
    with open(path, "rb") as f:
        return f.read(limit + 1)


def is_path(ref: str | os.PathLike[str]) -> bool:
    """The one rule for a regulation argument: a path when it holds a separator or ends in
    ``.yaml`` / ``.yml``; anything else is an id (even when a file of that name exists
    in the current folder)."""
    if not isinstance(ref, str):
        return True
    seps = {"/", os.sep, os.altsep or "/"}
    return any(s in ref for s in seps) or ref.endswith((".yaml", ".yml"))


def bundled_dir() -> Path:
    """The bundled ``regelingen/`` folder: inside the installed package, or the checkout's."""
    packaged = Path(str(resources.files("klachtregels"))) / "regelingen"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "regelingen"


def search_path(
    dirs: Iterable[str | os.PathLike[str]] | None = None, given_in: str = "path"
) -> tuple[Path, ...]:
    """One's own folders: ``dirs``, then those in ``KLACHTREGELS_PATH``.

    Each of ``dirs``, given for this call, must be a folder, else
    :class:`NotAFolderError` (``given_in`` names them in it). An entry of the variable
    that is not a folder is skipped, as ``PATH`` and ``PYTHONPATH`` skip theirs: it is
    set once for many commands, for folders that may come and go (a share not mounted).
    """
    own = []
    for folder in dirs or ():
        found = Path(folder)
        if not os.fspath(folder) or not found.is_dir():  # "" is not ".": an unset variable
            raise NotAFolderError(os.fspath(folder), given_in)
        own.append(found)
    env = os.environ.get(ENV, "")
    return (*own, *(Path(p) for p in env.split(os.pathsep) if p))


@dataclass
class Reads:
    """The files (their bytes) and folders (their names) a load read."""

    files: dict[Path, bytes] = field(default_factory=dict)
    dirs: dict[Path, tuple[str, ...] | None] = field(default_factory=dict)

    def read(self, path: Path) -> bytes:
        data = read_limited(path)
        self.files[path] = data
        return data

    def names(self, folder: Path) -> tuple[str, ...]:
        """The sorted names in ``folder``; none when it is not a readable folder."""
        try:
            names: tuple[str, ...] | None = tuple(sorted(os.listdir(folder)))
        except OSError:
            names = None
        self.dirs[folder] = names
        return names or ()

    def update(self, other: Reads) -> None:
        self.files.update(other.files)
        self.dirs.update(other.dirs)

    def unchanged(self) -> bool:
        """Whether every folder and file still holds what it held when read."""
        for folder, names in self.dirs.items():
            try:
                now: tuple[str, ...] | None = tuple(sorted(os.listdir(folder)))
            except OSError:
                now = None
            if now != names:
                return False
        for path, data in self.files.items():
            try:
                if read_limited(path) != data:
                    return False
            except OSError:
                return False
        return True


@dataclass(frozen=True)
class Version:
    """One version of a regulation and the days it is in force."""

    id: str
    valid_from: date
    valid_until: date | None
    path: Path

    def in_force_on(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_until is None or on <= self.valid_until)

    def span(self) -> str:
        end = self.valid_until.isoformat() if self.valid_until else "..."
        return f"{self.valid_from.isoformat()} - {end}"


def _versions(folder: Path, ident: str, reads: Reads) -> list[Version]:
    files = [folder / n for n in reads.names(folder) if _DATE_FILE.match(n)]
    out: list[Version] = []
    for i, f in enumerate(files):
        start = date.fromisoformat(f.name[:10])
        nxt = date.fromisoformat(files[i + 1].name[:10]) if i + 1 < len(files) else None
        until = _declared_until(f, reads) or (nxt - timedelta(days=1) if nxt else None)
        out.append(Version(ident, start, until, f))
    return out


def _declared_until(f: Path, reads: Reads) -> date | None:
    try:
        m = _UNTIL.search(reads.read(f))
    except OSError:
        return None
    return date.fromisoformat(m.group(1).decode()) if m else None


def _index(root: Path, reads: Reads, only: str | None = None) -> dict[str, list[Version]]:
    out: dict[str, list[Version]] = {}
    for name in reads.names(root) if only is None else (only,):
        folder = root / name
        if not name.startswith(("_", ".")) and folder.is_dir():
            versions = _versions(folder, name, reads)
            if versions:
                out[name] = versions
    return out


@dataclass(frozen=True)
class Catalog:
    """The regulations and law bases found, by id, each with its versions."""

    regulations: dict[str, list[Version]]
    laws: dict[str, list[Version]]
    #: The folders searched, in order, and what was read.
    folders: tuple[Path, ...]
    reads: Reads


def catalog(
    own: tuple[Path, ...],
    root: Path | None = None,
    *,
    shadow: bool = False,
    only: str | None = None,
) -> Catalog:
    """Every regulation (or ``only`` the one with that id) and every law base in ``own``
    folders and ``root`` (the bundled folder by default; law bases missing there come
    from the bundled ones)."""
    reads = Reads()
    bundled = bundled_dir()
    base = root or bundled
    regs = _merged([(d, _index(d, reads, only)) for d in (*own, base)], shadow)
    law_dirs = [*own, base] if base == bundled else [*own, base, bundled]
    laws = _merged(
        [(d, _index(d / "_wetten", reads)) for d in law_dirs], shadow, fallback=len(law_dirs) - 1
    )
    return Catalog(regs, laws, (*own, base), reads)


def _merged(
    found: list[tuple[Path, dict[str, list[Version]]]], shadow: bool, fallback: int | None = None
) -> dict[str, list[Version]]:
    """Indexes merged, the first folder's first; a second one with the same id is an
    error unless ``shadow`` (the ``fallback`` folder only fills in missing ids)."""
    out: dict[str, list[Version]] = {}
    origin: dict[str, Path] = {}
    for n, (folder, index) in enumerate(found):
        for ident, versions in index.items():
            if ident not in out:
                out[ident], origin[ident] = versions, folder
            elif not shadow and n != fallback:
                raise ShadowError(ident, origin[ident], folder)
    return dict(sorted(out.items()))
