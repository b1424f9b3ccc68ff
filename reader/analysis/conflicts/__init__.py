"""Discrepancies: two linked sentences telling one fact with different values
(dates, counts, times, ordinals, scores, names, places, a denial)."""
