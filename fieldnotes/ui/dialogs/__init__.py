"""Dialogs: meetings, participants, quotes, shortcuts."""
