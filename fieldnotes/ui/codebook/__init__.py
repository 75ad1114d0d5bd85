"""Codebook window: the CAC tree and themes, counts, the code-by-meeting matrix."""
