"""yearend: year-end reports of Swedish municipal boards (the command line)."""

__version__ = "0.1.0"
