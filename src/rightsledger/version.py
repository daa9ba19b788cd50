"""The package's version and the pipeline's: the bottom of every layer, imported by any."""
from __future__ import annotations

__version__ = "0.1.0"
# Bump when extraction changes: documents ingested by an older pipeline are re-processed.
PIPELINE_VERSION = "0.1.49"
