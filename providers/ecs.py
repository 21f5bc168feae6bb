"""Amazon ECS services: deployments, task-definition history, CloudWatch logs, rollback and forced redeploys.

What the seed runbook does by hand, through boto3: ``aws ecs describe-services`` (deployments, rollout state,
events), ``list-tasks``/``describe-tasks`` (why tasks stopped), ``list-task-definitions`` (the revisions to go back
to), ``aws logs tail`` and ``aws ecs update-service --task-definition family:N``. The revision of a service is its
task definition ``family:revision``; the history is the family's newest revisions, with the push time of their ECR
images when the repository is in the service's own account.

```toml
[environments.production.targets.api]
provider = "ecs"
cluster = "finance-hub-production"
service = "finance-hub-api"
region = "us-east-1"          # optional: else the AWS chain's (AWS_REGION, the profile)
profile = "prod"              # optional: an AWS profile
endpoint_url = "http://..."   # optional: another endpoint; AWS_ENDPOINT_URL works too
```
"""

from __future__ import annotations

import asyncio
import shlex
from collections import OrderedDict
from collections.abc import AsyncGenerator, Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any

import msgspec

from .base import ContractBackend, NotFound, NotSupported, Provider, ProviderError
from .ecs_aws import AwsClients
from .ecs_logs import CloudWatchFollower
from .ecs_model import (
    LogConfig,
    account_of,
    aware,
    container_images,
    cut,
    images_text,
    log_configs,
    primary_deployment,
    ready_count,
    service_events,
    service_message,
    service_state,
    short_task_definition,
    split_task_definition,
    task_instance,
    worst_first,
)
from .ecs_registry import PushTimes, parse_ecr_image
from .http_fetch import require_http_url
from .results import ActionPlan, ActionResult, Change, DeploymentStatus, Instance, LogLine, Revision, State, utcnow
from .text import clean_result

HISTORY_LIMIT = 10
"""Newest revisions of the family shown (and offered as rollback targets)."""
TASKS_LISTED = 10
"""Running and stopped tasks described per poll, each (ECS keeps stopped tasks for about an hour)."""
TASK_DEFINITIONS_CACHED = 64
"""Task definition revisions are immutable: describe each once, keep the most recently used."""

ClusterName = Annotated[
    str, msgspec.Meta(pattern=r"^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster/)?[A-Za-z0-9_-]{1,255}$")
]
"""ECS allows letters, digits, hyphens and underscores in cluster names (or the cluster's ARN)."""
ServiceName = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9_-]{1,255}$")]
RegionName = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2}(-[a-z]+)+-\d{1,2}$")]
"""us-east-1, eu-central-2, us-gov-west-1...: a typo is a config error, not an endpoint that does not resolve."""


class EcsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    cluster: ClusterName
    """The ECS cluster name (or ARN), e.g. finance-hub-production."""
    service: ServiceName
    """The service name, e.g. finance-hub-api."""
    region: RegionName | None = None
    """AWS region; None: the AWS chain's (AWS_REGION, AWS_DEFAULT_REGION, the profile)."""
    profile: str | None = None
    """An AWS profile from ~/.aws/config; None: AWS_PROFILE or the default chain."""
    endpoint_url: str | None = None
    """Another endpoint for ECS, Logs and ECR (LocalStack, tests); None: AWS's, or AWS_ENDPOINT_URL when set."""

    def __post_init__(self) -> None:
        require_http_url("endpoint_url", self.endpoint_url)


