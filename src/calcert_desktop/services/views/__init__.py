"""Read models for the screens and the command line, each taking the acting person."""
