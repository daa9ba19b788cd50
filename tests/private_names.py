"""The checker of the house rule on private names (t-house22): a module of the package never
imports an underscore name from another module of the package, and never reaches one through an
imported module by attribute (``ev._match(...)``). A name another module needs is part of its
module's interface and is written without the underscore.

It reads the source with :mod:`ast` (not a regular expression, which misses imports over several
lines and cannot tell a module from an object): imports are resolved to module names, relative
ones by the importing module's package, and an attribute is checked only where its object is a
name bound to a module of the package. Private methods called on objects (``store._x()``) cannot
be told from the source alone; those are the reviewer's. Dunder names (``__version__``) are not
private."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "rightsledger"


def is_private(name: str) -> bool:
    """An underscore name that is not a dunder."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def package_modules(src_root: Path) -> dict[str, Path]:
    """Every module of the package under ``src_root`` (the folder holding ``rightsledger/``) by
    dotted name; a package is named by its ``__init__.py``."""
    out: dict[str, Path] = {}
    for path in sorted((src_root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(src_root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module an ``from … import`` names."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def private_crossings(source: str, module: str, modules: set[str] | dict[str, Path],
                      is_package: bool = False) -> list[str]:
    """The private names ``source`` (the text of ``module``) takes from other modules of the
    package, as ``"line: what"``: underscore names imported from a package module, and
    underscore attributes of a name bound to a package module. ``modules``: the package's
    dotted module names (for telling submodules from names)."""
    tree = ast.parse(source)
    found: list[str] = []
    bound: dict[str, str] = {}   # local name -> package module it is bound to
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _resolve(module, is_package, node)
            if target != PACKAGE and not target.startswith(PACKAGE + "."):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in modules:
                    bound[alias.asname or alias.name] = sub
                if is_private(alias.name) and target != module:
                    found.append(f"{node.lineno}: from {target} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules and alias.asname:
                    bound[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in bound and is_private(node.attr)
                and bound[node.value.id] != module):
            found.append(f"{node.lineno}: {node.value.id}.{node.attr} ({bound[node.value.id]})")
    return found


def package_crossings(src_root: Path) -> dict[str, list[str]]:
    """Every module of the package with the private names it takes from others."""
    modules = package_modules(src_root)
    out: dict[str, list[str]] = {}
    for name, path in modules.items():
        hits = private_crossings(path.read_text(encoding="utf-8"), name, modules,
                                 is_package=path.name == "__init__.py")
        if hits:
            out[str(path.relative_to(src_root))] = hits
    return out
