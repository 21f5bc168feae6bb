"""GitHub Actions: workflow runs, their jobs and failed steps, the failed job's error lines; re-run failed jobs.

```toml
[environments.production.targets.ci]
provider = "github"
repo = "acme/finance-hub"
workflow = "deploy.yml"      # optional: every workflow of the repo
branch = "main"              # optional
api_url = "https://..."      # optional: GitHub Enterprise Server, or a test server
```
The token comes from ``GITHUB_TOKEN``, else ``gh auth token``; it is held in memory only (see github_token).
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any
from urllib.parse import quote

import msgspec

from .base import BadResponse, ContractBackend, NotFound, Provider, ProviderError
from .github_http import GitHubApi, Page
from .github_log import error_lines
from .github_model import JobList, RunList, to_job, to_run
from .github_token import discover_token
from .results import ActionPlan, ActionResult, ApiQuota, Change, PipelineJob, PipelineRun, State, utcnow
from .text import clean_result

DEFAULT_API_URL = "https://api.github.com"
JOBS_OF_RUNS = 3
"""Jobs are read for the newest few runs only: older ones do not change, and each read is a request."""
LOG_CACHE_SIZE = 32
REQUESTS_PER_POLL = 2 + JOBS_OF_RUNS
"""At most: the run list, the jobs of the newest runs, one log."""
LOW_QUOTA = 0.2
"""Below this share of the allowance, polls are spread over the time left to the reset."""

Repo = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
ApiUrl = Annotated[str, msgspec.Meta(pattern=r"^https?://[^\s/]+(/\S*)?$")]


class GitHubSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    repo: Repo
    """owner/name, e.g. acme/finance-hub."""
    workflow: str | None = None
    """A workflow file name (deploy.yml) or numeric id; None: the runs of every workflow."""
    branch: str | None = None
    """Only runs for this branch (or tag)."""
    api_url: ApiUrl = DEFAULT_API_URL
    """GitHub Enterprise Server's https://HOST/api/v3, or a test server."""


