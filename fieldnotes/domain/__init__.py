"""Plain domain objects and the CAC framework: no Qt, no SQL."""
