"""Allow ``python -m fieldnotes``."""

from fieldnotes.cli import main

raise SystemExit(main())
