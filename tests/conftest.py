from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "model: needs the statistical spaCy model")
    config.addinivalue_line("markers", "browser: drives headless Chromium")
    config.addinivalue_line("markers", "schemathesis: property-based API tests against /openapi.json")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "reports").is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def shared_reports(shared_dir: Path) -> list[Path]:
    """Every shared report text: the seed report and the usdos Markdown reports."""
    reports = shared_dir / "reports"
    return [reports / "kazakhstan-2022.txt", *sorted((reports / "usdos").glob("*.md"))]


@pytest.fixture(scope="session")
def nlp():
    from rightsledger.extract.annotate import load_nlp

    return load_nlp()
