"""Words and word lists every reader of a sentence shares: stopwords, stems,
clause marks, verbs of saying, and the function and common words of other languages."""
