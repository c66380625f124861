"""Conditions compared by truth table: which is wider, which implies which.

A condition reads facts and deadlines; over every combination of their values (a fact
that may be unknown takes three: unknown, no, yes) two conditions are compared. The
values follow the evaluator: an unknown fact satisfies no test of it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence

from klachtregels.compare.values import LESS, MORE, NEUTRAL, Severity
from klachtregels.model.regulation import Condition
from klachtregels.model.vocabulary import FACTS

__all__ = ["compare_conditions", "condition_implies", "holds"]

Atom = tuple[str, str]  # ("fact", name) or ("deadline", term id)

#: Facts that are always known (the complaint's yes/no fields, and the facts derived
#: from its dates): true or false, never unknown.
_TWO_STATE = frozenset(name for name, fact in FACTS.items() if fact.always_known)


def _atoms(c: Condition) -> Iterator[Atom]:
    if c.fact is not None:
        yield ("fact", c.fact)
    if c.deadline_passed is not None:
        yield ("deadline", c.deadline_passed)
    for sub in (c.any or []) + (c.all or []) + ([c.not_] if c.not_ is not None else []):
        yield from _atoms(sub)


def holds(c: Condition, world: Mapping[Atom, bool | None]) -> bool:
    """As the evaluator's compiled conditions (``evaluate._compile``): an unknown fact
    satisfies nothing."""
    if c.always is not None:
        return c.always
    if c.fact is not None:
        v = world[("fact", c.fact)]
        return v is not None and v == c.equals
    if c.deadline_passed is not None:
        return bool(world[("deadline", c.deadline_passed)])
    if c.any is not None:
        return any(holds(x, world) for x in c.any)
    if c.all is not None:
        return all(holds(x, world) for x in c.all)
    assert c.not_ is not None
    return not holds(c.not_, world)


def _worlds(conds: Sequence[Condition]) -> Iterator[dict[Atom, bool | None]]:
    atoms = sorted({a for c in conds for a in _atoms(c)})
    choices: list[tuple[bool | None, ...]] = [
        (False, True) if kind == "deadline" or name in _TWO_STATE else (None, False, True)
        for kind, name in atoms
    ]
    for values in itertools.product(*choices):
        yield dict(zip(atoms, values, strict=True))


def condition_implies(a: Condition, b: Condition) -> bool:
    """Whether ``b`` holds in every case ``a`` does (by truth table over their facts)."""
    return all(holds(b, w) for w in _worlds([a, b]) if holds(a, w))


def compare_conditions(old: Condition, new: Condition) -> Severity | None:
    """None when equivalent; more favourable when ``new`` is wider, less when narrower."""
    wider = condition_implies(old, new)
    narrower = condition_implies(new, old)
    if wider and narrower:
        return None
    if wider:
        return MORE
    if narrower:
        return LESS
    return NEUTRAL
