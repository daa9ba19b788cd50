"""rightsledger: human-rights country reports in, cited ledger out."""
from __future__ import annotations

__version__ = "0.1.0"
PIPELINE_VERSION = "0.1.0"

__all__ = ["__version__", "PIPELINE_VERSION"]
