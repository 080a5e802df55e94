"""storage layer (see ../shared/design.md)."""
