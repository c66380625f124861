"""Documentation pages generated from the regulations and the format's models.

Pure: every function takes loaded regulations (or nothing) and returns Markdown
text; reading regulations and writing files is the CLI's job
(``klachtregels docs``). :func:`pages` gives every generated file by its path
under ``docs/``:

* ``format.md``: the YAML reference, one table per model of
  :mod:`klachtregels.model.regulation`, from the fields' descriptions, and the scenario
  file format of :mod:`klachtregels.engine.scenarios`;
* ``regelingen/index.md``: the bundled regulations side by side;
* ``regelingen/<id>.md`` (English) and ``regelingen/<id>.nl.md`` (Dutch): one page
  per regulation: a summary table, the escalation diagram, the steps, terms, bodies
  and forwarding rules with their citations, and what is not encoded.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from klachtregels.engine.plan import contact
from klachtregels.engine.scenarios import Expect, Scenario, ScenarioFile
from klachtregels.law.terms import Term
from klachtregels.messages import MESSAGES, Lang, render
from klachtregels.model.regulation import (
    CHANNELS,
    INFORMATIONAL,
    SECTIONS,
    ActRule,
    AdmissibilityRule,
    AnonymityRule,
    Body,
    ChannelRule,
    Citation,
    Condition,
    Omission,
    Provision,
    Regulation,
    RoutingRule,
    Source,
    StandingRule,
    StepRule,
    TermRule,
    Unencoded,
)
from klachtregels.model.wording import cite_text, condition_text, label, rule_summary
from klachtregels.present import graph

__all__ = [
    "EXAMPLE",
    "MODELS",
    "SCENARIO_EXAMPLE",
    "SCENARIO_MODELS",
    "Bundled",
    "field_description",
    "format_reference",
    "index_page",
    "pages",
    "regulation_page",
]

#: The models of the format, in the order the reference describes them.
MODELS: tuple[type[BaseModel], ...] = (
    Regulation,
    Source,
    Citation,
    Body,
    StandingRule,
    ChannelRule,
    AnonymityRule,
    AdmissibilityRule,
    RoutingRule,
    TermRule,
    StepRule,
    ActRule,
    Provision,
    Omission,
    Unencoded,
    Condition,
)

#: A small but complete regulation, shown in the format reference (a test loads it).
EXAMPLE = """\
id: testzorg
kind: regulation
name: Testzorg
title: Klachtenregeling Testzorg
version: "1"
valid_from: 2020-01-01
law: wkkgz
extends: [wkkgz]            # the Wkkgz rules apply unless overridden below, id by id
sources:
  testzorg:
    title: Klachtenregeling Testzorg
    kind: regulation
    file: regelingen/testzorg.txt
bodies:
  commissie:
    name: Klachtencommissie Testzorg
    kind: complaints_committee
    email: klachten@testzorg.example
    citation: {source: testzorg, article: art. 1, quote: "Er is een klachtencommissie."}
terms:
  acknowledgement:
    term: drie werkdagen
    start: receipt
    atw: false               # the provider's own term: no Algemene termijnenwet
    citation: {source: testzorg, article: art. 2, quote: "binnen drie werkdagen"}
escalation:
  complaints_committee:
    name: Klachtencommissie
    body: commissie
    formal: true
    open_when: {fact: satisfied, equals: false}
    citation:
      source: testzorg
      article: art. 3
      quote: "De klager kan naar de klachtencommissie."
"""

#: The models of a scenario file (``klachtregels test``), in the order described.
SCENARIO_MODELS: tuple[type[BaseModel], ...] = (ScenarioFile, Scenario, Expect)

#: A scenario file, shown in the format reference (a test runs it). Worked out by hand:
#: Livio art. 10 lid 1 and Wkkgz art. 17, six weeks after Thursday 24 December 2026 end
#: on Thursday 4 February 2027; art. 8 lid 1, five working days, skipping Christmas,
#: New Year and two weekends, end on Monday 4 January 2027, missed on 5 January.
SCENARIO_EXAMPLE = """\
regulation: livio            # an id, or a path relative to this file
scenarios:
  - name: a client e-mails on Christmas Eve
    as_of: 2027-01-05
    complaint: {received_on: 2026-12-24, channel: email, complainant_role: client}
    expect:
      standing: true
      admissible: true
      forward_to: null
      deadlines: {judgment: 2027-02-04, first_contact: 2027-01-04}
      status: {judgment: open, first_contact: missed}
