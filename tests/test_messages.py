"""The one message catalogue: every text in Dutch and English, and every key the code uses.

The source is read, not run (``ast``). A string constant is a message key where the code
uses it as one: the first argument of ``render(...)``, ``Reason(...)`` or
``FormatRuleError(...)``, the problem key of ``ComplaintError(...)``, a value assigned to
a name ending in ``key`` or ``KEYS`` (``self.key = ...``, ``_STEP_KEYS = (...)``) or
passed as a ``*key`` keyword; and anywhere, a constant starting with a feature's own
prefix (``docs.``, ``graph.``, ``compare.``, ...). Each must be in
:data:`klachtregels.messages.MESSAGES`; every ``ctx.finding("code")`` (or ``ctx.shared``) must have
``finding.code``; every key built with an f-string (``f"role.{rule.role}"``) must exist
for the values it can take.
"""

from __future__ import annotations

import ast
import re
import string
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from klachtregels.messages import LANGUAGES, MESSAGES, render
from klachtregels.messages import compare as _catalogue_compare
from klachtregels.messages import docs as _catalogue_docs
from klachtregels.messages.core import MESSAGES as _CORE
from klachtregels.model.regulation import SECTIONS, AdmissibilityRule, Body
from klachtregels.model.vocabulary import CHANNELS, ROLES, START_EVENTS

SRC = Path(__file__).resolve().parents[1] / "src" / "klachtregels"
PREFIXES = frozenset(key.split(".")[0] for key in MESSAGES)
#: Prefixes only the features' catalogues use: no field path or file name starts so.
FEATURE_PREFIXES = frozenset(
    key.split(".")[0] for part in (_catalogue_compare, _catalogue_docs) for key in part.MESSAGES
) - frozenset(key.split(".")[0] for key in _CORE)
KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
#: Callables whose first argument is a message key, and the one whose second is.
KEY_FIRST = frozenset({"render", "Reason", "FormatRuleError"})
KEY_SECOND = frozenset({"ComplaintError"})
#: Keys in the source that are never rendered: ComplaintError sets ``key`` but overrides
#: ``message()`` and ``detail()`` to render its ``problem_key`` instead. Reported; remove
#: the entry when the attribute goes (the test below fails if it is gone already).
NEVER_RENDERED: frozenset[tuple[str, str]] = frozenset()
#: Strings shaped like keys that are file names.
FILE_SUFFIXES = frozenset({"md", "yaml", "yml", "json", "py", "txt"})


def _fields(template: str) -> set[str]:
    """The format fields of a template, with their conversions: ``{text!r}`` -> ``text!r``."""
    out = set()
    for _, name, _, conversion in string.Formatter().parse(template):
        if name is not None:
            out.add(name + (f"!{conversion}" if conversion else ""))
    return out


