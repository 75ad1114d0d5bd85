"""Member checking in the app: the Word export dialog and bringing feedback back."""
