"""The `kd` command line and its sub-commands."""
