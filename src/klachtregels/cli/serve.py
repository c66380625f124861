"""``klachtregels serve``: the HTTP service and its page (the ``serve`` extra).

Without the extra installed it says, in one line, how to install it (exit status 2).
Listens on the loopback address by default: another host needs ``--host`` (say
``0.0.0.0``) and, in front of the service, a reverse proxy (see ``docs/service.md``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date

from klachtregels.cli.base import Parser, add_regulations, search_dirs
from klachtregels.messages import Lang, render

__all__ = ["cmd_serve", "register"]

#: Environment variables that pass ``--regulations`` and ``--shadow`` to worker processes.
ENV_DIRS, ENV_SHADOW = "KLACHTREGELS_SERVE_REGULATIONS", "KLACHTREGELS_SERVE_SHADOW"


def register(
    sub: argparse._SubParsersAction[Parser],
    iso_date: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    lang: Lang,
) -> None:
    p = sub.add_parser("serve", help="cli.help.serve")
    p.add_argument("--host", default="127.0.0.1", help="cli.help.serve.host")
    p.add_argument("--port", type=int, default=8000, help="cli.help.serve.port")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="cli.help.serve.workers")
    p.add_argument(
        "--root-path",
        default="",
        metavar="PATH",
        help="cli.help.serve.root_path",
    )
    p.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug"),
        default="info",
        help="cli.help.serve.log_level",
    )
    add_regulations(p)
    add_lang(p)
    p.set_defaults(func=cmd_serve)


def app_from_env() -> object:
    """The application as ``--workers`` starts it in each worker (a uvicorn factory)."""
    from klachtregels.service.app import create_app

    dirs = [d for d in os.environ.get(ENV_DIRS, "").split(os.pathsep) if d]
    return create_app(dirs, shadow=os.environ.get(ENV_SHADOW) == "1")


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError:
        print(f"klachtregels: {render('service.install', args.lang)}", file=sys.stderr)
        return 2
    from klachtregels.service.app import create_app

    config = _log_config(args.log_level)
    dirs = search_dirs(args)  # checked before the service says it listens
    print(render("service.listening", args.lang, host=args.host, port=args.port), file=sys.stderr)
    if args.workers > 1:
        os.environ[ENV_DIRS] = os.pathsep.join(dirs)
        os.environ[ENV_SHADOW] = "1" if args.shadow else "0"
        target: object = "klachtregels.cli.serve:app_from_env"
        factory = True
    else:
        target, factory = create_app(dirs, shadow=args.shadow), False
    uvicorn.run(
        target,  # type: ignore[arg-type]
        host=args.host,
        port=args.port,
        workers=args.workers if args.workers > 1 else None,
        factory=factory,
        access_log=False,  # the service logs each request itself, without the query
        log_config=config,
        server_header=False,
        root_path=args.root_path,
    )
    return 0


def _log_config(level: str) -> dict[str, object]:
    """uvicorn's log and the service's, one line each on stderr: time, level, text."""
    line = {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    handler = {"class": "logging.StreamHandler", "formatter": "line", "stream": "ext://sys.stderr"}
    loggers = {
        name: {"handlers": ["stderr"], "level": level.upper(), "propagate": False}
        for name in ("uvicorn", "uvicorn.error", "klachtregels.service")
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"line": line},
        "handlers": {"stderr": handler},
        "loggers": loggers,
    }
