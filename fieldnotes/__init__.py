"""fieldnotes: field notes for participatory action research."""

__version__ = "0.1.0"
