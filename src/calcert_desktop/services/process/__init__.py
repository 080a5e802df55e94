"""Performing one action on one case, and everything it consults."""
