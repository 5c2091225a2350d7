"""Tests of the kd command line and the modules behind it."""
