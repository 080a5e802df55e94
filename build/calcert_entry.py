"""The frozen programs' entry point (PyInstaller), for both executables of the folder: the
windowed ``CALcert`` and the console ``calcert-cli``. As the installed ``calcert`` script:
no command opens the desktop application, a command runs the command line."""

from calcert_desktop.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
