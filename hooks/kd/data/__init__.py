"""Data model and validation: the typed records, the loader and its checks."""
