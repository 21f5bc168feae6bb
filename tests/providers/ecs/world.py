"""The AWS world of seed 000, created for real in moto: a cluster, an ECR repository, three task-definition
revisions of ``finance-hub-api`` (images v40, v41, v42, awslogs), the service at the bad :3, and its log streams."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

ACCOUNT = "123456789012"
"""moto's default account; the recordings use it too."""
REGION = "us-east-1"
CLUSTER = "finance-hub-production"
SERVICE = "finance-hub-api"
FAMILY = "finance-hub-api"
REPOSITORY = "finance-hub-api"
IMAGE = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/{REPOSITORY}"
TAGS = ("v40", "v41", "v42")
"""The image tag of revisions 1, 2 and 3."""
LOG_GROUP = "/ecs/finance-hub-api"
BAD_TASK = "7c1e5f0a9b2d4c6e8f0a1b2c3d4e5f60"
"""A task of :3 (the recordings' stopped task with exit 1): its stream carries the errors."""
OLD_TASK = "0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5"
BAD_LINES = (
    "INFO Starting finance-hub-api v42 on :8000",
    'ERROR sqlalchemy.exc.OperationalError: connection to server at "db" failed: FATAL: password authentication '
    'failed for user "financehub"',
    "ERROR GET /api/health 500 (database unavailable)",
)
OLD_LINES = ("INFO GET /api/health 200 3ms",)


@dataclass
class AwsWorld:
    """Handles on the seeded world: the replay in front of moto, and boto3 clients straight to moto."""

    endpoint_url: str
    """The replay proxy: what providers under test talk to."""
    replay: Any
    ecs: Any
    logs: Any
    ecr: Any

    def put_logs(self, task: str, lines: tuple[str, ...], ago_s: float = 0.0) -> None:
        """Write ``lines`` to the stream of ``task``'s api container, one millisecond apart, ``ago_s`` ago."""
        stream = f"ecs/api/{task}"
        existing = self.logs.describe_log_streams(logGroupName=LOG_GROUP, logStreamNamePrefix=stream)["logStreams"]
        if not existing:
            self.logs.create_log_stream(logGroupName=LOG_GROUP, logStreamName=stream)
        start = int((time.time() - ago_s) * 1000)
        events = [{"timestamp": start + offset, "message": line} for offset, line in enumerate(lines)]
        self.logs.put_log_events(logGroupName=LOG_GROUP, logStreamName=stream, logEvents=events)

    def running_task_definition(self) -> str:
        """What describe-services on the server says the service runs now (moto keeps what it was given)."""
        service = self.ecs.describe_services(cluster=CLUSTER, services=[SERVICE])["services"][0]
        return str(service["taskDefinition"]).rsplit("/", 1)[-1]

    def settings(self, **overrides: Any) -> Any:
        from cockpit.providers.ecs import EcsSettings

        values = {"cluster": CLUSTER, "service": SERVICE, "region": REGION, "endpoint_url": self.endpoint_url}
        values.update(overrides)
        return EcsSettings(**values)

    def config_toml(self, *, protected: bool = True, runbook: str | None = None) -> str:
        """A cockpit.toml naming the service, as an operator writes it."""
        lines = [
            "[environments.production]",
            f"protected = {'true' if protected else 'false'}",
            f'service = "{SERVICE}"',
        ]
        if runbook is not None:
            lines.append(f"runbook = {json.dumps(runbook)}")
        lines += [
            "",
            "[environments.production.targets.api]",
            'provider = "ecs"',
            f'cluster = "{CLUSTER}"',
            f'service = "{SERVICE}"',
            f'region = "{REGION}"',
            f'endpoint_url = "{self.endpoint_url}"',
            "interval_s = 0.3",
            "timeout_s = 5",
        ]
        return "\n".join(lines) + "\n"


def seed(world: AwsWorld) -> None:
    world.ecs.create_cluster(clusterName=CLUSTER)
    world.ecr.create_repository(repositoryName=REPOSITORY)
    for revision, tag in enumerate(TAGS, start=1):
        manifest = {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                    "config": {"digest": f"sha256:{revision:064x}"}, "layers": []}
        world.ecr.put_image(repositoryName=REPOSITORY, imageManifest=json.dumps(manifest), imageTag=tag)
        world.ecs.register_task_definition(
            family=FAMILY,
            containerDefinitions=[{
                "name": "api",
                "image": f"{IMAGE}:{tag}",
                "memory": 512,
                "essential": True,
                "logConfiguration": {"logDriver": "awslogs", "options": {
                    "awslogs-group": LOG_GROUP, "awslogs-region": REGION, "awslogs-stream-prefix": "ecs",
                }},
            }],
        )
    world.ecs.create_service(
        cluster=CLUSTER, serviceName=SERVICE, taskDefinition=f"{FAMILY}:3", desiredCount=2,
        deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": False},
                                 "maximumPercent": 200, "minimumHealthyPercent": 50},
    )
    world.logs.create_log_group(logGroupName=LOG_GROUP)
    world.put_logs(OLD_TASK, OLD_LINES, ago_s=240)
    world.put_logs(BAD_TASK, BAD_LINES, ago_s=120)
