"""A private dockerd, images built from busybox-static, compose-labelled containers, and an sshd in front of it."""
