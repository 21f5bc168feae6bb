"""tcp:// with TLS: client certificates from the target's tls_* keys; a missing certificate is a clear refusal."""

from __future__ import annotations

import pytest

from cockpit.providers.base import ConfigurationError, ProviderError, Unauthorised
from cockpit.providers.docker import DockerProvider
from cockpit.providers.docker_settings import DockerSettings
from cockpit.providers.results import State
from tests.backends.docker.daemon import PrivateDockerd
from tests.docker.conftest import Project


async def test_a_tls_engine_answers_with_the_client_certificate(dockerd: PrivateDockerd, shop: Project) -> None:
    tls = dockerd.tls
    assert tls is not None
    settings = DockerSettings(project=shop.name, host=dockerd.tcp_url, tls_ca_cert=str(tls.ca),
                              tls_client_cert=str(tls.client_cert), tls_client_key=str(tls.client_key))
    provider = DockerProvider("shop", settings)
    try:
        [web] = await provider.deployments()
        assert web.state is State.FAILED and web.revision == "web:2.0"
        assert provider.docker_argv == ["docker", "--host", dockerd.tcp_url, "--tlsverify", "--tlscacert",
                                        str(tls.ca), "--tlscert", str(tls.client_cert), "--tlskey",
                                        str(tls.client_key)]
    finally:
        await provider.aclose()


async def test_without_a_client_certificate_the_engine_refuses(dockerd: PrivateDockerd) -> None:
    tls = dockerd.tls
    assert tls is not None
    provider = DockerProvider("shop", DockerSettings(project="shop", host=dockerd.tcp_url, tls_ca_cert=str(tls.ca)))
    try:
        with pytest.raises(ProviderError) as refused:
            await provider.deployments()
        assert type(refused.value) is Unauthorised
        assert str(refused.value).startswith(f"TLS with {dockerd.tcp_url} failed: sslv3 alert bad certificate")
    finally:
        await provider.aclose()


async def test_a_missing_certificate_file_is_a_configuration_error(dockerd: PrivateDockerd) -> None:
    settings = DockerSettings(project="shop", host=dockerd.tcp_url, tls_ca_cert="/nonexistent/ca.pem")
    provider = DockerProvider("shop", settings)
    try:
        with pytest.raises(ConfigurationError, match="TLS file not found: /nonexistent/ca.pem"):
            await provider.deployments()
    finally:
        await provider.aclose()
