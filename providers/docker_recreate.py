"""Roll one container back to another image: recreate it with everything that was its own, keep the old one.

What belongs to the container (and so is carried over) is what differs from its old image: environment, labels,
command, health check... The new image brings its own defaults, so a rollback does not drag the bad image's
``ENV APP_VERSION=2.0`` or failing ``HEALTHCHECK`` along. Host config (mounts, ports, restart policy, limits),
networks and anonymous volumes are copied as they are.

Sequence: stop the old container, rename it NAME-cockpit-previous, create and start the new one under NAME, wait
until it is healthy (or steadily running without a health check), then remove the old one. If the new one fails,
it is removed and the old one gets its name back (and is started again if it was running).
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .docker_model import RETIRED_SUFFIX, ContainerView

POLL_S = 0.25
STEADY_S = 2.0
"""Without a health check, "ready" means still running this long after start."""
COMPOSE_IMAGE_LABEL = "com.docker.compose.image"
_CONFIG_OWN = ("Hostname", "Domainname", "User", "WorkingDir", "Entrypoint", "Cmd", "Healthcheck", "StopSignal",
               "Tty", "OpenStdin", "StdinOnce", "AttachStdin", "AttachStdout", "AttachStderr")
_NO_ENDPOINTS = ("host", "none", "default", "bridge", "")


class RecreateFailed(Exception):
    """The new container did not become ready; the message says why and what was restored."""


@dataclass(frozen=True, slots=True)
class RecreateSpec:
    name: str
    old_id: str
    old_image: str
    image: str
    was_running: bool
    stop_timeout: int
    config: dict[str, Any]
    """The body of POST /containers/create (Image, Env, Labels..., HostConfig, NetworkingConfig)."""
    extra_networks: tuple[tuple[str, dict[str, Any]], ...] = ()
    """Networks beyond the first, connected after create (older APIs take one network at create)."""
    has_healthcheck: bool = True
    run_argv: tuple[str, ...] = field(default=())
    """``docker run ...`` with the same settings, for the plan's equivalent command."""


def build_spec(attrs: Mapping[str, Any], old_image: Mapping[str, Any], new_image: Mapping[str, Any],
               image_ref: str) -> RecreateSpec:
    """What recreating the container ``attrs`` from ``image_ref`` means, from fresh inspect output."""
    view = ContainerView(attrs, None)
    config: Mapping[str, Any] = attrs.get("Config") or {}
    image_config: Mapping[str, Any] = old_image.get("Config") or {}
    new_config: Mapping[str, Any] = new_image.get("Config") or {}
    body: dict[str, Any] = {"Image": image_ref}

    for key in _CONFIG_OWN:
        value = config.get(key)
        if value not in (None, "", [], {}, False) and value != image_config.get(key):
            body[key] = value
    host_network = (attrs.get("HostConfig") or {}).get("NetworkMode") == "host"
    if body.get("Hostname") == view.id[:12] or host_network:
        body.pop("Hostname", None)  # the engine's default (short id, or the host's name): not the container's own
    env = [entry for entry in config.get("Env") or [] if entry not in (image_config.get("Env") or [])]
    if env:
        body["Env"] = env
    labels = {k: v for k, v in (config.get("Labels") or {}).items() if (image_config.get("Labels") or {}).get(k) != v}
    if COMPOSE_IMAGE_LABEL in labels:
        labels[COMPOSE_IMAGE_LABEL] = str(new_image.get("Id", labels[COMPOSE_IMAGE_LABEL]))
    body["Labels"] = labels
    for key in ("ExposedPorts", "Volumes"):
        own = {k: v for k, v in (config.get(key) or {}).items() if k not in (image_config.get(key) or {})}
        if own:
            body[key] = own
    if config.get("StopTimeout") is not None:
        body["StopTimeout"] = config["StopTimeout"]

    host_config = dict(attrs.get("HostConfig") or {})
    anonymous = _anonymous_volumes(attrs, host_config)
    if anonymous:
        host_config["Mounts"] = [*(host_config.get("Mounts") or []), *anonymous]
    body["HostConfig"] = host_config

    endpoints = _endpoints(attrs, view.id)
    mode = str(host_config.get("NetworkMode") or "")
    first = [(n, c) for n, c in endpoints if n == mode] or endpoints[:1]
    if first:
        body["NetworkingConfig"] = {"EndpointsConfig": dict(first)}
    extra = tuple((n, c) for n, c in endpoints if (n, c) not in first)

    has_healthcheck = bool((body.get("Healthcheck") or new_config.get("Healthcheck") or {}).get("Test")) and \
        (body.get("Healthcheck") or new_config.get("Healthcheck") or {}).get("Test") != ["NONE"]
    stop_timeout = int(config.get("StopTimeout") or 10)
    spec = RecreateSpec(
        name=view.name,
        old_id=view.id,
        old_image=view.image_ref,
        image=image_ref,
        was_running=view.running,
        stop_timeout=stop_timeout,
        config=body,
        extra_networks=extra,
        has_healthcheck=has_healthcheck,
    )
    return replace(spec, run_argv=tuple(run_argv(spec)))


