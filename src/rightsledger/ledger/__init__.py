"""The library API: ``Ledger`` does what the CLI, the REST API and the web UI offer.

Every method returns records (or small dataclasses of records); the interfaces above
only format them. :mod:`.core` holds ``Ledger`` (ingest, documents, export, entities,
timelines, figures, comparison, search and questions), :mod:`.review` the half it inherits
for accounts, review and corrections, :mod:`.views` the dataclasses it returns.
"""
from __future__ import annotations

from ..run.ingest import IngestResult, expand_paths
from ..store.accounts import Account
from ..store.citations import CitationCache, DocumentRecords, format_citation
from .core import Ledger
from .views import AskResult, EntityView, Mention, TimelineItem

__all__ = ["Ledger", "IngestResult", "expand_paths", "DocumentRecords", "CitationCache",
           "format_citation", "Mention", "EntityView", "TimelineItem", "AskResult", "Account"]
