"""Writing assessments as JSON lines, fast: what is shared is serialised once.

``JsonWriter().assessment(a)`` is exactly ``json.dumps(a.model_dump(mode="json"),
ensure_ascii=False)`` (a test compares them), but cheaper: the evaluator shares its
immutable steps, deadlines and findings between assessments
(:mod:`klachtregels.engine.evaluate`), so a writer remembers the JSON of each such
object it wrote, by identity, holding the object so that its id cannot be reused. The
memory is bounded (``limit`` entries; then it starts over) and belongs to the writer,
never to the models or the assessments: make one writer per batch.

The compact form (``citations=``, a :class:`CitationTable`) writes each citation as its
id; the table, written once before the results (:meth:`JsonWriter.header`), maps each
id to the citation. A citation the table does not know is written in full.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from klachtregels.engine.assessment import SCHEMA_VERSION, Assessment, Deadline, Finding, Step
from klachtregels.model.regulation import SECTIONS, Body, Citation, Regulation

__all__ = ["CitationTable", "JsonWriter", "dumps"]

_encode: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False).encode
_OPEN = b'{"schema_version": ' + str(SCHEMA_VERSION).encode() + b', "id": '
_OK, _NOT_OK = b'{"ok": true, "findings": [', b'{"ok": false, "findings": ['
#: What ``json.dumps(..., ensure_ascii=False)`` writes a string with (C, where built).
_quoted: Callable[[str], str] = json.encoder.encode_basestring


def _string(text: str) -> bytes:
    """A JSON string as ``json.dumps(text, ensure_ascii=False)`` writes it, in UTF-8."""
    return _quoted(text).encode()


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)``: one line, ``", "`` and ``": "``."""
    return _encode(value)


class CitationTable:
    """Every citation of a regulation (its rules, the law rules it replaced or left out,
    its bodies) under a short id: ``"livio art. 8 lid 1"``; the same source and article
    with another quote gets ``#2``, ``#3``, in document order."""

    def __init__(self, reg: Regulation) -> None:
        self.ids: dict[Citation, str] = {}
        taken: dict[str, int] = {}
        for c in _citations(reg):
            if c in self.ids:
                continue
            base = f"{c.source} {c.article}"
            n = taken.get(base, 0) + 1
            taken[base] = n
            self.ids[c] = base if n == 1 else f"{base}#{n}"

    def table(self) -> dict[str, dict[str, str | None]]:
        """id -> citation, as the compact form's header gives it."""
        return {
            ident: {"source": c.source, "article": c.article, "quote": c.quote}
            for c, ident in self.ids.items()
        }


def _citations(reg: Regulation) -> Iterable[Citation]:
    for section in SECTIONS:
        rules: Mapping[str, Any] = getattr(reg, section)
        for rule_id, rule in rules.items():
            yield rule.citation
            law = reg.law_rule(section, rule_id)
            if law is not None:
                yield law.citation
    for omission in reg.omits:
        yield omission.citation
        law = reg.law_rule(omission.section, omission.id)
        if law is not None:
            yield law.citation


