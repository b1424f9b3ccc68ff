"""Times: dates, clock times, weekdays, days told by the article's date, lengths of
time and the occasions years name."""
