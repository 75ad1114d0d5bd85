"""Writing project content out: JSON dump, member-check documents, and more to come."""
