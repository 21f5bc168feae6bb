"""Backends the test suite starts itself, for systems that cannot run here (see BACKENDS.md)."""
