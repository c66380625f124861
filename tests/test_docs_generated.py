"""The docs: generated pages are up to date, the format reference matches the models,
the glossary covers every identifier, and the console examples print what they show."""

from __future__ import annotations

import re
import shlex
import shutil
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from klachtregels.cli import docs as cli_docs
from klachtregels.cli import main
from klachtregels.model import regulation, vocabulary
from klachtregels.model.loader import check, load, regulations
from klachtregels.model.regulation import INFORMATIONAL
from klachtregels.present import docsgen, graph

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return docsgen.pages(cli_docs.bundled())


# ------------------------------------------------------------ generated pages


def test_every_bundled_regulation_has_a_page_in_both_languages(
    generated: dict[str, str],
) -> None:
    for ident in regulations():
        assert f"regelingen/{ident}.md" in generated
        assert f"regelingen/{ident}.nl.md" in generated
    assert {"format.md", "regelingen/index.md", "regelingen/index.nl.md"} <= set(generated)


def test_generated_pages_are_up_to_date(generated: dict[str, str]) -> None:
    """Fails when a regulation, a model or a message changed without `klachtregels docs`."""
    problems = cli_docs.compare(DOCS, generated)
    assert not problems, f"run `klachtregels docs` and commit the result: {problems}"


@pytest.mark.parametrize(("page", "lang"), [("livio.md", "en"), ("livio.nl.md", "nl")])
def test_livio_page_holds_exactly_the_generated_diagram(page: str, lang: str) -> None:
    text = (DOCS / "regelingen" / page).read_text("utf-8")
    blocks = re.findall(r"```mermaid\n(.*?)```", text, flags=re.S)
    assert len(blocks) == 1
    expected = graph.mermaid(graph.build(load("livio"), "en" if lang == "en" else "nl"))
    assert blocks[0] == expected


def test_livio_page_summary_names_terms_with_their_articles() -> None:
    text = (DOCS / "regelingen" / "livio.md").read_text("utf-8")
    assert (
        "first contact: 5 working days after the complaint in the regulation's sense "
        "(livio art. 8 lid 1)" in text
    )
    assert (
        "judgment: 6 weeks after the complaint in the regulation's sense (Atw) "
        "(livio art. 10 lid 1)" in text
    )
    assert (
        "| Forwarding | if the complaint is about involuntary care (Wzd): forward to Regionale "
        "Klachtencommissie Twente (R.K.C.);" in text
    )
    assert (
        "| first_contact | 5 working days after the complaint in the regulation's sense | the "
        "complaint in the regulation's sense | no | livio art. 8 lid 1: \"De Raad van Bestuur "
        "neemt binnen vijf werkdagen na ontvangst" in text
    )


def test_index_page_links_every_regulation(generated: dict[str, str]) -> None:
    index = generated["regelingen/index.md"]
    for ident in regulations():
        name = load(ident).name
        assert f"[{name}]({ident}.md)" in index
    assert (
        "| [PolyPartners](polypartners.nl.md) | wkkgz | cliënt vanaf 16 jaar;"
        in (generated["regelingen/index.nl.md"])
    )


# ---------------------------------------------------------------- the command


def test_cli_docs_check_passes_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", "--check", "--out", str(DOCS), "--lang", "en"]) == 0
    assert "generated pages in" in capsys.readouterr().out


