"""Extract stage: from an annotated document to records, in rooms by role.

At the top level, the stages that span the rooms: ``annotate`` (spaCy over paragraphs),
``event_terms`` (penalties and durations put on events), ``confidence``, ``link`` (keys that find an
entity across documents). By role: ``entities``, ``events``, ``dates``, ``numbers``, ``figures``,
``provisions``, ``terms`` (what courts imposed, how long a detention lasted), ``lexicons`` (word lists,
the gazetteer, word frequency), ``embeddings`` (the sentence-embedding models). Word lists and
trigger tables are data files under ``extract/data/``, shared by every room."""
