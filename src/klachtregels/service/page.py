"""The page for people at ``/``: a form for a complaint, and what the regulation says of it.

``GET /`` shows the form; ``POST /`` (an ordinary form post, no script) evaluates the
complaint and shows the form again, filled in, above the result (:mod:`.view`). Dutch
by default; ``?lang=en`` (or the browser's ``Accept-Language``) for English. Every
field has a label; the page is plain HTML with native controls, so it works with the
keyboard alone and with a screen reader. It loads nothing: its style is in the page,
its pictures are SVG drawn on the server, and its Content-Security-Policy allows no
script and no request elsewhere.

The form's fields are the complaint's (:class:`~klachtregels.model.complaint.Complaint`),
grouped in :data:`GROUPS`; a test keeps them equal to the model's fields but
:data:`NOT_ON_FORM`.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from html import escape
from typing import Any, Literal
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from klachtregels.engine.evaluate import DEFAULT_ENGINE
from klachtregels.errors import KlachtregelsError
from klachtregels.messages import LANGUAGES, Lang, render
from klachtregels.model.complaint import Complaint, ComplaintError
from klachtregels.model.loader import regulations
from klachtregels.service.errors import lang_of
from klachtregels.service.routes import Settings, settings
from klachtregels.service.view import result

__all__ = ["GROUPS", "NOT_ON_FORM", "router"]

#: The complaint's fields on the form, by fieldset.
GROUPS: dict[str, tuple[str, ...]] = {
    "complaint": (
        "id",
        "received_on",
        "channel",
        "complainant_role",
        "addressed_to",
        "in_writing_on",
    ),
    "facts": (
        "anonymous",
        "client_birth_date",
        "with_parent",
        "event_on",
        "claims_damages",
        "damage_known_on",
        "damage_kind",
        "involuntary_care",
        "concerns_other_provider",
        "objects_to_forwarding",
        "same_complaint_decided",
        "same_complaint_pending",
        "complaints_officer_involved",
    ),
    "history": (
        "acknowledged_on",
        "first_contact_on",
        "extension_notified_on",
        "delay_notice_on",
        "delay_reply_on",
        "judgment_on",
        "satisfied",
        "withdrawn_on",
        "committee_judgment_on",
        "measures_on",
    ),
}
#: Fields the form leaves out: a list of dated events and free facts need more than a form.
NOT_ON_FORM = frozenset({"events", "extra"})
#: The catalogue prefix of a choice field's option labels.
_OPTION_LABELS = {
    "channel": "channel.",
    "complainant_role": "role.",
    "addressed_to": "step.name.",
    "damage_kind": "service.damage.",
}
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

Kind = Literal["date", "check", "maybe", "choice", "text"]

router = APIRouter(include_in_schema=False)


def kind_of(name: str) -> tuple[Kind, tuple[str, ...], bool]:
    """How a complaint field is asked: its kind, its choices, whether it is required."""
    info = Complaint.model_fields[name]
    ann = info.annotation
    optional = typing.get_origin(ann) in (typing.Union, types.UnionType)
    args = [a for a in typing.get_args(ann) if a is not type(None)]
    if optional and len(args) == 1:
        ann = args[0]
    if typing.get_origin(ann) is typing.Annotated:  # a strict ISO day (history.Day)
        ann = typing.get_args(ann)[0]
    required = info.is_required()
    if ann is date:
        return "date", (), required
    if ann is bool:
        return ("maybe" if optional else "check"), (), required
    if typing.get_origin(ann) is Literal:
        return "choice", tuple(str(a) for a in typing.get_args(ann)), required
    return "text", (), required


def _label(name: str, lang: Lang) -> str:
    return render(f"service.field.{name}", lang)


def _option(value: str, text: str, chosen: str) -> str:
    sel = " selected" if value == chosen else ""
    return f'<option value="{escape(value)}"{sel}>{escape(text)}</option>'


def _control(name: str, value: str, lang: Lang, error: str | None) -> str:
    """One field with its label (and its error, when it has one)."""
    kind, choices, required = kind_of(name)
    ident = f"f-{name}"
    label_text = escape(_label(name, lang))
    if required:
        label_text += f' <span class="req">({escape(render("service.page.required", lang))})</span>'
    attrs = f'id="{ident}" name="{name}"' + (" required" if required else "")
    if error is not None:
        attrs += f' aria-invalid="true" aria-describedby="{ident}-error"'
    problem = f'<p class="problem" id="{ident}-error">{escape(error)}</p>' if error else ""
    if kind == "check":
        checked = " checked" if value == "yes" else ""
        return (
            f'<div class="field check"><input type="checkbox" {attrs} value="yes"{checked}>'
            f'<label for="{ident}">{label_text}</label>{problem}</div>'
        )
    if kind == "date":
        control = f'<input type="date" {attrs} value="{escape(value)}">'
    elif kind == "text":
        control = f'<input type="text" {attrs} value="{escape(value)}" maxlength="200">'
    else:
        if kind == "maybe":
            pairs = [("", "service.page.unknown"), ("yes", "service.page.yes")]
            options = [_option(v, render(k, lang), value) for v, k in pairs]
            options.append(_option("no", render("service.page.no", lang), value))
        else:
            prefix = _OPTION_LABELS[name]
            empty = "" if required else _option("", render("service.page.none", lang), value)
            options = [empty] + [_option(c, render(prefix + c, lang), value) for c in choices]
        control = f"<select {attrs}>{''.join(options)}</select>"
    return f'<div class="field"><label for="{ident}">{label_text}</label>{control}{problem}</div>'


def _form(
    s: Settings, values: dict[str, str], lang: Lang, error: tuple[str | None, str] | None
) -> str:
    field, message = error if error else (None, "")
    found = regulations(path=s.dirs, shadow=s.shadow)
    chosen = values.get("regulation") or next(iter(found), "")
    regs = "".join(
        _option(ident, f"{s.regulation(ident).name} ({ident})", chosen) for ident in found
    )
    head = [
        '<div class="field"><label for="f-regulation">'
        f"{escape(_label('regulation', lang))}</label>"
        f'<select id="f-regulation" name="regulation">{regs}</select></div>',
        '<div class="field"><label for="f-as_of">'
        f'{escape(_label("as_of", lang))}</label><input type="date" id="f-as_of" '
        f'name="as_of" value="{escape(values.get("as_of", ""))}"'
        + (' aria-invalid="true" aria-describedby="f-as_of-error"' if field == "as_of" else "")
        + ">"
        + (
            f'<p class="problem" id="f-as_of-error">{escape(message)}</p>'
            if field == "as_of"
            else ""
        )
        + "</div>",
    ]
    sets = []
    for group, names in GROUPS.items():
        legend = escape(render(f"service.page.{group}", lang))
        controls = [
            _control(n, values.get(n, ""), lang, message if field == n else None) for n in names
        ]
        if group == "complaint":
            controls = head + controls
        sets.append(f"<fieldset><legend>{legend}</legend>{''.join(controls)}</fieldset>")
    submit = escape(render("service.page.submit", lang))
    return (
        f'<form method="post" action="./" id="complaint-form">'
        f'<input type="hidden" name="lang" value="{lang}">{"".join(sets)}'
        f'<p><button type="submit">{submit}</button></p></form>'
    )


def complaint_data(values: dict[str, str]) -> dict[str, Any]:
    """The complaint a filled-in form says: empty fields left out, boxes as booleans."""
    data: dict[str, Any] = {}
    for names in GROUPS.values():
        for name in names:
            value = values.get(name, "").strip()
            kind = kind_of(name)[0]
            if kind == "check":
                if value:
                    data[name] = value == "yes"
            elif kind == "maybe":
                if value in ("yes", "no"):
                    data[name] = value == "yes"
            elif value:
                data[name] = value
    return data


def _assess(
    s: Settings, values: dict[str, str], lang: Lang
) -> tuple[str, tuple[str | None, str] | None]:
    """The result's HTML, or the error: (field, message)."""
    try:
        reg = s.regulation(values.get("regulation", ""))
    except KlachtregelsError as e:
        return "", ("regulation", e.message(lang))
    as_of: date | None = None
    if values.get("as_of"):
        try:
            as_of = date.fromisoformat(values["as_of"])
        except ValueError:
            return "", ("as_of", render("error.not_a_date", lang, text=values["as_of"]))
    try:
        complaint = Complaint.model_validate(complaint_data(values))
    except ComplaintError as e:
        return "", (e.field.split(".")[0] or None, e.message(lang))
    try:
        reg = s.on_day(values.get("regulation", ""), None, complaint.received_on)
        a = DEFAULT_ENGINE.evaluate(reg, complaint, as_of, lang=lang)
    except KlachtregelsError as e:
        return "", (None, e.message(lang))
    return result(reg, a, lang), None


