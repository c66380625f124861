"""The application: the API (``/v1``), its OpenAPI document and docs page, and the page.

:func:`create_app` makes it; ``klachtregels serve`` runs it with uvicorn, and
``uvicorn --factory klachtregels.service.app:create_app`` does too (one's own folders
then come from ``KLACHTREGELS_PATH``). The OpenAPI document is FastAPI's, from the
routes' pydantic models, with the published JSON Schemas
(:mod:`klachtregels.engine.schemas`) of a complaint, an assessment and a regulation as
its components. The docs page (Swagger UI) is served from the files of the
``fastapi-offline`` package: nothing is fetched from elsewhere.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from klachtregels.engine.evaluate import DEFAULT_ENGINE
from klachtregels.engine.schemas import assessment_schema, complaint_schema
from klachtregels.errors import KlachtregelsError
from klachtregels.model.catalog import search_path
from klachtregels.model.loader import regulations
from klachtregels.model.regulation import json_schema
from klachtregels.service import errors, page, routes
from klachtregels.service.log import Guard

__all__ = ["create_app"]

_log = logging.getLogger("klachtregels.service")
_DESCRIPTION = (
    "Dutch care complaint regulations, evaluated: standing, admissibility, routing, "
    "escalation steps and deadlines (Algemene termijnenwet), every conclusion cited. "
    'Errors are `{"error": {"code", "field", "message"}}` with the message in Dutch '
    "or English (`?lang=`, else `Accept-Language`). Bodies up to 1 MiB; a batch up to "
    f"{routes.MAX_BATCH:,} complaints."
)


def _version() -> str:
    try:
        return version("klachtregels")
    except PackageNotFoundError:  # pragma: no cover - run from a checkout, not installed
        return "0+unknown"


def create_app(regulations_dirs: Sequence[str] = (), *, shadow: bool = False) -> FastAPI:
    """The service; ``regulations_dirs`` are one's own folders (before KLACHTREGELS_PATH),
    each checked to be a folder here, at the start, not at the first request."""
    search_path(regulations_dirs, given_in="regulations_dirs")
    settings = routes.Settings(tuple(str(d) for d in regulations_dirs), shadow)
    app = FastAPI(
        title="klachtregels",
        version=_version(),
        description=_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=_warm,
    )
    app.state.settings = settings
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(page.router)
    _docs(app)
    app.add_middleware(Guard)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


@asynccontextmanager
async def _warm(app: FastAPI) -> AsyncIterator[None]:
    """Load every regulation and compile its plan before the first request."""
    s: routes.Settings = app.state.settings
    try:
        for ident in regulations(path=s.dirs, shadow=s.shadow):
            DEFAULT_ENGINE.plan(s.regulation(ident))
    except KlachtregelsError as e:  # reported per request too; the service still starts
        _log.error("loading the regulations: %s", e.message("en"))
    yield


# ------------------------------------------------------------------ OpenAPI and docs


def _components(schema: dict[str, Any], name: str, prefix: str = "") -> dict[str, Any]:
    """A JSON Schema with ``$defs`` as OpenAPI components: ``name`` and each def (as
    ``prefix + def``), their ``$ref`` pointing at ``#/components/schemas/``."""
    schema = dict(schema)
    defs = schema.pop("$defs", {})
    schema.pop("$schema", None)

    def moved(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: moved(v) for k, v in node.items()}
            ref = out.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                out["$ref"] = f"#/components/schemas/{prefix}{ref[len('#/$defs/') :]}"
            return out
        if isinstance(node, list):
            return [moved(v) for v in node]
        return node

    out = {f"{prefix}{k}": moved(v) for k, v in defs.items()}
    out[name] = moved(schema)
    return out


def _openapi(app: FastAPI) -> dict[str, Any]:
    doc = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    found: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    found.update(_components(complaint_schema(), "Complaint", "complaint."))
    found.update(_components(assessment_schema(), "Record"))
    found.update(_components(json_schema(), "Regulation", "regulation."))
    return doc


def _static() -> Path:
    return Path(str(resources.files("fastapi_offline"))) / "static"


_SAFE_ROOT = re.compile(r"^[A-Za-z0-9/_.-]*$")


def _docs(app: FastAPI) -> None:
    app.mount("/docs/static", StaticFiles(directory=_static()), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> HTMLResponse:
        root = str(request.scope.get("root_path", ""))
        root = root if _SAFE_ROOT.match(root) else ""
        return get_swagger_ui_html(
            openapi_url=f"{root}/openapi.json",
            title="klachtregels API",
            swagger_js_url=f"{root}/docs/static/swagger-ui-bundle.js",
            swagger_css_url=f"{root}/docs/static/swagger-ui.css",
            swagger_favicon_url=f"{root}/docs/static/favicon.png",
        )
