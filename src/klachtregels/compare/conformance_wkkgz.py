"""Conformance checks for the Wkkgz (care in general), against the wkkgz law base.

The judgment term and its extension (art. 17 lid 1 and 2: ``terms.judgment``,
``terms.judgment_extension`` of the law base, their lengths compared in days with
:func:`~klachtregels.compare.termlength.term_days`), a further extension, the
complaints officer (art. 15), the provider's formal handling (art. 17) and the
disputes body (art. 18, 21: the grounds are the alternatives of the law base's
``escalation.disputes_body.open_when``). Standing, channels and omissions are the
common checks (:mod:`klachtregels.compare.conformance_common`). Every article comes
from the citation of the law rule checked against. Pure: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable

from klachtregels.compare.conformance_common import (
    check_age_bands,
    check_channels,
    check_standing,
)
from klachtregels.compare.conformance_core import Checker, ConformanceSeverity
from klachtregels.compare.termlength import term_days
from klachtregels.compare.values import Word
from klachtregels.model.regulation import StepRule, TermRule
from klachtregels.model.vocabulary import TERM_KINDS, label_key

__all__ = ["WKKGZ_CHECKS"]

#: Besides the law base's own start, a judgment term may run from the receipt of the
#: complaint, or from the complaint in the regulation's sense (which is its receipt, or
#: its being in writing): no handling term can start earlier, and the day a complaint
#: exists in writing at the provider (``in_writing``) is its receipt or later.
_NEVER_LATER = ("receipt", "complaint")
#: How much notice each value of ``notice`` gives: written notice is the most.
_NOTICE_RANK = {None: 0, "any": 1, "in_writing": 2}


def _length(ch: Checker, kind: str, rid: str, rule: TermRule, law: TermRule) -> None:
    """``<kind>_too_long`` (a violation) when the term is always longer than the law's,
    ``<kind>_may_exceed`` (a risk) when it can be: working days over weekends and holidays."""
    (shortest, longest), (law_shortest, law_longest) = term_days(rule.term), term_days(law.term)
    if shortest > law_longest:
        ch.add(
            f"{kind}_too_long", "violation", rid, rule.citation, law, term=rule.term, limit=law.term
        )
    elif longest > law_shortest:
        ch.add(
            f"{kind}_may_exceed", "risk", rid, rule.citation, law, term=rule.term, limit=law.term
        )


def _floor_severity(law: StepRule) -> ConformanceSeverity:
    """A condition narrower than a right of the law (``floor``) is a violation: the
    evaluator applies the law. Narrower than a law rule that is no floor: a risk."""
    return "violation" if law.floor else "risk"


def check_judgment(ch: Checker) -> None:
    law: TermRule | None = ch.law("terms", "judgment")
    if law is None:
        ch.no_law_rule("terms.judgment")
        return
    rid = "terms.judgment"
    rule = ch.reg.terms.get("judgment")
    if rule is None:
        ch.add(
            "judgment_missing",
            "violation",
            rid,
            ch.omission("terms", "judgment"),
            law,
            limit=law.term,
        )
        return
    if not ch.own("terms", "judgment"):
        ch.add("judgment_law_only", "note", rid, None, law, limit=law.term)
    _length(ch, "judgment", rid, rule, law)
    if rule.start not in (law.start, *_NEVER_LATER):
        ch.add(
            "judgment_start",
            "risk",
            rid,
            rule.citation,
            law,
            start=Word(label_key("start", str(rule.start)), raw=rule.start),
            law_start=Word(label_key("start", str(law.start)), raw=law.start),
        )


def _reaches(term_id: str, target: str) -> bool:
    """Whether the term extends ``target``, directly or through other extensions (as the
    vocabulary says what each extension lengthens)."""
    extended = TERM_KINDS[term_id].extends
    while extended is not None:
        if extended == target:
            return True
        extended = TERM_KINDS[extended].extends
    return False


def check_extension(ch: Checker) -> None:
    law: TermRule | None = ch.law("terms", "judgment_extension")
    if law is None:
        ch.no_law_rule("terms.judgment_extension")
        return
    rid = "terms.judgment_extension"
    ext = ch.reg.terms.get("judgment_extension")
    if ext is not None:
        _length(ch, "extension", rid, ext, law)
        if _NOTICE_RANK[ext.notice] < _NOTICE_RANK[law.notice]:
            ch.add(
                "extension_notice",
                "violation",
                rid,
                ext.citation,
                law,
                notice=None if ext.notice is None else Word(f"compare.notice.{ext.notice}"),
                required=Word(f"compare.notice.{law.notice}"),
            )
        if ch.own("terms", "judgment_extension"):
            ch.skip("extension_wording", rid, ext.citation)
    _further_extensions(ch, law)


def _further_extensions(ch: Checker, law: TermRule) -> None:
    """Terms beyond the law base's extension that lengthen the term it extends."""
    target = TERM_KINDS["judgment_extension"].extends
    assert target is not None  # the law's extension extends the judgment term
    for tid, t in ch.reg.terms.items():
        if ch.law("terms", tid) is not None or not _reaches(tid, target):
            continue
        ch.add(
            "further_extension_consent"
            if t.consent_required
            else "further_extension_without_consent",
            "note" if t.consent_required else "violation",
            f"terms.{tid}",
            t.citation,
            law,
            term=t.term,
        )


