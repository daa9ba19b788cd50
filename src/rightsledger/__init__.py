"""rightsledger: human-rights country reports in, cited ledger out."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
# Bump when extraction changes: documents ingested by an older pipeline are re-processed.
PIPELINE_VERSION = "0.1.0"

if TYPE_CHECKING:
    from .ledger import Ledger

__all__ = ["Ledger", "PIPELINE_VERSION", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import rightsledger` stays cheap (no spaCy, no SQLAlchemy).
    if name == "Ledger":
        from .ledger import Ledger

        return Ledger
    raise AttributeError(name)
