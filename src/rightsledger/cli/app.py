"""The ``rightsledger`` Typer app and what its commands share: options, output formats, errors.

Each command module of this package adds its commands to :data:`app` when imported
(``cli/__init__`` imports them all); none imports back into ``cli/__init__``.

Every command prints a Rich table (or JSON Lines / CSV with ``--format``) and ends its
help with an example. Errors are printed on one line, never as a traceback.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Iterator, Optional

import typer

from ..errors import RightsledgerError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

app = typer.Typer(
    name="rightsledger",
    help="Human-rights country reports in, cited ledger out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


#: What every console of the CLI is made with. ``emoji=False``: Rich would print ``:turkey:`` in a
#: string (a cell, a title, a line) as 🦃, and ``escape`` does not stop it; a report's text, a name,
#: a reason is printed as written. (Markup in data is escaped where it is printed: :func:`escape`.)
CONSOLE_OPTIONS: dict[str, Any] = {"emoji": False}


def make_console(**options: Any) -> "Console":
    """A Rich console as the CLI's are made (:data:`CONSOLE_OPTIONS`)."""
    from rich.console import Console

    return Console(**{**CONSOLE_OPTIONS, **options})


class _LazyConsole:
    """A Rich console made when something is first printed through it: importing Rich costs a
    cold command about 0.1 s, and ``ask --format jsonl`` (or any JSON Lines output) never
    uses it. ``.real`` is the console itself (for Rich objects that take one)."""

    def __init__(self, **options: Any) -> None:
        self._options = options   # make_console adds CONSOLE_OPTIONS
        self._console: "Console | None" = None

    @property
    def real(self) -> "Console":
        if self._console is None:
            self._console = make_console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


console = _LazyConsole()
err_console = _LazyConsole(stderr=True)


def escape(text: str) -> str:
    """Rich's ``escape`` (markup characters in data printed literally), Rich imported on use."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def new_table(*args: Any, **kwargs: Any) -> "Table":
    """A Rich ``Table`` (Rich imported on use)."""
    from rich.table import Table

    return Table(*args, **kwargs)

DbOption = typer.Option(None, "--db", envvar="RIGHTSLEDGER_DB",
                        help="Database file or URL (default ./rightsledger.db).")


UserOption = typer.Option(
    None, "--user", envvar="RIGHTSLEDGER_USER",
    help="Who makes the change, once the database has users (password from "
         "RIGHTSLEDGER_PASSWORD or asked; or an API token in RIGHTSLEDGER_TOKEN instead).")


def command_actor(ledger: Any, user: Optional[str]) -> Any:
    """The account a command acts as: nobody on a database without users; else the API token
    in ``RIGHTSLEDGER_TOKEN``, or ``--user``/``RIGHTSLEDGER_USER`` with the password from
    ``RIGHTSLEDGER_PASSWORD`` or asked on the terminal."""
    import os

    if not ledger.has_users():
        return None
    token = os.environ.get("RIGHTSLEDGER_TOKEN")
    if token and not user:
        return ledger.authenticate(token, "token")
    if not user:
        return None  # the change is then refused with LOGIN_REQUIRED
    password = os.environ.get("RIGHTSLEDGER_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            from ..errors import Code

            raise RightsledgerError(Code.LOGIN_REQUIRED,
                                    detail="set RIGHTSLEDGER_PASSWORD or RIGHTSLEDGER_TOKEN")
        password = typer.prompt(f"password for {user}", hide_input=True, err=True)
    return ledger.login(user, password)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


#: ``--format`` of a command that lists records: a table on the terminal (the default), jsonl or csv.
FormatOption = typer.Option(Format.table, "--format")
#: ``--doc`` of a command that lists records: those of one document only (all when not given).
DocOption = typer.Option(None, "--doc")


def open_ledger(db: Optional[str]):
    """The ``Ledger`` over the database ``db`` names (the default one when None): what every command opens."""
    from ..ledger import Ledger

    return Ledger(db)


@contextmanager
def catalogue_errors() -> Iterator[None]:
    """Catalogue errors → one line on stderr and exit code 1."""
    try:
        yield
    except RightsledgerError as err:
        err_console.print(f"[red]error[/red] {escape(str(err))}")
        raise typer.Exit(1)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if is_dataclass(value):
        return asdict(value)  # type: ignore[arg-type]
    return value


def emit(rows: list[dict[str, Any]], fmt: Format, columns: list[str], title: str | None = None) -> None:
    """Rows printed in the format ``fmt`` asks for (jsonl, csv or a table with ``columns``): how every
    command prints records."""
    if fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=_jsonable) + "\n")
        return
    if fmt is Format.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: (json.dumps(r.get(c), ensure_ascii=False)
                                 if isinstance(r.get(c), (list, dict)) else r.get(c)) for c in columns})
        return
    from rich.text import Text   # the title as written (it may name a report or a record)

    table = new_table(title=Text(title) if title is not None else None, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[escape(_short(r.get(c))) for c in columns])
    console.print(table)


def _short(value: Any, limit: int = 90) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    s = str(value)
    return s if len(s) <= limit else s[: limit - 1] + "…"
