"""Certificate seals: the installation's keys, sealing, verification."""
