"""Pure functions over domain objects: CAC round scoring, code counts."""
