"""Extract stage: spaCy annotation (``annotate``), exact rules (``dates``, ``numbers``) and the
extractors that turn an annotated document into records (``entities``, ``events``,
``figures``, ``provisions``), plus ``link`` (keys that find an entity across documents).
Word lists and trigger tables are data files under ``extract/data/``."""
