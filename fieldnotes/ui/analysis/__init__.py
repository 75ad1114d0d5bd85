"""Analysis windows: who speaks, actions, the study over time, code co-occurrence."""
