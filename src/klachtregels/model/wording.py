"""Model values in words: conditions and rules in one line, in Dutch or English.

Used wherever a rule is shown: the evaluator's step reasons, ``show``, the diff and
the generated pages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from klachtregels.messages import MESSAGES, Lang, format_date, render
from klachtregels.model.regulation import (
    ActRule,
    AdmissibilityRule,
    AnonymityRule,
    Body,
    ChannelRule,
    Citation,
    Condition,
    Provision,
    RoutingRule,
    StandingRule,
    StepRule,
    TermRule,
)
from klachtregels.model.vocabulary import TERM_KINDS, label_key

__all__ = [
    "LAW_NAMES",
    "cite_text",
    "closed_reason",
    "condition_text",
    "fact_text",
    "label",
    "names_body",
    "open_when_text",
    "rule_summary",
    "version_text",
]


def label(kind: str, word: str, lang: Lang = "nl") -> str:
    """How a word of the vocabulary reads: ``label("term", "first_contact")`` is
    ``eerste contact``. ``kind`` is a key of ``vocabulary.LABELS``."""
    return render(label_key(kind, word), lang)


def condition_text(
    c: Condition, lang: Lang = "nl", dues: Mapping[str, Sequence[date]] | None = None
) -> str:
    """A condition in words, as a clause after "als"/"if": ``er een oordeel is gegeven en
    de klager niet tevreden is``. ``dues`` gives, per term id, the due dates known for it
    (the term's own, then after extension), which a passed deadline then names."""
    if c.always is not None:
        return render("cond.always" if c.always else "cond.never", lang)
    if c.fact is not None:
        return fact_text(c.fact, c.equals, lang)
    if c.deadline_passed is not None:
        return _passed(c.deadline_passed, lang, (dues or {}).get(c.deadline_passed, ()))
    if c.not_ is not None:
        inner = c.not_
        if inner.fact is not None:
            return fact_text(inner.fact, not inner.equals, lang)
        return render("cond.not", lang, cond=condition_text(inner, lang, dues))
    parts = list(c.any if c.any is not None else c.all or [])
    joiner = render("cond.or" if c.any is not None else "cond.and", lang)
    compound = [p.any is not None or p.all is not None for p in parts]
    texts = []
    for p, nested in zip(parts, compound, strict=True):
        text = condition_text(p, lang, dues)
        texts.append(f"({text})" if nested and c.all is not None else text)
    sep = f", {joiner} " if any(compound) else f" {joiner} "
    return sep.join(texts)


def fact_text(fact: str, value: bool, lang: Lang = "nl") -> str:
    """A fact with its value as a clause: ``de klager niet tevreden is``."""
    key = f"fact.{fact}.{'yes' if value else 'no'}"
    if key in MESSAGES:
        return render(key, lang)
    word = render("cond.yes" if value else "cond.no", lang)
    return render("cond.fact", lang, fact=fact.removeprefix("extra."), value=word)


def _passed(term_id: str, lang: Lang, dues: Sequence[date]) -> str:
    name = label("term", term_id, lang) if term_id in TERM_KINDS else term_id
    key = f"cond.deadline_passed.{term_id}"
    key = key if key in MESSAGES else "cond.deadline_passed"
    if not dues:
        return render(key, lang, term=name)
    when = format_date(dues[0], lang)
    later = [format_date(d, lang) for d in dues[1:]]
    if later:
        when += " " + render("cond.extended_dates", lang, dates=", ".join(later))
    return render(key + ".on", lang, term=name, due=when)


def open_when_text(
    c: Condition,
    lang: Lang = "nl",
    dues: Mapping[str, Sequence[date]] | None = None,
    law: StepRule | None = None,
) -> str:
    """When a step is open, as one phrase: ``altijd open``, ``open als ...``; with ``law``
    (the law base's rule where the step is a right the regulation cannot narrow), also
    the law's alternatives the regulation does not name, with the article."""
    extra = _law_extra(c, law) if law is not None and c.always is not True else None
    if extra is not None and extra["law_cond"].always is True:  # a right without condition
        if c.always is False:
            return render("step.always_open_by_law", lang)
        return render(
            "step.open_when_law_always", lang, cond=condition_text(c, lang, dues), law=extra["law"]
        )
    if extra is not None:
        words = {"law": extra["law"], "law_cond": condition_text(extra["law_cond"], lang, dues)}
        if c.always is False:
            return render("step.open_law_only", lang, **words)
        return render("step.open_when_law", lang, cond=condition_text(c, lang, dues), **words)
    if c.always is not None:
        return render("step.always_open" if c.always else "step.never_open", lang)
    return render("step.open_when", lang, cond=condition_text(c, lang, dues))


#: How a law base's source is named in a sentence.
LAW_NAMES = {"wkkgz": "Wkkgz", "jeugdwet": "Jeugdwet", "bw": "BW", "bw7": "BW", "wzd": "Wzd"}


def _law_extra(own: Condition, law: StepRule) -> dict[str, Any] | None:
    """The law's alternatives for opening a step that ``own`` does not name (neither as an
    alternative of its own nor as a part of a law alternative that requires more), with
    the article; None when there are none."""
    mine = own.any if own.any is not None else [own]

    def named(d: Condition) -> bool:
        return d in mine or (d.all is not None and any(x in mine for x in d.all))

    cond = law.open_when
    extra = [d for d in (cond.any if cond.any is not None else [cond]) if not named(d)]
    if not extra:
        return None
    name = LAW_NAMES.get(law.citation.source, law.citation.source)
    return {
        "law": f"{name} {law.citation.article}",
        "law_cond": extra[0] if len(extra) == 1 else Condition(any=extra),
    }


def closed_reason(own: Condition, law: StepRule | None) -> tuple[str, dict[str, Any]]:
    """Why a step is not open yet, as (catalogue key, parameters): its own condition, and,
    where the law base makes the step a right (a floor), the law's alternatives that the
    regulation's condition does not name, with the article. Without them a reader would
    be told a narrower condition than the one applied (BurgerCoaching's "niet tevreden",
    where Wkkgz art. 21 lid 1 also opens the disputes body without a timely judgment)."""
    extra = _law_extra(own, law) if law is not None else None
    if extra is None or extra["law_cond"].always is True:  # (then the law opens it: not closed)
        return "step.closed_because", {"cond": own}
    if own.always is False:  # the regulation never opens it: only the law does
        return "step.closed_law_only", extra
    return "step.closed_because_law", {"cond": own, **extra}


def version_text(version: str) -> str:
    """A version label after the word "versie": without a "Versie" of its own (Bij Elkaar's
    version is "Versie 1 - 3 mei 2022")."""
    head, _, rest = version.partition(" ")
    return rest if head.lower() == "versie" and rest else version


def names_body(step: str, body: str) -> bool:
    """Whether a step's name already names its body ("Onafhankelijke klachtenfunctionaris
    (SoloPartners)" and "SoloPartners (onafhankelijke klachtenfunctionaris)"): then the
    body is not printed again beside it."""
    return body.split(" (")[0].strip().lower() in step.lower()


def cite_text(c: Citation, lang: Lang = "nl") -> str:
    """A citation as a source line: ``livio art. 8 lid 1: "De Raad van Bestuur ..."``."""
    if c.quote is None:  # a law whose text is not bundled: the article, and that it is not
        return f"{c.source} {c.article} ({render('cite.no_text', lang)})"
    return f'{c.source} {c.article}: "{c.quote}"'


def rule_summary(
    section: str,
    rule: object,
    lang: Lang = "nl",
    rule_id: str = "",
    bodies: Mapping[str, Body] | None = None,
) -> str:
    """One line saying what a rule means (``rule_id`` tells an extension what it extends;
    ``bodies``, the regulation's, name the body a complaint is forwarded to)."""
    if isinstance(rule, TermRule):
        return _term(rule, lang, TERM_KINDS[rule_id].extends if rule_id in TERM_KINDS else None)
    if isinstance(rule, RoutingRule):
        return _routing(rule, lang, bodies or {})
    for kind, summary in _SUMMARIES:
        if isinstance(rule, kind):
            return summary(rule, lang)
    raise TypeError(f"no summary for {type(rule).__name__}")  # pragma: no cover


def _standing(rule: StandingRule, lang: Lang) -> str:
    out = render(f"role.{rule.role}", lang)
    if rule.min_age is not None:
        out += " " + render("standing.from_age", lang, age=rule.min_age)
    if rule.below_age is not None:
        out += " " + render("standing.below_age", lang, age=rule.below_age)
    if rule.with_parent:
        out += " " + render("standing.with_parent", lang)
    return out


def _channel(rule: ChannelRule, lang: Lang) -> str:
    out = render("channel.accepted" if rule.accepted else "channel.refused", lang)
    return out + (" " + render("channel.written", lang) if rule.written else "")


def _anonymity(rule: AnonymityRule, lang: Lang) -> str:
    return render("anonymity.accepted" if rule.accepted else "anonymity.refused", lang)


def _ground(rule: AdmissibilityRule, lang: Lang) -> str:
    out = render(f"ground.{rule.ground}", lang)
    if rule.fact:
        out = render("ground.fact_is", lang, cond=fact_text(rule.fact, True, lang))
    if rule.term:
        name = label("term", rule.term, lang) if rule.term in TERM_KINDS else rule.term
        out += " " + render("ground.term", lang, term=name)
    if rule.discretionary:
        out += " " + render("ground.discretionary", lang)
    return out


def _routing(rule: RoutingRule, lang: Lang, bodies: Mapping[str, Body]) -> str:
    when = condition_text(rule.when, lang)
    if rule.forward_to == "other_provider":
        to = render("body.other_provider", lang)
    else:
        body = bodies.get(rule.forward_to)
        to = body.name if body is not None else rule.forward_to
    out = render("routing.summary", lang, when=when, to=to)
    if rule.unless is not None:
        out += " " + render("routing.unless", lang, cond=condition_text(rule.unless, lang))
    return out


def _term(rule: TermRule, lang: Lang, extends: str | None) -> str:
    term = rule.term.label(lang)
    if extends:
        other = label("term", extends, lang)
        out = render("term.extension_summary", lang, term=term, other=other)
    else:
        out = render("term.summary", lang, term=term, start=render(f"start.{rule.start}", lang))
    if rule.atw:
        out += " (Atw)"
    if rule.consent_required:
        out += " " + render("term.consent", lang)
    return out


def _step(rule: StepRule, lang: Lang) -> str:
    out = rule.name + (f" [{rule.body}]" if rule.body else "")
    return out + " — " + open_when_text(rule.open_when, lang)


def _body(rule: Body, lang: Lang) -> str:
    contact = ", ".join(x for x in (rule.email, rule.phone, rule.web, rule.address) if x)
    return f"{rule.name} ({rule.kind})" + (f": {contact}" if contact else "")


def _act(rule: ActRule, lang: Lang) -> str:
    out = render(f"act.form.{rule.form}", lang)
    if rule.to:
        out += " " + render("act.to", lang, step=label("step", rule.to, lang))
    return out


def _provision(rule: Provision, lang: Lang) -> str:
    return rule.summary


_SUMMARIES: tuple[tuple[type, Callable[[Any, Lang], str]], ...] = (
    (StandingRule, _standing),
    (ChannelRule, _channel),
    (AnonymityRule, _anonymity),
    (AdmissibilityRule, _ground),
    (StepRule, _step),
    (Body, _body),
    (ActRule, _act),
    (Provision, _provision),
)