class JsonWriter:
    """JSON text of assessments, one line each, remembering what it wrote (see module)."""

    def __init__(self, *, citations: CitationTable | None = None, limit: int = 1 << 16) -> None:
        self._citations = citations
        self._limit = limit
        self._seen: dict[int, tuple[object, bytes]] = {}
        self._heads: dict[tuple[str, str, date | None], bytes] = {}
        #: Routes and their open steps, by the ids of the steps (held, so ids stay valid).
        self._routes: dict[tuple[int | None, ...], tuple[tuple[Step, ...], bytes]] = {}
        self._cited: dict[int, tuple[Citation, bytes]] = {}
        #: Verdicts of shared findings, by ``ok`` and the ids of the findings (held).
        self._verdicts: dict[tuple[bool | int, ...], tuple[tuple[Finding, ...], bytes]] = {}
        #: Explanations per due date (id, language), shared by deadlines of other statuses.
        self._explained: dict[tuple[int, str], tuple[object, bytes]] = {}
        #: A deadline's start, due date, term and Atw flag, by their values.
        self._days: dict[tuple[date, date, str, bool], bytes] = {}
        #: Short strings (ids, terms, statuses) by their text.
        self._words: dict[str, bytes] = {}

    def header(self) -> str:
        """The compact form's first line: the citations by id (empty without a table)."""
        table = self._citations.table() if self._citations else {}
        return dumps({"schema_version": SCHEMA_VERSION, "citations": table})

    def assessment(self, a: Assessment) -> str:
        """One assessment as one line of JSON (no newline)."""
        return self.encoded(a).decode("utf-8")

    def encoded(self, a: Assessment) -> bytes:
        """:meth:`assessment` as UTF-8, as it is written (what is remembered is bytes)."""
        out: list[bytes] = []
        self.extend(out, a)
        return b"".join(out)

    def extend(self, out: list[bytes], a: Assessment) -> None:
        """Append the pieces of :meth:`encoded` to ``out``: a batch joins the pieces of a
        chunk of results once, instead of each result's and then the chunk's."""
        head_key = (a.regulation, a.version, a.as_of)
        head = self._heads.get(head_key)
        if head is None:
            as_of = a.as_of.isoformat() if a.as_of else None
            head = self._heads[head_key] = (
                f', "regulation": {dumps(a.regulation)}, "version": {dumps(a.version)}, '
                f'"as_of": {dumps(as_of)}, "standing": '
            ).encode()
        seen, fwd = self._seen, a.forward_to
        out += (
            _OPEN,
            b"null" if a.id is None else dumps(a.id).encode(),
            head,
            self._verdict(a.standing.ok, a.standing.findings),
            b', "admissibility": ',
            self._verdict(a.admissibility.ok, a.admissibility.findings),
            b', "forward_to": ',
            b"null" if fwd is None else self._body(fwd),
            self._steps(a.route, a.next_steps),
            b'], "deadlines": [',
        )
        sep = b""
        for d in a.deadlines:
            hit = seen.get(id(d))
            out += (sep, hit[1] if hit is not None and hit[0] is d else self._deadline(d))
            sep = b", "
        out.append(b'], "findings": [')
        sep = b""
        for f in a.findings:
            hit = seen.get(id(f))
            out += (sep, hit[1] if hit is not None and hit[0] is f else self._finding(f))
            sep = b", "
        out.append(b"]}")

    # ------------------------------------------------------------ the parts

    def _remember(self, obj: object, data: dict[str, Any]) -> bytes:
        text = dumps(data).encode()
        seen = self._seen
        if len(seen) >= self._limit:
            seen.clear()
        seen[id(obj)] = (obj, text)
        return text

    def _steps(self, route: list[Step], next_steps: list[Step]) -> bytes:
        """``, "route": [...], "next_steps": [...`` (the evaluator shares whole routes, so
        the pair is remembered by the steps it holds)."""
        key = (*map(id, route), None, *map(id, next_steps))
        hit = self._routes.get(key)
        if hit is not None:
            return hit[1]
        seen, parts = self._seen, []
        for steps in (route, next_steps):
            texts = []
            for s in steps:
                found = seen.get(id(s))
                texts.append(found[1] if found is not None and found[0] is s else self._step(s))
            parts.append(b", ".join(texts))
        text = b', "route": [' + parts[0] + b'], "next_steps": [' + parts[1]
        if len(self._routes) >= self._limit:
            self._routes.clear()
        self._routes[key] = ((*route, *next_steps), text)  # holds the steps: ids stay theirs
        return text

    def _verdict(self, ok: bool, findings: list[Finding]) -> bytes:
        """A verdict; one made of shared findings only (most are) is remembered by the
        findings it holds, as routes are."""
        # Most verdicts hold one finding: its key without the unpacking.
        key = (ok, id(findings[0])) if len(findings) == 1 else (ok, *map(id, findings))
        hit = self._verdicts.get(key)
        if hit is not None:
            return hit[1]
        seen, out, shared = self._seen, [], True
        for f in findings:
            found = seen.get(id(f))
            out.append(found[1] if found is not None and found[0] is f else self._finding(f))
            shared = shared and not isinstance(f.params, dict)
        text = b"".join((_OK if ok else _NOT_OK, b", ".join(out), b"]}"))
        if shared:
            if len(self._verdicts) >= self._limit:
                self._verdicts.clear()
            self._verdicts[key] = (tuple(findings), text)  # held: the ids stay theirs
        return text

    def _finding(self, f: Finding) -> bytes:
        data = f.model_dump()
        data["citation"] = self._cite(f.citation)
        if f.overrides is not None:
            data["overrides"] = self._cite(f.overrides)
        if isinstance(f.params, dict):  # made for one complaint (shared ones are read-only)
            return dumps(data).encode()
        return self._remember(f, data)

    def _step(self, s: Step) -> bytes:
        data = s.model_dump()
        data["citation"] = self._cite(s.citation)
        return self._remember(s, data)

    def _deadline(self, d: Deadline) -> bytes:
        """Written by hand in the order of ``Deadline.model_dump`` (a test compares them):
        deadlines are the most numerous new parts of a batch. Their parts repeat: the
        dates and term of a due date, the ids, terms and statuses of a regulation."""
        days_key = (d.start, d.due, d.term, d.atw_extended)
        days = self._days.get(days_key)
        if days is None:
            if len(self._days) >= self._limit:
                self._days.clear()
            days = self._days[days_key] = b"".join(
                (
                    b', "start": "',
                    d.start.isoformat().encode(),
                    b'", "due": "',
                    d.due.isoformat().encode(),
                    b'", "term": ',
                    self._word(d.term),
                    b', "atw_extended": true' if d.atw_extended else b', "atw_extended": false',
                )
            )
        text = b"".join(
            (
                b'{"id": ',
                self._word(d.id),
                days,
                b', "status": ',
                b"null" if d.status is None else self._word(d.status),
                b', "explanation": ',
                self._explanation(d),
                b', "citation": ',
                self._cite_json(d.citation),
                b"}",
            )
        )
        seen = self._seen
        if len(seen) >= self._limit:
            seen.clear()
        seen[id(d)] = (d, text)
        return text

    def _word(self, text: str) -> bytes:
        """A short string of the regulation (an id, a term, a status) as JSON, written once."""
        words = self._words
        found = words.get(text)
        if found is None:
            if len(words) >= self._limit:
                words.clear()
            found = words[text] = _string(text)
        return found

    def _explanation(self, d: Deadline) -> bytes:
        due = d.computation
        key = (id(due), d.lang)
        hit = self._explained.get(key)
        if hit is not None and hit[0] is due:
            return hit[1]
        if len(self._explained) >= self._limit:
            self._explained.clear()
        text = _string(d.explanation)
        self._explained[key] = (due, text)
        return text

    def _body(self, b: Body) -> bytes:
        hit = self._seen.get(id(b))
        if hit is not None and hit[0] is b:
            return hit[1]
        data = b.model_dump(mode="json")
        data["citation"] = self._cite(b.citation)
        return self._remember(b, data)

    def _cite_json(self, c: Citation) -> bytes:
        """A citation's JSON; a regulation has few, each written once."""
        hit = self._cited.get(id(c))
        if hit is not None and hit[0] is c:
            return hit[1]
        text = dumps(self._cite(c)).encode()
        if len(self._cited) >= self._limit:
            self._cited.clear()
        self._cited[id(c)] = (c, text)
        return text

    def _cite(self, c: Citation | None) -> Any:
        if c is None:
            return None
        if self._citations is not None:
            ident = self._citations.ids.get(c)
            if ident is not None:
                return ident
        return {"source": c.source, "article": c.article, "quote": c.quote}
