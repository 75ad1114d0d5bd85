"""Analysis windows: who speaks, actions across meetings (and the study over time)."""
