"""The documentation is tested: the README's Python example runs, and every error code,
CLI command and HTTP route is documented."""
from __future__ import annotations

import os
import re

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.model
def test_readme_python_example_runs(tmp_path, capsys):
    (block,) = re.findall(r"```python\n(.*?)```", README, re.S)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        block = block.replace('Ledger("ledger.db")', f'Ledger({str(tmp_path / "ledger.db")!r})')
        exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert re.search(r"^\d{4}(-\d\d){0,2} ", out, re.M), out


def test_readme_opens_with_the_two_commands():
    first_block = re.search(r"```\n(.*?)```", README, re.S).group(1)
    assert first_block.splitlines()[0].startswith("make demo")
    assert first_block.splitlines()[1].startswith("make test")


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_error_code_is_unique():
    from rightsledger.errors import Code

    codes = [c.code for c in Code]
    assert len(codes) == len(set(codes))


def test_every_api_route_is_in_the_openapi_schema(tmp_path):
    from rightsledger.api import create_app

    app = create_app(str(tmp_path / "docs.db"))
    schema = app.openapi()
    routes = {r.path for r in app.routes if getattr(r, "include_in_schema", False)}
    assert routes <= set(schema["paths"])


def test_every_setting_is_in_the_deploy_notes():
    from rightsledger.settings import SETTINGS

    deploy = (ROOT / "docs" / "DEPLOY.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert f"`{s.env}`" in deploy, s.env
    assert "[Service]" in deploy and "reverse_proxy" in deploy and "ssl_certificate" in deploy


def test_every_command_has_an_example():
    from typer.testing import CliRunner

    from rightsledger.cli import app

    runner = CliRunner()
    for name in ("serve", "backup", "restore"):
        r = runner.invoke(app, [name, "--help"])
        assert r.exit_code == 0 and "Example:" in r.output, name


def _gold_index() -> dict[str, tuple[str, str]]:
    """doc -> (split, notes cell) from the table of docs/gold/README.md."""
    rows = {}
    for line in (ROOT / "docs" / "gold" / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and cells[2] in ("dev", "test"):
            rows[cells[0]] = (cells[2], cells[4])
    return rows


def test_the_gold_index_lists_every_gold_file_with_its_split():
    from rightsledger.analysis.evaluation.evaluate import gold_files, load_jsonl

    index = _gold_index()
    for path in gold_files():
        scope = load_jsonl(path)[0]
        assert scope["doc"] in index, f"{path.name} is missing from docs/gold/README.md"
        assert index[scope["doc"]][0] == scope.get("split", "dev"), scope["doc"]


def test_every_link_in_the_docs_resolves():
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    for doc in docs:
        for target in re.findall(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
            if "://" not in target:
                assert (doc.parent / target).is_file(), f"{doc.relative_to(ROOT)} links to {target}"
