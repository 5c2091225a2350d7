"""Importer: turns public knowledge-distillation lists into reviewed library entries."""
