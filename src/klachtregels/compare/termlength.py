"""How long a term can be in calendar days, to compare terms in different units."""

from __future__ import annotations

from klachtregels.law.terms import Term, Unit

__all__ = ["longer", "term_days"]


def term_days(t: Term) -> tuple[int, int]:
    """The shortest and longest a term can be, in calendar days.

    Working days: five a week, with weekends at the worst place, and up to four
    holidays (Christmas and New Year) for the longest. Months: 28 to 31 days each.
    """
    n = t.amount
    if t.unit is Unit.DAYS:
        return n, n
    if t.unit is Unit.WEEKS:
        return 7 * n, 7 * n
    if t.unit is Unit.MONTHS:
        return 28 * n, 31 * n
    if t.unit is Unit.YEARS:
        return 365 * n, 366 * n
    weeks, rest = divmod(n, 5)
    shortest = 7 * weeks - 2 if rest == 0 else 7 * weeks + rest
    longest = 7 * weeks if rest == 0 else 7 * weeks + rest + 2
    return shortest, longest + 4


def longer(old: Term, new: Term) -> int:
    """1 when ``new`` is always longer, -1 when always shorter, 0 otherwise."""
    (a_lo, a_hi), (b_lo, b_hi) = term_days(old), term_days(new)
    if old.unit is new.unit:
        return (new.amount > old.amount) - (new.amount < old.amount)
    if b_lo > a_hi:
        return 1
    if b_hi < a_lo:
        return -1
    return 0
