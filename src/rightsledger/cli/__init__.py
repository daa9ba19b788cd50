"""The ``rightsledger`` command line: thin wrappers over :class:`rightsledger.Ledger`.

:mod:`.app` holds the Typer app and the shared options; each module here adds its
commands to it when imported: :mod:`.documents` (ingest, docs, sections, text, export),
:mod:`.records` (entities, events, timeline, figures, provisions), :mod:`.search`
(search, ask), :mod:`.serve` (serve), :mod:`.admin` (backup, restore), :mod:`.compare`
(compare, indicators), :mod:`.series` (series), :mod:`.quality` (evaluate, agree), :mod:`.training`
(train, first-runs), :mod:`.review`
(review, correct, reject, confirm, add, merge, split, history, audit), :mod:`.users` (users
add/token/list).
A new command goes in the module of its kind, or a new module listed below.
"""
from __future__ import annotations

from .app import app

# Importing a command module adds its commands to ``app``, in this order in ``--help``.
from . import documents  # noqa: E402,F401
from . import records  # noqa: E402,F401
from . import quality  # noqa: E402,F401
from . import training  # noqa: E402,F401
from . import search  # noqa: E402,F401
from . import compare  # noqa: E402,F401
from . import serve  # noqa: E402,F401
from . import admin  # noqa: E402,F401
from . import series  # noqa: E402,F401
from . import review  # noqa: E402,F401
from . import users  # noqa: E402,F401

__all__ = ["app", "main"]


def main() -> None:
    app()