def _page(request: Request, lang: Lang, values: dict[str, str], evaluate: bool) -> HTMLResponse:
    s = settings(request)
    body, error = _assess(s, values, lang) if evaluate else ("", None)
    if error is not None:
        title = escape(render("service.page.error", lang))
        body = (
            f'<h2 id="result-head">{title}</h2>'
            f'<p class="problem" role="alert" id="error">{escape(error[1])}</p>'
        )
    section = (
        f'<section id="result" aria-labelledby="result-head" tabindex="-1">{body}</section>'
        if body
        else ""
    )
    html = _document(lang, _form(s, values, lang, error), section)
    headers = {"content-security-policy": _CSP, "content-language": lang, "vary": "Accept-Language"}
    return HTMLResponse(html, headers=headers)


@router.get("/", response_class=HTMLResponse)
async def form(request: Request) -> HTMLResponse:
    return _page(request, lang_of(request), {}, evaluate=False)


@router.post("/", response_class=HTMLResponse)
async def submit(request: Request) -> HTMLResponse:
    raw = (await request.body()).decode("utf-8", "replace")
    values = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    asked = values.get("lang")
    lang = next((lang for lang in LANGUAGES if lang == asked), lang_of(request))
    return _page(request, lang, values, evaluate=True)


def _document(lang: Lang, form_html: str, section: str) -> str:
    title = escape(render("service.page.title", lang))
    langs = " · ".join(
        f'<a href="./?lang={code}" hreflang="{code}" lang="{code}"'
        + (' aria-current="true"' if code == lang else "")
        + f">{name}</a>"
        for code, name in (("nl", "Nederlands"), ("en", "English"))
    )
    skip = (
        f'<a class="skip" href="#result">{escape(render("service.page.skip", lang))}</a>'
        if section
        else ""
    )
    api = render("service.page.api", lang, docs='<a href="docs">/docs</a>')
    nav = escape(render("service.page.language", lang))
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{CSS}</style></head><body>{skip}"
        f'<header><h1>{title}</h1><nav aria-label="{nav}">{langs}</nav></header>'
        '<main><p class="intro">'
        f"{escape(render('service.page.intro', lang))}</p>{form_html}{section}"
        f"<footer><p>{api}</p></footer></main></body></html>"
    )


