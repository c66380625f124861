"""Conformance: an effective regulation compared with the statute it falls under.

:func:`conformance` returns findings, each with a severity, the statute's article, the
regulation's citation (where the regulation says something) and the statute's own
text from the law base:

* ``violation``: the encoded regulation conflicts with the statute;
* ``risk``: the regulation's *text* falls short of the statute (it leaves something
  to the law, is silent where the statute requires it to speak, or sets a condition
  the statute does not), while the encoding follows the statute;
* ``note``: worth knowing, not a shortfall; also what cannot be checked because the
  source is not encoded.

Wkkgz (care in general): the judgment term and its extension (art. 17), a further
extension without the complainant's consent, standing (art. 14), written channels
(art. 14), the complaints officer (art. 15), the disputes body and its conditions
(art. 18, 21), the provider's formal handling (art. 14, 17), omitted law rules.
Jeugdwet (youth care): the complaints committee and its decision term (art. 4.2.1 lid
2 onder a en c), the measures term (lid 5), standing (lid 4), omitted law rules.

Where a check depends on what the source text says, it reads the rule's quote and
the passages its reading quotes ("..."), which are verbatim source text, never the
reading's own words. Pure: no clock, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from klachtregels.compare.conditions import condition_implies
from klachtregels.compare.termlength import term_days
from klachtregels.compare.values import RuleText, Side, Word, cite, cite_json, raw, show
from klachtregels.law.terms import Unit
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import (
    Citation,
    Condition,
    Regulation,
    StepRule,
    TermRule,
    Unencoded,
)
from klachtregels.model.vocabulary import label_key

__all__ = ["Conformance", "ConformanceFinding", "ConformanceSeverity", "conformance"]

ConformanceSeverity = Literal["violation", "risk", "note"]
_ORDER: tuple[ConformanceSeverity, ...] = ("violation", "risk", "note")
#: How a law base's source key is named in an article reference.
_LAW_NAMES = {"wkkgz": "Wkkgz", "jeugdwet": "Jeugdwet", "bw": "BW", "wzd": "Wzd"}
#: Six weeks (Wkkgz art. 17 lid 1) and four weeks (lid 2), in days.
_SIX_WEEKS, _FOUR_WEEKS = 42, 28


@dataclass(frozen=True)
class ConformanceFinding:
    """One result of a check: what, how serious, where in the regulation and the statute."""

    code: str
    severity: ConformanceSeverity
    article: str
    rule: str | None = None
    citation: Citation | None = None
    law_citation: Citation | None = None
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: Lang = "nl") -> str:
        return render(f"conform.{self.code}", lang, **{k: show(v, lang) for k, v in self.params})

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "article": self.article,
            "rule": self.rule,
            "message": self.text(lang),
            "citation": cite_json(self.citation),
            "law_citation": cite_json(self.law_citation),
            "params": {k: raw(v) for k, v in self.params},
        }


@dataclass(frozen=True)
class Conformance:
    """The findings for one regulation, worst first, and what could not be checked."""

    regulation: Side
    law: str | None
    findings: tuple[ConformanceFinding, ...]
    unchecked: tuple[Unencoded, ...] = ()

    @property
    def ok(self) -> bool:
        """No violations (risks and notes allowed)."""
        return not any(f.severity == "violation" for f in self.findings)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(_ORDER, 0)
        for f in self.findings:
            out[f.severity] += 1
        return out

    def by_code(self) -> dict[str, list[ConformanceFinding]]:
        out: dict[str, list[ConformanceFinding]] = {}
        for f in self.findings:
            out.setdefault(f.code, []).append(f)
        return out

    def _head(self, lang: Lang) -> list[str]:
        c = self.counts()
        return [
            render(
                "conform.title",
                lang,
                reg=self.regulation.label(lang),
                law=_LAW_NAMES.get(self.law or "", self.law or "—"),
            ),
            render(
                "conform.summary",
                lang,
                violation=c["violation"],
                risk=c["risk"],
                note=c["note"],
            ),
        ]

    def text(self, lang: Lang = "nl") -> str:
        out = self._head(lang)
        for f in self.findings:
            sev = render(f"conform.severity.{f.severity}", lang)
            where = f" ({f.rule})" if f.rule else ""
            out += ["", f"[{sev}] {f.article}{where}", f"  {f.text(lang)}"]
            out.append("  " + render("conform.reg_cite", lang, cite=cite(f.citation)))
            if f.law_citation is not None:
                out.append("  " + render("conform.law_cite", lang, cite=cite(f.law_citation)))
        if self.unchecked:
            out += ["", render("conform.unchecked", lang, n=len(self.unchecked))]
            out.extend(f"  - [{_where(u)}] {_one_line(u.text)}" for u in self.unchecked)
        return "\n".join(out)

    def markdown(self, lang: Lang = "nl") -> str:
        head = self._head(lang)
        out = [f"# {head[0]}", "", f"**{head[1]}**", ""]
        if self.findings:
            out.append(
                "| | "
                + " | ".join(
                    render(k, lang)
                    for k in ("conform.md.severity", "conform.md.article", "conform.md.finding")
                )
                + " |"
            )
            out.append("|---|---|---|---|")
            for n, f in enumerate(self.findings, 1):
                sev = render(f"conform.severity.{f.severity}", lang)
                out.append(f"| {n} | {sev} | {f.article} | {_md(f.text(lang))} |")
            out.append("")
        for n, f in enumerate(self.findings, 1):
            out.append(f"{n}. **{f.article}**" + (f" (`{f.rule}`)" if f.rule else ""))
            out.append(f"   - {render('conform.reg_cite', lang, cite=_md(cite(f.citation)))}")
            if f.law_citation is not None:
                out.append(
                    f"   - {render('conform.law_cite', lang, cite=_md(cite(f.law_citation)))}"
                )
        if self.unchecked:
            out += ["", "## " + render("conform.unchecked", lang, n=len(self.unchecked)), ""]
            out.extend(f"- [{_md(_where(u))}] {_md(_one_line(u.text))}" for u in self.unchecked)
        return "\n".join(out).rstrip() + "\n"

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "regulation": self.regulation.to_json(),
            "law": self.law,
            "ok": self.ok,
            "counts": self.counts(),
            "findings": [f.to_json(lang) for f in self.findings],
            "unchecked": [
                {"text": _one_line(u.text), "citation": cite_json(u.citation)}
                for u in self.unchecked
            ],
        }


def _where(u: Unencoded) -> str:
    return "—" if u.citation is None else f"{u.citation.source} {u.citation.article}"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ----------------------------------------------------------------- helpers


@dataclass
class _Checker:
    reg: Regulation
    found: list[ConformanceFinding]

    def add(
        self,
        code: str,
        severity: ConformanceSeverity,
        article: str,
        rule: str | None = None,
        citation: Citation | None = None,
        law: tuple[str, str] | None = None,
        **params: object,
    ) -> None:
        law_citation = None
        if law is not None:
            law_rule = self.reg.law_rule(*law)
            law_citation = law_rule.citation if law_rule is not None else None
        self.found.append(
            ConformanceFinding(
                code, severity, article, rule, citation, law_citation, tuple(params.items())
            )
        )

    def own(self, section: str, rule_id: str) -> bool:
        """Whether the rule is the regulation's own (not left to a law base)."""
        return self.reg.origin(section, rule_id) == self.reg.id

    def omission(self, section: str, rule_id: str) -> Citation | None:
        return next(
            (o.citation for o in self.reg.omits if o.section == section and o.id == rule_id),
            None,
        )


