"""The local sentence-embedding model: loading it (ONNX, int8 products), its
word-piece vectors, the per-document cache of vectors and the semantic similarity."""
