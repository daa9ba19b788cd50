"""Store stage: the records of every document in one database, and search over them.

:mod:`.schema` (tables), :mod:`.migrations` (the named migrations that create and upgrade
them), :mod:`.connection` (the URL a ``--db`` names, connection settings), :mod:`.store` (``Store``: one transaction
per document, typed reads; SQLite by default, PostgreSQL by URL), :mod:`.citations` (a
document's records and citations), :mod:`.export` (the export contract) and
:mod:`.search` (one search interface, a backend per database). A new backend: a module
in ``search/`` and a branch in ``search.search``; schema changes: a new migration.
"""
from __future__ import annotations

from .connection import DEFAULT_DB, database_url
from .migrations import MIGRATIONS
from .bundle import Bundle, rename_bundle
from .store import Store, slug

__all__ = ["Bundle", "Store", "rename_bundle", "slug", "DEFAULT_DB", "MIGRATIONS", "database_url"]
