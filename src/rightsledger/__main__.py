"""``python -m rightsledger``: the same as the ``rightsledger`` command."""
from .cli import main

main()
