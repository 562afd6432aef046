"""``python -m cleaner``: the same command as the ``news-cleaner`` script."""

from cleaner.cli import main

main()
