"""Pipeline: the newest CI/CD runs, the failed job of the newest failure with its failed steps and error lines,
and which run deployed what another target is running now.

Everything a backend says (workflow names, branches, titles, log lines) reaches the screen as Rich ``Text``, never
as markup. The pane only reads what the hub publishes; re-running is an intent (``RerunRequested``) that the app
sends through the action runner.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Static

from cockpit.core.formatting import STATE_MARK, STATE_STYLE, clock
from cockpit.core.hub import PipelineRuns, Snapshot
from cockpit.providers.pipeline_match import deployed_run
from cockpit.providers.results import DeploymentStatus, PipelineRun, State
from cockpit.ui.feed import SnapshotFeed
from cockpit.ui.widgets.pane import Pane

COLUMNS = ("run", "workflow", "branch", "commit", "duration", "attempt", "actor", "title")
"""Duration before the actor: in an 80-column window the columns to the right are the ones cut."""
ERROR_LINES_SHOWN = 4


def run_label(run: PipelineRun) -> str:
    return f"#{run.number}" if run.number is not None else run.id


def duration_text(run: PipelineRun, now: datetime) -> str:
    """A finished run's wall time; a running one's time so far, marked as still going."""
    if run.duration_s is not None:
        return clock(run.duration_s)
    if run.started_at is None or run.state is not State.PROGRESSING:
        return "—"
    return clock((now - run.started_at).total_seconds()) + "…"


class PipelinePane(Pane):
    PANE_TITLE = "Pipeline"
    CAPABILITY = "pipelines"
    BINDINGS = [Binding("e", "rerun_failed", "Re-run failed")]

    class RerunRequested(Message):
        """The operator asked to re-run the failed jobs of a run; the app plans it through the action runner."""

        def __init__(self, target: str, run_id: str) -> None:
            super().__init__()
            self.target = target
            self.run_id = run_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._data: dict[str, PipelineRuns] = {}
        self._fetched_at: dict[str, datetime] = {}
        self._deployments: dict[str, tuple[DeploymentStatus, ...]] = {}
        self._shown: dict[str, tuple[str, ...]] = {}
        """Cell texts on screen per row key, in screen order: unchanged polls redraw nothing."""
        self._detail_shown = ""
        # Built up front: a snapshot can arrive before compose has run.
        self.table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=False, show_cursor=False)
        self.table.can_focus = False
        self.detail = Static("", classes="pipeline-detail")
        self.empty = Static(Text("waiting for the first runs…", style="dim"), classes="empty")

    def compose_body(self) -> ComposeResult:
        for column in COLUMNS:
            self.table.add_column(column, key=column)
        yield self.table
        yield self.detail
        yield self.empty

    @property
    def runs(self) -> list[tuple[str, PipelineRun]]:
        """(target, run) for every run on screen, newest first within each target."""
        return [(target, run) for target, data in sorted(self._data.items()) for run in data.runs]

    def _subscribe(self) -> None:
        super()._subscribe()
        # Deployments too: what the other targets run tells which run deployed it.
        feed = getattr(self.app, "feed", None)
        if isinstance(feed, SnapshotFeed):
            feed.subscribe(self, "deployments")

    def update_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.capability == "deployments":
            self.note_deployments(snapshot)
            return
        self.show_failure(snapshot, snapshot.fetched_at)
        if snapshot.data is None:
            return
        self._data[snapshot.target] = snapshot.data
        self._fetched_at[snapshot.target] = snapshot.fetched_at
        with self.app.batch_update():
            self._render_table()
            self._render_detail()
            self._render_quota()
            self.empty.display = not self.runs
            self.set_class(any(data.runs and data.runs[0].state.is_bad for data in self._data.values()), "-alert")

    def note_deployments(self, snapshot: Snapshot) -> None:
        """Deployments of other targets: what they run tells which run deployed it (their failures are theirs)."""
        if snapshot.data is None:
            return
        self._deployments[snapshot.target] = tuple(snapshot.data)
        if self._data:
            self._render_detail()

    # -- rendering ---------------------------------------------------------------------------------------------

    def _render_table(self) -> None:
        several = len(self._data) > 1
        rows: dict[str, tuple[Text, ...]] = {}
        for target, run in self.runs:
            now = self._fetched_at[target]
            workflow = f"{target} {run.workflow}" if several else run.workflow
            word = run.conclusion or run.status
            rows[f"{target}/{run.id}"] = (
                Text(f"{STATE_MARK[run.state]} {run_label(run)} {word}", style=self._colour(run.state)),
                Text(workflow),
                Text(run.branch or ""),
                Text((run.commit or "")[:7]),
                Text(duration_text(run, now)),
                Text(str(run.attempt)),
                Text(run.actor or ""),
                Text(run.title),
            )
        visible = {key: tuple(cell.plain for cell in cells) for key, cells in rows.items()}
        if list(visible) != list(self._shown):
            # A new run moves every row down: rebuild (once per new run) rather than shuffle keyed rows.
            self.table.clear()
            for key, cells in rows.items():
                self.table.add_row(*cells, key=key)
        else:
            for key, cells in rows.items():
                if visible[key] != self._shown[key]:
                    for column, cell in zip(COLUMNS, cells, strict=True):
                        self.table.update_cell(key, column, cell)
        self._shown = visible

    def _render_detail(self) -> None:
        text = Text()
        failed = next(((target, run) for target, run in self.runs if run.failed_jobs), None)
        if failed is not None:
            target, run = failed
            for job in run.failed_jobs:
                text.append(f"{STATE_MARK[job.state]} ", style=self._colour(job.state))
                text.append(job.name, style="bold")
                text.append(f" ({run.workflow} {run_label(run)})")
                if job.failed_steps:
                    text.append(" failed at ")
                    text.append(", ".join(job.failed_steps), style="bold")
                text.append("\n")
                for line in job.error_lines[-ERROR_LINES_SHOWN:]:
                    text.append(f"  {line}\n")
                if job.log_note:
                    text.append(f"  ({job.log_note})\n", style="dim")
        text.append_text(self._deployed_line())
        text.rstrip()
        if text.plain != self._detail_shown:
            self._detail_shown = text.plain
            self.detail.update(text)

    def _deployed_line(self) -> Text:
        rows = [row for target, rows in self._deployments.items() if target not in self._data for row in rows]
        for data in self._data.values():
            found = deployed_run(data.runs, rows)
            if found is None:
                continue
            line = Text("running ", style="dim")
            line.append(f"{found.service} {found.revision}")
            line.append(" ← ", style="dim")
            line.append(f"{found.run.workflow} {run_label(found.run)} {(found.run.commit or '')[:7]}")
            previous = found.previous_success
            if previous is not None:
                line.append("   last success before: ", style="dim")
                line.append(f"{run_label(previous)} {(previous.commit or '')[:7]}")
            return line
        return Text()

    def _render_quota(self) -> None:
        quotas = [data.quota for data in self._data.values() if data.quota is not None]
        subtitle = f"API {min(q.remaining for q in quotas)}/{max(q.limit for q in quotas)}" if quotas else ""
        if self.border_subtitle != subtitle:
            self.border_subtitle = subtitle

    def _colour(self, state: State) -> str:
        return self.app.theme_variables.get(STATE_STYLE[state].lstrip("$"), "")

    # -- keys --------------------------------------------------------------------------------------------------

    def action_rerun_failed(self) -> None:
        """Ask to re-run the newest failed run's failed jobs (the app plans it; the operator confirms)."""
        failed = next(((target, run) for target, run in self.runs if run.state is State.FAILED), None)
        if failed is None:
            self.notify("No failed run to re-run.", title="Pipeline", severity="warning")
            return
        self.post_message(self.RerunRequested(failed[0], failed[1].id))
