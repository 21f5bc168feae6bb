"""Real backend processes the tests start privately (on 127.0.0.1 or a socket in a temp dir) and stop by pid,
and small faithful stand-ins for systems that cannot run here (see BACKENDS.md)."""
