"""Imports every module that registers an action handler (see :func:`process.handles`)."""

