"""The built wheel carries the regulations: install it in a fresh venv and load them all."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
IDS = ["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]

#: pip output that means the package index (or the network) is out of reach.
OFFLINE = (
    "Could not find a version that satisfies the requirement",
    "No matching distribution found",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Connection refused",
    "ConnectTimeoutError",
    "ReadTimeoutError",
)


def pip(python: Path | str, *args: str, cwd: Path) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        output = done.stdout + done.stderr
        reason = next((s for s in OFFLINE if s in output), None)
        if reason is not None:
            pytest.skip(f"pip cannot reach the package index ({reason}): pip {' '.join(args)}")
        pytest.fail(f"pip {' '.join(args)} failed:\n{output}")


def run(*argv: str, cwd: Path) -> str:
    done = subprocess.run(
        list(argv), cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    return done.stdout


@pytest.mark.wheel  # runs by default (CI checks the wheel); slow runs do not
def test_wheel_installs_and_loads_every_regulation(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    pip(sys.executable, "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO), cwd=tmp_path)
    (wheel,) = wheels.glob("klachtregels-*.whl")

    # Every regulation file, and the schema, are in the wheel.
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    bundled = {
        "klachtregels/regelingen/" + str(p.relative_to(REPO / "regelingen"))
        for p in (REPO / "regelingen").rglob("*")
        if p.is_file()
    }
    assert "klachtregels/regelingen/livio/2020-01-01.yaml" in bundled
    assert "klachtregels/regelingen/schema.json" in bundled
    assert bundled <= names, sorted(bundled - names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    pip(python, "install", "-q", str(wheel), cwd=tmp_path)

    # From outside the checkout, so nothing can come from the repository.
    work = tmp_path / "elsewhere"
    work.mkdir()
    out = run(
        str(python),
        "-c",
        "import klachtregels as kr; print(sorted(kr.regulations())); "
        "[kr.load(i) for i in kr.regulations()]; "
        "from klachtregels.model.loader import bundled_dir; "
        "print(kr.__file__); print(bundled_dir())",
        cwd=work,
    )
    ids_line, module, bundled_at = out.splitlines()
    assert ids_line == repr(IDS)
    assert Path(module).is_relative_to(venv)
    assert Path(bundled_at).is_relative_to(venv)
    assert Path(bundled_at).name == "regelingen"

    listed = run(str(venv / "bin" / "klachtregels"), "list", cwd=work).splitlines()
    assert listed[0] == "id\tnaam\tversies (van kracht van - tot en met)"
    assert [line.split("\t")[0] for line in listed[1:]] == IDS

    _check_batch_and_packaging(venv, work, wheel)


def _check_batch_and_packaging(venv: Path, work: Path, wheel: Path) -> None:
    """The batch features from the installed wheel, outside the checkout; the licence
    and the metadata."""
    exe = str(venv / "bin" / "klachtregels")
    assert run(exe, "--version", cwd=work) == "klachtregels 0.1.0\n"
    lines = "".join(
        json.dumps(
            {"id": i, "received_on": "2027-01-04", "channel": ch, "complainant_role": "client"}
        )
        + "\n"
        for i, ch in (("a", "email"), ("b", "fax"))
    )
    for jobs in ("1", "2"):
        done = subprocess.run(
            [exe, "check", "livio", "-", "--format", "jsonl", "--jobs", jobs],
            input=lines,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert [json.loads(x)["id"] for x in done.stdout.splitlines()] == ["a", "b"]
        assert done.stderr.startswith("-:2:53: channel: 'fax' is niet toegestaan")
    assert run(exe, "schema", "assessment", cwd=work) == (
        REPO / "schemas" / "assessment.json"
    ).read_text("utf-8")
    assert run(exe, "new", "zorgnet", "--valid-from", "2026-01-01", cwd=work)
    assert run(exe, "validate", "zorgnet/2026-01-01.yaml", cwd=work).endswith(": geldig\n")
    assert run(exe, "test", "zorgnet/scenarios.yaml", cwd=work) == "1 geslaagd, 0 mislukt\n"
    assert "zorgnet\t" in run(exe, "list", "--regulations", ".", cwd=work)
    done = subprocess.run(
        [exe, "docs", "--check"], cwd=work, capture_output=True, text=True, timeout=120, check=False
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("klachtregels docs --check: geen map docs;")

    # The licence and the metadata a user can trust.
    with zipfile.ZipFile(wheel) as z:
        licence = next(
            n
            for n in z.namelist()
            if n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE")
        )
        assert z.read(licence) == (REPO / "LICENSE").read_bytes()
        meta = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA")))
    text = meta.decode("utf-8")
    assert (
        "Classifier: License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)"
        in text
    )
    assert "Project-URL: Wkkgz, https://wetten.overheid.nl/BWBR0037173" in text
