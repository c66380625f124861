"""Safe YAML with positions: the one YAML reader of regulation, complaint and scenario files.

:func:`parse` reads one document with a SafeLoader whose only booleans are
``true``/``false`` (no ``yes``/``no``/``on``/``off`` surprises), refuses merge keys,
duplicate keys, non-text keys and alias bombs, and remembers the line and column of
every value and key (:class:`Parsed`). Every problem is a
:class:`~klachtregels.errors.RegulationError` with its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from klachtregels.errors import RegulationError, echo

__all__ = ["MAX_DEPTH", "MAX_NODES", "Loc", "Parsed", "dotted", "parse", "position"]

#: Values built from one file at most: stops alias-expansion ("billion laughs") bombs.
MAX_NODES = 200_000

#: Mappings and lists inside one another at most: deeper nesting is refused before it is
#: built (a regulation needs 7 levels; PyYAML's composer would exhaust the stack at ~1,000).
MAX_DEPTH = 64

#: A place in a document: keys and list indexes from the top; ``"<key>"`` means the key
#: itself rather than its value.
Loc = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader whose only booleans are true/false (no yes/no/on/off surprises), and
    that refuses nesting deeper than :data:`MAX_DEPTH` while composing."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        self._depth += 1
        try:
            event = self.peek_event()  # type: ignore[no-untyped-call]
            if self._depth > MAX_DEPTH and isinstance(event, yaml.CollectionStartEvent):
                raise _TooDeepError(event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _TooDeepError(Exception):
    def __init__(self, mark: Any) -> None:
        super().__init__(mark)
        self.mark = mark


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"))
    )


_CSafeLoader: Any = getattr(yaml, "CSafeLoader", None)  # libyaml, when PyYAML has it


def _fast_node(text: str) -> yaml.Node | None:
    """The document's node by libyaml (about 7 times as fast as the Python composer, which
    was a tenth of every command's start), or None: without libyaml, for an empty
    document, and for any document it does not compose without a problem, which the
    Python loader then reads again to report the problem exactly as always. Nesting is
    counted on libyaml's event stream first (it composes recursively, in C), so a document
    nested deeper than :data:`MAX_DEPTH` never reaches its composer.
    ``tests/test_yamlsafe.py`` compares both readers on every YAML file of the repository."""
    if _CSafeLoader is None:
        return None
    try:
        depth = 0
        for event in yaml.parse(text, Loader=_CFast):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return None
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        loader = _CFast(text)
        try:
            node: yaml.Node | None = loader.get_single_node()
        finally:
            loader.dispose()
    except Exception:  # every problem is reported by the Python loader, exactly
        return None
    return node


if _CSafeLoader is not None:

    class _CFast(_CSafeLoader):  # type: ignore[misc]
        """libyaml's SafeLoader with the booleans of :class:`_Loader`."""

    _CFast.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


@dataclass
class Parsed:
    """A parsed document and where each of its values (and keys) starts: 1-based
    (line, column) by :data:`Loc`."""

    data: Any
    positions: dict[Loc, tuple[int, int]]


def parse(text: str, path: str) -> Parsed:
    """One YAML (or JSON) document with the position of every value; ``path`` names it in
    errors."""
    node = _fast_node(text)
    try:
        if node is None:
            loader = _Loader(text)
            try:
                node = loader.get_single_node()
            finally:
                loader.dispose()
    except _TooDeepError as e:
        line, col = (e.mark.line + 1, e.mark.column + 1) if e.mark else (None, None)
        raise RegulationError(path, line, col, "", "error.too_deep", limit=MAX_DEPTH) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        problem = (e.problem or str(e)).strip()
        raise RegulationError(
            path,
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
            "",
            "error.yaml_syntax",
            problem=problem,
        ) from None
    except yaml.reader.ReaderError as e:  # a character YAML forbids: locate it ourselves
        before = text[: e.position]
        line, col = before.count("\n") + 1, e.position - (before.rfind("\n") + 1) + 1
        problem = f"unacceptable character #x{e.character:04x}: {e.reason}"
        raise RegulationError(path, line, col, "", "error.yaml_syntax", problem=problem) from None
    except yaml.YAMLError as e:
        problem = " ".join(str(e).split())
        raise RegulationError(path, None, None, "", "error.yaml_syntax", problem=problem) from None
    if node is None:
        raise RegulationError(path, 1, 1, "", "error.empty_file")
    positions: dict[Loc, tuple[int, int]] = {}
    budget = [MAX_NODES]
    data = _build(node, (), positions, budget, path, _Loader(""))
    return Parsed(data, positions)


