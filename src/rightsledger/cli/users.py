"""Commands over accounts: ``users add``, ``users token``, ``users list``."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from .app import (DbOption, Format, FormatOption, UserOption, command_actor, emit, catalogue_errors, open_ledger, app,
                  err_console)

users_app = typer.Typer(help="Accounts: viewer (read), editor (review and correct), admin (users too).\n\n"
                             "Example: rightsledger users add amira --role editor",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="The user name (letters, digits, . _ - @)."),
    role: str = typer.Option("editor", "--role", help="viewer, editor or admin (the first user: admin)."),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the password from standard input (for scripts)."),
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Add a user; asks for the password (twice). The first user must be an admin; later ones need an admin.

    Example: rightsledger users add amira --role editor
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        actor = command_actor(ledger, user) if ledger.has_users() else None
        if ledger.has_users():
            ledger.require(actor, "admin")
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True,
                                    err=True)
        acc = ledger.add_user(name, role, password, actor)
        err_console.print(f"added {acc.name} ({acc.role})")


@users_app.command("token")
def users_token(
    name: str = typer.Argument(..., help="Whose token."),
    days: Optional[float] = typer.Option(None, "--days", min=0.001, help="Expires after so many days (default: never)."),
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Issue an API token (shown once, stored only as a hash); the user themselves or an admin.

    Example: rightsledger users token amira --user admin --days 90
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        secret = ledger.new_token(name, command_actor(ledger, user), days=days)
        sys.stdout.write(secret + "\n")
        err_console.print("shown once: keep it; send it as 'Authorization: Bearer …' "
                          "or set RIGHTSLEDGER_TOKEN")


@users_app.command("list")
def users_list(db: Optional[str] = DbOption, user: Optional[str] = UserOption,
               format: Format = FormatOption) -> None:
    """The users, their roles and how many API tokens each has (an admin's view).

    Example: rightsledger users list --user admin
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        emit(ledger.users(command_actor(ledger, user)), format, ["name", "role", "tokens", "created_at", "created_by"])