CSS = """
:root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad;
  --ok: #1a7f37; --bad: #b42318; --open: #0b5cad; --bg: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.45;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
header, main { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline;
  border-bottom: 1px solid var(--line); }
h1 { font-size: 1.5rem; margin: 1rem 0 .6rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus, summary:focus, #result:focus {
  outline: 3px solid #f0b400; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; }
.intro { color: var(--muted); max-width: 46rem; }
fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 1rem 0;
  padding: .6rem 1rem 1rem; display: grid; gap: .7rem 1.2rem;
  grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
legend { font-weight: 600; padding: 0 .3rem; }
.field { display: flex; flex-direction: column; gap: .2rem; }
.field.check { flex-direction: row; align-items: flex-start; gap: .5rem; }
.field.check input { margin-top: .25rem; width: 1.1rem; height: 1.1rem; }
label { font-size: .95rem; }
.req { color: var(--muted); font-size: .85rem; }
input[type=date], input[type=text], select { font: inherit; padding: .35rem .45rem;
  border: 1px solid #8c959f; border-radius: 6px; background: #fff; min-height: 2.2rem; }
[aria-invalid=true] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent);
  border: 0; border-radius: 6px; padding: .55rem 1.4rem; cursor: pointer; }
.problem { color: var(--bad); font-weight: 600; margin: .2rem 0; }
.lead { color: var(--muted); }
.verdicts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
  gap: 1rem; }
.verdict { border: 1px solid var(--line); border-left: 6px solid var(--ok);
  border-radius: 8px; padding: .2rem 1rem .6rem; }
.verdict.no { border-left-color: var(--bad); }
.verdict h3 { margin-top: .6rem; }
.answer { font-size: 1.3rem; font-weight: 700; margin: .2rem 0; }
.verdict.yes .answer { color: var(--ok); } .verdict.no .answer { color: var(--bad); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
thead th { background: var(--soft); }
tr.why td { border-bottom: 2px solid var(--line); padding-top: 0; color: var(--muted);
  font-size: .9rem; }
.status-missed { color: var(--bad); font-weight: 600; }
.status-met { color: var(--ok); } .status-open { color: var(--open); font-weight: 600; }
.tag { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .45rem;
  border-radius: 999px; border: 1px solid; }
.tag.open { color: var(--open); } .tag.closed { color: var(--muted); }
#route li { margin: .35rem 0; }
.contact { color: var(--muted); font-size: .9rem; }
figure.picture { margin: 1.5rem 0; overflow-x: auto; }
figcaption { font-weight: 600; font-size: 1.1rem; margin-bottom: .4rem; }
svg .step, svg .formal, svg .start, svg .exit { fill: #fff; stroke: #57606a; stroke-width: 1.4; }
svg .start { fill: var(--soft); }
svg .formal { stroke-width: 2.2; }
svg .inner { fill: none; stroke: #57606a; stroke-width: 1; }
svg .exit { stroke-dasharray: 6 4; }
svg .open { stroke: var(--open); stroke-width: 3; fill: #eef5ff; }
svg [data-state=closed] rect { opacity: .75; }
svg .title { fill: var(--ink); font-weight: 600; }
svg .detail, svg .label, svg .tick { fill: var(--muted); }
svg .arrow { stroke: #57606a; stroke-width: 1.6; }
svg .head { fill: #57606a; }
svg .axis { stroke: #8c959f; }
svg .rowlabel { fill: var(--ink); }
svg .bar-open { fill: var(--open); } svg .bar-met { fill: var(--ok); }
svg .bar-missed { fill: var(--bad); } svg .bar-none { fill: #8c959f; }
svg .mark { stroke: #f0b400; stroke-width: 2; }
svg .asof { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .asof-label, svg .more { fill: var(--ink); }
.sources { font-size: .9rem; color: var(--muted); }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); }
"""
