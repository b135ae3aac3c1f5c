"""`python -m quotekit`: the command line (see `quotekit.cli`)."""

from .cli import main_exit

main_exit()
