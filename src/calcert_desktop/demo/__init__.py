"""demo layer (see ../shared/design.md)."""
