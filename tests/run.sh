#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian 12 machine, then run it.
# Usage: bash tests/run.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests drive for real (root on our machines; skipped when already there):
# chromium opens the HTML export headless; prometheus, dockerd (+ busybox-static for its images) and sshd are the
# real backends of the provider tests (openssl signs the certificates of the TLS docker listener); kubectl drives
# the test Kubernetes API.
need=()
for pkg in chromium prometheus docker.io busybox-static openssh-server openssl; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
command -v kubectl >/dev/null 2>&1 || need+=(kubernetes-client)
if ((${#need[@]})); then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"

.venv/bin/lint-imports
.venv/bin/mypy -p cockpit
exec .venv/bin/python -m pytest "$@"
