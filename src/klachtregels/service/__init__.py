"""The HTTP service: the JSON API under ``/v1`` and a page for people at ``/``.

Needs the ``serve`` extra (``pip install 'klachtregels[serve]'``: FastAPI, uvicorn and
the docs page's files). Only ``klachtregels serve`` imports this package; the library
and the other commands never do, so they run without it. See ``docs/service.md``.

Modules: :mod:`.app` makes the application, :mod:`.routes` the API, :mod:`.errors` the
error answers, :mod:`.log` the guard around each request (body limit, access log,
last catch), :mod:`.page` and :mod:`.view` the page, :mod:`.diagram` its pictures.
"""
