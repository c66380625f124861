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
scenario files is the caller's. The samples and where they come from are in
:mod:`~klachtregels.compare.behaviour_samples` (this module exports its names too);
here they are judged, compared and shrunk, and the result is rendered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from klachtregels.compare.behaviour_samples import (
    BASIC_RECEIPT,
    GENERATED_FROM,
    GENERATED_UNTIL,
    Sample,
    basic_samples,
    generated_samples,
    scenario_samples,
    simpler,
)
from klachtregels.compare.values import Side
from klachtregels.engine.assessment import Assessment
from klachtregels.engine.evaluate import evaluate
from klachtregels.law.calendar import LegalCalendar, default_calendar
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Regulation
from klachtregels.model.vocabulary import DEADLINE_ORDER

__all__ = [
    "BASIC_RECEIPT",
    "GENERATED_FROM",
    "GENERATED_UNTIL",
    "BehaviourDiff",
    "Outcome",
    "Sample",
    "Witness",
    "basic_samples",
    "compare_behaviour",
    "generated_samples",
    "scenario_samples",
]

#: The kinds of difference besides deadlines: the parts of an assessment the behavioural
#: diff compares, in the order it reports them (its own choice; the deadlines follow, in
#: the vocabulary's order of deadlines, as ``deadline:<id>``).
_KINDS = ("standing", "admissibility", "forward_to", "next_steps", "findings")
_DEADLINE = "deadline:"


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
        if kind.startswith(_DEADLINE):
            return self.deadlines.get(kind.removeprefix(_DEADLINE))
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
            f"{_DEADLINE}{d}"
            for d in _deadline_order(ids)
            if self.value(f"{_DEADLINE}{d}") != other.value(f"{_DEADLINE}{d}")
        ]
        return out

    def rows(self, lang: Lang) -> dict[str, str]:
        return {k: _show(k, self.value(k), lang) for k in _KINDS} | {
            f"{_DEADLINE}{d}": _show("deadline", v, lang) for d, v in self.deadlines.items()
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
    if kind.startswith(_DEADLINE):
        return render("compare.behaviour.kind.deadline", lang, id=kind.removeprefix(_DEADLINE))
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
            f"{_DEADLINE}{d}" for d in _deadline_order(set(w.old.deadlines) | set(w.new.deadlines))
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


def _shrink(judge: _Judge, s: Sample, kind: str) -> Sample:
    """Greedy: take the first simpler candidate that still differs in ``kind``, until none.

    A candidate counts only when it has fewer facts: one that folds back into the same
    complaint (a day its events give again) would otherwise be taken for ever."""
    current = s
    changed = True
    while changed:
        changed = False
        size = current.complexity()
        for candidate in simpler(current):
            if candidate.complexity() < size and judge.differs(candidate, kind):
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
        f"{_DEADLINE}{d}"
        for d in _deadline_order(k.removeprefix(_DEADLINE) for k in ks if k.startswith(_DEADLINE))
    ]
    return out