def test_cli_docs_writes_then_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "docs"
    assert main(["docs", "--out", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert written == sorted(docsgen.pages(cli_docs.bundled()))
    assert f"13 pagina's gegenereerd in {out.as_posix()} (13 gewijzigd)" in capsys.readouterr().out
    assert main(["docs", "--out", str(out)]) == 0
    assert "(0 gewijzigd)" in capsys.readouterr().out
    assert main(["docs", "--check", "--out", str(out)]) == 0


def test_cli_docs_check_fails_on_an_edited_missing_or_stale_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "docs"
    shutil.copytree(DOCS, out)
    livio = out / "regelingen" / "livio.md"
    livio.write_text(livio.read_text("utf-8").replace("6 weeks", "7 weeks"), "utf-8")
    (out / "format.md").unlink()
    (out / "regelingen" / "gone.md").write_text("# gone\n", "utf-8")
    assert main(["docs", "--check", "--out", str(out), "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    base = out.as_posix()
    assert lines == [
        f"{base}/format.md: missing; run 'klachtregels docs --out {base}'",
        f"{base}/regelingen/livio.md: out of date; run 'klachtregels docs --out {base}'",
        f"{base}/regelingen/gone.md: no longer generated; remove the file",
    ]


def test_cli_docs_cannot_write_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    assert main(["docs", "--out", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert "kan niet schrijven" in err
    assert len(err.strip().splitlines()) == 1


# ----------------------------------------------------------- format reference


def _format_rows(model: str) -> dict[str, list[str]]:
    text = (DOCS / "format.md").read_text("utf-8")
    section = text.split(f"\n## {model}\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        m = re.match(r"^\| `([a-z_]+)` \| (.*) \|$", line)
        if m:
            rows[m.group(1)] = m.group(2).split(" | ")
    return rows


def test_every_model_of_the_format_is_documented() -> None:
    models = {
        obj
        for obj in vars(regulation).values()
        if isinstance(obj, type)
        and issubclass(obj, BaseModel)
        and obj.__module__ == regulation.__name__
        and not obj.__name__.startswith("_")
    }
    assert models == set(docsgen.MODELS)


@pytest.mark.parametrize("model", docsgen.MODELS, ids=lambda m: m.__name__)
def test_format_reference_lists_every_field_with_its_description(model: type[BaseModel]) -> None:
    rows = _format_rows(model.__name__)
    names = [info.alias or name for name, info in model.model_fields.items()]
    assert list(rows) == names
    for name, info in model.model_fields.items():
        description = docsgen.field_description(model, name)
        assert description, f"{model.__name__}.{name} has no description"
        if info.description:
            assert description == " ".join(info.description.split())
        row = rows[info.alias or name]
        if (model.__name__, name) in INFORMATIONAL:
            description += " *Informational: changes no assessment.*"
        assert row[-1] == description.replace("<", "&lt;").replace(">", "&gt;")
        assert row[1].startswith("yes" if info.is_required() else "no")


def test_format_reference_shows_types_from_the_models() -> None:
    rows = _format_rows("TermRule")
    assert rows["start"][0] == (
        "one of `event`, `receipt`, `in_writing`, `complaint`, `judgment`, `delay_notice`, "
        "`committee_judgment`, `damage_known`, `majority`"
    )
    assert rows["term"][0].startswith("term, e.g. '6 weken'")
    assert _format_rows("Source")["bwb_id"][0] == "text (`^BWBR\\d{7}$`)"
    assert _format_rows("Regulation")["standing"][0] == (
        "text (`^[a-z][a-z0-9_]*$`) → [StandingRule](#standingrule)"
    )
    assert _format_rows("StepRule")["open_when"][1] == "no (default `{always: true}`)"


def test_no_fallback_description_shadows_a_model_description() -> None:
    """When a model gains a description, its docs.field.* fallback must go."""
    assert docsgen.unused_fallbacks() == []


def test_format_example_is_a_valid_regulation(tmp_path: Path) -> None:
    path = tmp_path / "testzorg.yaml"
    path.write_text(docsgen.EXAMPLE, "utf-8")
    assert check(path) == []
    reg = load(path)
    assert reg.escalation["complaints_committee"].body == "commissie"
    assert "```yaml\n" + docsgen.EXAMPLE in (DOCS / "format.md").read_text("utf-8")


# -------------------------------------------------------------------- glossary


def _literal(model: type, field: str) -> tuple[str, ...]:
    return typing.get_args(typing.get_type_hints(model)[field])


@pytest.mark.parametrize(
    ("what", "identifiers"),
    [
        ("roles", regulation.ROLES),
        ("channels", regulation.CHANNELS),
        ("steps", regulation.STEPS),
        ("body kinds", _literal(regulation.Body, "kind")),
        ("start events", tuple(vocabulary.START_EVENTS)),
        ("grounds", _literal(regulation.AdmissibilityRule, "ground")),
        ("facts", regulation.FACTS),
        ("sections", regulation.SECTIONS),
        (
            "term ids",
            tuple(tid for ident in regulations() for tid in load(ident).terms),
        ),
    ],
)
def test_glossary_covers_every_identifier(what: str, identifiers: tuple[str, ...]) -> None:
    text = (DOCS / "glossary.md").read_text("utf-8")
    missing = sorted({i for i in identifiers if f"| `{i}` |" not in text})
    assert not missing, f"{what} missing from docs/glossary.md: {missing}"


# --------------------------------------------------------- console examples


def _console_examples() -> list[tuple[str, str, list[str]]]:
    out = []
    for page in ("index.md", "calendar.md"):
        text = (DOCS / page).read_text("utf-8")
        for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
            command: str | None = None
            expected: list[str] = []
            for line in block.splitlines():
                if line.startswith("$ "):
                    if command is not None:
                        out.append((page, command, expected))
                    command, expected = line[2:], []
                else:
                    expected.append(line)
            if command is not None:
                out.append((page, command, expected))
    return out


EXAMPLES = _console_examples()


def test_docs_have_console_examples() -> None:
    assert {page for page, _, _ in EXAMPLES} == {"index.md", "calendar.md"}
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(("page", "command", "expected"), EXAMPLES, ids=lambda x: str(x)[:60])
def test_console_example_prints_what_the_page_shows(
    page: str,
    command: str,
    expected: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A block whose last line is ``...`` shows only the start of the output."""
    monkeypatch.chdir(ROOT)
    argv = shlex.split(command)
    assert argv[0] == "klachtregels"
    assert main(argv[1:]) == 0
    lines = capsys.readouterr().out.splitlines()
    if expected and expected[-1] == "...":
        assert lines[: len(expected) - 1] == expected[:-1], page
    else:
        assert lines == expected, page


# ----------------------------------------------------------------------- links


@pytest.mark.parametrize(
    "page",
    ["README.md", *sorted(p.relative_to(ROOT).as_posix() for p in DOCS.rglob("*.md"))],
)
def test_relative_links_resolve(page: str) -> None:
    path = ROOT / page
    text = path.read_text("utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target:
            continue
        assert (path.parent / target).exists(), f"{page}: broken link {target}"
