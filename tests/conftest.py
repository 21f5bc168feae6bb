"""Fixtures every test folder may use. A backend the tests need but cannot find fails under CI=true, skips locally."""

from __future__ import annotations

import os
import shutil

import pytest

# The test Kubernetes API and kubectl, for every folder that needs them (provider, contract, CLI and UI tests).
from tests.backends.kube.fixtures import kube, kube_home, kube_server, kubectl_path  # noqa: F401


@pytest.fixture(scope="session")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "chromium is not installed (Debian: apt-get install --no-install-recommends chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found
