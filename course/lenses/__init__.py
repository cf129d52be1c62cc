"""One module per lens. Each exposes ``annotate(doc, ...)`` and imports no UI library."""
