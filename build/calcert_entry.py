"""The frozen program's entry point (PyInstaller): the same ``calcert`` command line as the
installed package, which opens the desktop application when given no command."""

from calcert_desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
