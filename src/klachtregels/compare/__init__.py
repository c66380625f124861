"""Comparing regulations: with each other (diff, behaviour) and with the law (conformance)."""
