"""Choosing the claim links: the lexical similarity, the similarity sources, link
selection and its second look, each sentence's nearest partner and the pair's verdict."""
