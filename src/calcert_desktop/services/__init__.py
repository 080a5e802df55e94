"""services layer (see ../shared/design.md)."""
