"""The ``backup`` and ``restore`` commands (:mod:`rightsledger.store.backup`)."""
from __future__ import annotations

from typing import Optional

import typer

from .app import DbOption, catalogue_errors, open_ledger, app


@app.command()
def backup(
    file: str = typer.Argument(..., help="Where to write the backup."),
    db: Optional[str] = DbOption,
) -> None:
    """Back up the database while it is in use (SQLite online backup; pg_dump for PostgreSQL).

    The copy is the database as of one commit: no half-written document.

    Example: rightsledger backup ledger-2026-01-31.db --db ledger.db
    """
    from ..store.backup import backup as run

    with catalogue_errors():
        info = run(open_ledger(db).store, file)
        typer.echo(f"backed up the {info['backend']} database to {info['file']} ({info['bytes']:,} bytes)")


@app.command()
def restore(
    file: str = typer.Argument(..., help="A file written by `rightsledger backup`."),
    db: Optional[str] = DbOption,
) -> None:
    """Replace the database with a backup (then apply newer migrations). Stop writers first.

    Example: rightsledger restore ledger-2026-01-31.db --db ledger.db
    """
    from ..store.backup import restore as run

    with catalogue_errors():
        info = run(open_ledger(db).store, file)
        typer.echo(f"restored {info['file']} into the {info['backend']} database")
