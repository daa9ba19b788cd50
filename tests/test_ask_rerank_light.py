"""The optional re-ranker of ``ask`` sees only the best few candidates of the hybrid ranking (t-ask33):
the hits below them keep their hybrid order, and ``limit`` is honoured beyond them."""
from __future__ import annotations

import pytest

try:
    from tests._search_corpus import build_db
except ImportError:  # tests/ is not a package
    from _search_corpus import build_db  # type: ignore[no-redef]
from rightsledger.analysis.questions import ask as ask_module
from rightsledger.analysis.questions.ask import ask

QUESTION = "How were opposition members and journalists treated by the police?"
LIMIT = 8   # more hits than the re-ranker sees


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("rerank_light") / "a.db")


@pytest.fixture
def fake_reranker(monkeypatch):
    """A re-ranker that prefers the sentences the hybrid ranking put last: it records what it was shown."""
    seen: list[list[str]] = []

    def similarities(question, texts, model=None):
        seen.append(list(texts))
        return [i / len(texts) for i in range(len(texts))]

    monkeypatch.setattr(ask_module, "installed", lambda: "fake")
    monkeypatch.setattr(ask_module, "similarities", similarities)
    return seen


def test_the_reranker_sees_the_best_few(store, fake_reranker):
    hybrid = ask(store, QUESTION, limit=LIMIT, rerank=False)
    assert len(hybrid) == LIMIT
    ask(store, QUESTION, limit=LIMIT, rerank=True)
    assert fake_reranker == [[h.text for h in hybrid[:ask_module.RERANK_CANDIDATES]]]
    assert ask_module.RERANK_CANDIDATES == 5


def test_hits_below_the_reranked_keep_their_order(store, fake_reranker):
    hybrid = ask(store, QUESTION, limit=LIMIT, rerank=False)
    reranked = ask(store, QUESTION, limit=LIMIT, rerank=True)
    n = ask_module.RERANK_CANDIDATES
    assert len(reranked) == LIMIT
    assert {h.start for h in reranked[:n]} == {h.start for h in hybrid[:n]}
    assert [h.start for h in reranked[:n]] != [h.start for h in hybrid[:n]]   # the fake prefers the last ones
    assert [(h.doc, h.start) for h in reranked[n:]] == [(h.doc, h.start) for h in hybrid[n:]]
    assert [h.rank for h in reranked] == list(range(1, LIMIT + 1))
