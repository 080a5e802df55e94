"""documents layer (see ../shared/design.md)."""
