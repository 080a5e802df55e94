"""Allows ``python -m calcert_desktop``."""

from calcert_desktop.cli.main import main

raise SystemExit(main())