class GitHubActionsProvider(Provider):
    kind = "github"
    Settings = GitHubSettings

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any] | None:
        if not backend.dead:
            return None  # its live backend is a test fixture: the live check reads its story in test_contracts.py
        return {"repo": "contract/contract", "api_url": f"http://{backend.dead_address}"}

    def __init__(self, target: str, settings: GitHubSettings, *, timeout_s: float = 10.0,
                 token: Callable[[], str | None] = discover_token) -> None:
        super().__init__(target, settings)
        self.settings: GitHubSettings = settings
        self.api = GitHubApi(settings.api_url, target, timeout_s=timeout_s, token=token)
        self._logs: dict[str, tuple[tuple[str, ...], str]] = {}
        """Job id -> (error lines, note): a finished job's log never changes, so it is read once."""
        self._latest: dict[str, PipelineRun] = {}
        self._last_poll: tuple[float, int, tuple[PipelineRun, ...]] | None = None
        """(monotonic time, limit, runs) of the last poll that asked GitHub."""

    def describe(self) -> str:
        scope = f" {self.settings.workflow}" if self.settings.workflow else ""
        return f"{self.kind}:{self.target} ({self.settings.repo}{scope})"

    async def aclose(self) -> None:
        await self.api.aclose()

    def quota(self) -> ApiQuota | None:
        return self.api.quota()

    # -- reading -----------------------------------------------------------------------------------------------

    async def runs(self, limit: int = 10) -> Sequence[PipelineRun]:
        """The newest ``limit`` runs, newest first; jobs for the newest few, error lines for the newest failure."""
        if self._last_poll is not None and self._last_poll[1] == limit and self._must_wait(self._last_poll[0]):
            return self._last_poll[2]
        repo = self._repo_path()
        scope = f"/actions/workflows/{quote(self.settings.workflow, safe='')}" if self.settings.workflow else "/actions"
        params: dict[str, str | int] = {"per_page": max(1, min(limit, 100))}
        if self.settings.branch:
            params["branch"] = self.settings.branch
        page = await self.api.get_page(self.api.url(f"{repo}{scope}/runs", params))
        listed = _decode(page, RunList, self.target).workflow_runs[:limit]
        runs: list[PipelineRun] = []
        log_wanted = True
        for index, run in enumerate(listed):
            jobs: tuple[PipelineJob, ...] = ()
            if index < JOBS_OF_RUNS:
                jobs = await self._jobs(run.id, read_log=log_wanted)
                log_wanted = log_wanted and not any(job.state is State.FAILED for job in jobs)
            runs.append(clean_result(to_run(run, jobs)))
        self._latest = {run.id: run for run in runs}
        self._last_poll = (time.monotonic(), limit, tuple(runs))
        return tuple(runs)

    def _must_wait(self, polled_at: float) -> bool:
        """Whether the allowance left cannot pay for another poll yet: what remains is spread evenly until the
        reset. Only when it runs short, or without a token (GitHub's anonymous 60 an hour, where even a 304 counts);
        with a token a 304 is free, and a normal allowance lasts."""
        quota = self.api.quota()
        if quota is None or quota.reset_at is None:
            return False
        if self.api.sends_token and quota.remaining >= quota.limit * LOW_QUOTA:
            return False
        until_reset = (quota.reset_at - utcnow()).total_seconds()
        pace_s = until_reset * REQUESTS_PER_POLL / max(quota.remaining, 1)
        return time.monotonic() - polled_at < pace_s

    async def _jobs(self, run_id: int, *, read_log: bool) -> tuple[PipelineJob, ...]:
        url = self.api.url(f"{self._repo_path()}/actions/runs/{run_id}/jobs", {"per_page": 100})
        jobs = [job for page in await self.api.get_pages(url) for job in _decode(page, JobList, self.target).jobs]
        result: list[PipelineJob] = []
        for job in jobs:
            failed = to_job(job)
            if read_log and failed.state is State.FAILED and job.status == "completed":
                lines, note = await self._error_lines(failed.id)
                failed = to_job(job, error_lines=lines, log_note=note)
                read_log = False  # one log per poll: the first failed job is the one the operator reads first
            result.append(failed)
        return tuple(result)

    async def _error_lines(self, job_id: str) -> tuple[tuple[str, ...], str]:
        if job_id in self._logs:
            return self._logs[job_id]
        try:
            tail = await self.api.get_log(self.api.url(f"{self._repo_path()}/actions/jobs/{job_id}/logs"))
        except ProviderError as error:
            # No log is no reason to hide the run: say why beside the job and try again next poll.
            return (), f"log not read: {error.title}: {error.message}"
        found = error_lines(tail.text), "only the end of a long log was read" if tail.cut else ""
        if len(self._logs) >= LOG_CACHE_SIZE:
            self._logs.pop(next(iter(self._logs)))
        self._logs[job_id] = found
        return found

    def _repo_path(self) -> str:
        return f"/repos/{self.settings.repo}"

    # -- re-running failed jobs --------------------------------------------------------------------------------

    async def plan_rerun(self, run_id: str) -> ActionPlan:
        run = self._latest.get(run_id)
        if run is None:
            raise NotFound(f"run {run_id} is not among the latest runs of {self.settings.repo}", target=self.target,
                           hint="wait for the next poll, or refresh")
        failed = [job.name for job in run.failed_jobs]
        if run.state is State.PROGRESSING or not (failed or run.state is State.FAILED):
            raise ProviderError(f"run {_label(run)} has no failed jobs to re-run ({run.status})", target=self.target)
        argv = ["gh", "run", "rerun", run.id, "--failed", "--repo", self.settings.repo]
        jobs = ", ".join(failed) or "the failed jobs"
        return ActionPlan(
            action="rerun",
            target=self.target,
            service=self.settings.repo,
            command=shlex.join(argv),
            changes=(
                Change("attempt", str(run.attempt), str(run.attempt + 1)),
                Change("jobs re-run", "none", jobs),
            ),
            reversible=False,
            summary=f"re-run {jobs} of {run.workflow} {_label(run)} ({(run.commit or '')[:7]})",
            params={"run_id": run.id},
        )

    async def execute(self, plan: ActionPlan) -> ActionResult:
        started = utcnow()
        if plan.action != "rerun":
            raise ProviderError(f"{self.kind} cannot {plan.action}", target=self.target)
        run_id = str(plan.params["run_id"])
        status = await self.api.post(self.api.url(f"{self._repo_path()}/actions/runs/{run_id}/rerun-failed-jobs"))
        if status != 201:
            raise BadResponse(f"GitHub answered HTTP {status} to the re-run of run {run_id}", target=self.target)
        return ActionResult(plan, True, f"GitHub queued the re-run of run {run_id}'s failed jobs", started, utcnow())


def _label(run: PipelineRun) -> str:
    return f"#{run.number}" if run.number is not None else run.id


def _decode(page: Page, shape: type[Any], target: str) -> Any:
    try:
        return msgspec.json.decode(page.body, type=shape)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError) as error:
        # RecursionError: msgspec's answer to JSON nested past its stack (a hostile or broken proxy).
        raise BadResponse(f"GitHub's answer is not the expected {shape.__name__} JSON: {error}", target=target,
                          hint="an API proxy or a wrong api_url answering?") from None

