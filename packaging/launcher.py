"""The bundle's entry point: what the installed ``engagedesk`` command runs."""

import sys

from engagedesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