"""

#: Languages of the regulation pages, and the file suffix of each.
PAGE_LANGS: tuple[tuple[Lang, str], ...] = (("en", ".md"), ("nl", ".nl.md"))


@dataclass(frozen=True)
class Bundled:
    """A bundled regulation as the pages need it: the effective rules and where they live."""

    regulation: Regulation
    #: The file of the version shown, relative to the repository (``regelingen/livio/...``).
    file: str
    #: Every version's span, oldest first (``2020-01-01 - ...``).
    versions: tuple[str, ...]


# ------------------------------------------------------------------- helpers


def _cell(text: str) -> str:
    """Text safe in a Markdown table cell."""
    out = " ".join(text.split())
    return out.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _table(head: str, rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown table; ``head`` is the column names joined by ``|``."""
    cols = head.split("|")
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return out


def _cite(c: Citation, lang: Lang = "nl") -> str:
    """``livio art. 8 lid 1: "..."``; the page's Sources section names each source."""
    return cite_text(c, lang)


def _short_cite(c: Citation) -> str:
    return f"{c.source} {c.article}"


def _yes_no(value: bool, lang: Lang) -> str:
    return render("cond.yes" if value else "cond.no", lang)


def _channel(name: str, lang: Lang) -> str:
    return render(f"docs.channel.{name}", lang)


def _span(reg: Regulation, lang: Lang) -> str:
    if reg.valid_until is None:
        return render("docs.page.span_open", lang, start=reg.valid_from.isoformat())
    return render(
        "docs.page.span_closed",
        lang,
        start=reg.valid_from.isoformat(),
        end=reg.valid_until.isoformat(),
    )


def _who(reg: Regulation, lang: Lang) -> str:
    return "; ".join(rule_summary("standing", r, lang) for r in reg.standing.values())


def _channel_rules(reg: Regulation) -> list[tuple[str, ChannelRule]]:
    """The regulation's channel rules in the format's order of channels."""
    return sorted(reg.channels.items(), key=lambda kv: CHANNELS.index(kv[0]))


def _channels(reg: Regulation, lang: Lang) -> str:
    written = f" ({render('docs.page.written', lang)})"
    rules = _channel_rules(reg)
    accepted = [
        _channel(name, lang) + (written if rule.written else "")
        for name, rule in rules
        if rule.accepted
    ]
    refused = [_channel(name, lang) for name, rule in rules if not rule.accepted]
    parts = []
    if accepted:
        parts.append(render("docs.page.channels_accepted", lang, list=", ".join(accepted)))
    if refused:
        parts.append(render("docs.page.channels_refused", lang, list=", ".join(refused)))
    return "; ".join(parts) or render("docs.page.not_regulated", lang)


def _anonymity(reg: Regulation, lang: Lang) -> str:
    if not reg.anonymity:
        return render("docs.page.not_regulated", lang)
    return "; ".join(rule_summary("anonymity", r, lang) for r in reg.anonymity.values())


def _term_words(term_id: str, rule: TermRule, lang: Lang) -> str:
    """``oordeel: 6 weken na schriftelijke indiening (Atw)``."""
    return f"{label('term', term_id, lang)}: {rule_summary('terms', rule, lang, term_id)}"


def _judgment(reg: Regulation, lang: Lang) -> str:
    rule = reg.terms.get("judgment")
    if rule is None:
        return "-"
    out = rule.term.label(lang)
    ext = reg.terms.get("judgment_extension")
    if ext is not None:
        out += " + " + ext.term.label(lang)
    return out


def _forward_name(reg: Regulation, rule: RoutingRule, lang: Lang) -> str:
    if rule.forward_to == "other_provider":
        return render("body.other_provider", lang)
    return reg.bodies[rule.forward_to].name


def _forwarding(reg: Regulation, rule: RoutingRule, lang: Lang) -> str:
    when = condition_text(rule.when, lang)
    out = render("routing.summary", lang, when=when, to=_forward_name(reg, rule, lang))
    if rule.unless is not None:
        out += " " + render("routing.unless", lang, cond=condition_text(rule.unless, lang))
    return out


# -------------------------------------------------------------- regulation page