def _source_text(rule: Any) -> str:
    """The verbatim source text of a rule: its quote and the passages its reading quotes."""
    quoted = re.findall(r"\"([^\"]+)\"", getattr(rule, "reading", None) or "")
    return " ".join([rule.citation.quote, *quoted]).lower()


_NUMBER_WORDS = {
    1: "een|één",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
}
_UNIT_WORDS = {
    Unit.WEEKS: "weken|week",
    Unit.DAYS: "dagen|dag",
    Unit.WORKING_DAYS: "werkdagen|werkdag",
    Unit.MONTHS: "maanden|maand",
    Unit.YEARS: "jaren|jaar",
}


def _mentions(text: str, amounts: set[int], unit: Unit) -> bool:
    """Whether ``text`` names one of ``amounts`` of ``unit`` ("4 weken", "tien weken")."""
    numbers = "|".join(
        alt for n in sorted(amounts) for alt in (str(n), _NUMBER_WORDS.get(n, str(n)))
    )
    return re.search(rf"\b(?:{numbers})\s+(?:{_UNIT_WORDS[unit]})\b", text) is not None


def _disjuncts(c: Condition) -> list[Condition]:
    return list(c.any) if c.any is not None else [c]


def _names(c: Condition) -> set[str]:
    out = {c.fact or "", f"deadline:{c.deadline_passed}" if c.deadline_passed else ""}
    for sub in (c.any or []) + (c.all or []) + ([c.not_] if c.not_ is not None else []):
        out |= _names(sub)
    return out - {""}


