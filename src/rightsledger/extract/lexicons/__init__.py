"""Lexicons: the word lists, trigger tables and indexes the extractors read.

``tables`` (the TOML files of ``extract/data/``, each parsed once), ``english`` (noun plurals),
``frequency`` (English word frequency), ``gazetteer`` (places), ``prebuilt`` (the indexes of
``gazetteer`` and ``frequency``, built once into the user cache).

``lexicon``, ``words``, ``alternation`` and ``data_hash`` are handed on here because some fifty
modules (the ``lexicon`` modules of ``entities`` and ``events`` among them) import them from
``rightsledger.extract.lexicons``; any other name is imported from its module.
"""
from .tables import alternation, data_hash, lexicon, phrase_alternation, words

__all__ = ["alternation", "data_hash", "lexicon", "phrase_alternation", "words"]
