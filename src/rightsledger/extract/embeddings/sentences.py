"""Sentence embeddings for semantic search: static word embeddings, no torch, nothing downloaded.

The model is WordLlama ``l2_supercat`` (PyPI ``wordllama``, a default dependency): a token
embedding table shipped inside the wheel, averaged over a text's tokens and truncated to
:data:`DIM` dimensions, read from the wheel's files by :mod:`.static` (the package itself is
not imported: t-cold1). It loads in about a tenth of a second and embeds thousands of sentences
a second on one core; measured against lighter options in ``bench/embed_experiment.md``.

What a sentence's vector holds (:func:`sentence_vectors`): the sentence itself, a little of
the sentence before it in the same paragraph (answers behind pronouns: "He was released
on May 3" after the sentence that names him) and a little of the headings it stands under
(a sentence under "Political Prisoners and Detainees" is about political prisoners even
when it does not say so). Each part is embedded once and the parts are mixed with
:data:`WEIGHTS`, so a document's sentences cost one pass of the model, whatever the mix.

Vectors are unit-length ``float32`` rows; the store keeps them as ``float16`` bytes
(:func:`to_bytes` / :func:`from_bytes`). Questions go through :func:`embed_query`; single
words through :func:`word_vectors` (cached), for ``ask``'s word-level second stage
(:mod:`rightsledger.analysis.questions.rescore`).
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from .once import Once

if TYPE_CHECKING:
    from ...records import Section, Sentence, Subtopic

MODEL = "wordllama/l2_supercat"
DIM = 256
MODEL_ID = f"{MODEL}@{DIM}"      # recorded with every stored vector: a different model is not mixed in
DTYPE = np.float16               # on disk: 512 bytes a sentence
MAX_CHARS = 600                  # a longer sentence is cut (the average of its tokens barely moves)

#: how much of each part goes into a sentence's vector (each part unit-length first)
WEIGHTS = {"sentence": 1.0, "previous": 0.35, "heading": 0.3}


def _load() -> Any:
    """The WordLlama model, loaded once per process from the files in its wheel (read by
    :mod:`.static`, the ``wordllama`` package not imported; nothing is downloaded)."""
    from .static import StaticModel

    return StaticModel.load(DIM)


load_model = Once(_load, "the sentence-embedding model could not be loaded")


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(n, 1e-12)


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Unit-length ``float32`` vectors, one row per text (``(0, DIM)`` for none)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = load_model()
    raw = model.embed([t[:MAX_CHARS] if t.strip() else "-" for t in texts], norm=False,
                      batch_size=128)
    return _unit(np.asarray(raw, dtype=np.float32))


def embed_query(question: str) -> np.ndarray:
    """The vector of a question (one unit-length ``float32`` row)."""
    return embed_texts([question])[0]


WORD_CACHE_SIZE = 20_000          # word vectors kept in memory (about 20 MB), then forgotten at once
_WORDS: dict[str, np.ndarray] = {}
_WORDS_LOCK = threading.Lock()


def word_vectors(words: Sequence[str]) -> np.ndarray:
    """Unit-length ``float32`` vectors of single words, one row per word (``(0, DIM)`` for
    none): the same model as :func:`embed_texts`, each word embedded alone and remembered
    (up to :data:`WORD_CACHE_SIZE` words), so that a word is embedded once per process."""
    global _WORDS
    if not words:
        return np.zeros((0, DIM), dtype=np.float32)
    cache = _WORDS    # a full cache is replaced, never emptied in place: this one stays whole
    todo = [w for w in dict.fromkeys(words) if w not in cache]
    fresh = dict(zip(todo, embed_texts(todo))) if todo else {}
    if fresh:
        with _WORDS_LOCK:
            if len(_WORDS) + len(fresh) > WORD_CACHE_SIZE:
                _WORDS = {}
            _WORDS.update(fresh)
    return np.stack([fresh[w] if w in fresh else cache[w] for w in words])


def heading_of(sentence: "Sentence", sections: dict[str, "Section"],
               subtopics: Sequence["Subtopic"]) -> str:
    """The headings a sentence stands under: its section's title and the sub-heading that
    holds it, joined by ``" / "`` (a lettered subsection's parent, "Respect for the
    Integrity of the Person…", says too little to help)."""
    parts: list[str] = []
    sec = sections.get(sentence.section or "")
    if sec is not None:
        parts.append(sec.title)
    for t in subtopics:
        if t.start <= sentence.start < t.end:
            parts.append(t.title)
    return " / ".join(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def headings(sentences: Sequence["Sentence"], sections: Sequence["Section"],
             subtopics: Sequence["Subtopic"]) -> list[str]:
    """:func:`heading_of` for every sentence (sub-headings looked up in order, not searched)."""
    by_id = {s.id: s for s in sections}
    subs = sorted(subtopics, key=lambda t: t.start)
    out = []
    for s in sentences:
        inside = [t for t in subs if t.start <= s.start < t.end]
        out.append(heading_of(s, by_id, inside))
    return out


def sentence_vectors(text: str, sentences: Sequence["Sentence"], heads: Sequence[str],
                     weights: dict[str, float] | None = None) -> np.ndarray:
    """The vector of each sentence: itself + its predecessor in the paragraph + its headings."""
    w = {**WEIGHTS, **(weights or {})}
    if not sentences:
        return np.zeros((0, DIM), dtype=np.float32)
    own = embed_texts([text[s.start:s.end] for s in sentences])
    uniq = list(dict.fromkeys(h for h in heads if h))
    hv = dict(zip(uniq, embed_texts(uniq))) if uniq else {}
    out = own * w["sentence"]
    for i, s in enumerate(sentences):
        if i and w["previous"] and sentences[i - 1].doc == s.doc and sentences[i - 1].paragraph == s.paragraph \
                and sentences[i - 1].section == s.section:
            out[i] += w["previous"] * own[i - 1]
        if heads[i] and w["heading"]:
            out[i] += w["heading"] * hv[heads[i]]
    return _unit(out)


def to_bytes(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype=DTYPE).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=DTYPE).astype(np.float32)


__all__ = ["DIM", "MODEL", "MODEL_ID", "WEIGHTS", "embed_query", "embed_texts", "from_bytes",
           "headings", "load_model", "sentence_vectors", "to_bytes", "word_vectors"]
