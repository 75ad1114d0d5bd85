"""Exchanging material with other tools (REFI-QDA) and with colleagues (merging projects)."""
