"""The format: the vocabulary, regulations and complaints as models, and the loader."""
