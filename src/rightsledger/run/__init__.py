"""Processing files: ``pipeline`` (one file to one ``Bundle`` of records), ``ingest`` (the
rules every engine shares when saving), ``parallel`` (a process pool) and ``distributed``
(Ray)."""
