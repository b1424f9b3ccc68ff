"""Quotations: finding them, who is quoted, and matching the quotations of two
articles (worded differently, given to another speaker, belied)."""
