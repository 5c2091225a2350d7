"""The `kd` sub-commands beyond `check`, one module each, each with a register(commands) function."""
