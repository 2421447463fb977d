"""`python -m bot.cli`: the same as `samen`."""
import sys

from bot.cli import main

sys.exit(main())
