"""Administration: people, settings, checks, backups and restores."""
