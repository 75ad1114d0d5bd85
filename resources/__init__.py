"""Data files shipped with fieldnotes (installed as ``fieldnotes.resources``)."""
