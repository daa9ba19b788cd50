"""The house rules, checked: the layer contract and no import cycles (import-linter, configured
in pyproject.toml under [tool.importlinter]); public imports unchanged."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layer_contract_and_no_cycles() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    r = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "BROKEN" not in r.stdout


def test_public_imports() -> None:
    from rightsledger import PIPELINE_VERSION, Ledger, __version__
    from rightsledger.cli import app, main

    assert Ledger.__name__ == "Ledger" and PIPELINE_VERSION and __version__
    assert callable(main) and {c.name or c.callback.__name__ for c in app.registered_commands} >= {
        "ingest", "export", "search", "ask", "compare", "evaluate", "serve"}


def test_package_rooms_are_documented() -> None:
    """Every package under src/rightsledger says in its docstring what it is for, and
    docs/ARCHITECTURE.md names it."""
    arch = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    pkg_root = ROOT / "src" / "rightsledger"
    for init in sorted(pkg_root.rglob("__init__.py")):
        room = init.parent.relative_to(pkg_root).as_posix()
        if room == ".":
            continue
        text = init.read_text(encoding="utf-8").lstrip()
        assert text.startswith('"""'), f"{room}/__init__.py has no docstring"
        assert f"`{room}/`" in arch, f"docs/ARCHITECTURE.md does not describe {room}/"
