"""Behavioural diff: the same complaints under two regulations, and where outcomes differ.

:func:`compare_behaviour` evaluates every complaint under both regulations and sorts
the differences by kind: ``standing``, ``admissibility``, ``forward_to``,
``next_steps`` (the open steps and their bodies), ``findings`` (the codes of the
evaluator's findings) and ``deadline:<id>`` (a deadline's due date, or a deadline
present on one side only). For each kind it reports how many complaints differ and
one *witness*: the simplest complaint that shows it, shrunk to the fewest facts that
are not a default (``None``, ``False``, no extra facts; channel ``letter``, role
``client``; no ``as_of``), with both outcomes side by side.

The caller chooses the complaints: scenario files (:func:`scenario_samples`), a fixed
grid of basic complaints, one fact at a time (:func:`basic_samples`), and draws from
the public hypothesis strategy :func:`klachtregels.testing.complaints`, deterministic
in a seed (:func:`generated_samples`; needs ``hypothesis``, the ``test`` extra). Same
regulations, samples, count and seed: same result. No clock and no I/O here; reading
scenario files is the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import ValidationError

from klachtregels.compare.values import Side
from klachtregels.engine.assessment import Assessment
from klachtregels.engine.evaluate import evaluate
from klachtregels.law.calendar import LegalCalendar, default_calendar
from klachtregels.messages import Lang, render
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import Condition, Regulation
from klachtregels.model.vocabulary import CHANNELS, DEADLINE_ORDER, ROLES, START_EVENTS

__all__ = [
    "BehaviourDiff",
    "Outcome",
    "Sample",
    "Witness",
    "basic_samples",
    "compare_behaviour",
    "generated_samples",
    "scenario_samples",
]

#: Receipt dates of generated complaints: two whole years, so that weekdays, holidays
#: and month ends all occur.
GENERATED_FROM = date(2026, 1, 1)
GENERATED_UNTIL = date(2027, 12, 31)

_REQUIRED = ("received_on", "channel", "complainant_role")
_DEFAULTS: dict[str, object] = {"channel": "letter", "complainant_role": "client"}
_KINDS = ("standing", "admissibility", "forward_to", "next_steps", "findings")
#: The extra facts the public strategy draws by default.
_DEFAULT_EXTRA = (
    "not_reasonable_to_complain_first",
    "informal_route_accepted",
    "informal_route_unsuccessful",
    "discussion_with_respondent_not_possible",
    "direct_to_external",
)


Source = Literal["scenario", "basic", "generated", "given"]


@dataclass(frozen=True)
class Sample:
    """A complaint, the day it is judged on, and where it comes from."""

    complaint: Complaint
    as_of: date | None = None
    label: str = ""
    source: Source = "given"

    def facts(self) -> dict[str, Any]:
        """The facts that are not a default, in field order (the required ones first)."""
        dumped = self.complaint.model_dump(mode="json", exclude_defaults=True)
        out = {k: dumped[k] for k in _REQUIRED}
        out.update({k: v for k, v in dumped.items() if k not in _REQUIRED})
        return out

    def complexity(self) -> int:
        """How many facts are not a default (each extra fact counts)."""
        c = self.complaint
        n = sum(1 for k, v in _DEFAULTS.items() if getattr(c, k) != v)
        for name, info in Complaint.model_fields.items():
            if name in _REQUIRED:
                continue
            value = getattr(c, name)
            if name == "extra":
                n += len(value)
            elif value != info.default:
                n += 1
        return n + (self.as_of is not None)


@dataclass(frozen=True)
class Outcome:
    """The parts of an assessment the behavioural diff compares."""

    standing: bool
    admissible: bool
    forward_to: str | None
    next_steps: tuple[tuple[str, str | None], ...]
    findings: tuple[str, ...]
    deadlines: Mapping[str, date]

    @classmethod
    def of(cls, a: Assessment) -> Outcome:
        codes = {f.code for f in (*a.standing.findings, *a.admissibility.findings, *a.findings)}
        return cls(
            standing=a.standing.ok,
            admissible=a.admissibility.ok,
            forward_to=a.forward_to.name if a.forward_to else None,
            next_steps=tuple((s.id, s.body) for s in a.next_steps),
            findings=tuple(sorted(codes)),
            deadlines={d.id: d.due for d in a.deadlines},
        )

    def value(self, kind: str) -> object:
        if kind.startswith("deadline:"):
            return self.deadlines.get(kind[9:])
        return {
            "standing": self.standing,
            "admissibility": self.admissible,
            "forward_to": self.forward_to,
            "next_steps": self.next_steps,
            "findings": self.findings,
        }[kind]

    def kinds(self, other: Outcome) -> list[str]:
        """The kinds of difference between this outcome and ``other``."""
        out = [k for k in _KINDS if self.value(k) != other.value(k)]
        ids = set(self.deadlines) | set(other.deadlines)
        out += [
            f"deadline:{d}"
            for d in _deadline_order(ids)
            if self.value(f"deadline:{d}") != other.value(f"deadline:{d}")
        ]
        return out

    def rows(self, lang: Lang) -> dict[str, str]:
        return {k: _show(k, self.value(k), lang) for k in _KINDS} | {
            f"deadline:{d}": _show("deadline", v, lang) for d, v in self.deadlines.items()
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "standing": self.standing,
            "admissible": self.admissible,
            "forward_to": self.forward_to,
            "next_steps": [{"id": i, "body": b} for i, b in self.next_steps],
            "findings": list(self.findings),
            "deadlines": {k: v.isoformat() for k, v in self.deadlines.items()},
        }


def _deadline_order(ids: Iterable[str]) -> list[str]:
    rank = {d: i for i, d in enumerate(DEADLINE_ORDER)}
    return sorted(ids, key=lambda d: (rank.get(d, len(rank)), d))


def _show(kind: str, value: object, lang: Lang) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return render("cond.yes" if value else "cond.no", lang)
    if isinstance(value, date):
        return value.isoformat()
    if kind == "next_steps" and isinstance(value, tuple):
        return ", ".join(f"{i} ({b})" if b else i for i, b in value) or "—"
    if isinstance(value, tuple):
        return ", ".join(map(str, value)) or "—"
    return str(value)


@dataclass(frozen=True)
class Witness:
    """The simplest complaint found whose outcome differs in one kind, both outcomes."""

    kind: str
    sample: Sample
    found: Sample
    old: Outcome
    new: Outcome
    count: int

    def label(self, lang: Lang) -> str:
        return _kind_label(self.kind, lang)


def _kind_label(kind: str, lang: Lang) -> str:
    if kind.startswith("deadline:"):
        return render("compare.behaviour.kind.deadline", lang, id=kind[9:])
    return render(f"compare.behaviour.kind.{kind}", lang)


@dataclass(frozen=True)
class BehaviourDiff:
    """The complaints whose outcome differs, per kind (see :func:`compare_behaviour`)."""

    old: Side
    new: Side
    examined: int
    sources: Mapping[str, int]
    seed: int | None
    witnesses: tuple[Witness, ...] = field(default=())

    @property
    def equal(self) -> bool:
        return not self.witnesses

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(w.kind for w in self.witnesses)

    def _intro(self, lang: Lang) -> list[str]:
        out = [
            render(
                "compare.behaviour.title",
                lang,
                old=self.old.label(lang),
                new=self.new.label(lang),
            ),
            render(
                "compare.behaviour.examined",
                lang,
                n=self.examined,
                scenarios=self.sources.get("scenario", 0),
                basic=self.sources.get("basic", 0),
                generated=self.sources.get("generated", 0),
                given=self.sources.get("given", 0),
                seed="—" if self.seed is None else self.seed,
            ),
        ]
        if self.equal:
            out.append(render("compare.behaviour.equal", lang))
        else:
            out.append(render("compare.behaviour.differs", lang, n=len(self.witnesses)))
        return out

    def _table(self, w: Witness, lang: Lang) -> list[list[str]]:
        old, new = w.old.rows(lang), w.new.rows(lang)
        keys = list(_KINDS) + [
            f"deadline:{d}" for d in _deadline_order(set(w.old.deadlines) | set(w.new.deadlines))
        ]
        rows = []
        for k in keys:
            a, b = old.get(k, "—"), new.get(k, "—")
            rows.append(["≠" if a != b else "", _kind_label(k, lang), a, b])
        return rows

    def groups(self) -> list[list[Witness]]:
        """The witnesses grouped by their (shrunk) complaint, in the order of first kind."""
        out: list[list[Witness]] = []
        for w in self.witnesses:
            same = (w.sample.complaint, w.sample.as_of)
            group = next(
                (g for g in out if (g[0].sample.complaint, g[0].sample.as_of) == same), None
            )
            if group is None:
                out.append([w])
            else:
                group.append(w)
        return out

    def _group_head(self, group: list[Witness], lang: Lang) -> list[str]:
        first = group[0]
        return [
            render(
                "compare.behaviour.witness",
                lang,
                kinds=", ".join(w.label(lang) for w in group),
                found=first.found.label,
            ),
            render("compare.behaviour.complaint", lang, facts=_facts_text(first.sample)),
            render(
                "compare.behaviour.as_of",
                lang,
                as_of=first.sample.as_of.isoformat() if first.sample.as_of else "—",
            ),
        ]

    def text(self, lang: Lang = "nl") -> str:
        out = self._intro(lang)
        for w in self.witnesses:
            out.append(f"  {w.label(lang)}: " + render("compare.behaviour.count", lang, n=w.count))
        for group in self.groups():
            head, complaint, as_of = self._group_head(group, lang)
            out += ["", head, f"  {complaint}", f"  {as_of}"]
            top = ["", "", render("compare.md.old", lang), render("compare.md.new", lang)]
            rows = [top, *self._table(group[0], lang)]
            widths = [max(len(r[i]) for r in rows) for i in range(4)]
            for r in rows:
                cells = [c.ljust(wd) for c, wd in zip(r, widths, strict=True)]
                out.append(("  " + "  ".join(cells)).rstrip())
        return "\n".join(out)

    def markdown(self, lang: Lang = "nl") -> str:
        out = ["## " + render("compare.behaviour.md_title", lang), ""]
        out += [*self._intro(lang)[1:], ""]
        out.extend(
            f"- {w.label(lang)}: " + render("compare.behaviour.count", lang, n=w.count)
            for w in self.witnesses
        )
        for group in self.groups():
            head, complaint, as_of = self._group_head(group, lang)
            out += ["", f"### {', '.join(w.label(lang) for w in group)}", "", head, ""]
            out += [f"- {complaint}", f"- {as_of}", ""]
            out.append(
                f"| | | {render('compare.md.old', lang)} | {render('compare.md.new', lang)} |"
            )
            out.append("|---|---|---|---|")
            for mark, label, a, b in self._table(group[0], lang):
                out.append(f"| {mark} | {label} | {a} | {b} |")
        return "\n".join(out).rstrip() + "\n"

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "examined": self.examined,
            "sources": dict(self.sources),
            "seed": self.seed,
            "equal": self.equal,
            "differences": [
                {
                    "kind": w.kind,
                    "label": w.label(lang),
                    "count": w.count,
                    "found": w.found.label,
                    "witness": {
                        "complaint": w.sample.facts(),
                        "as_of": w.sample.as_of.isoformat() if w.sample.as_of else None,
                    },
                    "old": w.old.to_json(),
                    "new": w.new.to_json(),
                }
                for w in self.witnesses
            ],
        }


def _facts_text(s: Sample) -> str:
    return ", ".join(f"{k}: {_fact(v)}" for k, v in s.facts().items())


def _fact(v: object) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_fact(x)}" for k, x in v.items()) + "}"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# ----------------------------------------------------------------- evaluating


@dataclass
class _Judge:
    old: Regulation
    new: Regulation
    calendar: LegalCalendar

    def outcomes(self, s: Sample) -> tuple[Outcome, Outcome]:
        a = evaluate(self.old, s.complaint, s.as_of, calendar=self.calendar)
        b = evaluate(self.new, s.complaint, s.as_of, calendar=self.calendar)
        return Outcome.of(a), Outcome.of(b)

    def differs(self, s: Sample, kind: str) -> bool:
        a, b = self.outcomes(s)
        return a.value(kind) != b.value(kind)


def _simpler(s: Sample) -> Iterator[Sample]:
    """Candidates one step simpler than ``s``: one fact back to its default."""
    if s.as_of is not None:
        yield Sample(s.complaint, None, s.label)
    data = s.complaint.model_dump()
    for name, info in Complaint.model_fields.items():
        if name in _REQUIRED:
            continue
        if name == "extra":
            for key in sorted(data["extra"]):
                extra = {k: v for k, v in data["extra"].items() if k != key}
                yield from _valid(s, {**data, "extra": extra})
        elif data[name] != info.default:
            yield from _valid(s, {**data, name: info.default})
    for name, default in _DEFAULTS.items():
        if data[name] != default:
            yield from _valid(s, {**data, name: default})


def _valid(s: Sample, data: dict[str, Any]) -> Iterator[Sample]:
    try:
        yield Sample(Complaint.model_validate(data), s.as_of, s.label)
    except (ValidationError, ValueError):
        return


def _shrink(judge: _Judge, s: Sample, kind: str) -> Sample:
    """Greedy: take the first simpler candidate that still differs in ``kind``, until none."""
    current = s
    changed = True
    while changed:
        changed = False
        for candidate in _simpler(current):
            if judge.differs(candidate, kind):
                current, changed = candidate, True
                break
    return current


def compare_behaviour(
    old: Regulation,
    new: Regulation,
    samples: Iterable[Sample],
    *,
    seed: int | None = None,
    calendar: LegalCalendar | None = None,
) -> BehaviourDiff:
    """Evaluate ``samples`` under both regulations; one shrunk witness per kind of difference.

    ``seed`` only says, in the report, which seed the generated samples came from (see
    :func:`generated_samples`). The witness of a kind is the sample with the fewest
    non-default facts among those that differ in it (the first one on a tie), shrunk
    one fact at a time.
    """
    judge = _Judge(old, new, calendar or default_calendar())
    found: dict[str, list[tuple[int, int, Sample, Outcome, Outcome]]] = {}
    items = list(samples)
    for n, s in enumerate(items):
        a, b = judge.outcomes(s)
        for kind in a.kinds(b):
            found.setdefault(kind, []).append((s.complexity(), n, s, a, b))
    witnesses = []
    for kind in _ordered_kinds(found):
        cases = found[kind]
        _, _, first, _, _ = min(cases, key=lambda c: (c[0], c[1]))
        small = _shrink(judge, first, kind)
        a, b = judge.outcomes(small)
        witnesses.append(Witness(kind, small, first, a, b, len(cases)))
    sources: dict[str, int] = {}
    for s in items:
        sources[s.source] = sources.get(s.source, 0) + 1
    return BehaviourDiff(
        old=Side.of(old),
        new=Side.of(new),
        examined=len(items),
        sources=sources,
        seed=seed,
        witnesses=tuple(witnesses),
    )


def _ordered_kinds(kinds: Iterable[str]) -> list[str]:
    ks = set(kinds)
    out = [k for k in _KINDS if k in ks]
    out += [
        f"deadline:{d}" for d in _deadline_order(k[9:] for k in ks if k.startswith("deadline:"))
    ]
    return out


# ----------------------------------------------------------------- where samples come from


def scenario_samples(name: str, scenarios: Sequence[Mapping[str, Any]]) -> list[Sample]:
    """Samples from the scenarios of one scenario file (each ``{name, complaint, as_of}``)."""
    return [
        Sample(
            Complaint.model_validate(s["complaint"]),
            s.get("as_of"),
            f"{name}: {s['name']}",
            "scenario",
        )
        for s in scenarios
    ]


#: The receipt date of the basic samples: Thursday 24 December 2026, so that terms in
#: working days cross Christmas and New Year.
BASIC_RECEIPT = date(2026, 12, 24)


def basic_samples(old: Regulation, new: Regulation) -> list[Sample]:
    """A fixed grid of simple complaints, received on :data:`BASIC_RECEIPT`.

    Every channel with every role, nothing else; then a client's letter with one fact
    switched on (each yes/no fact of a complaint, ``satisfied`` false and true, each
    extra fact either regulation refers to).
    """
    out = [
        Sample(
            Complaint(received_on=BASIC_RECEIPT, channel=channel, complainant_role=role),
            None,
            f"basis: {channel}, {role}",
            "basic",
        )
        for channel in CHANNELS
        for role in ROLES
    ]
    letter: dict[str, Any] = {
        "received_on": BASIC_RECEIPT,
        "channel": "letter",
        "complainant_role": "client",
    }
    switches: list[tuple[str, dict[str, Any]]] = [
        (name, {name: True})
        for name, info in Complaint.model_fields.items()
        if name not in _REQUIRED and info.annotation is bool
    ]
    switches += [("satisfied=false", {"satisfied": False}), ("satisfied=true", {"satisfied": True})]
    facts, _ = _extra_facts([old, new])
    switches += [(f"extra.{f}", {"extra": {f: True}}) for f in facts]
    out += [
        Sample(Complaint.model_validate({**letter, **facts_on}), None, f"basis: {name}", "basic")
        for name, facts_on in switches
    ]
    return out


def _extra_facts(regs: Sequence[Regulation]) -> tuple[list[str], list[str]]:
    """The extra facts (yes/no) and extra dates the regulations refer to."""
    facts: set[str] = set(_DEFAULT_EXTRA)
    dates: set[str] = set()

    def visit(c: Condition | None) -> None:
        if c is None:
            return
        if c.fact is not None and c.fact.startswith("extra."):
            facts.add(c.fact[6:])
        for sub in (c.any or []) + (c.all or []) + ([c.not_] if c.not_ is not None else []):
            visit(sub)

    for reg in regs:
        for step in reg.escalation.values():
            visit(step.open_when)
        for route in reg.routing.values():
            visit(route.when)
            visit(route.unless)
        for ground in reg.admissibility.values():
            if ground.fact is not None and ground.fact.startswith("extra."):
                facts.add(ground.fact[6:])
        for term in reg.terms.values():
            dated = START_EVENTS.get(term.start or "", "")
            if dated.startswith("extra."):
                dates.add(dated[6:])
    return sorted(facts), sorted(dates)


def _sparse(c: Complaint, as_of: date | None, keep: Iterable[str]) -> tuple[Complaint, date | None]:
    """``c`` with only the required facts and those named in ``keep``, switched on.

    A yes/no fact (plain or extra) becomes true, ``satisfied`` keeps its value or becomes
    false, a date keeps its drawn value (and is left out when none was drawn).
    """
    data: dict[str, Any] = {k: getattr(c, k) for k in _REQUIRED}
    extra: dict[str, Any] = {}
    when = None
    for name in sorted(keep):
        if name == "as_of":
            when = as_of
        elif name.startswith("extra."):
            value = c.extra.get(name[6:])
            extra[name[6:]] = value if isinstance(value, date) else True
        elif name == "satisfied":
            data[name] = c.satisfied if c.satisfied is not None else False
        elif Complaint.model_fields[name].annotation is bool:
            data[name] = True
        elif getattr(c, name) is not None:
            data[name] = getattr(c, name)
    data["extra"] = {k: v for k, v in extra.items() if v is not None}
    return Complaint.model_validate(data), when


def generated_samples(old: Regulation, new: Regulation, n: int, seed: int) -> list[Sample]:
    """``2n`` samples from :func:`klachtregels.testing.complaints`, deterministic in ``seed``.

    Each of the ``n`` draws is used as drawn, and in a *sparse* form: the required
    facts and up to three others (also drawn), switched on. Raw draws switch many
    facts on at once, so most are inadmissible for reasons both versions share; the
    sparse ones show a single rule at work. Receipt between 2026 and 2027; the extra
    facts both regulations refer to (and the strategy's own) as yes/no, the extra
    dates that terms start from, and an ``as_of`` of none or up to 150 days after
    receipt.
    """
    if n <= 0:
        return []
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis import strategies as st

    from klachtregels.testing import complaints, dates

    facts, extra_dates = _extra_facts([old, new])
    extra = st.fixed_dictionaries({}, optional={f: st.booleans() for f in facts})
    offsets = st.fixed_dictionaries({}, optional={d: st.integers(0, 120) for d in extra_dates})
    names = [
        *(k for k in Complaint.model_fields if k not in (*_REQUIRED, "extra")),
        *(f"extra.{f}" for f in (*facts, *extra_dates)),
        "as_of",
    ]
    out: list[Sample] = []

    @fixed_seed(seed)
    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(
        complaints(dates(GENERATED_FROM, GENERATED_UNTIL), extra=extra),
        offsets,
        st.one_of(st.none(), st.integers(0, 150)),
        st.sets(st.sampled_from(names), max_size=3),
    )
    def collect(c: Complaint, days: dict[str, int], after: int | None, keep: set[str]) -> None:
        if len(out) >= 2 * n:
            return
        if days:
            values = {**c.extra, **{k: c.received_on + timedelta(v) for k, v in days.items()}}
            c = c.model_copy(update={"extra": values})
        as_of = None if after is None else c.received_on + timedelta(after)
        number = len(out) // 2 + 1
        out.append(Sample(c, as_of, f"hypothesis #{number}", "generated"))
        sparse, when = _sparse(c, as_of, keep)
        out.append(Sample(sparse, when, f"hypothesis #{number}/sparse", "generated"))

    collect()
    return out
