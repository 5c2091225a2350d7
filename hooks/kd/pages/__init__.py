"""Page renderers: pure functions from the typed library to Markdown and HTML."""
