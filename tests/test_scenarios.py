"""The scenario files in regelingen/<provider>/scenarios.yaml, one test per scenario."""

from __future__ import annotations

import pytest

from klachtregels.cli import main
from klachtregels.engine.scenarios import Loaded, Scenario, bundled_scenario_files, read_file, run

CASES = [
    pytest.param(loaded, s, id=f"{loaded.path.parent.name}: {s.name}")
    for path in bundled_scenario_files()
    for loaded in [read_file(path)]
    for s in loaded.file.scenarios
]


def test_every_regulation_has_at_least_ten_scenarios() -> None:
    counts = {p.parent.name: len(read_file(p).file.scenarios) for p in bundled_scenario_files()}
    assert set(counts) == {"bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"}
    assert all(n >= 10 for n in counts.values()), counts


@pytest.mark.parametrize(("loaded", "scenario"), CASES)
def test_scenario(loaded: Loaded, scenario: Scenario) -> None:
    assert run(loaded, scenario) == []


def test_cli_test_reports_a_failing_scenario_with_a_diff(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "scenarios.yaml"  # type: ignore[operator]
    path.write_text(
        "regulation: livio\n"
        "scenarios:\n"
        "  - name: een verkeerde verwachting\n"
        "    complaint: {received_on: 2026-12-24, channel: email, complainant_role: client}\n"
        "    expect:\n"
        "      deadlines: {judgment: 2027-02-05}\n",
        encoding="utf-8",
    )
    assert main(["test", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out
    assert "een verkeerde verwachting" in out
    # Six weeks after Thursday 24 December 2026 is Thursday 4 February 2027.
    assert "deadline judgment: expected 2027-02-05, got 2027-02-04" in out
    assert out.strip().endswith("0 geslaagd, 1 mislukt")