def _trees() -> list[tuple[Path, ast.AST]]:
    return [(p, ast.parse(p.read_text("utf-8"), str(p))) for p in sorted(SRC.rglob("*.py"))]


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _strings(node: ast.AST | None) -> Iterator[str]:
    """The string constants an expression can evaluate to (through if-else and tuples)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for element in node.elts:
            yield from _strings(element)


def _is_key_name(name: str) -> bool:
    return bool(re.search(r"(^|_)(key|KEYS?)$", name))


def _used_keys(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            callee = _name(node.func)
            if callee in KEY_FIRST and node.args:
                yield from _strings(node.args[0])
            if callee in KEY_SECOND and len(node.args) > 1:
                yield from _strings(node.args[1])
            for kw in node.keywords:
                if kw.arg and _is_key_name(kw.arg):
                    yield from _strings(kw.value)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_is_key_name(_name(t)) for t in targets):
                yield from _strings(node.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if (
                KEY.match(value)
                and value.split(".")[0] in FEATURE_PREFIXES
                and value.rsplit(".", 1)[1] not in FILE_SUFFIXES
            ):
                yield value


def _constant_keys() -> set[tuple[str, str]]:
    """(file, key) for every string constant the source uses as a message key.

    Empty defaults (``key: str = ""``) are not keys.
    """
    return {(path.name, key) for path, tree in _trees() for key in _used_keys(tree) if key}


#: How the evaluator makes a finding: ``ctx.finding``, ``ctx.shared``, ``fixed``.
_FINDING_CALLS = ("finding", "shared", "fixed")


def _finding_codes() -> set[tuple[str, str]]:
    """(file, code) for every call that makes a finding with a constant code."""
    out = set()
    for path, tree in _trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Attribute) and node.func.attr in _FINDING_CALLS)
                    or (isinstance(node.func, ast.Name) and node.func.id in _FINDING_CALLS)
                )
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                out.add((path.name, node.args[0].value))
    return out


def _fstring_prefixes() -> set[tuple[str, str]]:
    """(file, prefix) for every f-string that starts like a key: ``f"role.{...}"``."""
    out = set()
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if (
                    isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and re.match(r"^[a-z_]+(\.[a-z0-9_]+)*\.$", first.value)
                    and first.value.split(".")[0] in PREFIXES
                ):
                    out.add((path.name, first.value))
    return out


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages(key: str) -> None:
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES), key
    for lang in LANGUAGES:
        assert texts[lang].strip(), f"{key}: empty {lang} text"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_use_the_same_fields(key: str) -> None:
    nl, en = MESSAGES[key]["nl"], MESSAGES[key]["en"]
    assert _fields(nl) == _fields(en), key


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_renders(key: str) -> None:
    """Well-formed templates: filling every field gives the text with the value in it."""
    names = {f.split("!")[0] for f in _fields(MESSAGES[key]["nl"])}
    for lang in LANGUAGES:
        text = render(key, lang, **dict.fromkeys(names, "XYZZY"))
        assert text.strip()
        assert ("XYZZY" in text) == bool(names), (key, lang, text)


def test_the_scan_finds_keys_in_every_part_of_the_code() -> None:
    """The scan works: it sees keys the core, the evaluator and the docs feature use."""
    keys = _constant_keys()
    assert {
        ("terms.py", "term.skipped"),  # Reason("term.skipped", ...)
        ("errors.py", "error.not_a_term"),  # key = "error.not_a_term"
        ("errors.py", "error.result_out_of_range"),  # self.key = ... if ... else ...
        ("plan.py", "step.done"),  # STEP_REASON_KEYS = (...)
        ("regulation.py", "format.condition_one"),  # FormatRuleError("format.condition_one")
        ("graph.py", "graph.start"),  # render("graph.start", lang)
        ("docsgen.py", "docs.page.terms_head"),
    } <= keys
    assert {("checks.py", "standing"), ("plan.py", "admissible")} <= _finding_codes()
    assert ("wording.py", "role.") in _fstring_prefixes()


def test_every_key_in_the_source_exists() -> None:
    keys = _constant_keys()
    missing = sorted(f"{f}: {k}" for f, k in keys - NEVER_RENDERED if k not in MESSAGES)
    assert not missing, missing
    assert keys >= NEVER_RENDERED, "an exception is no longer needed: remove it"


def test_every_finding_code_has_a_message() -> None:
    missing = sorted(f"{f}: {c}" for f, c in _finding_codes() if f"finding.{c}" not in MESSAGES)
    assert not missing, missing


def test_every_key_family_built_with_an_fstring_exists() -> None:
    missing = sorted(
        f"{f}: {p}" for f, p in _fstring_prefixes() if not any(k.startswith(p) for k in MESSAGES)
    )
    assert not missing, missing


def _literal(model: type, field: str) -> tuple[str, ...]:
    hints = typing.get_type_hints(model)
    return typing.get_args(hints[field])


@pytest.mark.parametrize(
    ("prefix", "values"),
    [
        ("role.", ROLES),
        ("section.", SECTIONS),
        ("start.", tuple(START_EVENTS)),
        ("ground.", _literal(AdmissibilityRule, "ground")),
        ("status.", ("open", "met", "missed", "none")),
        ("docs.channel.", CHANNELS),
        ("docs.body_kind.", _literal(Body, "kind")),
        ("timeline.kind.", ("skipped", "moved", "extended")),
    ],
)
def test_dynamic_keys_exist_for_every_value(prefix: str, values: tuple[str, ...]) -> None:
    assert values
    missing = [v for v in values if f"{prefix}{v}" not in MESSAGES]
    assert not missing, f"{prefix}: {missing}"


def test_dutch_and_english_differ_where_words_do() -> None:
    """A sample of texts really is translated, not copied."""
    for key in ("graph.start", "docs.page.terms_head", "timeline.legend", "cond.always"):
        assert MESSAGES[key]["nl"] != MESSAGES[key]["en"], key
