"""The frozen bundle's entry point: the same as the ``wink-desktop`` command."""

import sys

from wink_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
