"""cli layer (see ../shared/design.md)."""
