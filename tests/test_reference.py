"""The fast evaluator equals the reference evaluator (issue 10 item 4, issue 11).

:func:`klachtregels.evaluate_reference` reads every rule straight from the effective
regulation, with no plan and no memo. For any complaint (flat fields, history events,
extra facts) judged on any day (before its receipt, after it, or none), in both
languages, the fast evaluator's JSON must be the reference's, field for field. CI draws
500 complaints per regulation; ``pytest -m slow`` draws 20,000. The changed regulations
of ``tests/test_fields_act.py`` (a rule dropped, a floor narrowed, ...) are checked the
same way, on fewer complaints each, and so are all five on a second calendar. Every
hand-worked scenario must hold under the reference as it does under the fast path.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import klachtregels as kr
from klachtregels.engine.scenarios import (
    Loaded,
    Scenario,
    bundled_scenario_files,
    compare,
    read_file,
    regulation_for,
)
from klachtregels.law.calendar import DecreeDays, LegalCalendar
from klachtregels.law.terms import Term
from klachtregels.testing import as_of_dates, complaints, dates

REGULATIONS = {ident: kr.load(ident) for ident in kr.regulations()}
IDS = sorted(REGULATIONS)


#: Receipt late in the calendar (it ends in 2100), where terms run past its last day.
_LATE = dates(date(2100, 6, 1), date(2100, 12, 31))


@st.composite
def cases(draw: st.DrawFn) -> tuple[kr.Complaint, date | None]:
    """A complaint with its history, and a day to judge it on (or none).

    Most complaints are left to run their course (no withdrawal, nothing to forward, no
    bar to admissibility), so that the judgment, its extension and the route are reached
    often; some have a young client, an event long ago or a receipt near the calendar's
    end, where the age bands, the twenty-year long-stop and uncomputable days act."""
    received = st.one_of(dates(), _LATE) if draw(st.integers(0, 9)) == 0 else dates()
    c = draw(complaints(received, history=True))
    facts = c.model_dump(exclude_defaults=True)
    if draw(st.integers(0, 3)):
        facts.pop("withdrawn_on", None)
        facts["events"] = [e for e in facts.get("events", ()) if e["kind"] != "withdrawal"]
    if draw(st.integers(0, 3)):
        facts.update(concerns_other_provider=False, involuntary_care=False)
    if draw(st.booleans()):
        facts.update(anonymous=False, same_complaint_decided=False, same_complaint_pending=False)

    def back(years: int) -> date:
        return c.received_on - timedelta(days=draw(st.integers(0, years * 366)))

    if draw(st.integers(0, 3)) == 0:
        facts["client_birth_date"] = back(20)
    if draw(st.integers(0, 3)) == 0:
        facts["event_on"] = back(30)
    if draw(st.integers(0, 2)) == 0:
        facts["complainant_role"] = "client"
    if draw(st.integers(0, 3)) == 0:  # a notice near the end of the six weeks
        facts.pop("extension_notified_on", None)
        on = c.received_on + timedelta(days=draw(st.integers(30, 45)))
        until = draw(st.one_of(st.none(), st.integers(0, 50).map(lambda n: on + timedelta(n))))
        channel = draw(st.sampled_from(("letter", "email", "phone")))
        notice: dict[str, Any] = {"kind": "extension_notice", "on": on, "channel": channel}
        if until is not None:
            notice["until"] = until
        elif draw(st.booleans()):
            notice["term"] = draw(st.sampled_from(("een week", "twee weken", "vier weken")))
        facts["events"] = [*facts.get("events", ()), notice]
    c = kr.Complaint.model_validate(facts)
    return c, draw(as_of_dates(c.received_on))


def _outcome(f: Any, *args: Any, **kwargs: Any) -> Any:
    """The assessment's JSON, or the kind of error it raised."""
    try:
        return f(*args, **kwargs).model_dump(mode="json")
    except kr.KlachtregelsError as e:  # both must raise the same
        return type(e).__name__


def _first_difference(fast: Any, ref: Any, path: str = "") -> tuple[str, Any, Any] | None:
    """Where two JSON values first differ: the path, and each side's value there."""
    if isinstance(fast, dict) and isinstance(ref, dict) and fast.keys() == ref.keys():
        pairs: list[tuple[Any, Any, Any]] = [(k, fast[k], ref[k]) for k in fast]
    elif isinstance(fast, list) and isinstance(ref, list) and len(fast) == len(ref):
        pairs = list(zip(range(len(fast)), fast, ref, strict=True))
    else:
        return None if fast == ref else (path, fast, ref)
    for key, a, b in pairs:
        found = _first_difference(a, b, f"{path}.{key}" if path else str(key))
        if found is not None:
            return found
    return None


