"""Conformance checks for any statute: standing, age bands, channels, omitted law rules,
and terms recorded as provisions.

Each check reads the law base's own rules: who has standing is whoever a law base's
standing rule names, a channel the law base accepts may not be refused, and a law
rule the regulation leaves out (``omits``) is a finding unless another check reported
it. Pure: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from klachtregels.compare.conformance_core import Checker, ConformanceSeverity
from klachtregels.compare.values import RuleText, Word
from klachtregels.model.regulation import StandingRule
from klachtregels.model.vocabulary import CHANNELS, ROLE_IS_A, TERM_IDS, TERM_KINDS, label_key

__all__ = [
    "check_age_bands",
    "check_channels",
    "check_omissions",
    "check_standing",
    "check_terms_as_provisions",
]


def check_standing(ch: Checker) -> None:
    """Every role a law base gives standing: missing from the regulation (a violation),
    or kept only from the law base while the regulation's text names others (a risk)."""
    reg = ch.reg
    ids = ch.law_ids("standing")
    if not ids:
        ch.no_law_rule("standing")
        return
    by_role: dict[str, list[tuple[str, StandingRule]]] = {}
    for law_id in ids:
        law: StandingRule = ch.law("standing", law_id)
        by_role.setdefault(law.role, []).append((law_id, law))
    law_only: list[StandingRule] = []
    for role, laws in by_role.items():
        # A rule for the broader role covers the role (a parent with authority is a legal
        # representative: vocabulary.ROLE_IS_A).
        covered = {role, ROLE_IS_A.get(role)}
        rules = [rid for rid, r in reg.standing.items() if r.role in covered]
        law_id, law = laws[0]
        if not rules:
            ch.add(
                "standing_missing",
                "violation",
                f"standing.{law_id}",
                ch.omission("standing", law_id),
                law,
                role=Word(label_key("role", role), raw=role),
            )
        elif not any(ch.own("standing", rid) for rid in rules):
            law_only.append(law)
    # An omitted standing rule whose role another rule still covers needs no finding.
    ch.reported.update(("standing", i) for i in ids)
    if law_only:
        own = next((r.citation for rid, r in reg.standing.items() if ch.own("standing", rid)), None)
        ch.add(
            "standing_law_only",
            "risk",
            "standing",
            own,
            law_only[0],
            ch.article(r.citation for r in law_only),
            roles=[Word(label_key("role", r.role), raw=r.role) for r in law_only],
        )


def _covers(rules: Sequence[StandingRule], age: int, alone: bool) -> bool:
    return any(
        (r.min_age is None or age >= r.min_age)
        and (r.below_age is None or age < r.below_age)
        and (not alone or not r.with_parent)
        for r in rules
    )


#: The ages a standing rule can tell apart (``min_age`` 0-18, ``below_age`` 1-18).
_AGES = range(19)


def check_age_bands(ch: Checker) -> None:
    """A client's own standing by age, against the law base's standing for the client.

    Whether age bands follow the WGBO (BW 7:447, 7:450, 7:465) is not checked: the
    bw base records the WGBO as provisions, without ages a check could read.
    """
    rules = [(rid, r) for rid, r in ch.reg.standing.items() if r.role == "client"]
    laws: list[StandingRule] = [
        law for i in ch.law_ids("standing") if (law := ch.law("standing", i)).role == "client"
    ]
    if not rules or not laws:
        return  # check_standing reports a missing client or missing law rules
    own = [r for _, r in rules]
    ages = [a for a in _AGES if _covers(laws, a, alone=True) and not _covers(own, a, alone=True)]
    if not ages:
        return
    cited = next((r for r in own if r.min_age is not None), own[0])
    floor = any(law.floor for law in laws)
    ch.add(
        "standing_narrower" if floor else "standing_age_unchecked",
        "violation" if floor else "note",
        f"standing.{rules[0][0]}",
        cited.citation,
        laws[0],
        bands=[RuleText("standing", r) for r in own],
        ages=_spans(ages),
    )


def _spans(ages: list[int]) -> list[str]:
    """``[0, 1, 2, 5]`` → ``["0-2", "5"]``; the last age a rule tells apart means "or older"."""
    out: list[list[int]] = []
    for a in ages:
        if out and a == out[-1][-1] + 1:
            out[-1].append(a)
        else:
            out.append([a])
    last = _AGES[-1]
    return [
        f"{s[0]}+" if s[-1] == last else (f"{s[0]}-{s[-1]}" if len(s) > 1 else str(s[0]))
        for s in out
    ]


def check_channels(ch: Checker) -> None:
    """A channel the law base accepts that the regulation refuses: a violation where the
    law base's rule is the statute's text, a risk where it rests on a reading."""
    reg = ch.reg
    laws = [(c, law) for c in CHANNELS if (law := ch.law("channels", c)) is not None]
    if not laws:
        ch.no_law_rule("channels")
        return
    for channel, law in laws:
        rule = reg.channels.get(channel)
        if not law.accepted or (rule is not None and rule.accepted):
            continue
        severity: ConformanceSeverity = "risk" if law.reading else "violation"
        ch.add(
            "written_channel_refused" if law.written else "channel_refused",
            severity,
            f"channels.{channel}",
            rule.citation if rule is not None else ch.omission("channels", channel),
            law,
            channel=Word(label_key("channel", channel), raw=channel),
        )


def check_terms_as_provisions(ch: Checker) -> None:
    """A term the regulation records as a provision (a term kind's id, but no fixed
    length): its length and conditions are not checked."""
    for pid, p in ch.reg.provisions.items():
        if pid in TERM_IDS and pid not in ch.reg.terms and ch.own("provisions", pid):
            ch.skip(
                "term_as_provision",
                f"provisions.{pid}",
                p.citation,
                term=Word(label_key("term", pid), raw=pid),
            )


def check_omissions(ch: Checker) -> None:
    """Every omitted law rule no other check reported: a risk (the law must allow it),
    a note for an extension (leaving it out only shortens the term) or a provision."""
    for o in ch.reg.omits:
        law = ch.law(o.section, o.id)
        if law is None or (o.section, o.id) in ch.reported:
            continue  # the loader checks that an omitted rule exists
        severity: ConformanceSeverity = "risk"
        extension = o.section == "terms" and TERM_KINDS[o.id].extends is not None
        if o.section == "provisions" or extension:
            severity = "note"
        what = f"{o.section}.{o.id}"
        ch.add("omitted", severity, what, o.citation, law, what=what)
