"""domain layer (see ../shared/design.md)."""
