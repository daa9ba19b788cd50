"""rightsledger: human-rights country reports in, cited ledger out."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import PIPELINE_VERSION, __version__

if TYPE_CHECKING:
    from .ledger import Ledger

__all__ = ["Ledger", "PIPELINE_VERSION", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import rightsledger` stays cheap (no spaCy, no SQLAlchemy).
    if name == "Ledger":
        from .ledger import Ledger

        return Ledger
    raise AttributeError(name)
