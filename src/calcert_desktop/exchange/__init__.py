"""exchange layer (see ../shared/design.md)."""
