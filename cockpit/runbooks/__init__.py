"""Runbooks: the Markdown model and parser, lint, shell commands, the checklist engine, live verifications and the
advisor. The runbooks the cockpit ships are in ``builtin/``."""