class EcsProvider(Provider):
    kind = "ecs"
    Settings = EcsSettings

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any] | None:
        if not backend.dead:
            return None  # its live backend is a test fixture: the live check reads its story in test_contracts.py
        # Credentials come from AWS's chain only (never from settings): the caller provides fake ones.
        return {"cluster": "contract", "service": "contract-service", "region": "us-east-1",
                "endpoint_url": f"http://{backend.dead_address}"}

    def __init__(self, target: str, settings: EcsSettings) -> None:
        super().__init__(target, settings)
        self.settings: EcsSettings = settings
        self.aws = AwsClients(target=target, region=settings.region, profile=settings.profile,
                              endpoint_url=settings.endpoint_url)
        self._push_times = PushTimes(self.aws)
        self._logs = CloudWatchFollower(self.aws)
        self._task_definitions: OrderedDict[str, dict[str, Any]] = OrderedDict()

    @property
    def where(self) -> str:
        """``cluster/service``: how messages name the service."""
        return f"{self.settings.cluster}/{self.settings.service}"

    async def aclose(self) -> None:
        self.aws.close()

    def describe(self) -> str:
        region = f" in {self.settings.region}" if self.settings.region else ""
        return f"{self.kind}:{self.target} ({self.where}{region})"

    # -- deployments -------------------------------------------------------------------------------------------

    async def deployments(self) -> Sequence[DeploymentStatus]:
        return [await self._status()]

    async def _status(self) -> DeploymentStatus:
        service = await self._service()
        revision = short_task_definition(str(service.get("taskDefinition", "")))
        notes: list[str] = []
        history, instances = await asyncio.gather(
            self._history(service, revision, notes), self._instances(notes)
        )
        state = service_state(service)
        primary = primary_deployment(service)
        message = service_message(service)
        if primary is not None and short_task_definition(str(primary.get("taskDefinition", ""))) != revision:
            # The service already names the new revision, but ECS has not started its deployment yet.
            state = State.PROGRESSING
            message = f"waiting for a deployment of {revision}; {message}"
        return clean_result(DeploymentStatus(
            target=self.target,
            service=self.settings.service,
            state=state,
            revision=revision,
            ready=ready_count(service, revision),
            desired=int(service.get("desiredCount", 0)),
            observed_at=utcnow(),
            message="; ".join([message, *notes]),
            history=history,
            events=service_events(service),
            instances=instances,
        ))

    async def _service(self) -> dict[str, Any]:
        answer = await self.aws.call("ecs", "describe_services", self.where,
                                     cluster=self.settings.cluster, services=[self.settings.service])
        services = answer.get("services", ())
        if not services:
            failure: dict[str, Any] = next(iter(answer.get("failures", ())), {})
            raise NotFound(f"service {self.where} not found ({failure.get('reason', 'no answer')})",
                           target=self.target, hint="check the cluster, service and region")
        service: dict[str, Any] = services[0]
        if service.get("status") == "INACTIVE":
            raise NotFound(f"service {self.where} is INACTIVE (deleted)", target=self.target)
        return service

    async def _task_definition(self, reference: str) -> dict[str, Any]:
        """The task definition ``reference`` names (ARN or family:revision); immutable, so cached."""
        key = short_task_definition(reference)
        found = self._task_definitions.get(key)
        if found is None:
            answer = await self.aws.call("ecs", "describe_task_definition", f"task definition {key}",
                                         taskDefinition=reference)
            found = answer["taskDefinition"]
            self._task_definitions[key] = found
            while len(self._task_definitions) > TASK_DEFINITIONS_CACHED:
                self._task_definitions.popitem(last=False)
        self._task_definitions.move_to_end(key)
        return found

    async def _history(self, service: Mapping[str, Any], current: str, notes: list[str]) -> tuple[Revision, ...]:
        """The family's newest revisions (newest first, the current one marked), with their images' push times."""
        parsed = split_task_definition(current)
        if parsed is None:
            return ()
        family = parsed[0]
        try:
            answer = await self.aws.call("ecs", "list_task_definitions", f"task definition family {family}",
                                         familyPrefix=family, sort="DESC", maxResults=HISTORY_LIMIT)
            names = [short_task_definition(arn) for arn in answer.get("taskDefinitionArns", ())]
            # familyPrefix is a prefix on some backends: keep the family's own revisions only.
            names = [name for name in names if name.rsplit(":", 1)[0] == family][:HISTORY_LIMIT]
            if current not in names:
                names.append(current)
            definitions = await asyncio.gather(*(self._task_definition(name) for name in names))
        except ProviderError as error:
            notes.append(f"history unavailable: {error.title}: {cut(error.message, 160)}")
            return ()
        images = {parse_ecr_image(image) for td in definitions for _, image in container_images(td)}
        pushed = await self._push_times.lookup((i for i in images if i is not None),
                                               account_of(str(service.get("serviceArn", ""))))
        if self._push_times.note:
            notes.append(self._push_times.note)
        revisions = [self._revision(td, current, pushed) for td in definitions]
        return tuple(sorted(revisions, key=lambda r: -(split_task_definition(r.id) or ("", 0))[1]))

    @staticmethod
    def _revision(td: Mapping[str, Any], current: str, pushed: Mapping[Any, datetime]) -> Revision:
        name = short_task_definition(str(td.get("taskDefinitionArn", "")))
        words: list[str] = []
        for container, image in container_images(td):
            ref = parse_ecr_image(image)
            tag = image.rsplit("/", 1)[-1]
            if ref is not None and ref in pushed:
                words.append(f"{container}: {tag} pushed {pushed[ref]:%Y-%m-%d %H:%M} UTC")
            else:
                words.append(f"{container}: {tag}")
        if td.get("registeredBy"):
            words.append(f"registered by {cut(td['registeredBy'], 120)}")
        return Revision(id=name, created_at=aware(td.get("registeredAt")), image=images_text(td),
                        description="; ".join(words), current=name == current)

    async def _instances(self, notes: list[str]) -> tuple[Instance, ...]:
        """Running and recently stopped tasks, worst first; stopped ones say why, with their exit codes."""
        try:
            listed = await asyncio.gather(*(
                self.aws.call("ecs", "list_tasks", self.where, cluster=self.settings.cluster,
                              serviceName=self.settings.service, desiredStatus=status, maxResults=TASKS_LISTED)
                for status in ("RUNNING", "STOPPED")
            ))
            arns = list(dict.fromkeys(arn for answer in listed for arn in answer.get("taskArns", ())))
            if not arns:
                return ()
            answer = await self.aws.call("ecs", "describe_tasks", self.where, cluster=self.settings.cluster,
                                         tasks=arns)
        except ProviderError as error:
            notes.append(f"tasks unavailable: {error.title}: {cut(error.message, 160)}")
            return ()
        return worst_first([task_instance(task) for task in answer.get("tasks", ())])

    # -- logs --------------------------------------------------------------------------------------------------

    async def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncGenerator[LogLine, None]:
        """Follow the CloudWatch Logs of the containers of every deployment the service has now (old and new)."""
        configs = await self._log_configs()
        async for line in self._logs.follow(configs, since, contains):
            yield line

    async def _log_configs(self) -> tuple[LogConfig, ...]:
        service = await self._service()
        references = [str(d.get("taskDefinition", "")) for d in service.get("deployments", ())]
        references.append(str(service.get("taskDefinition", "")))
        definitions = await asyncio.gather(*(self._task_definition(r) for r in dict.fromkeys(references) if r))
        configs = tuple(dict.fromkeys(config for td in definitions for config in log_configs(td)))
        if not configs:
            raise NotSupported(f"no container of {self.where} logs to CloudWatch (awslogs driver)",
                               target=self.target)
        return configs

    # -- actions -----------------------------------------------------------------------------------------------

    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        """Point the service at the previous (or the chosen) revision of its task-definition family."""
        self._check_service(service)
        status = await self._status()
        family = (split_task_definition(status.revision) or (status.revision, 0))[0]
        if to_revision is None:
            chosen = status.previous_revision()
            if chosen is None:
                raise NotFound(f"{service} has no revision older than {status.revision}", target=self.target)
            wanted = chosen.id
        else:
            wanted = f"{family}:{to_revision}" if to_revision.isdigit() else short_task_definition(to_revision)
        if wanted == status.revision:
            raise ProviderError(f"{service} already runs {wanted}: nothing to roll back", target=self.target)
        target_td = await self._task_definition(wanted)  # NotFound when there is no such revision
        current_td = await self._task_definition(status.revision)
        changes = [Change("task definition", status.revision, wanted)]
        before = dict(container_images(current_td))
        for container, image in container_images(target_td):
            if before.get(container) != image:
                changes.append(Change(f"image {container}", before.get(container, ""), image))
        older = (split_task_definition(wanted) or ("", 0))[1] < (split_task_definition(status.revision) or ("", 0))[1]
        return ActionPlan(
            action="rollback",
            target=self.target,
            service=service,
            command=self._command("--task-definition", wanted),
            changes=tuple(changes),
            reversible=True,
            summary=f"{'roll back' if older else 'roll forward'} {service} from {status.revision} to {wanted} "
                    f"({images_text(target_td)})",
            params={"task_definition": wanted},
            expect_revision=wanted,
        )

    async def plan_restart(self, service: str) -> ActionPlan:
        """Replace every task with a fresh one of the same revision (a forced new deployment)."""
        self._check_service(service)
        status = await self._status()
        return ActionPlan(
            action="restart",
            target=self.target,
            service=service,
            command=self._command("--force-new-deployment"),
            changes=(Change("tasks", f"{status.ready}/{status.desired} running {status.revision}",
                            f"{status.desired} new tasks of {status.revision}"),),
            reversible=False,
            summary=f"force a new deployment of {service} at {status.revision}",
            params={"force_new_deployment": True},
            expect_revision=status.revision,
        )

    async def execute(self, plan: ActionPlan) -> ActionResult:
        self._check_service(plan.service)
        started = utcnow()
        params: dict[str, Any] = {"cluster": self.settings.cluster, "service": self.settings.service}
        if plan.action == "rollback" and isinstance(plan.params.get("task_definition"), str):
            params["taskDefinition"] = plan.params["task_definition"]
        elif plan.action == "restart" and plan.params.get("force_new_deployment") is True:
            params["forceNewDeployment"] = True
        else:
            raise ProviderError(f"{self.target} cannot execute a {plan.action!r} plan", target=self.target)
        answer = await self.aws.call("ecs", "update_service", self.where, **params)
        service = answer.get("service", {})
        now_running = short_task_definition(str(service.get("taskDefinition", "")))
        primary = primary_deployment(service)
        deployment = f"deployment {cut(primary.get('id'), 100)} started" if primary else "no deployment reported yet"
        message = f"{self.settings.service} now names {now_running}; {deployment}"
        return ActionResult(plan, True, message, started, utcnow(), output=service_message(service))

    def _check_service(self, service: str) -> None:
        if service != self.settings.service:
            raise NotFound(f"{self.target} is {self.where}, not {service!r}", target=self.target)

    def _command(self, *arguments: str) -> str:
        """The exact ``aws ecs update-service`` an operator would type, every value one shell word."""
        argv = ["aws", "ecs", "update-service", "--cluster", self.settings.cluster,
                "--service", self.settings.service, *arguments]
        for option, value in (("--region", self.settings.region), ("--profile", self.settings.profile),
                              ("--endpoint-url", self.settings.endpoint_url)):
            if value:
                argv += [option, value]
        return shlex.join(argv)
