"""The report at a glance: progress bars per part and level, the risk matrix, indicators'
outcomes, open items per responsible, and the legend of every symbol (issue 17)."""