def regulation_page(b: Bundled, lang: Lang = "en") -> str:
    """The page of one bundled regulation, in ``lang``: its sections one after another."""
    reg = b.regulation
    sections = (
        _page_head(b, lang),
        _summary(reg, lang),
        _path(reg, lang),
        _steps(reg, lang),
        _terms(reg, lang),
        _bodies(reg, lang),
        _routing(reg, lang),
        _sources(reg, lang),
        _unencoded(reg, lang),
    )
    out: list[str] = []
    for section in sections:
        if section:
            out += ["", *section] if out else section
    return "\n".join(out) + "\n"


def _section(title_key: str, lang: Lang, body: Sequence[str]) -> list[str]:
    """A section of a page: its heading, a blank line, its lines."""
    return [f"## {render(title_key, lang)}", "", *body]


def _page_head(b: Bundled, lang: Lang) -> list[str]:
    """Where the page comes from, the regulation's name, the other language, its identity."""
    reg = b.regulation
    other = next(suffix for code, suffix in PAGE_LANGS if code != lang)
    return [
        f"<!-- {render('docs.page.generated', lang, file=b.file)} -->",
        "",
        f"# {reg.name}: {reg.title}",
        "",
        render("docs.page.other_lang", lang, file=f"{reg.id}{other}"),
        "",
        render(
            "docs.page.identity",
            lang,
            version=reg.version,
            span=_span(reg, lang),
            law=reg.law or "-",
            extends=", ".join(reg.extends) or "-",
            file=b.file,
            versions="; ".join(b.versions),
        ),
    ]


def _summary(reg: Regulation, lang: Lang) -> list[str]:
    """Who may complain, how, the terms, the bodies and where complaints go, in one table."""
    none = render("docs.page.none", lang)
    terms = [
        f"{_term_words(tid, rule, lang)} ({_short_cite(rule.citation)})"
        for tid, rule in reg.terms.items()
    ]
    used = {r.body for r in reg.escalation.values()} | {r.forward_to for r in reg.routing.values()}
    bodies = [
        f"{body.name} ({render(f'docs.body_kind.{body.kind}', lang)})"
        for bid, body in reg.bodies.items()
        if bid in used
    ]
    forwarding = [_forwarding(reg, rule, lang) for rule in reg.routing.values()]
    rows = [
        (render("docs.page.who", lang), _who(reg, lang)),
        (render("docs.page.channels", lang), _channels(reg, lang)),
        (render("docs.page.anonymous", lang), _anonymity(reg, lang)),
        (render("docs.page.terms", lang), "; ".join(terms) or none),
        (render("docs.page.bodies", lang), "; ".join(bodies) or none),
        (render("docs.page.forwarding", lang), "; ".join(forwarding) or none),
    ]
    table = _table(render("docs.page.summary_head", lang, name=reg.name), rows)
    return _section("docs.page.summary", lang, table)


def _path(reg: Regulation, lang: Lang) -> list[str]:
    """The escalation path as a Mermaid diagram, and how to draw it yourself."""
    diagram = graph.mermaid(graph.build(reg, lang)).rstrip("\n")
    legend = render("docs.page.legend", lang, id=reg.id)
    return _section("docs.page.path", lang, ["```mermaid", diagram, "```", "", legend])


def _steps(reg: Regulation, lang: Lang) -> list[str]:
    rows = [
        (
            step_id,
            rule.name,
            reg.bodies[rule.body].name if rule.body and rule.body in reg.bodies else "-",
            condition_text(rule.open_when, lang),
            _cite(rule.citation, lang),
        )
        for step_id, rule in reg.escalation.items()
    ]
    return _section("docs.page.steps", lang, _table(render("docs.page.steps_head", lang), rows))


def _terms(reg: Regulation, lang: Lang) -> list[str]:
    rows = [
        (
            tid,
            rule_summary("terms", rule, lang, tid),
            render(f"start.{reg.start_of(tid)}", lang),
            _yes_no(rule.atw, lang),
            _cite(rule.citation, lang),
        )
        for tid, rule in reg.terms.items()
    ]
    return _section("docs.page.terms", lang, _table(render("docs.page.terms_head", lang), rows))


def _bodies(reg: Regulation, lang: Lang) -> list[str]:
    rows = [
        (
            bid,
            body.name,
            render(f"docs.body_kind.{body.kind}", lang),
            contact(body) or "-",
            _cite(body.citation, lang),
        )
        for bid, body in reg.bodies.items()
    ]
    return _section("docs.page.bodies", lang, _table(render("docs.page.bodies_head", lang), rows))


