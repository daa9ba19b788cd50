"""Property-based tests of the REST API against its own OpenAPI schema (schemathesis).

No 500s, no responses that break the schema. Examples are kept modest (CI time).
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

try:
    from tests._search_corpus import build_db
except ImportError:  # tests/ is not a package
    from _search_corpus import build_db  # type: ignore[no-redef]
from rightsledger.api import create_app  # noqa: E402


def _app():
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp(prefix="rl-schemathesis-")) / "api.db"
    build_db(path)
    return create_app(str(path), rerank=False)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@pytest.mark.schemathesis
@schema.parametrize()
@settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    # a schema-valid request may still be refused with 400 for reasons the schema cannot
    # say (an unparsable search query, a span past the end of the text): that check is off;
    # every other default check is on (no 5xx, documented status codes and content types,
    # responses valid against their schema, invalid requests rejected).
    from schemathesis.checks import positive_data_acceptance

    case.call_and_validate(excluded_checks=[positive_data_acceptance])
