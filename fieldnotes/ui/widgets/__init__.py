"""Widgets of the capture window."""
