"""Properties of the evaluator on generated complaints, for every bundled regulation."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import klachtregels as kr
from klachtregels.law.calendar import default_calendar
from klachtregels.messages import Lang
from klachtregels.model.vocabulary import ROLE_IS_A
from klachtregels.testing import complaints, dates

REGULATIONS = {ident: kr.load(ident) for ident in kr.regulations()}
IDS = sorted(REGULATIONS)
SETTINGS = settings(max_examples=120, deadline=None)


@pytest.mark.parametrize("ident", IDS)
@SETTINGS
@given(c=complaints(), as_of=st.one_of(st.none(), dates()))
def test_evaluation_gives_an_assessment_and_json_for_any_complaint(
    ident: str, c: kr.Complaint, as_of: date | None
) -> None:
    a = kr.evaluate(REGULATIONS[ident], c, as_of)
    dumped = a.model_dump(mode="json")
    assert json.loads(json.dumps(dumped)) == dumped
    assert a.next_steps == [s for s in a.route if s.open]
    assert a.explain("nl")
    assert a.explain("en")


@pytest.mark.parametrize("ident", IDS)
@SETTINGS
@given(c=complaints(), as_of=st.one_of(st.none(), dates()))
def test_deadlines_never_before_their_start(
    ident: str, c: kr.Complaint, as_of: date | None
) -> None:
    for d in kr.evaluate(REGULATIONS[ident], c, as_of).deadlines:
        assert d.due >= d.start, d.id


@pytest.mark.parametrize("ident", IDS)
@SETTINGS
@given(c=complaints())
def test_atw_extended_and_statutory_judgment_deadlines_are_atw_days(
    ident: str, c: kr.Complaint
) -> None:
    cal = default_calendar()
    for d in kr.evaluate(REGULATIONS[ident], c).deadlines:
        if d.atw_extended or d.id in ("judgment", "judgment_extended"):
            assert cal.is_atw_day(d.due), (d.id, d.due)


@pytest.mark.parametrize("ident", IDS)
@SETTINGS
@given(c=complaints(), first=dates(), days=st.integers(0, 2000))
def test_inadmissible_stays_inadmissible_when_only_as_of_changes(
    ident: str, c: kr.Complaint, first: date, days: int
) -> None:
    reg = REGULATIONS[ident]
    one = kr.evaluate(reg, c, first)
    other = kr.evaluate(reg, c, first + timedelta(days=days))
    assert one.admissibility.ok == other.admissibility.ok
    assert one.standing.ok == other.standing.ok


@pytest.mark.parametrize("ident", IDS)
@SETTINGS
@given(c=complaints(), as_of=st.one_of(st.none(), dates()))
def test_same_input_same_output_and_input_untouched(
    ident: str, c: kr.Complaint, as_of: date | None
) -> None:
    reg = REGULATIONS[ident]
    before_c, before_reg = c.model_dump(), reg.model_dump()
    first = kr.evaluate(reg, c, as_of).model_dump(mode="json")
    second = kr.evaluate(reg, c, as_of).model_dump(mode="json")
    assert first == second
    assert c.model_dump() == before_c
    assert reg.model_dump() == before_reg


def _calendars() -> dict[str, kr.LegalCalendar]:
    """The default calendar, and one whose due dates differ: decree days closed, and a
    closure."""
    closed = kr.LegalCalendar(decree_days=kr.DecreeDays.CLOSED, closures=[date(2025, 12, 29)])
    return {"plain": kr.LegalCalendar(), "closed": closed}


WARM = _calendars()


@pytest.mark.parametrize("ident", IDS)
@settings(max_examples=20, deadline=None)  # builds two calendars per example
@given(
    c=complaints(),
    others=st.lists(complaints(), max_size=4),
    as_of=st.one_of(st.none(), dates()),
    lang=st.sampled_from(["nl", "en"]),
)
def test_what_was_evaluated_before_does_not_change_the_answer(
    ident: str, c: kr.Complaint, others: list[kr.Complaint], as_of: date | None, lang: Lang
) -> None:
    # The evaluator remembers due dates per calendar, and shares deadlines, findings and
    # routes between assessments. The answer on calendars used for many complaints
    # before, in both languages, must equal the answer on new calendars.
    reg = REGULATIONS[ident]
    for other in others:
        for cal in WARM.values():
            kr.evaluate(reg, other, as_of, calendar=cal, lang="en" if lang == "nl" else "nl")
            kr.evaluate(reg, other, as_of, calendar=cal, lang=lang)
    cold = _calendars()
    for name, cal in WARM.items():
        warm = kr.evaluate(reg, c, as_of, calendar=cal, lang=lang)
        # Every due date was counted on the calendar asked for ...
        assert all(d.computation and d.computation.calendar is cal for d in warm.deadlines)
        # ... and says what it would say on a calendar that has seen nothing before.
        fresh = kr.evaluate(reg, c, as_of, calendar=cold[name], lang=lang)
        assert warm.model_dump(mode="json") == fresh.model_dump(mode="json"), name


@pytest.mark.parametrize("ident", IDS)
@SETTINGS
@given(c=complaints())
def test_standing_needs_a_standing_rule_for_the_role_and_admissibility_needs_standing(
    ident: str, c: kr.Complaint
) -> None:
    reg = REGULATIONS[ident]
    a = kr.evaluate(reg, c)
    if a.standing.ok:
        # A rule for the role, or for the broader role it is a case of, in the regulation or
        # among the law's rights (floors).
        roles = {c.complainant_role, ROLE_IS_A.get(c.complainant_role)}
        rules = [*reg.standing.values(), *reg.floors("standing").values()]
        assert any(r.role in roles for r in rules)
    else:
        assert not a.admissibility.ok


@SETTINGS
@given(c=complaints())
def test_without_as_of_no_status_depends_on_today(c: kr.Complaint) -> None:
    for d in kr.evaluate(REGULATIONS["livio"], c).deadlines:
        # Duties whose fulfilment the complaint records: filing and the damages claim
        # (by receipt), the judgment (judgment_on). Nothing else may get a status.
        done = {
            "filing": c.received_on,
            "damages_limitation": c.received_on,
            "damages_long_stop": c.received_on,
            "damages_limitation_minor": c.received_on,
            "judgment": c.judgment_on,
            "judgment_extended": c.judgment_on,
        }.get(d.id)
        if done is None:
            assert d.status is None, d.id
