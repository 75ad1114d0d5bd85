"""CAC questionnaire rounds: answers grid, scores table, comparison chart."""
