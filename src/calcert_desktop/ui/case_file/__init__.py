"""The case file window: one case, one tab per part of the process (read side)."""
