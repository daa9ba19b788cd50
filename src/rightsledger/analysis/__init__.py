"""What is done with stored records, in a package by what it serves: ``questions`` (``ask``:
questions to cited answers, at question time), ``evaluation`` (P/R/F1 against the gold
annotations, annotators' agreement), ``training`` (the models fitted on dev: confidence, event
typer, event detector); beside them ``compare`` (two reports section by section), ``indicators``
(CIRI/PTS estimates) and ``series`` (a country year by year)."""
