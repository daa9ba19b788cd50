"""``python -m rightsledger.cli``: the same as the ``rightsledger`` command."""
from . import main

main()