def _assert_same(
    reg: kr.Regulation,
    c: kr.Complaint,
    as_of: date | None,
    calendar: LegalCalendar | None = None,
) -> None:
    for lang in ("nl", "en"):
        fast = _outcome(kr.evaluate, reg, c, as_of, lang=lang, calendar=calendar)
        ref = _outcome(kr.evaluate_reference, reg, c, as_of, lang=lang, calendar=calendar)
        found = _first_difference(fast, ref)
        if found is not None:
            where, got, want = found
            pytest.fail(f"{lang} {where}: fast {got!r} != reference {want!r}")


@pytest.mark.parametrize("ident", IDS)
@settings(max_examples=500, deadline=None)
@given(case=cases())
def test_fast_equals_reference(ident: str, case: tuple[kr.Complaint, date | None]) -> None:
    _assert_same(REGULATIONS[ident], *case)


@pytest.mark.slow
@pytest.mark.parametrize("ident", IDS)
@settings(max_examples=20_000, deadline=None)
@given(case=cases())
def test_fast_equals_reference_many(ident: str, case: tuple[kr.Complaint, date | None]) -> None:
    _assert_same(REGULATIONS[ident], *case)


#: A provider closed on the 2nd, 3rd and 16th of every month and on decree days: its
#: working days differ from the default calendar's, and the fast path's memo of due
#: dates, kept per calendar, must not mix the two.
_CLOSED = LegalCalendar(
    decree_days=DecreeDays.CLOSED,
    closures=[date(y, m, d) for y in range(2016, 2082) for m in range(1, 13) for d in (2, 3, 16)],
)


@settings(max_examples=60, deadline=None)
@given(case=cases())
def test_fast_equals_reference_on_another_calendar(case: tuple[kr.Complaint, date | None]) -> None:
    for reg in REGULATIONS.values():
        _assert_same(reg, *case, calendar=_CLOSED)
        _assert_same(reg, *case)


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, kr.Regulation]:
    """The changed regulations of ``tests/test_fields_act.py`` (one per field that acts: a
    floor narrowed, a rule dropped, ...) and terms changed against the law's floor, beyond
    the bundled five."""
    from test_fields_act import ACTS, _load, rule

    tmp = tmp_path_factory.mktemp("variants")
    out = {".".join(f): change(_load(ident, tmp)) for f, (ident, change, _, _) in ACTS.items()}
    for name, ident, term_id, update in _TERM_VARIANTS:
        out[name] = rule("terms", term_id, **update)(kr.load(ident))
    return out


#: Terms changed against the law's floor: later or sooner than the law, from another start.
_TERM_VARIANTS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("judgment later", "livio", "judgment", {"term": Term.parse("acht weken")}),
    ("judgment sooner", "livio", "judgment", {"term": Term.parse("vier weken")}),
    ("extension longer", "livio", "judgment_extension", {"term": Term.parse("zes weken")}),
    ("judgment from receipt", "livio", "judgment", {"start": "receipt"}),
    ("judgment in days", "cmv-coaching", "judgment", {"term": Term.parse("30 dagen")}),
    (
        "measures from receipt",
        "bij-elkaar",
        "measures",
        {"term": Term.parse("twee maanden"), "start": "receipt", "atw": False},
    ),
)


@settings(max_examples=30, deadline=None)
@given(case=cases())
def test_fast_equals_reference_on_changed_regulations(
    variants: dict[str, kr.Regulation], case: tuple[kr.Complaint, date | None]
) -> None:
    for reg in variants.values():
        _assert_same(reg, *case)


def test_fast_equals_reference_on_each_changed_regulations_own_case(
    variants: dict[str, kr.Regulation],
) -> None:
    from test_fields_act import ACTS

    for f, (_, _, facts, as_of) in ACTS.items():
        _assert_same(variants[".".join(f)], kr.Complaint.model_validate(facts), as_of)


SCENARIOS = [
    pytest.param(loaded, s, id=f"{loaded.path.parent.name}: {s.name}")
    for path in bundled_scenario_files()
    for loaded in [read_file(path)]
    for s in loaded.file.scenarios
]


@pytest.mark.parametrize(("loaded", "scenario"), SCENARIOS)
def test_scenario_under_the_reference(loaded: Loaded, scenario: Scenario) -> None:
    reg = regulation_for(loaded, scenario)
    c = kr.Complaint.model_validate(scenario.complaint)
    assert compare(kr.evaluate_reference(reg, c, scenario.as_of), scenario.expect) == []
    _assert_same(reg, c, scenario.as_of)


def test_the_reference_reads_no_plan_and_no_memo() -> None:
    # It must be an independent reading: none of the fast path's modules.
    import ast
    from pathlib import Path

    engine = Path(kr.__file__).parent / "engine"
    fast = {"plan", "checks", "readers", "context", "deadlines", "judgment", "evaluate"}
    for path in sorted(engine.glob("reference*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        names = {
            n.module
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.module is not None
        } | {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        used = {name.rsplit(".", 1)[-1] for name in names if name.startswith("klachtregels.engine")}
        assert used.isdisjoint(fast), (path.name, sorted(used & fast))