def _routing(reg: Regulation, lang: Lang) -> list[str]:
    """The forwarding rules; no section when there are none."""
    if not reg.routing:
        return []
    rows = [
        (
            rid,
            condition_text(rule.when, lang),
            _forward_name(reg, rule, lang),
            condition_text(rule.unless, lang) if rule.unless is not None else "-",
            _cite(rule.citation, lang),
        )
        for rid, rule in reg.routing.items()
    ]
    table = _table(render("docs.page.routing_head", lang), rows)
    return _section("docs.page.forwarding", lang, table)


def _sources(reg: Regulation, lang: Lang) -> list[str]:
    """The sources the citations name, and which rules the regulation takes from its bases."""
    items = []
    for sid, source in reg.sources.items():
        extra = f", {source.bwb_id}" if source.bwb_id else ""
        items.append(f"- `{sid}`: {source.title} ({source.kind}{extra})")
    bases = ", ".join(reg.extends) or "-"
    origin = render("docs.page.origin", lang, id=reg.id, bases=bases)
    return _section("docs.page.sources", lang, [*items, "", origin])


def _unencoded(reg: Regulation, lang: Lang) -> list[str]:
    """What the regulation says that the format does not encode; no section when nothing."""
    if not reg.unencoded:
        return []
    items = [f"- {' '.join(item.text.split())}" for item in reg.unencoded]
    return _section("section.unencoded", lang, items)


def index_page(bundled: Sequence[Bundled], lang: Lang = "en") -> str:
    """The bundled regulations side by side, each linked to its page."""
    suffix = dict(PAGE_LANGS)[lang]
    rows = []
    for b in bundled:
        reg = b.regulation
        accepted = [_channel(n, lang) for n, r in _channel_rules(reg) if r.accepted]
        rows.append(
            (
                f"[{reg.name}]({reg.id}{suffix})",
                reg.law or "-",
                _who(reg, lang),
                ", ".join(accepted) or "-",
                _judgment(reg, lang),
                " → ".join(reg.escalation),
            )
        )
    out = [
        f"<!-- {render('docs.page.generated', lang, file='regelingen/')} -->",
        "",
        f"# {render('docs.index.title', lang)}",
        "",
        render("docs.index.intro", lang),
        "",
    ]
    out.extend(_table(render("docs.index.head", lang), rows))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ format reference


def field_description(model: type[BaseModel], name: str, lang: Lang = "en") -> str:
    """A field's description: the model's own, else the catalogue's (``docs.field.*``)."""
    info = model.model_fields[name]
    if info.description:
        return " ".join(info.description.split())
    key = f"docs.field.{model.__name__}.{name}"
    if key in MESSAGES:
        return render(key, lang)
    if name == "citation":
        return render("docs.field.citation", lang)
    return ""


def _described(model: type[BaseModel], name: str, lang: Lang) -> str:
    """The description, and whether the field is informational (never acts)."""
    text = field_description(model, name, lang)
    if (model.__name__, name) not in INFORMATIONAL:
        return text
    mark = render("docs.format.informational", lang)
    return f"{text} {mark}" if text else mark


def _anchor(model: type[BaseModel]) -> str:
    return f"[{model.__name__}](#{model.__name__.lower()})"


def _pattern(meta: Sequence[Any]) -> str | None:
    """The ``pattern`` constraint among pydantic field metadata, if any."""
    for m in meta:
        for item in (m, *getattr(m, "metadata", ())):
            pattern = getattr(item, "pattern", None)
            if isinstance(pattern, str):
                return pattern
    return None


