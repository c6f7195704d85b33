"""Renderers: the same results drawn as terminal tables or JSON."""
