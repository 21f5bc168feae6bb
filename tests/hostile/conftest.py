"""The providers' own test fixtures, for feeding the hostile corpus through them on their real backends."""

from __future__ import annotations

from tests.kube.conftest import kube_provider  # noqa: F401
