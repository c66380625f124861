"""The package keeps its layout rules: small modules, short functions, imports downwards.

Every module under ``src/klachtregels`` has at most 700 lines, every function or method
at most 60 (its ``def`` line to its last line, as :mod:`ast` counts them: decorators
are not counted). Imports run downwards between the layers (:data:`RANKS`): a module
may import its own layer and those below, and compare and present, side by side, may
not import each other. No module imports a private name (``_name``) of a module in
another subpackage, neither as ``from klachtregels.x import _name`` nor as
``x._name`` after importing the module.

Work in progress elsewhere still breaks some rules: :data:`KNOWN` names each such
offence with the reason. That list can only shrink: an offence on it that is gone fails
:func:`test_known_offences_are_still_there`, so whoever fixes one removes its entry.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "klachtregels"
MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 60

#: The layers, lowest first. A module is in the layer its subpackage (or top-level module,
#: for ``errors``) is named after; ``messages`` includes ``messages/lang.py``.
RANKS: dict[str, int] = {
    "messages": 0,
    "errors": 1,
    "law": 2,
    "model": 3,
    "engine": 4,
    "compare": 5,
    "present": 5,
    "service": 6,
    "cli": 7,
}
#: Layers of the same rank that may not import each other.
APART = frozenset({"compare", "present"})
#: Top-level modules that are no layer: the public edge. What they import is not checked.
#: No layer may import the package itself (``klachtregels/__init__.py`` imports every
#: layer) or ``__main__``. A layer may import ``testing`` (the public hypothesis strategies;
#: the behavioural diff draws from them) when it may import everything ``testing`` imports.
EDGE = frozenset({"__init__", "__main__", "testing"})
ABOVE_ALL = len(RANKS)

#: Offences that other work in progress will remove: rule -> {offence: reason}. An offence
#: is a module's path under src/klachtregels, with ``::function`` for a function and
#: ``::module._name`` for a private name. Remove an entry when its offence is gone.
KNOWN: dict[str, dict[str, str]] = {
    "module length": {},
    "function length": {},
    "private name": {},
    "layers": {},
    "web imports": {},
}


# ----------------------------------------------------------------- reading the package


@dataclass(frozen=True)
class Module:
    """One module of the package: its path under src/klachtregels, dotted name and text."""

    rel: str
    name: str
    text: str

    @property
    def top(self) -> str:
        """The subpackage or top-level module it belongs to: ``model``, ``errors``."""
        return _top(self.name)

    @property
    def subpackage(self) -> str:
        """The subpackage it is in (``model``); top-level modules are in none (``""``)."""
        return self.rel.split("/")[0] if "/" in self.rel else ""

    @property
    def package(self) -> str:
        """The dotted name of the package it is in, against which relative imports resolve."""
        return self.name if self.rel.endswith("__init__.py") else self.name.rpartition(".")[0]

    def tree(self) -> ast.Module:
        return ast.parse(self.text, self.rel)


def _top(dotted: str) -> str:
    parts = dotted.split(".")[1:]
    return parts[0] if parts else "__init__"


def _module(path: Path) -> Module:
    rel = path.relative_to(SRC / PACKAGE).as_posix()
    dotted = path.relative_to(SRC).with_suffix("").as_posix().replace("/", ".")
    return Module(rel, dotted.removesuffix(".__init__"), path.read_text("utf-8"))


@cache
def package() -> dict[str, Module]:
    """Every module of the package by its dotted name."""
    modules = (_module(p) for p in sorted((SRC / PACKAGE).rglob("*.py")))
    return {m.name: m for m in modules}


def where(m: Module, line: int | None = None) -> str:
    return f"src/{PACKAGE}/{m.rel}" + (f":{line}" if line is not None else "")


# ----------------------------------------------------------------- the rules, one at a time
#
# Each yields (offence, message): the offence as KNOWN names it, the message for a person.


def module_length(m: Module) -> Iterator[tuple[str, str]]:
    n = len(m.text.splitlines())
    if n > MAX_MODULE_LINES:
        yield m.rel, f"{where(m)}: {n} lines, more than {MAX_MODULE_LINES}"


Function = ast.FunctionDef | ast.AsyncFunctionDef


def _functions(node: ast.AST, prefix: str = "") -> Iterator[tuple[str, Function]]:
    """Every function and method under ``node``, with its qualified name (``Class.method``)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, Function):
            yield prefix + child.name, child
            yield from _functions(child, f"{prefix}{child.name}.")
        elif isinstance(child, ast.ClassDef):
            yield from _functions(child, f"{prefix}{child.name}.")
        else:
            yield from _functions(child, prefix)