def position(positions: dict[Loc, tuple[int, int]], loc: Loc) -> tuple[int | None, int | None]:
    """The (line, column) of ``loc``, or of the nearest enclosing value that has one."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in positions:
            return positions[loc[:n]]
    return None, None


def _pos(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(
    node: yaml.Node,
    loc: Loc,
    positions: dict[Loc, tuple[int, int]],
    budget: list[int],
    path: str,
    constructor: yaml.SafeLoader,
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        line, col = _pos(node)
        raise RegulationError(
            path, line, col, dotted(loc), "error.yaml_too_many_nodes", limit=MAX_NODES
        )
    positions.setdefault(loc, _pos(node))
    if len(loc) > MAX_DEPTH + 1:  # an alias inside itself (&a [*a]) nests without end
        line, col = _pos(node)
        raise RegulationError(path, line, col, "", "error.too_deep", limit=MAX_DEPTH)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, col = _pos(key_node)
                raise RegulationError(path, line, col, dotted(loc), "error.yaml_merge_key")
            key = _build(key_node, (*loc, "<key>"), {}, budget, path, constructor)
            if not isinstance(key, str | int):
                line, col = _pos(key_node)
                raise RegulationError(
                    path, line, col, dotted(loc), "error.yaml_key_type", key=str(key)
                )
            if key in out:
                line, col = _pos(key_node)
                raise RegulationError(
                    path, line, col, dotted((*loc, key)), "error.yaml_duplicate_key", key=key
                )
            positions[(*loc, key)] = _pos(value_node)
            positions.setdefault((*loc, key, "<key>"), _pos(key_node))
            out[key] = _build(value_node, (*loc, key), positions, budget, path, constructor)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(child, (*loc, i), positions, budget, path, constructor)
            for i, child in enumerate(node.value)
        ]
    return _scalar(node, loc, path, constructor)


def _scalar(node: yaml.Node, loc: Loc, path: str, constructor: yaml.SafeLoader) -> Any:
    """A scalar's value; a value its tag does not fit is an error at its place, and so is a
    lone surrogate (``"\\ud800"``), which no UTF-8 output can hold."""
    if isinstance(node.value, str) and _SURROGATE.search(node.value):
        line, col = _pos(node)
        raise RegulationError(path, line, col, dotted(loc), "error.lone_surrogate")
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as e:
        line, col = _pos(node)
        raise RegulationError(
            path,
            line,
            col,
            dotted(loc),
            "error.yaml_syntax",
            problem=(e.problem or str(e)).strip(),
        ) from None
    except (ValueError, TypeError, AttributeError, OverflowError, KeyError) as e:
        # PyYAML's constructors fail this way on a timestamp that is no date
        # (2016-13-01) or an explicit tag on a value that does not fit it (!!bool ja).
        line, col = _pos(node)
        key, params = _TAG_ERRORS.get(node.tag, ("error.yaml_syntax", {"problem": ""}))
        if key == "error.yaml_syntax":
            params = {"problem": " ".join(f"{node.tag}: {e}".split())}
        value = node.value if key == "error.not_a_date_value" else repr(node.value)
        raise RegulationError(
            path, line, col, dotted(loc), key, **{"value": value, **params}
        ) from None


#: What a value with an explicit tag it does not fit gets told.
_TAG_ERRORS: dict[str, tuple[str, dict[str, object]]] = {
    "tag:yaml.org,2002:timestamp": ("error.not_a_date_value", {}),
    "tag:yaml.org,2002:bool": ("error.expected_bool", {}),
    "tag:yaml.org,2002:int": ("error.expected_int", {}),
    "tag:yaml.org,2002:float": ("error.expected_int", {}),
}


_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def dotted(loc: Loc) -> str:
    """``terms.judgment.term``; list items as ``[2]``; odd keys quoted, so one line."""
    out = ""
    for part in loc:
        if part == "<key>":
            continue
        if part == "[key]":  # pydantic: the key itself is what is wrong
            out += " (key)"
            continue
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        text = part if len(part) <= 40 and _PLAIN_KEY.match(part) else repr(echo(part))
        out += f".{text}" if out else text
    return out
