"""ui layer (see ../shared/design.md)."""
