"""What is done with stored records: ``ask`` (questions to cited answers), ``compare`` (two
reports section by section), ``indicators`` (CIRI/PTS estimates) and ``evaluate`` (P/R/F1
against the gold annotations)."""
