"""Structural diff of two effective regulations, rule by rule and field by field.

:func:`diff` compares two *effective* regulations (law bases overlaid, see
:func:`klachtregels.model.loader.load`) by ``(section, rule id)``: rules added, removed and
changed. A change lists each field in plain words with its value before and after,
the citation on both sides, and a severity for the complainant:

* ``less_favourable``: the complainant loses something (a longer term for the
  provider, a dropped channel, a new ground of inadmissibility, a narrower step);
* ``more_favourable``: the complainant gains something (a new promise such as an
  acknowledgement term, an added standing role, a wider step);
* ``neutral``: a change whose effect for the complainant the diff cannot rank (another
  disputes body, another start event, a new provision).

A rule's severity is the least favourable of its fields (a compliance officer is
warned first). Changes that do not alter meaning are *cosmetic* and reported
separately: quote, article or source of a citation, a reading, the words of a term
(``zes weken`` == ``6 weken``), a step's name, where a rule comes from, the order of
keys, a condition written differently with the same truth table.

Pure: no clock, no I/O; the result renders as text, Markdown and JSON in Dutch or
English from the one message catalogue. The result types and their rendering are in
:mod:`~klachtregels.compare.diff_result`, the comparison of one rule, section by
section, in :mod:`~klachtregels.compare.diff_rules`; this module walks the sections.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klachtregels.compare.diff_result import FieldChange, RegulationDiff, RuleChange
from klachtregels.compare.diff_rules import added, changed, norm, removed
from klachtregels.compare.values import NEUTRAL, Side, Word
from klachtregels.model.regulation import SECTIONS, Citation, Regulation

__all__ = ["FieldChange", "RegulationDiff", "RuleChange", "diff"]

#: Sections whose order changes what the evaluator does (the first routing rule that
#: applies wins); in the others, order is wording.
_ORDERED = frozenset({"routing"})

_META_FIELDS = ("name", "title", "version", "valid_from", "valid_until", "law", "extends")


def _omitted_citation(reg: Regulation, section: str, rid: str) -> Citation | None:
    return next((o.citation for o in reg.omits if o.section == section and o.id == rid), None)


def _rule_changes(old: Regulation, new: Regulation) -> Iterator[RuleChange]:
    for section in SECTIONS:
        a: Mapping[str, Any] = getattr(old, section)
        b: Mapping[str, Any] = getattr(new, section)
        for rid in [*a, *(k for k in b if k not in a)]:
            if rid not in b:
                yield _removed_rule(section, rid, old, new)
            elif rid not in a:
                yield _added_rule(section, rid, old, new)
            else:
                change = _changed_rule(section, rid, old, new)
                if change is not None:
                    yield change
        order = _order(section, [k for k in a if k in b], [k for k in b if k in a])
        if order is not None:
            yield order


def _removed_rule(section: str, rid: str, old: Regulation, new: Regulation) -> RuleChange:
    rule = getattr(old, section)[rid]
    return RuleChange(
        section,
        rid,
        "removed",
        (removed(section, rid, rule, old),),
        old_citation=rule.citation,
        new_citation=_omitted_citation(new, section, rid),
        old_origin=old.origin(section, rid),
    )


def _added_rule(section: str, rid: str, old: Regulation, new: Regulation) -> RuleChange:
    rule = getattr(new, section)[rid]
    return RuleChange(
        section,
        rid,
        "added",
        (added(section, rid, rule, new),),
        old_citation=_omitted_citation(old, section, rid),
        new_citation=rule.citation,
        new_origin=new.origin(section, rid),
    )


def _changed_rule(section: str, rid: str, old: Regulation, new: Regulation) -> RuleChange | None:
    f = changed(section, rid, old, new)
    if not (f.meaning or f.cosmetic):
        return None
    return RuleChange(
        section,
        rid,
        "changed",
        tuple(f.meaning),
        tuple(f.cosmetic),
        getattr(old, section)[rid].citation,
        getattr(new, section)[rid].citation,
        old.origin(section, rid),
        new.origin(section, rid),
    )


def _order(section: str, common_a: list[str], common_b: list[str]) -> RuleChange | None:
    """The rules both regulations have, in another order: a change in meaning only where
    the order decides (:data:`_ORDERED`)."""
    if common_a == common_b:
        return None
    order = FieldChange(
        "order",
        "compare.order",
        common_a,
        common_b,
        NEUTRAL,
        (("section", Word(f"section.{section}")),),
    )
    if section in _ORDERED:
        return RuleChange(section, "*", "changed", (order,))
    return RuleChange(section, "*", "changed", (), (order,))


def _metadata(old: Regulation, new: Regulation) -> Iterator[FieldChange]:
    for name in _META_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            yield FieldChange(name, f"compare.meta.{name}", a, b)


def _unencoded(reg: Regulation) -> list[str]:
    return [norm(u.text) for u in reg.unencoded]


def diff(old: Regulation, new: Regulation) -> RegulationDiff:
    """Rule-by-rule differences between two effective regulations (see the module doc)."""
    a, b = _unencoded(old), _unencoded(new)
    return RegulationDiff(
        old=Side.of(old),
        new=Side.of(new),
        rules=tuple(_rule_changes(old, new)),
        metadata=tuple(_metadata(old, new)),
        unencoded_added=tuple(t for t in b if t not in a),
        unencoded_removed=tuple(t for t in a if t not in b),
    )
