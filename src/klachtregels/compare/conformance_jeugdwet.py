"""Conformance checks for the Jeugdwet (youth care), against the jeugdwet law base.

The complaints committee (art. 4.2.1 lid 2 onder a: the law base's
``escalation.complaints_committee``, open without a prior step), its decision term
(lid 2 onder c: ``provisions.committee_judgment_term``; the law gives no length, so the
regulation must fix one), the measures term (lid 5: ``terms.measures``). Standing,
channels and omissions are the common checks. Pure: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable

from klachtregels.compare.conformance_common import (
    check_age_bands,
    check_channels,
    check_standing,
)
from klachtregels.compare.conformance_core import Checker, ConformanceSeverity

__all__ = ["JEUGDWET_CHECKS"]


def check_committee(ch: Checker) -> None:
    law = ch.law("escalation", "complaints_committee")
    if law is None:
        ch.no_law_rule("escalation.complaints_committee")
        return
    rid = "escalation.complaints_committee"
    reg = ch.reg
    step = reg.escalation.get("complaints_committee")
    if step is None:
        omitted = ch.omission("escalation", "complaints_committee")
        ch.add("no_committee", "violation", rid, omitted, law)
        return
    body = reg.bodies.get(step.body) if step.body else None
    if body is None:
        ch.add("committee_unnamed", "risk", rid, step.citation, law)
    name = body.name if body else None
    ch.add("committee_composition_unchecked", "note", rid, step.citation, law, body=name)
    if ch.narrower("complaints_committee", step):
        cond = step.open_when
        severity: ConformanceSeverity = "violation" if law.floor else "risk"
        ch.add("committee_conditional", severity, rid, step.citation, law, cond=cond)
        ch.skip("direct_access", rid, step.citation)


def check_committee_term(ch: Checker) -> None:
    """No decision term: a violation, or a note where the regulation names a complaints
    committee of its own kind, whose rules may fix the term but are not encoded."""
    law = ch.law("provisions", "committee_judgment_term")
    if law is None:
        ch.no_law_rule("provisions.committee_judgment_term")
        return
    reg = ch.reg
    if "committee_judgment" in reg.terms:
        return
    rid = "terms.committee_judgment"
    step = reg.escalation.get("complaints_committee")
    body = reg.bodies.get(step.body) if step is not None and step.body else None
    if body is not None and body.kind == "complaints_committee":
        ch.add("committee_term_unchecked", "note", rid, body.citation, law, body=body.name)
    else:
        ch.add("no_committee_term", "violation", rid, None, law)


def check_measures(ch: Checker) -> None:
    law = ch.law("terms", "measures")
    if law is None:
        ch.no_law_rule("terms.measures")
        return
    if "measures" not in ch.reg.terms:
        omitted = ch.omission("terms", "measures")
        ch.add("no_measures_term", "violation", "terms.measures", omitted, law)


JEUGDWET_CHECKS: tuple[Callable[[Checker], None], ...] = (
    check_committee,
    check_committee_term,
    check_measures,
    check_standing,
    check_age_bands,
    check_channels,
)
