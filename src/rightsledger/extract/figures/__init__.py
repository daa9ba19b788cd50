"""Figures: every count, amount, percentage and sum of money stated in the prose, as records.

``build`` (``extract_figures``: an annotated document to ``Figure`` records), ``disputes`` (figures
of one quantity given differently by different sources, grouped).

``extract_figures`` is handed on here because the pipeline and a dozen tests import it from
``rightsledger.extract.figures``; any other name is imported from its module.
"""
from .build import extract_figures

__all__ = ["extract_figures"]
