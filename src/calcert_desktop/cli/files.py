"""Reading the files a user hands to the command line (shared with the GUI's services)."""

from calcert_desktop.services.applications.json_files import read_json

__all__ = ["read_json"]
