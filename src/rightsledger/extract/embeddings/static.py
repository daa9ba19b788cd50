"""WordLlama's static model read from the files its wheel ships, without importing ``wordllama``.

Importing the ``wordllama`` package costs a cold command about 0.2 s it never uses (``requests``
and ``urllib3`` for the Hugging Face download, its training configs and clustering algorithms),
and its loader widens the whole token table from ``float16`` to ``float32`` (32 MB written) to
embed one question. What the model does is small: the tokenizer's ids of a text, the rows of
the token table at those ids, their mean under the attention mask. :class:`StaticModel` does the
same on the files of the installed wheel (``wordllama/weights/l2_supercat_256.safetensors``,
``wordllama/tokenizers/l2_supercat_tokenizer_config.json``, read with ``safetensors`` and
``tokenizers``), in the same batches and the same numpy operations as
``wordllama.inference.WordLlamaInference.embed(norm=False)`` of the pinned ``wordllama``
(0.4.0.post1), widening only the rows it reads: the vectors are the same bytes
(``tests/test_cold_ask.py`` compares them with ``wordllama``'s own when it is installed).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, Sequence

import numpy as np

PACKAGE = "wordllama"
CONFIG = "l2_supercat"
TENSOR = "embedding.weight"


def package_dir() -> Path:
    """The installed ``wordllama`` package's folder, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        # the error ``import wordllama`` raised here before (what a user is told is the same)
        raise ModuleNotFoundError(f"No module named '{PACKAGE}'", name=PACKAGE)
    return Path(next(iter(spec.submodule_search_locations)))


def model_files(dim: int) -> tuple[Path, Path]:
    """The weights and the tokenizer of the ``l2_supercat`` model at ``dim`` in the wheel."""
    root = package_dir()
    weights = root / "weights" / f"{CONFIG}_{dim}.safetensors"
    tokenizer = root / "tokenizers" / f"{CONFIG}_tokenizer_config.json"
    for kind, path in (("Weights", weights), ("Tokenizer", tokenizer)):
        if not path.exists():
            # worded as wordllama's loader words it (``disable_download=True``)
            raise FileNotFoundError(f"{kind} file '{path.name}' not found in project root or cache, "
                                    "and downloads are disabled.")
    return weights, tokenizer


class StaticModel:
    """The token table (``float16``, as shipped) and the tokenizer of one static model;
    :meth:`embed` gives what ``WordLlamaInference.embed(texts, norm=False, batch_size=…)`` gives."""

    def __init__(self, table: np.ndarray, tokenizer: Any) -> None:
        self.table = table
        self.tokenizer = tokenizer
        self.tokenizer.enable_padding()
        self.tokenizer.no_truncation()

    @classmethod
    def load(cls, dim: int) -> "StaticModel":
        from safetensors import safe_open
        from tokenizers import Tokenizer

        # Importing wordllama configured the root logger at INFO (its inference module calls
        # logging.basicConfig), so every library's INFO lines reached a command's stderr once a
        # vector was needed. A library does not configure the application's logging: not done here.
        weights, tok = model_files(dim)
        with safe_open(str(weights), framework="np", device="cpu") as f:
            table = f.get_tensor(TENSOR)
        return cls(table, Tokenizer.from_file(str(tok)))

    def embed(self, texts: Sequence[str], norm: bool = False, batch_size: int = 64) -> np.ndarray:
        """One ``float32`` row per text: the mean of its tokens' rows (unit length if ``norm``)."""
        texts = list(texts)
        out = np.empty((len(texts), self.table.shape[1]), dtype=np.float32)
        for i in range(0, len(texts), batch_size):
            encoded = self.tokenizer.encode_batch(texts[i:i + batch_size], is_pretokenized=False,
                                                  add_special_tokens=False)
            ids = np.array([e.ids for e in encoded], dtype=np.int32)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
            rows = widened_rows(self.table, ids)
            pooled = average(rows, mask)
            if norm:
                pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
            out[i:i + pooled.shape[0]] = pooled
        return out


def widened_rows(table: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``table[ids]`` as ``float32``, each distinct row widened once (a batch of sentences repeats
    its tokens: widening every position would cost more than the whole table's copy once)."""
    uniq, inverse = np.unique(ids, return_inverse=True)
    return table[uniq].astype(np.float32)[inverse.reshape(ids.shape)]


def average(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The mean of the token rows under the mask, as ``WordLlamaInference.avg_pool`` computes it."""
    mask_sum = np.maximum(mask.sum(axis=1, keepdims=True), 1.0).astype(np.float32)
    return np.sum(x * mask[..., np.newaxis], axis=1, dtype=np.float32) / mask_sum


__all__ = ["StaticModel", "average", "widened_rows", "model_files", "package_dir"]