def _art21_letter(c: Condition) -> str:
    """Which ground of Wkkgz art. 21 lid 1 a disjunct of the law base encodes."""
    names = _names(c)
    if any(n.startswith("deadline:") for n in names):
        return "a"
    if "extra.not_reasonable_to_complain_first" in names:
        return "c"
    return "b" if "satisfied" in names else "?"


def _provider_unencoded(reg: Regulation) -> list[Unencoded]:
    """The unencoded passages that cite the regulation itself (not a statute)."""
    out = []
    for u in reg.unencoded:
        source = reg.sources.get(u.citation.source) if u.citation is not None else None
        if source is not None and source.kind == "regulation":
            out.append(u)
    return out


# ----------------------------------------------------------------- Wkkgz


def _wkkgz_judgment(ch: _Checker) -> None:
    reg = ch.reg
    rule = reg.terms.get("judgment")
    law = ("terms", "judgment")
    if rule is None:
        ch.add(
            "judgment_missing",
            "violation",
            "Wkkgz art. 17 lid 1",
            "terms.judgment",
            ch.omission(*law),
            law,
        )
        return
    if not ch.own(*law):
        ch.add("judgment_law_only", "note", "Wkkgz art. 17 lid 1", "terms.judgment", None, law)
    shortest, longest = term_days(rule.term)
    if shortest > _SIX_WEEKS:
        ch.add(
            "judgment_too_long",
            "violation",
            "Wkkgz art. 17 lid 1",
            "terms.judgment",
            rule.citation,
            law,
            term=rule.term,
        )
    elif longest > _SIX_WEEKS:
        ch.add(
            "judgment_may_exceed",
            "risk",
            "Wkkgz art. 17 lid 1",
            "terms.judgment",
            rule.citation,
            law,
            term=rule.term,
        )
    if rule.start not in ("receipt", "in_writing"):
        ch.add(
            "judgment_start",
            "risk",
            "Wkkgz art. 17 lid 1",
            "terms.judgment",
            rule.citation,
            law,
            start=Word(f"start.{rule.start}", raw=rule.start),
        )


def _extensions(reg: Regulation) -> list[tuple[str, TermRule]]:
    return [
        (tid, t)
        for tid, t in reg.terms.items()
        if t.extends in ("judgment", "judgment_extension") and tid != "judgment_extension"
    ]


def _wkkgz_extension(ch: _Checker) -> None:
    reg = ch.reg
    ext = reg.terms.get("judgment_extension")
    law = ("terms", "judgment_extension")
    art = "Wkkgz art. 17 lid 2"
    rid = "terms.judgment_extension"
    if ext is not None:
        shortest, longest = term_days(ext.term)
        if shortest > _FOUR_WEEKS:
            ch.add("extension_too_long", "violation", art, rid, ext.citation, law, term=ext.term)
        elif longest > _FOUR_WEEKS:
            ch.add("extension_may_exceed", "risk", art, rid, ext.citation, law, term=ext.term)
        if ext.notice != "in_writing":
            notice = None if ext.notice is None else Word(f"compare.notice.{ext.notice}")
            ch.add("extension_notice", "violation", art, rid, ext.citation, law, notice=notice)
        if ch.own(*law):
            text = _source_text(ext)
            judgment = reg.terms.get("judgment")
            amounts = {ext.term.amount}
            if judgment is not None and judgment.term.unit is ext.term.unit:
                amounts.add(judgment.term.amount + ext.term.amount)
            if not _mentions(text, amounts, ext.term.unit):
                ch.add(
                    "extension_length_not_in_text",
                    "risk",
                    art,
                    rid,
                    ext.citation,
                    law,
                    term=ext.term,
                )
            missing = []
            if not re.search(r"schriftelijk|per e-?mail", text):
                missing.append(Word("conform.word.in_writing"))
            if not re.search(r"verstrijken|vóór afloop|voor afloop", text):
                missing.append(Word("conform.word.before_expiry"))
            if missing:
                ch.add(
                    "extension_notice_not_in_text",
                    "risk",
                    art,
                    rid,
                    ext.citation,
                    law,
                    missing=missing,
                )
    for tid, t in _extensions(reg):
        if t.consent_required:
            ch.add(
                "further_extension_consent",
                "note",
                art,
                f"terms.{tid}",
                t.citation,
                law,
                term=t.term,
            )
        else:
            ch.add(
                "further_extension_without_consent",
                "violation",
                art,
                f"terms.{tid}",
                t.citation,
                law,
                term=t.term,
            )
    for pid, p in reg.provisions.items():
        if "extension" not in pid or not ch.own("provisions", pid):
            continue
        consent = re.search(
            r"eens zijn|eens is|instemming|instemt|toestemming|akkoord|bereid", _source_text(p)
        )
        ch.add(
            "further_extension_text_consent" if consent else "further_extension_text",
            "note" if consent else "risk",
            art,
            f"provisions.{pid}",
            p.citation,
            law,
        )


