"""Quality gates: the generated-library round trip and the hostile-text injection checks."""
