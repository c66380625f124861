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
from typing import Any

from klachtregels.engine.assessment import SCHEMA_VERSION, Assessment, Deadline, Finding, Step
from klachtregels.model.regulation import SECTIONS, Body, Citation, Regulation

__all__ = ["CitationTable", "JsonWriter", "dumps"]

_encode: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False).encode


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

    def table(self) -> dict[str, dict[str, str]]:
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
        self._seen: dict[int, tuple[object, str]] = {}
        self._heads: dict[tuple[str, str, str | None], str] = {}
        #: Explanations per due date (id, language), shared by deadlines of other statuses.
        self._explained: dict[tuple[int, str], tuple[object, str]] = {}

    def header(self) -> str:
        """The compact form's first line: the citations by id (empty without a table)."""
        table = self._citations.table() if self._citations else {}
        return dumps({"schema_version": SCHEMA_VERSION, "citations": table})

    def assessment(self, a: Assessment) -> str:
        """One assessment as one line of JSON (no newline)."""
        as_of = a.as_of.isoformat() if a.as_of else None
        head_key = (a.regulation, a.version, as_of)
        head = self._heads.get(head_key)
        if head is None:
            head = self._heads[head_key] = (
                f', "regulation": {dumps(a.regulation)}, "version": {dumps(a.version)}, '
                f'"as_of": {dumps(as_of)}, "standing": '
            )
        fwd = a.forward_to
        step = self._step
        parts = [
            '{"schema_version": ',
            str(SCHEMA_VERSION),
            ', "id": ',
            "null" if a.id is None else dumps(a.id),
            head,
            self._verdict(a.standing.ok, a.standing.findings),
            ', "admissibility": ',
            self._verdict(a.admissibility.ok, a.admissibility.findings),
            ', "forward_to": ',
            "null" if fwd is None else self._body(fwd),
            ', "route": [',
            ", ".join([step(s) for s in a.route]),
            '], "next_steps": [',
            ", ".join([step(s) for s in a.next_steps]),
            '], "deadlines": [',
            ", ".join([self._deadline(d) for d in a.deadlines]),
            '], "findings": [',
            ", ".join([self._finding(f) for f in a.findings]),
            "]}",
        ]
        return "".join(parts)

    # ------------------------------------------------------------ the parts

    def _remember(self, obj: object, text: str) -> str:
        seen = self._seen
        if len(seen) >= self._limit:
            seen.clear()
        seen[id(obj)] = (obj, text)
        return text

    def _verdict(self, ok: bool, findings: list[Finding]) -> str:
        inner = ", ".join([self._finding(f) for f in findings])
        return f'{{"ok": {"true" if ok else "false"}, "findings": [{inner}]}}'

    def _finding(self, f: Finding) -> str:
        hit = self._seen.get(id(f))
        if hit is not None and hit[0] is f:
            return hit[1]
        data = f.model_dump()
        data["citation"] = self._cite(f.citation)
        return self._remember(f, dumps(data))

    def _step(self, s: Step) -> str:
        hit = self._seen.get(id(s))
        if hit is not None and hit[0] is s:
            return hit[1]
        data = s.model_dump()
        data["citation"] = self._cite(s.citation)
        return self._remember(s, dumps(data))

    def _deadline(self, d: Deadline) -> str:
        hit = self._seen.get(id(d))
        if hit is not None and hit[0] is d:
            return hit[1]
        data = d.model_dump(explanation=False)
        data["explanation"] = self._explanation(d)
        data["citation"] = self._cite(d.citation)
        return self._remember(d, dumps(data))

    def _explanation(self, d: Deadline) -> str:
        due = d.computation
        if due is None:
            return ""
        key = (id(due), d.lang)
        hit = self._explained.get(key)
        if hit is not None and hit[0] is due:
            return hit[1]
        if len(self._explained) >= self._limit:
            self._explained.clear()
        text = d.explanation
        self._explained[key] = (due, text)
        return text

    def _body(self, b: Body) -> str:
        hit = self._seen.get(id(b))
        if hit is not None and hit[0] is b:
            return hit[1]
        data = b.model_dump(mode="json")
        data["citation"] = self._cite(b.citation)
        return self._remember(b, dumps(data))

    def _cite(self, c: Citation | None) -> Any:
        if c is None:
            return None
        if self._citations is not None:
            ident = self._citations.ids.get(c)
            if ident is not None:
                return ident
        return {"source": c.source, "article": c.article, "quote": c.quote}
