"""Allows ``python -m calcert_desktop`` (no command: the window; a command: the command line)."""

from calcert_desktop.launch import main

raise SystemExit(main())
