"""Names: people, places, institutions and offices, read whole and told from
common words, in English and the other cased languages."""