def function_length(m: Module) -> Iterator[tuple[str, str]]:
    for qualname, fn in _functions(m.tree()):
        n = (fn.end_lineno or fn.lineno) - fn.lineno + 1
        if n > MAX_FUNCTION_LINES:
            yield (
                f"{m.rel}::{qualname}",
                f"{where(m, fn.lineno)}: function {qualname} has {n} lines "
                f"(def line to last line), more than {MAX_FUNCTION_LINES}",
            )


@dataclass(frozen=True)
class Import:
    """A module of the package that a module imports: the names it takes from it, or the
    expression the module goes by in the code (``loader``, ``klachtregels.model.loader``)."""

    line: int
    target: str
    names: tuple[str, ...] = ()
    known_as: str | None = None


def _absolute(m: Module, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = m.package.split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imports(m: Module) -> Iterator[Import]:
    """Every import of a module of the package, also those inside functions."""
    for node in ast.walk(m.tree()):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _top_level(alias.name) == PACKAGE:
                    yield Import(node.lineno, alias.name, known_as=alias.asname or alias.name)
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(m, node)
            if _top_level(source) != PACKAGE:
                continue
            taken = []
            for alias in node.names:
                if f"{source}.{alias.name}" in package():
                    known_as = alias.asname or alias.name
                    yield Import(node.lineno, f"{source}.{alias.name}", known_as=known_as)
                else:
                    taken.append(alias.name)
            if taken:
                yield Import(node.lineno, source, tuple(taken))


def _top_level(dotted: str) -> str:
    return dotted.split(".")[0]


def _rank(top: str) -> int:
    if top in RANKS:
        return RANKS[top]
    if top == "testing":
        testing = package()[f"{PACKAGE}.testing"]
        return max((_rank(_top(i.target)) for i in imports(testing)), default=0)
    return ABOVE_ALL


def layers(m: Module) -> Iterator[tuple[str, str]]:
    if m.top in EDGE:
        return
    rank = RANKS[m.top]
    for i in imports(m):
        top = _top(i.target)
        if top == m.top:
            continue
        apart = {m.top, top} <= APART
        if _rank(top) > rank or apart:
            why = f"{m.top} and {top} stand side by side" if apart else "it is a higher layer"
            yield (
                f"{m.rel}::{i.target}",
                f"{where(m, i.line)}: imports {i.target}: {m.top} (rank {rank}) may not "
                f"import {top} (rank {_rank(top)}), {why}",
            )


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_names(m: Module) -> Iterator[tuple[str, str]]:
    """``from klachtregels.x import _y``, and ``x._y`` on a module imported as ``x``."""
    modules: dict[str, str] = {}
    for i in imports(m):
        imported = package().get(i.target)
        if imported is None or imported.subpackage == m.subpackage:
            continue
        short = i.target.rpartition(".")[2]
        for name in filter(_private, i.names):
            yield (
                f"{m.rel}::{short}.{name}",
                f"{where(m, i.line)}: imports the private name {name} of {i.target}, "
                "a module in another subpackage",
            )
        if i.known_as is not None:
            modules[i.known_as] = i.target
    for node in ast.walk(m.tree()):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            of = modules.get(ast.unparse(node.value))
            if of is not None:
                yield (
                    f"{m.rel}::{of.rpartition('.')[2]}.{node.attr}",
                    f"{where(m, node.lineno)}: uses the private name {node.attr} of "
                    f"{of}, a module in another subpackage",
                )


#: The web packages of the ``serve`` extra (and its tests): only the service may import them,
#: and ``cli/serve.py``, inside the command, to say how to install them when they are missing.
WEB = frozenset({"fastapi", "starlette", "uvicorn", "fastapi_offline", "httpx", "selenium"})
WEB_ALLOWED = ("service/", "cli/serve.py")


def web_imports(m: Module) -> Iterator[tuple[str, str]]:
    """An import of a web package outside the service: the core runs without the extra."""
    if m.rel.startswith(WEB_ALLOWED):
        return
    for node in ast.walk(m.tree()):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        for name in names:
            if _top_level(name) in WEB:
                yield (
                    f"{m.rel}::{name}",
                    f"{where(m, node.lineno)}: imports {name}, a package of the serve extra; "
                    "only klachtregels.service may",
                )


RULES = {
    "module length": module_length,
    "function length": function_length,
    "layers": layers,
    "private name": private_names,
    "web imports": web_imports,
}


@cache
def offences(rule: str) -> dict[str, str]:
    """Every offence against ``rule`` in the package, with its message."""
    return {key: message for m in package().values() for key, message in RULES[rule](m)}


# ----------------------------------------------------------------- the package keeps them


def test_every_module_is_in_a_layer_or_at_the_edge() -> None:
    unplaced = [where(m) for m in package().values() if m.top not in RANKS.keys() | EDGE]
    assert not unplaced, "modules in no layer (give them a rank in RANKS): " + ", ".join(unplaced)


@pytest.mark.parametrize("rule", RULES)
def test_the_package_keeps_the_rule(rule: str) -> None:
    new = [message for key, message in offences(rule).items() if key not in KNOWN[rule]]
    assert not new, f"{rule}: " + "\n".join(new)


KNOWN_ENTRIES = [(rule, key) for rule, entries in KNOWN.items() for key in entries]


@pytest.mark.parametrize(("rule", "offence"), KNOWN_ENTRIES)
def test_known_offences_are_still_there(rule: str, offence: str) -> None:
    assert offence in offences(rule), (
        f"KNOWN[{rule!r}] lists {offence!r}, which no longer breaks the rule: "
        "remove it from KNOWN in tests/test_layout.py"
    )


# ----------------------------------------------------------------- the rules catch what they say
#
# Each rule, run on a made-up module, finds exactly the offence it is meant to find.


def _fake(rel: str, text: str) -> Module:
    return Module(rel, f"{PACKAGE}." + rel.removesuffix(".py").replace("/", "."), text)


def _body(lines: int) -> str:
    """A function of exactly ``lines`` lines, with a decorator above its def line."""
    return "@cache\ndef f() -> None:\n" + "    x = 1\n" * (lines - 1)


def test_a_function_of_60_lines_passes_and_one_of_61_does_not() -> None:
    assert list(function_length(_fake("law/x.py", _body(60)))) == []
    assert list(function_length(_fake("law/x.py", _body(61)))) == [
        (
            "law/x.py::f",
            "src/klachtregels/law/x.py:2: function f has 61 lines (def line to last line), "
            "more than 60",
        )
    ]
    method = "class C:\n    def m(self) -> None:\n" + "        x = 1\n" * 60
    assert [key for key, _ in function_length(_fake("law/x.py", method))] == ["law/x.py::C.m"]


def test_a_module_of_701_lines_is_too_long() -> None:
    assert list(module_length(_fake("law/x.py", "x = 1\n" * 700))) == []
    assert list(module_length(_fake("law/x.py", "x = 1\n" * 701))) == [
        ("law/x.py", "src/klachtregels/law/x.py: 701 lines, more than 700")
    ]


@pytest.mark.parametrize(
    ("rel", "text", "found"),
    [
        (
            "engine/x.py",
            "from klachtregels.compare.values import show",
            "klachtregels.compare.values",
        ),
        ("engine/x.py", "def f():\n    import klachtregels.cli.main", "klachtregels.cli.main"),
        ("compare/x.py", "from klachtregels.present import graph", "klachtregels.present.graph"),
        ("present/x.py", "from klachtregels.compare import diff", "klachtregels.compare.diff"),
        ("model/x.py", "import klachtregels", "klachtregels"),
        ("law/x.py", "from klachtregels.testing import dates", "klachtregels.testing"),
        ("model/x.py", "from ..engine.plan import build", "klachtregels.engine.plan"),
        ("compare/x.py", "from klachtregels.engine.plan import build", None),
        ("compare/x.py", "from klachtregels.testing import dates", None),
        ("messages/x.py", "from klachtregels.messages import core", None),
        ("testing.py", "from klachtregels.cli import main", None),
    ],
)
def test_an_import_upwards_or_sideways_is_found(rel: str, text: str, found: str | None) -> None:
    keys = [key for key, _ in layers(_fake(rel, text))]
    assert keys == ([f"{rel}::{found}"] if found else [])


def test_the_message_of_an_upward_import_names_file_line_and_layers() -> None:
    [(_, message)] = layers(_fake("engine/x.py", "\nfrom klachtregels.compare.values import show"))
    assert message == (
        "src/klachtregels/engine/x.py:2: imports klachtregels.compare.values: engine (rank 4) "
        "may not import compare (rank 5), it is a higher layer"
    )


@pytest.mark.parametrize(
    ("rel", "text", "found"),
    [
        ("cli/x.py", "from klachtregels.model.loader import _parse, load", ["loader._parse"]),
        ("cli/x.py", "from klachtregels.model import loader\nloader._parse('')", ["loader._parse"]),
        ("cli/x.py", "import klachtregels.model.loader as L\nL._build()", ["loader._build"]),
        (
            "cli/x.py",
            "import klachtregels.model.loader\nklachtregels.model.loader._x",
            ["loader._x"],
        ),
        ("cli/x.py", "from klachtregels.model import loader\nloader.__name__", []),
        ("model/x.py", "from klachtregels.model.loader import _parse", []),
        ("model/x.py", "from klachtregels.model import loader\nloader._parse('')", []),
        ("compare/x.py", "from klachtregels.compare.diff_rules import _flip", []),
    ],
)
def test_a_private_name_from_another_subpackage_is_found(
    rel: str, text: str, found: list[str]
) -> None:
    assert [key for key, _ in private_names(_fake(rel, text))] == [f"{rel}::{f}" for f in found]


@pytest.mark.parametrize(
    ("rel", "text", "found"),
    [
        ("engine/x.py", "import fastapi", ["engine/x.py::fastapi"]),
        (
            "model/x.py",
            "def f():\n    from starlette.requests import Request",
            ["model/x.py::starlette.requests"],
        ),
        ("cli/main.py", "import uvicorn", ["cli/main.py::uvicorn"]),
        ("cli/serve.py", "import uvicorn", []),
        ("service/app.py", "from fastapi import FastAPI", []),
        ("engine/x.py", "import json", []),
    ],
)
def test_a_web_import_outside_the_service_is_found(rel: str, text: str, found: list[str]) -> None:
    assert [key for key, _ in web_imports(_fake(rel, text))] == found


def test_the_service_is_a_layer_between_present_and_cli() -> None:
    """cli/serve.py may import the service; the service may not import the command line."""
    assert list(layers(_fake("cli/serve.py", "from klachtregels.service import app"))) == []
    keys = [k for k, _ in layers(_fake("service/x.py", "from klachtregels.cli import base"))]
    assert keys == ["service/x.py::klachtregels.cli.base"]
