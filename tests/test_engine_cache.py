"""What the engine remembers lives in the engine: regulations and calendars stay plain
values that pickle, plans go with their regulation, and threads agree with a serial run."""

from __future__ import annotations

import gc
import pickle
import threading
from datetime import date, timedelta

import pytest

import klachtregels as kr
from klachtregels.engine.evaluate import DEFAULT_ENGINE, Engine
from klachtregels.law.calendar import DecreeDays, LegalCalendar

IDS = sorted(kr.regulations())


def _complaints(n: int) -> list[kr.Complaint]:
    """Complaints spread over days, channels, roles and facts (deterministic)."""
    channels = ["letter", "email", "web_form", "phone", "in_person"]
    roles = ["client", "legal_representative", "surviving_relative", "other"]
    out = []
    for i in range(n):
        received = date(2025, 1, 1) + timedelta(days=(i * 7) % 700)
        out.append(
            kr.Complaint.model_validate(
                {
                    "received_on": received,
                    "channel": channels[i % len(channels)],
                    "complainant_role": roles[i % len(roles)],
                    "event_on": received - timedelta(days=(i * 37) % 1000),
                    "extension_notified_on": received + timedelta(days=30 + i % 20)
                    if i % 3 == 0
                    else None,
                    "judgment_on": received + timedelta(days=40 + i % 40) if i % 4 == 0 else None,
                    "satisfied": [None, True, False][i % 3],
                    "involuntary_care": i % 11 == 0,
                }
            )
        )
    return out


def _dumps(reg: kr.Regulation, cs: list[kr.Complaint], engine: Engine | None = None) -> list[str]:
    ev = engine.evaluate if engine else kr.evaluate
    return [repr(ev(reg, c, date(2026, 6, 1)).model_dump(mode="json")) for c in cs]


@pytest.mark.parametrize("ident", IDS)
def test_a_regulation_pickles_before_and_after_evaluation(ident: str) -> None:
    reg = kr.load(ident)
    before = pickle.dumps(reg)
    cs = _complaints(40)
    expected = _dumps(reg, cs)
    after = pickle.dumps(reg)
    assert len(after) == len(before)  # evaluating leaves nothing on the regulation
    copy = pickle.loads(after)
    assert copy == reg
    assert _dumps(copy, cs) == expected


def test_a_calendar_keeps_no_due_dates() -> None:
    cal = LegalCalendar(decree_days=DecreeDays.CLOSED)
    reg = kr.load("livio")
    size = len(pickle.dumps(cal))
    for c in _complaints(30):
        kr.evaluate(reg, c, calendar=cal)
    assert len(pickle.dumps(cal)) == size


def test_a_plan_goes_when_its_regulation_does() -> None:
    engine = Engine()
    reg = kr.load("livio").model_copy()  # kr.load keeps its own (cached) object alive
    engine.evaluate(reg, _complaints(1)[0])
    assert len(engine._plans) == 1
    del reg
    gc.collect()
    assert len(engine._plans) == 0


def test_a_copy_with_other_rules_gets_its_own_plan() -> None:
    reg = kr.load("livio")
    c = kr.Complaint.model_validate(
        {"received_on": "2026-12-24", "channel": "email", "complainant_role": "client"}
    )
    assert kr.evaluate(reg, c).standing.findings[0].code == "standing"
    # Without its own standing rules, only the law's floor gives the client standing.
    copy = reg.model_copy(update={"standing": {}})
    assert [f.code for f in kr.evaluate(copy, c).standing.findings] == ["standing_by_law"]
    assert kr.evaluate(reg, c).standing.findings[0].code == "standing"


def test_an_engine_of_ones_own_answers_the_same_and_clears() -> None:
    reg = kr.load("cmv-coaching")
    cs = _complaints(60)
    engine = Engine()
    assert _dumps(reg, cs, engine) == _dumps(reg, cs, DEFAULT_ENGINE)
    engine.clear()
    assert len(engine._plans) == 0
    assert _dumps(reg, cs, engine) == _dumps(reg, cs, DEFAULT_ENGINE)


@pytest.mark.parametrize("ident", IDS)
def test_eight_threads_agree_with_a_serial_run(ident: str) -> None:
    reg = kr.load(ident)
    cs = _complaints(400)
    calendars = [LegalCalendar(), LegalCalendar(decree_days=DecreeDays.CLOSED)]
    serial = {
        (i, k): repr(kr.evaluate(reg, c, date(2026, 6, 1), calendar=cal).model_dump("json"))
        for k, cal in enumerate(calendars)
        for i, c in enumerate(cs)
    }
    engine = Engine()  # starts empty: the threads race to build the plan and the memos
    results: dict[tuple[int, int], str] = {}
    wrong: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(t: int) -> None:
        try:
            barrier.wait()
            for i in range(t % 2, len(cs), 2):  # halves: every item done by four threads
                for k, cal in enumerate(calendars):
                    a = engine.evaluate(reg, cs[i], date(2026, 6, 1), calendar=cal)
                    results[(i, k)] = repr(a.model_dump("json"))
                    if results[(i, k)] != serial[(i, k)]:
                        wrong.append((i, k))
        except BaseException as e:  # a thread's failure must fail the test
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert wrong == []
    assert results == serial
