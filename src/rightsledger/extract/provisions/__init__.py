"""Provisions: legal rules that carry a quantity, as records.

``build`` (``extract_provisions``: an annotated document to ``Provision`` records;
``rule_mentions``), and one module for each way a sentence states a rule or a part of one:
``frames`` (law, penalty, modal and narration frames), ``limits``, ``quantities`` and
``subjects`` (a rule's limit, quantity and subject), ``norms`` (which norm a quantity states,
its unit and span), ``changes`` (rules told as a change), ``rule_penalties`` (penalties a rule
states without a legal frame), present-tense rules without a legal frame: ``deadlines``, ``rule_ages``,
``shares``, ``quorums``, ``standing``; ``forms`` (rule forms read on reports without gold).

``extract_provisions`` and ``rule_mentions`` are handed on here because the pipeline, ``figures``,
``event_terms`` and a dozen tests import them from ``rightsledger.extract.provisions``; any other
name is imported from its module.
"""
from .build import extract_provisions, rule_mentions

__all__ = ["extract_provisions", "rule_mentions"]
