"""Accounts: signing in with a password, setting and changing passwords."""
