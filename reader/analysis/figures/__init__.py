"""Figures: counts, sums of money, ages and percentages read as mentions, what
they count and whose they are, and how two of them may tell one value."""