def _type(tp: Any, lang: Lang, pattern: str | None = None) -> str:
    """A field's type in words, with links to the models it holds."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        inner, *meta = args
        return _type(inner, lang, _pattern(meta) or pattern)
    if origin is Literal:
        return render("docs.format.one_of", lang, values=", ".join(f"`{a}`" for a in args))
    if origin in (typing.Union, types.UnionType):
        return " \\| ".join(_type(a, lang, pattern) for a in args if a is not type(None))
    if origin is list:
        return render("docs.format.list_of", lang, item=_type(args[0], lang))
    if origin is dict:
        return render(
            "docs.format.map_of", lang, key=_type(args[0], lang), value=_type(args[1], lang)
        )
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return _anchor(tp)
    if tp is str and pattern:
        return render("docs.format.pattern", lang, pattern=f"`{pattern}`")
    simple = {str: "docs.format.text", bool: "docs.format.bool", int: "docs.format.int"}
    if tp in simple:
        return render(simple[tp], lang)
    if tp is date:
        return render("docs.format.date", lang)
    if tp is Term:
        return render("docs.format.term", lang)
    if tp is Any:
        return render("docs.format.value", lang)
    return str(getattr(tp, "__name__", tp))  # pragma: no cover


def _required(info: FieldInfo, lang: Lang) -> str:
    if info.is_required():
        return render("docs.format.required", lang)
    default = info.get_default(call_default_factory=True)
    if default is None:
        return render("docs.format.optional", lang)
    if isinstance(default, bool):
        shown = "true" if default else "false"
    elif isinstance(default, BaseModel):
        shown = str(default.model_dump(by_alias=True, exclude_defaults=True))
        shown = shown.replace("'", "").replace("True", "true")
    else:
        shown = str(default)
    return render("docs.format.default", lang, value=f"`{shown}`")


def _annotation(model: type[BaseModel], name: str) -> Any:
    """The declared annotation, with the Annotated metadata pydantic strips off."""
    hints = typing.get_type_hints(model, include_extras=True)
    return hints.get(name, model.model_fields[name].annotation)


_FORMAT_SOURCE = "src/klachtregels/model/regulation.py"


def format_reference(lang: Lang = "en") -> str:
    """The reference of the YAML format, generated from the models of the format."""
    out = [
        f"<!-- {render('docs.page.generated', lang, file=_FORMAT_SOURCE)} -->",
        "",
        f"# {render('docs.format.title', lang)}",
        "",
        render("docs.format.intro", lang),
        "",
        render("docs.format.sections", lang, sections=", ".join(f"`{s}`" for s in SECTIONS)),
    ]
    for model in MODELS:
        out += _model_table(model, lang)
    out += ["", f"## {render('docs.format.example', lang)}", "", "```yaml", EXAMPLE.rstrip(), "```"]
    out += ["", f"## {render('docs.format.scenarios_title', lang)}", ""]
    out.append(render("docs.format.scenarios_intro", lang))
    for model in SCENARIO_MODELS:
        out += _model_table(model, lang)
    out += ["", "```yaml", SCENARIO_EXAMPLE.rstrip(), "```"]
    return "\n".join(out) + "\n"


def _model_table(model: type[BaseModel], lang: Lang) -> list[str]:
    """A model's section: its heading, its docstring's first paragraph, its fields."""
    out = ["", f"## {model.__name__}", ""]
    doc = " ".join((model.__doc__ or "").split("\n\n")[0].split())
    if doc:
        out += [doc, ""]
    rows = []
    for name, info in model.model_fields.items():
        rows.append(
            (
                f"`{info.alias or name}`",
                _type(_annotation(model, name), lang, _pattern(info.metadata)),
                _required(info, lang),
                _cell(_described(model, name, lang)),
            )
        )
    out.extend(_table_raw(render("docs.format.head", lang), rows))
    return out


def _table_raw(head: str, rows: Sequence[Sequence[str]]) -> list[str]:
    """A table whose cells are already Markdown (links, code spans)."""
    cols = head.split("|")
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out.extend("| " + " | ".join(" ".join(c.split()) for c in row) + " |" for row in rows)
    return out


# ------------------------------------------------------------------ all pages


def pages(bundled: Sequence[Bundled]) -> dict[str, str]:
    """Every generated page by its path under ``docs/``."""
    out = {"format.md": format_reference("en")}
    for lang, suffix in PAGE_LANGS:
        index = "regelingen/index.md" if lang == "en" else "regelingen/index.nl.md"
        out[index] = index_page(bundled, lang)
        for b in bundled:
            out[f"regelingen/{b.regulation.id}{suffix}"] = regulation_page(b, lang)
    return out


def generated_dirs() -> tuple[str, ...]:
    """Folders under ``docs/`` that hold only generated pages (stale files are reported)."""
    return ("regelingen",)


def unused_fallbacks() -> list[str]:
    """``docs.field.*`` catalogue keys for fields that now have a description of their own."""
    out = []
    for model in MODELS:
        for name, info in model.model_fields.items():
            key = f"docs.field.{model.__name__}.{name}"
            if info.description and key in MESSAGES:
                out.append(key)
    return out
