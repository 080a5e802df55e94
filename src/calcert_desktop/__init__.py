"""CALcert Desktop: the CAL Quality Certificate process, offline."""

__version__ = "0.1.0"
