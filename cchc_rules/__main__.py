"""`python -m cchc_rules` runs the command-line interface."""

from cchc_rules.cli import main

main()