#: Who may complain under Wkkgz art. 14, and the paragraph that says so.
_WKKGZ_ROLES = {
    "client": "Wkkgz art. 14 lid 1",
    "surviving_relative": "Wkkgz art. 14 lid 1",
    "legal_representative": "Wkkgz art. 14 lid 1",
    "refused_representative": "Wkkgz art. 14 lid 2",
}
#: Who may complain under Jeugdwet art. 4.2.1 lid 4 (see the jeugdwet base's readings).
_JEUGDWET_ROLES = {
    "client": "Jeugdwet art. 4.2.1 lid 4 onder a",
    "legal_representative": "Jeugdwet art. 4.2.1 lid 4 onder a",
    "authorised_representative": "Jeugdwet art. 4.2.1 lid 4 onder a",
    "other": "Jeugdwet art. 4.2.1 lid 4 onder a",
    "surviving_relative": "Jeugdwet art. 4.2.1 lid 4 onder b",
}


def _standing(ch: _Checker, roles: dict[str, str], article: str) -> None:
    reg = ch.reg
    law_only: list[Word] = []
    for role, art in roles.items():
        rules = [rid for rid, r in reg.standing.items() if r.role == role]
        if not rules:
            ch.add(
                "standing_missing",
                "violation",
                art,
                f"standing.{role}",
                ch.omission("standing", role),
                ("standing", role),
                role=Word(f"role.{role}", raw=role),
            )
        elif not any(ch.own("standing", rid) for rid in rules):
            law_only.append(Word(f"role.{role}", raw=role))
    if law_only:
        own = next((r.citation for rid, r in reg.standing.items() if ch.own("standing", rid)), None)
        ch.add(
            "standing_law_only",
            "risk",
            article,
            "standing",
            own,
            ("standing", "client"),
            roles=law_only,
        )


def _age_bands(ch: _Checker) -> None:
    """A client's own standing by age, against the WGBO (BW 7:447, 7:450, 7:465)."""
    rules = [(rid, r) for rid, r in ch.reg.standing.items() if r.role == "client"]
    if not rules or any(r.min_age is None and r.below_age is None for _, r in rules):
        return

    def covered(age: int, alone: bool) -> bool:
        return any(
            (r.min_age is None or age >= r.min_age)
            and (r.below_age is None or age < r.below_age)
            and (not alone or not r.with_parent)
            for _, r in rules
        )

    cite_rule = next((r for _, r in rules if r.min_age is not None), rules[0][1])
    params = {"bands": [RuleText("standing", r) for _, r in rules]}
    if not all(covered(age, alone=True) for age in (16, 17, 18)):
        severity: Literal["violation", "risk", "note"] = "violation"
    elif not all(covered(age, alone=False) for age in (12, 13, 14, 15)):
        severity = "risk"
    else:
        severity = "note"
    ch.add(
        f"standing_age_{severity}",
        severity,
        "Wkkgz art. 14 lid 1; BW 7:447, 7:450, 7:465",
        f"standing.{rules[0][0]}",
        cite_rule.citation,
        ("standing", "client"),
        **params,
    )


#: Written channels (Wkkgz art. 14: "schriftelijk"): refusing a letter conflicts with the
#: statute; e-mail and web forms are read as written, so refusing them is a risk.
_WRITTEN: dict[str, ConformanceSeverity] = {
    "letter": "violation",
    "email": "risk",
    "web_form": "risk",
}


def _wkkgz_channels(ch: _Checker) -> None:
    channels: dict[str, Any] = {str(k): v for k, v in ch.reg.channels.items()}
    for channel, severity in _WRITTEN.items():
        rule = channels.get(channel)
        if rule is not None and not rule.accepted:
            ch.add(
                "written_channel_refused",
                severity,
                "Wkkgz art. 14 lid 1",
                f"channels.{channel}",
                rule.citation,
                ("channels", channel),
                channel=Word(label_key("channel", channel), raw=channel),
            )


