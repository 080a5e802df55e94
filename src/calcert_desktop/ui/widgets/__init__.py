"""Small reusable widgets of the GUI."""
