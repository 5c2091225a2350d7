"""Awesome Knowledge Distillation: typed bibliography model, validated loader and pure renderers."""