def _narrower(ch: _Checker, step_id: str, step: StepRule) -> list[Condition]:
    """The parts of the law base's condition for a step that the regulation's does not cover."""
    law: StepRule | None = ch.reg.law_rule("escalation", step_id)
    if law is None:
        return []
    return [d for d in _disjuncts(law.open_when) if not condition_implies(d, step.open_when)]


_DIRECT = re.compile(r"\b(?:rechtstreeks|direct)\b")


def _direct_access(reg: Regulation, step: StepRule) -> Citation | None:
    """The citation whose source text grants direct access to the step: the step's own
    quote, its body's quote, or a passage the step's reading quotes (in that order)."""
    body = reg.bodies.get(step.body) if step.body else None
    if _DIRECT.search(step.citation.quote.lower()):
        return step.citation
    if body is not None and _DIRECT.search(body.citation.quote.lower()):
        return body.citation
    if _DIRECT.search(_source_text(step)):
        return step.citation
    return None


def _wkkgz_complaints_officer(ch: _Checker) -> None:
    step = ch.reg.escalation.get("complaints_officer")
    art, law, rid = (
        "Wkkgz art. 15 lid 1",
        ("escalation", "complaints_officer"),
        "escalation.complaints_officer",
    )
    if step is None:
        ch.add("no_complaints_officer", "violation", art, rid, ch.omission(*law), law)
        return
    if not ch.own(*law):
        ch.add("complaints_officer_law_only", "risk", art, rid, None, law)
        return
    if _narrower(ch, "complaints_officer", step):
        direct = _direct_access(ch.reg, step)
        if direct is None:
            ch.add(
                "complaints_officer_conditional",
                "risk",
                art,
                rid,
                step.citation,
                law,
                cond=step.open_when,
            )
        else:
            ch.add(
                "complaints_officer_conditional_direct",
                "note",
                art,
                rid,
                direct,
                law,
                cond=step.open_when,
            )
    if step.body is None:
        ch.add("complaints_officer_no_contact", "note", art, rid, step.citation, law)


def _wkkgz_disputes(ch: _Checker) -> None:
    reg = ch.reg
    step = reg.escalation.get("disputes_body")
    law, rid = ("escalation", "disputes_body"), "escalation.disputes_body"
    art18 = ("provisions", "disputes_body_affiliation")
    if step is None:
        ch.add(
            "no_disputes_body", "violation", "Wkkgz art. 18 lid 1", rid, ch.omission(*law), art18
        )
        return
    if not ch.own(*law):
        ch.add("disputes_body_law_only", "risk", "Wkkgz art. 18 lid 1, lid 5", rid, None, art18)
    elif step.body is None:
        ch.add("disputes_body_unnamed", "note", "Wkkgz art. 18 lid 1", rid, step.citation, art18)
    elif reg.bodies[step.body].kind != "disputes_body":
        body = reg.bodies[step.body]
        ch.add(
            "disputes_body_kind",
            "risk",
            "Wkkgz art. 18 lid 1",
            rid,
            body.citation,
            art18,
            body=body.name,
            kind=body.kind,
        )
    uncovered = sorted(_narrower(ch, "disputes_body", step), key=_art21_letter)
    if uncovered:
        ch.add(
            "disputes_body_narrower",
            "violation",
            "Wkkgz art. 21 lid 1",
            rid,
            step.citation,
            law,
            cond=step.open_when,
            uncovered=[
                Word("conform.ground", (("letter", _art21_letter(d)), ("cond", d)))
                for d in uncovered
            ],
        )


def _wkkgz_provider(ch: _Checker) -> None:
    step = ch.reg.escalation.get("provider")
    if step is None or not _narrower(ch, "provider", step):
        return
    ch.add(
        "provider_conditional",
        "risk",
        "Wkkgz art. 14 lid 1, art. 17 lid 1",
        "escalation.provider",
        step.citation,
        ("escalation", "provider"),
        cond=step.open_when,
    )


#: Omitted law rules that a check of its own reports (with the omission's citation).
_CHECKED_ELSEWHERE = frozenset(
    {
        ("terms", "judgment"),
        ("terms", "measures"),
        ("escalation", "complaints_officer"),
        ("escalation", "disputes_body"),
        ("escalation", "complaints_committee"),
    }
)