def _anonymous_volumes(attrs: Mapping[str, Any], host_config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Volumes the engine created for the container: re-attached by name, or their data would be left behind."""
    declared = {str(bind).split(":")[1] for bind in host_config.get("Binds") or [] if ":" in str(bind)}
    declared |= {str(m.get("Target")) for m in host_config.get("Mounts") or []}
    mounts = []
    for mount in attrs.get("Mounts") or []:
        if mount.get("Type") == "volume" and mount.get("Destination") not in declared:
            mounts.append({"Type": "volume", "Source": mount.get("Name"), "Target": mount.get("Destination"),
                           "ReadOnly": not mount.get("RW", True)})
    return mounts


def _endpoints(attrs: Mapping[str, Any], container_id: str) -> list[tuple[str, dict[str, Any]]]:
    networks = ((attrs.get("NetworkSettings") or {}).get("Networks")) or {}
    endpoints = []
    for name, settings in networks.items():
        if name in _NO_ENDPOINTS:
            continue
        aliases = [a for a in settings.get("Aliases") or [] if a not in (container_id[:12], container_id)]
        endpoint: dict[str, Any] = {"Aliases": aliases}
        for key in ("IPAMConfig", "Links", "DriverOpts"):
            if settings.get(key):
                endpoint[key] = settings[key]
        endpoints.append((name, endpoint))
    return endpoints


# -- the equivalent command ---------------------------------------------------------------------------------------


def run_argv(spec: RecreateSpec) -> list[str]:
    """``docker run`` with the settings the cockpit carries over (what the CLI can express of them)."""
    body, host = spec.config, spec.config.get("HostConfig") or {}
    argv = ["run", "--detach", "--name", spec.name]
    for key, value in sorted((body.get("Labels") or {}).items()):
        argv += ["--label", f"{key}={value}"]
    for entry in body.get("Env") or []:
        argv += ["--env", entry]
    restart = host.get("RestartPolicy") or {}
    if restart.get("Name") not in (None, "", "no"):
        retries = restart.get("MaximumRetryCount") or 0
        argv += ["--restart", f"{restart['Name']}:{retries}" if restart["Name"] == "on-failure" and retries else
                 restart["Name"]]
    mode = host.get("NetworkMode")
    if mode and mode != "default":
        argv += ["--network", mode]
    for endpoint in ((body.get("NetworkingConfig") or {}).get("EndpointsConfig") or {}).values():
        for alias in endpoint.get("Aliases") or []:
            argv += ["--network-alias", alias]
    for bind in host.get("Binds") or []:
        argv += ["--volume", bind]
    for mount in host.get("Mounts") or []:
        parts = [f"type={mount.get('Type', 'volume')}", f"source={mount.get('Source', '')}",
                 f"target={mount.get('Target', '')}"]
        argv += ["--mount", ",".join(parts + (["readonly"] if mount.get("ReadOnly") else []))]
    for port, bindings in sorted((host.get("PortBindings") or {}).items()):
        for binding in bindings or [{}]:
            published = ":".join(p for p in (binding.get("HostIp", ""), binding.get("HostPort", "")) if p)
            argv += ["--publish", f"{published}:{port}" if published else port]
    argv += _health_flags(body.get("Healthcheck"))
    flags = {"Hostname": "--hostname", "User": "--user", "WorkingDir": "--workdir", "StopSignal": "--stop-signal"}
    for key, flag in flags.items():
        if body.get(key):
            argv += [flag, str(body[key])]
    if body.get("StopTimeout") is not None:
        argv += ["--stop-timeout", str(body["StopTimeout"])]
    if host.get("Memory"):
        argv += ["--memory", f"{host['Memory']}b"]
    if host.get("MemorySwap"):
        argv += ["--memory-swap", f"{host['MemorySwap']}b"]
    if host.get("NanoCpus"):
        argv += ["--cpus", f"{host['NanoCpus'] / 1e9:g}"]
    if host.get("Privileged"):
        argv.append("--privileged")
    for cap in host.get("CapAdd") or []:
        argv += ["--cap-add", cap]
    for cap in host.get("CapDrop") or []:
        argv += ["--cap-drop", cap]
    for extra in host.get("ExtraHosts") or []:
        argv += ["--add-host", extra]
    log = host.get("LogConfig") or {}
    if log.get("Type") not in (None, "", "json-file"):
        argv += ["--log-driver", log["Type"]]
    for key, value in sorted((log.get("Config") or {}).items()):
        argv += ["--log-opt", f"{key}={value}"]
    entrypoint = body.get("Entrypoint") or []
    if entrypoint:
        argv += ["--entrypoint", entrypoint[0]]
    argv.append(spec.image)
    argv += [*entrypoint[1:], *(body.get("Cmd") or [])]
    return argv


def _health_flags(check: Mapping[str, Any] | None) -> list[str]:
    if not check or not check.get("Test"):
        return []
    test = list(check["Test"])
    if test == ["NONE"]:
        return ["--no-healthcheck"]
    command = test[1] if test[0] == "CMD-SHELL" and len(test) > 1 else shlex.join(test[1:])
    flags = ["--health-cmd", command]
    for key, flag in (("Interval", "--health-interval"), ("Timeout", "--health-timeout"),
                      ("StartPeriod", "--health-start-period")):
        if check.get(key):
            flags += [flag, f"{check[key] / 1e9:g}s"]
    if check.get("Retries"):
        flags += ["--health-retries", str(check["Retries"])]
    return flags


def equivalent_command(docker: Sequence[str], spec: RecreateSpec) -> str:
    """The shell commands an operator would type for the same recreate, each argv quoted with shlex.join."""
    retired = spec.name + RETIRED_SUFFIX
    status = "{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}"
    ready = "healthy" if spec.has_healthcheck else "running"
    wait = (f'until [ "$({shlex.join([*docker, "inspect", "--format", status, spec.name])})" = {ready} ]; '
            "do sleep 1; done")
    return " && ".join([
        shlex.join([*docker, "stop", "--time", str(spec.stop_timeout), spec.name]),
        shlex.join([*docker, "rename", spec.name, retired]),
        shlex.join([*docker, *spec.run_argv]),
        wait,
        shlex.join([*docker, "rm", retired]),
    ])


# -- doing it -----------------------------------------------------------------------------------------------------


def recreate(api: Any, spec: RecreateSpec, health_timeout_s: float) -> str:
    """Recreate and wait; returns the new container's id. RecreateFailed (after restoring) when it is not ready."""
    retired = spec.name + RETIRED_SUFFIX
    if spec.was_running:
        api.stop(spec.old_id, timeout=spec.stop_timeout)
    try:
        api.rename(spec.old_id, retired)
    except BaseException as error:
        if spec.was_running:
            api.start(spec.old_id)  # nothing else changed: put it back to work
        raise RecreateFailed(f"{spec.name}: cannot set it aside as {retired}: {_why(error)}; restarted it") from error
    new_id: str | None = None
    try:
        new_id = str(api.create_container_from_config(spec.config, name=spec.name)["Id"])
        for network, endpoint in spec.extra_networks:
            api.connect_container_to_network(new_id, network, aliases=endpoint.get("Aliases"))
        api.start(new_id)
        _wait_ready(api, new_id, spec.has_healthcheck, health_timeout_s)
    except BaseException as error:
        restored = _restore(api, spec, new_id, retired)
        raise RecreateFailed(f"{spec.name} on {spec.image}: {_why(error)}; {restored}") from error
    api.remove_container(spec.old_id, force=True)
    return new_id


def _wait_ready(api: Any, container_id: str, has_healthcheck: bool, timeout_s: float) -> None:
    started = time.monotonic()
    deadline = started + timeout_s
    last = "not started"
    while time.monotonic() < deadline:
        view = ContainerView(api.inspect_container(container_id), None)
        if view.status in ("exited", "dead") or view.state.get("OOMKilled"):
            raise RecreateFailed(view.reason())
        if int(view.attrs.get("RestartCount") or 0) > 0:
            raise RecreateFailed(f"restarting (exit code {view.state.get('ExitCode')})")
        if view.health_status == "unhealthy":
            raise RecreateFailed(f"unhealthy: {view.health_output() or 'no output'}")
        if has_healthcheck and view.health_status == "healthy":
            return
        if not has_healthcheck and view.running and time.monotonic() - started >= STEADY_S:
            return
        last = f"health: {view.health_status}" if view.health_status else view.status
        time.sleep(POLL_S)
    raise RecreateFailed(f"not ready after {timeout_s:g} s ({last})")


def _restore(api: Any, spec: RecreateSpec, new_id: str | None, retired: str) -> str:
    """Put the old container back; says what was restored (or what could not be)."""
    try:
        if new_id is not None:
            api.remove_container(new_id, force=True)
        api.rename(spec.old_id, spec.name)
        if spec.was_running:
            api.start(spec.old_id)
    except Exception as error:  # noqa: BLE001 - report it: the operator must know the old container is not back
        return f"RESTORE FAILED ({_why(error)}): the old container is {retired}, start it by hand"
    return f"restored {spec.name} on {spec.old_image}"


def _why(error: BaseException) -> str:
    explanation = getattr(error, "explanation", None)
    return str(explanation or error)[:300]
