"""Escalation diagrams: what the graph says about each bundled regulation, and its text forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from klachtregels import graph
from klachtregels.cli import main
from klachtregels.messages import render
from klachtregels.model.loader import load, regulations
from klachtregels.model.wording import condition_text, open_when_text

#: Wkkgz art. 21 lid 1 as the evaluator reads it (a, b, c), in words.
ART21_NL = (
    "er een oordeel is gegeven en de klager niet tevreden is, of de termijn voor het oordeel "
    "verstreken is zonder dat er een oordeel is gegeven, of van de klager niet kan worden "
    "verlangd dat hij eerst bij de zorgaanbieder klaagt"
)


@pytest.fixture(scope="module")
def livio() -> graph.Graph:
    return graph.build(load("livio"))


def test_livio_has_every_step_in_order_after_the_start(livio: graph.Graph) -> None:
    path = [e.target for e in livio.edges if e.kind == "path"]
    assert path == [
        "staff",
        "manager",
        "confidential_adviser",
        "complaints_officer",
        "provider",
        "disputes_body",
    ]
    assert livio.edges[0].source == graph.START


def test_livio_provider_to_disputes_body_carries_wkkgz_art21_and_the_judgment_term(
    livio: graph.Graph,
) -> None:
    reg = load("livio")
    law_condition = reg.law_rule("escalation", "disputes_body").open_when
    assert law_condition.any is not None  # the Wkkgz base's art. 21 rule
    edge = livio.edge("provider", "disputes_body")
    # Livio art. 12 lid 1 and art. 10 lid 2 give grounds b and a; ground c comes from the
    # law (the step is a floor), and the arrow says so, with the article.
    assert edge.condition == (
        "open als er een oordeel is gegeven en de klager niet tevreden is, of de termijn voor "
        "het oordeel verstreken is zonder dat er een oordeel is gegeven, en op grond van de wet "
        "(Wkkgz art. 21 lid 1) ook als van de klager niet kan worden verlangd dat hij eerst bij "
        "de zorgaanbieder klaagt"
    )
    assert condition_text(law_condition) == ART21_NL
    assert edge.terms == ("oordeel binnen 6 weken, verlenging max. 4 weken",)


def test_livio_informal_contacts_are_alternatives_not_a_chain(livio: graph.Graph) -> None:
    """Livio art. 3 and 4: the complainant may talk to the staff member, the manager, the
    confidential adviser or the complaints officer, or file with the Raad van Bestuur
    straight away; none of these waits for another."""
    informal = ("staff", "manager", "confidential_adviser", "complaints_officer")
    assert livio.groups == (("alternatives_1", render("graph.alternatives"), informal),)
    for step in informal:
        assert livio.edge(graph.START, step).condition == "altijd open"
        assert livio.edge(step, "provider").kind == "alternative"
    assert not any(e.source in informal and e.target in informal for e in livio.edges)
    text = graph.mermaid(livio)
    assert '    subgraph alternatives_1 ["informele contacten, naar keuze"]\n' in text
    assert "    staff -.-> provider\n" in text
    assert "    staff -> provider [style=dotted];\n" in graph.dot(livio)
    assert "subgraph cluster_alternatives_1 {" in graph.dot(livio)


def test_cmv_talk_then_complaints_officer_stays_a_sequence() -> None:
    """CMV: the complaints officer is open when talking together did not resolve it."""
    g = graph.build(load("cmv-coaching"))
    assert g.groups == ()
    assert g.edge("staff", "complaints_officer").kind == "path"


def test_livio_intake_terms_run_into_the_provider_step(livio: graph.Graph) -> None:
    edge = livio.edge(graph.START, "provider")
    assert edge.condition == "altijd open"
    assert edge.terms == (
        "indienen binnen 2 jaar na de gebeurtenis",
        "eerste contact binnen 5 werkdagen",
    )


def test_terms_without_an_arrow_stay_off_the_diagram(livio: graph.Graph) -> None:
    """Limitation of damages, reply on delay, dossier retention: on the page, not an arrow."""
    labels = " ".join(t for e in livio.edges for t in e.terms)
    assert "20 jaar" not in labels
    assert "bewaartermijn" not in labels
    assert "vertraging" not in labels


def test_livio_routing_exits_hang_off_the_start_dashed(livio: graph.Graph) -> None:
    wzd = livio.node("route_wzd")
    assert (wzd.title, wzd.detail, wzd.kind) == (
        "Regionale Klachtencommissie Twente (R.K.C.)",
        "doorzending",
        "exit",
    )
    assert livio.edge(graph.START, "route_wzd").kind == "routing"
    assert livio.edge(graph.START, "route_wzd").condition == (
        "als de klacht over onvrijwillige zorg gaat (Wzd)"
    )
    other = livio.edge(graph.START, "route_other_provider")
    assert other.condition == (
        "als de klacht een andere zorgaanbieder betreft tenzij de klager bezwaar maakt tegen "
        "doorzending"
    )
    assert livio.node("route_other_provider").title == (
        "de zorgaanbieder op wie de klacht betrekking heeft"
    )


def test_livio_mermaid_draws_exits_dashed_and_the_formal_step_double(livio: graph.Graph) -> None:
    text = graph.mermaid(livio)
    assert text.startswith(graph.MERMAID_INIT + "\nflowchart TD\n")
    assert (
        '    complaint -.->|"als de klacht over onvrijwillige zorg gaat (Wzd)"| route_wzd\n' in text
    )
    assert (
        '    provider[["Klacht bij de Raad van Bestuur (oordeel)<br/>'
        '<i>Raad van Bestuur van de stichting Livio</i>"]]:::formal\n' in text
    )
    assert re.search(r"^    route_wzd\[.*\]:::exit$", text, flags=re.M)
    assert "classDef exit stroke-dasharray" in text


def test_polypartners_judgment_runs_out_of_the_committee() -> None:
    """No provider step: the Facit committee judges, and the filing term runs into it."""
    g = graph.build(load("polypartners"))
    assert g.node("complaints_committee").kind == "formal"
    edge = g.edge("complaints_committee", "disputes_body")
    assert edge.terms == ("oordeel binnen 6 weken, verlenging max. 4 weken",)
    assert g.edge(graph.START, "complaints_committee").terms == (
        "indienen binnen 1 jaar na de gebeurtenis",
    )
    assert g.edge(graph.START, "staff").condition == (
        "open als een gesprek met de aangeklaagde mogelijk is"
    )
    # the talk with the director is the other way, when that talk is not possible
    assert g.edge(graph.START, "manager").condition == (
        "open als een gesprek met de aangeklaagde niet mogelijk is"
    )


def test_bij_elkaar_measures_run_after_the_committee_to_the_outcome() -> None:
    g = graph.build(load("bij-elkaar"))
    # the talk with the directie is optional beside the complaints officer: straight from the start
    assert g.edge(graph.START, "provider").terms == ("eerste contact binnen 2 weken",)
    assert g.groups[0][2] == ("complaints_officer", "provider")
    out = g.edge("complaints_committee", graph.OUTCOME)
    assert out.terms == ("maatregelen binnen 1 maand na het oordeel van de klachtencommissie",)
    assert g.node(graph.OUTCOME).title == "Oordeel"
    assert g.edge(graph.START, "route_wzd").condition == (
        "als de klacht over onvrijwillige zorg gaat (Wzd)"
    )


def test_cmv_acknowledgement_runs_into_the_provider_step() -> None:
    g = graph.build(load("cmv-coaching"), "en")
    assert g.edge("complaints_officer", "provider").terms == (
        "acknowledgement within 3 working days",
    )
    assert g.edge("provider", "disputes_body").terms == (
        "judgment within 6 weeks, extension at most 4 weeks",
    )
    # Punt 6a's own condition, then what Wkkgz art. 21 lid 1 adds (a, b, c): the step is a
    # floor, and the arrow must not show a narrower condition than the one applied.
    assert g.edge("provider", "disputes_body").condition == (
        "open if the complaints officer has been involved and the complainant is not "
        "satisfied, and under the law (Wkkgz art. 21 lid 1) also if a judgment has been given "
        "and the complainant is not satisfied, or the term for the judgment has passed without "
        "a judgment, or the complainant cannot reasonably be asked to complain to the "
        "provider first"
    )


@pytest.mark.parametrize("ident", sorted(regulations()))
def test_every_step_has_a_node_and_one_arrow_in(ident: str) -> None:
    reg = load(ident)
    g = graph.build(reg)
    for step_id, rule in reg.escalation.items():
        assert g.node(step_id).title == rule.name
        into = [e for e in g.edges if e.target == step_id and e.kind == "path"]
        assert len(into) == 1
        law = reg.floors("escalation").get(step_id)
        own_law = law if law is not None and law is not rule else None
        assert into[0].condition == open_when_text(rule.open_when, law=own_law)
    assert len([e for e in g.edges if e.kind == "routing"]) == len(reg.routing)


# ----------------------------------------------------------------- escaping

TRICKY = 'Commissie "A" <b> & #1 | `x`'


@pytest.fixture
def tricky(tmp_path: Path) -> graph.Graph:
    base = Path(__file__).parent / "broken" / "valid_minimal.yaml"
    text = base.read_text("utf-8").replace("name: Klachtencommissie Testzorg", f"name: '{TRICKY}'")
    path = tmp_path / "tricky.yaml"
    path.write_text(text, "utf-8")
    return graph.build(load(path))


def test_mermaid_escapes_quotes_and_markup(tricky: graph.Graph) -> None:
    text = graph.mermaid(tricky)
    line = next(x for x in text.splitlines() if x.startswith("    complaints_committee[["))
    label = line[len('    complaints_committee[["') : line.rindex('"]]')]
    assert '"' not in label
    assert "<b>" not in label
    assert "|" not in label
    assert "#quot;A#quot; #lt;b#gt; #amp; #35;1 #124; #96;x#96;" in label


def test_dot_escapes_quotes_and_markup(tricky: graph.Graph) -> None:
    text = graph.dot(tricky)
    assert "Commissie &quot;A&quot; &lt;b&gt; &amp; #1 | `x`" in text
    assert text.startswith('digraph "testzorg" {\n')
    assert text.rstrip().endswith("}")
    # every statement line ends with a semicolon and quotes are balanced outside escapes
    for line in text.splitlines()[1:-1]:
        assert line.endswith(";"), line
        assert line.replace('\\"', "").count('"') % 2 == 0, line


def test_dot_edge_labels_escape_backslashes_and_quotes() -> None:
    g = graph.Graph(
        "x",
        (graph.Node("a", "A", None, "step"), graph.Node("b", "B", None, "step")),
        (graph.Edge("a", "b", 'als "x" \\ y', (), "path"),),
    )
    assert 'a -> b [label="als \\"x\\" \\\\ y"];' in graph.dot(g)


# ---------------------------------------------------------------------- CLI


def test_cli_graph_dot(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "livio", "--format", "dot", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out == graph.dot(graph.build(load("livio"), "en"))
    assert "    provider -> disputes_body [label=" in out
    assert re.search(r"^    complaint -> route_wzd \[label=.*, style=dashed\];$", out, flags=re.M)


def test_cli_graph_mermaid_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "polypartners"]) == 0
    assert capsys.readouterr().out == graph.mermaid(graph.build(load("polypartners")))


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["graph", "nope"], "geen regeling met id 'nope'"),
        (["graph", "livio", "--on", "2019-01-01"], "geen versie van 'livio' van kracht"),
        (["graph", "livio", "--format", "svg"], "ongeldige keuze"),
        (["graph", "livio", "--on", "gisteren", "--lang", "en"], "is not a date"),
    ],
)
def test_cli_graph_bad_input_is_one_line_exit_2(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert needle in captured.err
    assert len(captured.err.strip().splitlines()) == 1
