"""Every encoded rule is cited, and every quote occurs verbatim in its source text.

The sources live next to the repository: ``/work/shared/bronnen`` beside
``/work/main`` (also in CI). A quote must occur in the source file after
collapsing each run of whitespace to one space.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from klachtregels import Citation, Regulation, load, read
from klachtregels.model.regulation import SECTIONS
from klachtregels.model.wording import cite_text

REPO = Path(__file__).resolve().parents[1]
REGELINGEN = REPO / "regelingen"
BRONNEN = Path(__file__).resolve().parents[2] / "shared" / "bronnen"

needs_bronnen = pytest.mark.skipif(
    not BRONNEN.is_dir(),
    reason=f"source texts not found at {BRONNEN} (shared/bronnen is expected next to the repo)",
)

#: Regulation files are named after the day they come into force.
FILES = sorted(REGELINGEN.rglob("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].yaml"))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def own(path: Path) -> Regulation:
    return read(path)


@cache
def effective(path: Path) -> Regulation:
    return load(path)


@cache
def source_text(file: str) -> str:
    return collapse((BRONNEN / file).read_text("utf-8"))


def _cited() -> list[tuple[Path, str, Citation]]:
    """(file, where, citation) for every rule, omission and cited unencoded entry."""
    out: list[tuple[Path, str, Citation]] = []
    for path in FILES:
        reg = own(path)
        for section in SECTIONS:
            for rule_id, rule in getattr(reg, section).items():
                out.append((path, f"{section}.{rule_id}", rule.citation))
        for n, omission in enumerate(reg.omits):
            out.append((path, f"omits[{n}]", omission.citation))
        for n, item in enumerate(reg.unencoded):
            if item.citation is not None:
                out.append((path, f"unencoded[{n}]", item.citation))
    return out


CITED = _cited()
IDS = [f"{own(path).id} {where}" for path, where, _ in CITED]


def test_the_parametrisation_covers_every_file_and_section() -> None:
    # Guards against the list above silently becoming empty or partial.
    assert len(IDS) == len(set(IDS))
    assert {own(path).id for path, _, _ in CITED} == {own(p).id for p in FILES}
    assert {own(p).id for p in FILES} == {
        "bij-elkaar",
        "burgercoaching",
        "cmv-coaching",
        "livio",
        "polypartners",
        "bw",
        "jeugdwet",
        "wkkgz",
        "wzd",
    }
    sections = {where.split(".")[0].split("[")[0] for _, where, _ in CITED}
    assert sections == {*SECTIONS, "omits", "unencoded"}
    assert "livio terms.judgment" in IDS
    assert "polypartners omits[0]" in IDS


@needs_bronnen
@pytest.mark.parametrize(("path", "where", "citation"), CITED, ids=IDS)
def test_quote_occurs_in_the_declared_source(path: Path, where: str, citation: Citation) -> None:
    sources = effective(path).sources
    assert citation.source in sources, (
        f"{where}: source {citation.source!r} not declared (declared: {sorted(sources)})"
    )
    source = sources[citation.source]
    assert citation.article.strip() == citation.article
    assert citation.article
    if source.kind == "unavailable":  # the Wzd: no text to quote, and none quoted
        assert citation.quote is None, f"{where}: quotes a source whose text is not bundled"
        assert source.file is None
        return
    assert citation.quote is not None, f"{where}: no quote"
    assert source.file is not None, f"{where}: source {citation.source!r} names no file"
    assert (BRONNEN / source.file).is_file(), f"{where}: {BRONNEN / source.file} missing"
    assert collapse(citation.quote) in source_text(source.file), (
        f"{where}: quote not in {source.file}: {citation.quote!r}"
    )
    assert citation.article.strip() == citation.article
    assert citation.article


@pytest.mark.parametrize("path", FILES, ids=[p.parent.name for p in FILES])
def test_every_declared_source_is_a_known_text(path: Path) -> None:
    for key, source in own(path).sources.items():
        assert (source.file is None) == (source.kind == "unavailable"), key
        if source.kind == "statute":
            assert source.bwb_id is not None, key
            assert re.fullmatch(r"BWBR\d{7}", source.bwb_id), key
        else:
            assert source.bwb_id is None, key
        if source.kind == "regulation":
            assert source.file == f"regelingen/{own(path).id}.txt", key


@needs_bronnen
@pytest.mark.parametrize("path", FILES, ids=[p.parent.name for p in FILES])
def test_statutes_cite_the_bwb_id_their_text_carries(path: Path) -> None:
    for key, source in own(path).sources.items():
        if source.kind == "statute":
            assert source.file is not None
            head = "\n".join((BRONNEN / source.file).read_text("utf-8").splitlines()[:5])
            assert source.bwb_id is not None
            assert source.bwb_id in head, f"{key}: {source.bwb_id} not in the head of {source.file}"


def test_statutes_are_the_four_law_bases_texts() -> None:
    statutes = {
        key: (source.bwb_id, source.file)
        for path in FILES
        for key, source in own(path).sources.items()
        if source.kind == "statute"
    }
    assert statutes == {
        "wkkgz": ("BWBR0037173", "wetten/wkkgz.md"),
        "jeugdwet": ("BWBR0034925", "wetten/jeugdwet-klachtrecht.md"),
        "bw": ("BWBR0005291", "wetten/bw-uittreksel.md"),
        "bw7": ("BWBR0005290", "wetten/bw-uittreksel.md"),
    }


def test_the_wzd_names_its_articles_and_says_its_text_is_not_bundled() -> None:
    """shared/bronnen holds no Wzd text: its citations name the article, quote nothing,
    and say so where they are shown (not DOMAIN.md's English notes)."""
    wzd = own(REGELINGEN / "_wetten" / "wzd" / "2020-01-01.yaml")
    assert {k: (s.kind, s.file) for k, s in wzd.sources.items()} == {"wzd": ("unavailable", None)}
    assert wzd.sources["wzd"].bwb_id is None
    citation = wzd.routing["wzd"].citation
    assert (citation.source, citation.article, citation.quote) == ("wzd", "art. 55-56", None)
    assert cite_text(citation) == (
        "wzd art. 55-56 (de tekst van deze wet zit niet in de meegeleverde bronnen)"
    )
    assert (
        cite_text(citation, "en")
        == "wzd art. 55-56 (the text of this law is not in the bundled sources)"
    )


def test_a_quote_is_left_out_only_for_a_source_whose_text_is_not_bundled(
    tmp_path: Path,
) -> None:
    from klachtregels.errors import RegulationError

    base = (REPO / "tests" / "broken" / "valid_minimal.yaml").read_text("utf-8")
    text = re.sub(r"\n(\s+)quote: .*", "", base, count=1)
    assert text != base
    path = tmp_path / "no_quote.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(RegulationError) as e:
        read(path)
    assert "een bronvermelding citeert de bron" in e.value.message("nl")
