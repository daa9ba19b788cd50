"""Lexicons of the extractors as data: the TOML files of ``extract/data/``, each parsed once
per process. Each extractor binds the names it uses in its own ``lexicon`` module. The data
stay in ``extract/data/``, shared by every room of ``extract``, so the files are read from that
package, not from this one.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from functools import cache
from importlib import resources


def data_bytes(name: str) -> bytes:
    """The raw bytes of ``data/NAME.toml`` (for keys of prebuilt indexes)."""
    return resources.files("rightsledger.extract").joinpath(f"data/{name}.toml").read_bytes()


@cache
def lexicon(name: str) -> dict:
    """``data/NAME.toml`` parsed (one parse per process; do not modify the result)."""
    return tomllib.loads(data_bytes(name).decode("utf-8"))


def words(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of ``data/NAME.toml`` as a set; a dotted key names a list inside a table
    ("statements.statement_nouns")."""
    table = lexicon(name)
    for part in key.split("."):
        table = table[part]
    return frozenset(table)


def alternation(items) -> str:
    """``(?:a|b|c)`` of the given words, in their order, for a regular expression."""
    return "(?:%s)" % "|".join(items)


def phrase_alternation(phrases) -> str:
    """:func:`alternation` of literal phrases, in their order, each space matching any run of spaces."""
    return alternation(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def data_hash(*names: str) -> str:
    """A short digest of the given data files, to key what is built from them."""
    h = hashlib.sha256()
    for name in names:
        h.update(name.encode() + b"\0" + data_bytes(name) + b"\0")
    return h.hexdigest()[:16]
