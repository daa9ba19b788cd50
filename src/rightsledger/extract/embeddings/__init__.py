"""Embeddings: the sentence-embedding models, run without torch and with nothing downloaded.

``sentences`` (WordLlama, the model of semantic search, at ingest), ``e5`` and ``minilm`` (the
re-rankers of ``ask``, at question time only), ``once`` (a model loaded once per process).
"""
