"""Titles and roles of persons: titles and role phrases before a name and appositions after it
(``roles.py``), a title before a name taken for a body (``ranks.py``), a title between a body's name
and a person's (``between.py``), a title's last word glued to its holder's name (``glue.py``). The
titles of documents (laws, reports) are no body: ``bodies/document_titles.py``,
``bodies/law_titles.py``. The package hands nothing on: import from the module.
"""
