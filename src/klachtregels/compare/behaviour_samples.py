"""The complaints the behavioural diff judges, and where they come from.

A :class:`Sample` is a complaint with the day it is judged on; it knows which of its
facts are not a default (:meth:`Sample.facts`, :meth:`Sample.complexity`) and which
samples are one fact simpler (:func:`simpler`), so that a witness can be shrunk.
Samples come from scenario files (:func:`scenario_samples`), a fixed grid of basic
complaints, one fact at a time (:func:`basic_samples`), and draws from the public
hypothesis strategy :func:`klachtregels.testing.complaints`, deterministic in a seed
(:func:`generated_samples`; needs ``hypothesis``, the ``test`` extra). Which facts a
complaint has, and which are yes/no, comes from the vocabulary
(:data:`~klachtregels.model.vocabulary.FACTS`) and the complaint model.
"""

from __future__ import annotations

import contextlib
import importlib
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import ValidationError

from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import Condition, Regulation
from klachtregels.model.vocabulary import (
    CHANNELS,
    FACTS,
    ROLES,
    START_EVENTS,
    Channel,
    FactType,
    Role,
)

__all__ = [
    "BASIC_RECEIPT",
    "GENERATED_FROM",
    "GENERATED_UNTIL",
    "Sample",
    "Source",
    "basic_samples",
    "generated_samples",
    "scenario_samples",
    "simpler",
]

#: Receipt dates of generated complaints: two whole years, so that weekdays, holidays
#: and month ends all occur.
GENERATED_FROM = date(2026, 1, 1)
GENERATED_UNTIL = date(2027, 12, 31)

#: The facts every complaint has (the complaint model's required fields).
_REQUIRED = tuple(name for name, info in Complaint.model_fields.items() if info.is_required())
#: Fields that are no fact of the complaint: the caller's case id changes no answer.
_NOT_FACTS = ("id",)

#: What a witness is shrunk towards for the required facts that are no date: the
#: behavioural diff's own choice, not the vocabulary's. A letter from the client is the
#: plainest complaint there is (Wkkgz art. 14 lid 1: "schriftelijk ... door de cliënt"),
#: so a witness names another channel or role only when that makes the difference.
_DEFAULT_CHANNEL: Channel = "letter"
_DEFAULT_ROLE: Role = "client"
_DEFAULTS: Mapping[str, object] = {"channel": _DEFAULT_CHANNEL, "complainant_role": _DEFAULT_ROLE}

#: The extra facts :func:`klachtregels.testing.complaints` draws when it is given no
#: ``extra`` (its own table, restated here: that module needs hypothesis, which the basic
#: samples must not). The basic and generated samples switch them on as well as the
#: extra facts the regulations refer to.
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
            if name in _REQUIRED or name in _NOT_FACTS:
                continue
            value = getattr(c, name)
            if name == "extra":
                n += len(value)
            elif value != info.default:
                n += 1
        return n + (self.as_of is not None)


def simpler(s: Sample) -> Iterator[Sample]:
    """Candidates one step simpler than ``s``: one fact back to its default."""
    if s.as_of is not None:
        yield Sample(s.complaint, None, s.label)
    data = s.complaint.model_dump()
    for name, info in Complaint.model_fields.items():
        if name in _REQUIRED or name in _NOT_FACTS:
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
    switched on: each yes/no fact of the vocabulary, one that may be unknown
    (``satisfied``) false and true, each extra fact either regulation refers to.
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
    letter: dict[str, Any] = {"received_on": BASIC_RECEIPT, **_DEFAULTS}
    switches: list[tuple[str, dict[str, Any]]] = [
        (name, {name: True}) for name in _facts_of("flag")
    ]
    switches += [
        (f"{name}={'true' if value else 'false'}", {name: value})
        for name in _facts_of("maybe")
        for value in (False, True)
    ]
    facts, _ = _extra_facts([old, new])
    switches += [(f"extra.{f}", {"extra": {f: True}}) for f in facts]
    out += [
        Sample(Complaint.model_validate({**letter, **facts_on}), None, f"basis: {name}", "basic")
        for name, facts_on in switches
    ]
    return out


def _facts_of(kind: FactType) -> list[str]:
    """The facts of the vocabulary of one type that a complaint records, in their order."""
    return [f.name for f in FACTS.values() if f.type == kind]


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

    A yes/no fact (plain or extra) becomes true, one that may be unknown (``satisfied``)
    keeps its value or becomes false, a date keeps its drawn value (and is left out when
    none was drawn).
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
        elif name in FACTS and FACTS[name].type == "maybe":
            known = getattr(c, name)
            data[name] = known if known is not None else False
        elif name in FACTS and FACTS[name].type == "flag":
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
        *(k for k in Complaint.model_fields if k not in (*_REQUIRED, *_NOT_FACTS, "extra")),
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

    with isolated_hypothesis():
        collect()
    return out


@contextlib.contextmanager
def isolated_hypothesis() -> Iterator[None]:
    """Hypothesis as a pure function of the seed: no ``.hypothesis/`` cache in the current
    folder (a temporary one, removed afterwards), and none of the constants hypothesis
    otherwise gathers from the source of local modules (an editable install of this
    package), which would make the samples of a seed change with any edit to the code."""
    from hypothesis import configuration

    providers: Any
    try:
        providers = importlib.import_module("hypothesis.internal.conjecture.providers")
    except ImportError:  # pragma: no cover - a hypothesis without that module
        providers = None
    before = getattr(configuration, "__hypothesis_home_directory", None)
    local = getattr(providers, "_get_local_constants", None)
    with tempfile.TemporaryDirectory(prefix="klachtregels-hypothesis-") as folder:
        configuration.set_hypothesis_home_dir(folder)
        if local is not None:
            empty = providers.Constants()
            providers._get_local_constants = lambda: empty
            providers.CONSTANTS_CACHE.cache.clear()  # built with the local constants
        try:
            yield
        finally:
            configuration.set_hypothesis_home_dir(before)
            if local is not None:
                providers._get_local_constants = local
                providers.CONSTANTS_CACHE.cache.clear()