def _omissions(ch: _Checker) -> None:
    """Every other omitted law rule: a risk (the law must allow it), a note for an
    extension (leaving it out only shortens the term) or a provision."""
    reg = ch.reg
    roles = _WKKGZ_ROLES if reg.law == "wkkgz" else _JEUGDWET_ROLES
    for o in reg.omits:
        law_rule = reg.law_rule(o.section, o.id)
        if law_rule is None:  # pragma: no cover - the loader checks omissions
            continue
        if (o.section, o.id) in _CHECKED_ELSEWHERE:
            continue
        if o.section == "standing" and law_rule.role in roles:
            continue
        c = law_rule.citation
        article = f"{_LAW_NAMES.get(c.source, c.source)} {c.article}"
        severity: ConformanceSeverity = "risk"
        if o.section == "provisions" or (o.section, o.id) == ("terms", "judgment_extension"):
            severity = "note"
        ch.add(
            "omitted",
            severity,
            article,
            f"{o.section}.{o.id}",
            o.citation,
            (o.section, o.id),
            what=f"{o.section}.{o.id}",
        )


# ----------------------------------------------------------------- Jeugdwet


def _jeugdwet_committee(ch: _Checker) -> None:
    reg = ch.reg
    step = reg.escalation.get("complaints_committee")
    law, rid = ("escalation", "complaints_committee"), "escalation.complaints_committee"
    art = "Jeugdwet art. 4.2.1 lid 2 onder a"
    if step is None:
        ch.add("no_committee", "violation", art, rid, ch.omission(*law), law)
    else:
        body = reg.bodies.get(step.body) if step.body else None
        if body is None:
            ch.add("committee_unnamed", "risk", art, rid, step.citation, law)
        ch.add(
            "committee_composition_unchecked",
            "note",
            art,
            rid,
            step.citation,
            law,
            body=body.name if body else None,
        )
        if _narrower(ch, "complaints_committee", step):
            direct = _direct_access(reg, step)
            ch.add(
                "committee_conditional" if direct is None else "committee_conditional_direct",
                "risk" if direct is None else "note",
                "Jeugdwet art. 4.2.1 lid 4",
                rid,
                direct or step.citation,
                law,
                cond=step.open_when,
            )
    term = reg.terms.get("committee_judgment")
    art_c = "Jeugdwet art. 4.2.1 lid 2 onder c"
    if term is None:
        said = next(
            (
                u
                for u in _provider_unencoded(reg)
                if "committee_judgment" in u.text or "4.2.1 lid 2 onder c" in u.text
            ),
            None,
        )
        if said is not None:
            ch.add(
                "committee_term_unchecked",
                "note",
                art_c,
                "terms.committee_judgment",
                said.citation,
                ("provisions", "committee_judgment_term"),
            )
        else:
            ch.add(
                "no_committee_term",
                "violation",
                art_c,
                "terms.committee_judgment",
                None,
                ("provisions", "committee_judgment_term"),
            )
    if "measures" not in reg.terms:
        ch.add(
            "no_measures_term",
            "violation",
            "Jeugdwet art. 4.2.1 lid 5",
            "terms.measures",
            ch.omission("terms", "measures"),
            ("terms", "measures"),
        )


# ----------------------------------------------------------------- entry point


def _wkkgz_standing(ch: _Checker) -> None:
    _standing(ch, _WKKGZ_ROLES, "Wkkgz art. 14")


def _jeugdwet_standing(ch: _Checker) -> None:
    _standing(ch, _JEUGDWET_ROLES, "Jeugdwet art. 4.2.1 lid 4")


_CHECKS: dict[str | None, tuple[Callable[[_Checker], None], ...]] = {
    "wkkgz": (
        _wkkgz_judgment,
        _wkkgz_extension,
        _wkkgz_standing,
        _age_bands,
        _wkkgz_channels,
        _wkkgz_complaints_officer,
        _wkkgz_provider,
        _wkkgz_disputes,
        _omissions,
    ),
    "jeugdwet": (_jeugdwet_committee, _jeugdwet_standing, _omissions),
}


def conformance(reg: Regulation) -> Conformance:
    """Check an effective regulation against its statute (see the module doc)."""
    ch = _Checker(reg, [])
    if reg.kind == "regulation":
        for check in _CHECKS.get(reg.law, (_omissions,)):
            check(ch)
    rank = {s: i for i, s in enumerate(_ORDER)}
    findings = sorted(ch.found, key=lambda f: rank[f.severity])
    return Conformance(
        regulation=Side.of(reg),
        law=reg.law,
        findings=tuple(findings),
        unchecked=tuple(reg.unencoded) if reg.kind == "regulation" else (),
    )
