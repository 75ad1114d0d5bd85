"""Undo commands: each calls the store, then tells the hub what changed."""