def check_complaints_officer(ch: Checker) -> None:
    law = ch.law("escalation", "complaints_officer")
    if law is None:
        ch.no_law_rule("escalation.complaints_officer")
        return
    rid = "escalation.complaints_officer"
    step = ch.reg.escalation.get("complaints_officer")
    if step is None:
        omitted = ch.omission("escalation", "complaints_officer")
        ch.add("no_complaints_officer", "violation", rid, omitted, law)
        return
    if not ch.own("escalation", "complaints_officer"):
        ch.add("complaints_officer_law_only", "risk", rid, None, law)
        return
    if ch.narrower("complaints_officer", step):
        severity = _floor_severity(law)
        cond = step.open_when
        ch.add("complaints_officer_conditional", severity, rid, step.citation, law, cond=cond)
        ch.skip("direct_access", rid, step.citation)
    if step.body is None:
        ch.add("complaints_officer_no_contact", "note", rid, step.citation, law)


def check_provider(ch: Checker) -> None:
    """A condition on filing with the provider (an omitted provider step is an omission)."""
    law = ch.law("escalation", "provider")
    if law is None:
        ch.no_law_rule("escalation.provider")
        return
    step = ch.reg.escalation.get("provider")
    if step is not None and ch.narrower("provider", step):
        ch.add(
            "provider_conditional",
            _floor_severity(law),
            "escalation.provider",
            step.citation,
            law,
            cond=step.open_when,
        )


def check_disputes_body(ch: Checker) -> None:
    law = ch.law("escalation", "disputes_body")
    if law is None:
        ch.no_law_rule("escalation.disputes_body")
        return
    rid = "escalation.disputes_body"
    #: Art. 18 lid 1 (affiliation), where the law base has it; else the step's article.
    affiliation = ch.law("provisions", "disputes_body_affiliation") or law
    reg = ch.reg
    step = reg.escalation.get("disputes_body")
    if step is None:
        omitted = ch.omission("escalation", "disputes_body")
        ch.add("no_disputes_body", "violation", rid, omitted, affiliation)
        return
    body = reg.bodies.get(step.body) if step.body else None
    if not ch.own("escalation", "disputes_body"):
        ch.add("disputes_body_law_only", "risk", rid, None, affiliation)
    elif body is None:
        ch.add("disputes_body_unnamed", "note", rid, step.citation, affiliation)
    elif body.kind != "disputes_body":
        ch.add(
            "disputes_body_kind",
            "risk",
            rid,
            body.citation,
            affiliation,
            body=body.name,
            kind=body.kind,
        )
    uncovered = ch.narrower("disputes_body", step)
    if uncovered:
        ch.add(
            "disputes_body_narrower",
            "violation",
            rid,
            step.citation,
            law,
            cond=step.open_when,
            uncovered=uncovered,
        )


WKKGZ_CHECKS: tuple[Callable[[Checker], None], ...] = (
    check_judgment,
    check_extension,
    check_standing,
    check_age_bands,
    check_channels,
    check_complaints_officer,
    check_provider,
    check_disputes_body,
)
