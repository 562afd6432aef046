"""``python -m cleaner``: the same command as the ``news-cleaner`` script."""

from cleaner.launch import main

main()
