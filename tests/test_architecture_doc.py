"""docs/ARCHITECTURE.md names every module of the package in the table of its package, and names
nothing that does not exist (t-house30).

The convention (stated at the top of the doc's "Modules" section): a package's section is a heading
``### `PATH/` `` under "## Modules", PATH the package's directory relative to src/rightsledger
(``rightsledger/`` for the top level); a module is named by its file name in backticks in the first
cell of a row of that section's table; a data file by its file name in the same way, in the
section's ``| data file | ... |`` table (the files of PATH/data/). Not listed, and so not required:

- ``__main__.py`` files (NOT_LISTED below);
- an ``__init__.py`` that holds no function or class (docstring, imports, ``__all__``,
  ``if TYPE_CHECKING:``): what it hands on is said in its section's opening line. An ``__init__.py``
  that defines a function or a class holds logic and has its row.

No model, no database: reads the doc and the source tree only.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PKG = ROOT / "src" / "rightsledger"
TOP = "rightsledger/"
# Module files the tables do not list, by path relative to src/rightsledger.
NOT_LISTED = {"__main__.py", "cli/__main__.py"}
DATA_SUFFIXES = (".toml", ".json", ".jsonl")

_HEADING = re.compile(r"^### `([^`]+/)`")
_ROW = re.compile(r"^\| `([^`]+)` \|")


def modules_section(text: str) -> str:
    """The text of "## Modules", up to the next second-level heading."""
    start = text.index("\n## Modules\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else len(text)]


def tables(section: str) -> dict[str, set[str]]:
    """Package path (relative, ending in "/", TOP for the top level) -> the names in the first
    cells of its section's table rows."""
    found: dict[str, set[str]] = {}
    current = None
    for line in section.splitlines():
        heading = _HEADING.match(line)
        if heading:
            current = heading.group(1)
            assert current not in found, f"two sections for {current}"
            found[current] = set()
            continue
        row = _ROW.match(line)
        if row and current is not None:
            found[current].add(row.group(1))
    return found


def holds_logic(init: Path) -> bool:
    """An __init__.py holds logic when it defines a function or a class."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in tree.body)


def package_key(directory: Path) -> str:
    rel = directory.relative_to(PKG).as_posix()
    return TOP if rel == "." else rel + "/"


def required_modules() -> dict[str, set[str]]:
    """Package path -> the module files its table must name."""
    need: dict[str, set[str]] = {}
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if rel in NOT_LISTED or "__pycache__" in rel:
            continue
        if path.name == "__init__.py" and not holds_logic(path):
            continue
        need.setdefault(package_key(path.parent), set()).add(path.name)
    return need


def _doc_tables() -> dict[str, set[str]]:
    return tables(modules_section(DOC.read_text(encoding="utf-8")))


def test_every_package_has_a_section() -> None:
    packages = {package_key(p.parent) for p in PKG.rglob("*.py") if "__pycache__" not in p.parts}
    missing = sorted(packages - set(_doc_tables()))
    assert not missing, f"docs/ARCHITECTURE.md, Modules: no section for {missing}"


def test_every_module_is_in_its_package_table() -> None:
    found = _doc_tables()
    missing = [f"{pkg}{name}" for pkg, names in sorted(required_modules().items())
               for name in sorted(names - found.get(pkg, set()))]
    assert not missing, ("modules without a row in the table of their package in docs/ARCHITECTURE.md "
                         f"(section Modules): {missing}")


def test_every_row_names_a_file_that_exists() -> None:
    stale = []
    for pkg, names in sorted(_doc_tables().items()):
        directory = PKG if pkg == TOP else PKG / pkg
        if not directory.is_dir():
            stale.append(pkg)
            continue
        for name in sorted(names):
            where = directory / "data" / name if name.endswith(DATA_SUFFIXES) else directory / name
            if not where.is_file():
                stale.append(f"{pkg}{name}")
    assert not stale, f"docs/ARCHITECTURE.md, Modules, names what does not exist: {stale}"


def test_the_rules_of_the_check() -> None:
    """The parser of the doc and the rule for __init__.py, on made-up text and files."""
    section = ("\n## Modules\n\n### `alpha/`\n\n| module | what it does |\n|---|---|\n"
               "| `one.py` | the first |\n| `two.py` | the second, which reads `three.py` |\n\n"
               "| data file | what it holds |\n|---|---|\n| `words.toml` | words |\n\n"
               "### `rightsledger/` (the top level)\n\n| module | what it does |\n|---|---|\n"
               "| `records.py` | records |\n\n## Where to add\n\n### `beta/`\n\n| `four.py` | x |\n")
    got = tables(modules_section(section))
    assert got == {"alpha/": {"one.py", "two.py", "words.toml"}, TOP: {"records.py"}}
    assert not holds_logic(PKG / "extract" / "terms" / "__init__.py")
    assert holds_logic(PKG / "extract" / "events" / "__init__.py")
    assert package_key(PKG) == TOP and package_key(PKG / "store" / "search") == "store/search/"
