"""The checker of the house rule on function length (t-house23): a newcomer cannot follow a function
of 130 lines, so no function of the package is longer than ``CAP`` lines unless ``ALLOWED`` names it
with a reason and the length it may not grow past.

A function's length is ``end_lineno - lineno + 1`` from :mod:`ast`: its ``def`` line to its last line,
docstring and comments inside included, decorators not; a nested function counts in its parent's
length and is checked on its own too. Functions are named ``path::Outer.name`` (the path under
``src/``, classes and enclosing functions joined by dots)."""
from __future__ import annotations

import ast
from pathlib import Path

#: The longest a function of the package may be, in lines.
CAP = 100

#: The functions allowed past ``CAP``: the length each may not grow past, and why it is long.
ALLOWED: dict[str, tuple[int, str]] = {
    "rightsledger/api/routes.py::build_router": (
        218, "a router builder: one short nested handler per read route, sharing the ledger and the "
             "cache the builder binds; the length is the number of routes"),
    "rightsledger/api/review.py::build_review_router": (
        121, "a router builder: one short nested handler per write route, sharing the ledger, the auth "
             "dependency and the limits the builder binds"),
    "rightsledger/api/app.py::create_app": (
        126, "the application factory: middleware, error handlers and mounts registered as nested "
             "handlers on the app it builds"),
}


def function_lengths(source: str, name: str) -> dict[str, tuple[int, int]]:
    """Every function (and method, and nested function) of ``source`` by its qualified name under the
    module ``name``: its length in lines and the line of its ``def``."""
    out: dict[str, tuple[int, int]] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                qual = prefix + child.name
                out[f"{name}::{qual}"] = (child.end_lineno - child.lineno + 1, child.lineno)  # type: ignore[operator]
                visit(child, qual + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return out


def package_lengths(src_root: Path) -> dict[str, tuple[int, int]]:
    """Every function of the package under ``src_root`` (the folder holding ``rightsledger/``)."""
    out: dict[str, tuple[int, int]] = {}
    for path in sorted((src_root / "rightsledger").rglob("*.py")):
        out.update(function_lengths(path.read_text(encoding="utf-8"), path.relative_to(src_root).as_posix()))
    return out


def too_long(lengths: dict[str, tuple[int, int]], cap: int = CAP,
             allowed: dict[str, tuple[int, str]] | None = None) -> list[str]:
    """The functions past the cap that the allowlist does not name, or that grew past the length it
    allows; and the allowlist's stale entries (a function gone, or back under the cap: drop its line)."""
    allowed = ALLOWED if allowed is None else allowed
    problems = []
    for qual, (length, line) in sorted(lengths.items()):
        if length <= cap:
            continue
        limit = allowed.get(qual, (cap, ""))[0]
        if length > limit:
            problems.append(f"{qual} (line {line}): {length} lines, more than {limit}")
    for qual, (limit, _) in sorted(allowed.items()):
        if qual not in lengths:
            problems.append(f"{qual}: allowed but gone (drop it from ALLOWED)")
        elif lengths[qual][0] <= cap:
            problems.append(f"{qual}: allowed but {lengths[qual][0]} lines now (drop it from ALLOWED)")
    return problems
