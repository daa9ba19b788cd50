"""The second stage of ``ask``: every candidate sentence scored against the question by
static vectors, at the level of the sentence and of its words, no transformer.

The first stage (:mod:`rightsledger.analysis.questions.ask`) gathers a pool: the BM25 candidates of the
question's words and the sentences nearest by embedding. Fusing those two rankings by rank
(reciprocal rank fusion) punished a sentence that only one of them found: an answer that
counts women in the Senate and the Assembly, asked "how many female members sit in each
chamber", shares no word with the question, so BM25 never lists it; it was the nearest
sentence by embedding and yet came far down, behind sentences that both lists held at
middling ranks. Here each sentence of the pool gets one score whichever list brought it:

- ``cosine``: the question's vector against the sentence's stored vector (which holds a
  little of the previous sentence and of the headings: :mod:`rightsledger.extract.embeddings.sentences`);
- ``words``: for each content word of the question, its best cosine with a word of the
  sentence ("female" ~ "women" .71, "hurt" ~ "injured" .61, "jailed" ~ "imprisonment" .55),
  a cosine of :data:`FULL_MATCH` or more counting as the word itself (a paraphrase holds
  the question's meaning, not its words), averaged over the question's words (max-sim, as late-interaction retrievers do, but over
  the static model's word vectors: :func:`~rightsledger.extract.embeddings.sentences.word_vectors`). A word
  of the previous sentence in the paragraph or of the headings counts at :data:`CONTEXT`
  of its similarity: "He was released on May 3" is about the man the sentence before names;
  a sentence under "Political Prisoners and Detainees" is about political prisoners;
- ``intent``: the figure/date/actor boost of the question's intent (computed by ``ask``).

score = ``cosine`` + ``words`` + ``intent`` (weights in :data:`WEIGHTS`), measured on
``eval/questions_dev.jsonl`` and ``eval/questions.jsonl`` (``bench/ask_eval.py``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

#: a word of a question or a sentence (``ask`` splits questions with it too)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d[\d,.]*\d|\d")

if TYPE_CHECKING:
    from ...store.search.vectors import Context

#: the share of each part in a candidate's score
WEIGHTS = {"cosine": 1.0, "words": 1.0, "intent": 1.0}
#: a question word found in the sentence's context (previous sentence, headings) counts this much
CONTEXT = 0.8
#: a question word whose cosine with a word of the sentence reaches this counts as found, as the word itself
#: does ("girls" ~ "female"); a weaker one in proportion: min(1, cosine / FULL_MATCH). Declared before its dev
#: run (t-ask27): paraphrased answers lost to sentences that repeat the question's words
FULL_MATCH = 0.5
MAX_WORDS = 80   # words of a sentence (or of its context) compared; a longer one is cut

@lru_cache(maxsize=50_000)
def words_of(text: str, stop: frozenset[str]) -> tuple[str, ...]:
    """The lower-cased words of ``text`` that are not stop words, in order, without repeats
    (the first :data:`MAX_WORDS`; remembered: the same sentences come back question after question)."""
    out: dict[str, None] = {}
    for m in WORD_RE.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        if w not in stop:
            out[w] = None
            if len(out) >= MAX_WORDS:
                break
    return tuple(out)


def _best(sims: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """For each group of columns of ``sims`` (question words × vocabulary), each row's
    maximum over the group's columns: ``(question words, groups)``, -1 for an empty group."""
    out = np.full((sims.shape[0], len(groups)), -1.0, dtype=np.float32)
    full = [i for i, g in enumerate(groups) if g]
    if full:
        cols = np.fromiter((c for i in full for c in groups[i]), dtype=np.int64)
        offsets = np.cumsum([0] + [len(groups[i]) for i in full[:-1]])
        out[:, full] = np.maximum.reduceat(sims[:, cols], offsets, axis=1)
    return out


def word_match(question: list[str], sentences: list[tuple[tuple[str, ...], tuple[str, ...]]],
               full: float = 1.0) -> list[float]:
    """Max-sim of each ``(sentence words, context words)``: each question word's best cosine
    with a word of the sentence (or, at :data:`CONTEXT`, of its context), averaged over the
    question's words; 0 without words. All words are embedded (and compared) in one go.
    ``full`` < 1: a cosine counts as min(1, cosine / ``full``) (:data:`FULL_MATCH`), but for a question
    word holding a digit, which only its own word matches whole."""
    from ...extract.embeddings.sentences import word_vectors

    vocab = list(dict.fromkeys(w for own, around in sentences for w in (*own, *around)))
    if not question or not vocab:
        return [0.0] * len(sentences)
    col = {w: i for i, w in enumerate(vocab)}
    words = word_vectors(vocab)
    # one matrix-vector product per question word: a small matrix product would wake every
    # BLAS thread, which costs more than the product on a busy machine
    sims = np.stack([words @ q for q in word_vectors(question)])   # (question words, vocabulary)
    if full < 1.0:
        # a number is found only as itself: "2022" is near "2021" (and "310" near "280") in the
        # word vectors, but a question naming a year or an amount asks for that one
        number = np.array([any(ch.isdigit() for ch in w) for w in question])
        sims = np.where(number[:, None], sims, np.minimum(sims / full, 1.0))
    own = _best(sims, [[col[w] for w in o] for o, _ in sentences])
    around = _best(sims, [[col[w] for w in a] for _, a in sentences])
    best = np.maximum(own, CONTEXT * around)
    best[:, [i for i, (o, a) in enumerate(sentences) if not o and not a]] = 0.0
    return [float(x) for x in best.mean(axis=0)]


def rescore(qvec: np.ndarray, question_words: list[str], texts: list[str],
            contexts: list["Context | None"], intents: list[float], stop: frozenset[str]) -> list[float]:
    """The second-stage score of each candidate sentence (``texts[i]`` with its
    ``contexts[i]`` and intent boost ``intents[i]``); higher is better."""
    words = [(words_of(t, stop), words_of(f"{c.previous} {c.heading}", stop) if c is not None else ())
             for t, c in zip(texts, contexts)]
    match = word_match(question_words, words, FULL_MATCH)
    scores = []
    for ctx, m, boost in zip(contexts, match, intents):
        cosine = float(ctx.vec @ qvec) if ctx is not None and ctx.vec is not None else 0.0
        scores.append(WEIGHTS["cosine"] * cosine + WEIGHTS["words"] * m + WEIGHTS["intent"] * boost)
    return scores


__all__ = ["CONTEXT", "FULL_MATCH", "WEIGHTS", "WORD_RE", "rescore", "word_match", "words_of"]
