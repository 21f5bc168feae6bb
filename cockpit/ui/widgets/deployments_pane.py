"""Deployments: every service's state, revision and readiness; its revision history, its instances (pods, tasks,
containers: worst first), its latest events (warnings marked) and, for blue-green, the live colour.

Generic over providers: it renders whatever a provider fills in ``DeploymentStatus``. Everything a backend says
reaches the screen as Rich ``Text`` (styled spans, never parsed as markup).
"""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from cockpit.core.formatting import STATE_MARK, STATE_STYLE, state_label
from cockpit.core.hub import Snapshot
from cockpit.providers.results import DeploymentStatus, Instance, State
from cockpit.ui.safe import join_lines, one_line, shown
from cockpit.ui.widgets.pane import Pane

COLUMNS = ("service", "state", "revision", "ready", "why")
HISTORY_SHOWN = 6
EVENTS_SHOWN = 2
INSTANCES_SHOWN = 3
"""Unhealthy instances listed by name under a service (the rest are counted)."""
TABLE_MIN_WIDTH = 72
"""Below this content width (the pane in an 80-column window, or beside the checklist) the table would cut its last
columns, the why first: each service is then a line of text and its why a wrapped line under it."""


class DeploymentsPane(Pane):
    PANE_TITLE = "Deployments"
    CAPABILITY = "deployments"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: dict[str, DeploymentStatus] = {}
        self._details: Text = Text()
        self._rows_words: tuple[tuple[str, ...], ...] = ()
        """The narrow form's words as last drawn."""
        self._shown: dict[str, tuple[str, ...]] = {}
        """The cell texts on screen per row: a poll that changes nothing visible must not redraw (bytes over SSH)."""

    def compose_body(self) -> ComposeResult:
        from textual.widgets import DataTable  # built after the first frame: imported then too

        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=False, show_cursor=False)
        table.can_focus = False
        for column in COLUMNS:
            table.add_column(column, key=column)
        yield table
        yield Static("", classes="rows-text")
        yield Static("", classes="history")
        yield Static("", classes="empty", markup=True)

    def body_mounted(self) -> None:
        self.query_one(".empty", Static).update("[dim]waiting for the first answer…[/]")

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(self.content_size.width < TABLE_MIN_WIDTH, "-narrow")

    @property
    def rows(self) -> dict[str, DeploymentStatus]:
        """Latest status per 'target/service' key."""
        return self._rows

    @property
    def details(self) -> str:
        """The plain text under the table (history, instances, events, live colour), as shown."""
        return self._details.plain

    def update_snapshot(self, snapshot: Snapshot) -> None:
        self.show_failure(snapshot, snapshot.fetched_at)
        if snapshot.data is None:
            return
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        with self.app.batch_update():
            for row in snapshot.data:
                key = f"{row.target}/{row.service}"
                self._rows[key] = row
                words = (row.service, row.state.value, row.revision, f"{row.ready}/{row.desired}", row.message)
                if self._shown.get(key) == words:
                    continue
                # DataTable cells are Rich renderables: plain Text, coloured from the theme, never parsed as markup;
                # control characters are made visible (one line each: a cell is one row).
                cells = (
                    Text(one_line(row.service)),
                    Text(f"{STATE_MARK[row.state]} {row.state.value}", style=self._theme_colour(row.state)),
                    Text(one_line(row.revision)),
                    Text(f"{row.ready}/{row.desired}"),
                    Text(one_line(row.message)),
                )
                if key in self._shown:
                    for column, value in zip(COLUMNS, cells, strict=True):
                        table.update_cell(key, column, value)
                else:
                    table.add_row(*cells, key=key)
                self._shown[key] = words
            self.set_class(any(r.state.is_bad for r in self._rows.values()), "-alert")
            self.query_one(".empty", Static).display = not self._rows
            self._render_rows_text()
            self._render_details(snapshot)

    def _theme_colour(self, state: State) -> str:
        return self.app.theme_variables.get(STATE_STYLE[state].lstrip("$"), "")

    def _render_rows_text(self) -> None:
        """The narrow form of the table: one line per service, its why wrapped under it (never cut off)."""
        words = tuple(self._shown.values())
        if words == self._rows_words:
            return  # an idle pane must not repaint
        self._rows_words = words
        lines: list[Content] = []
        for row in self._rows.values():
            lines.append(shown(f"[b]$service[/b]  {state_label(row.state)}  $revision  {row.ready}/{row.desired} ready",
                               service=one_line(row.service), revision=one_line(row.revision)))
            if row.message:
                lines.append(shown("  [dim]why:[/] $why", why=one_line(row.message)))
        self.query_one(".rows-text", Static).update(join_lines(lines))

    def _render_details(self, snapshot: Snapshot) -> None:
        """Static.update skips nothing, so compare before updating (an idle pane must not repaint)."""
        lines: list[Text] = []
        for row in snapshot.data:
            lines.extend(self._service_lines(row))
        text = Text("\n").join(lines)
        if text.plain != self._details.plain or text.spans != self._details.spans:
            self._details = text
            self.query_one(".history", Static).update(text)

    def _service_lines(self, row: DeploymentStatus) -> list[Text]:
        lines: list[Text] = []
        history = Text()
        for revision in row.history[:HISTORY_SHOWN]:
            current = revision.current or revision.id == row.revision
            history.append(" ")
            history.append(one_line(revision.id), style="bold reverse" if current else "")
        if history:
            lines.append(Text.assemble((f"{one_line(row.service)} history:", "dim"), history))
        if row.live_colour:
            live = self._is_live(row)
            mark = Text.assemble(("live colour: ", "dim"), (one_line(row.live_colour), "bold"))
            if live is not None:
                mark.append(f"  ({one_line(row.service)} {'serves traffic' if live else 'is idle'})", style="dim")
            lines.append(mark)
        if row.instances:
            lines.extend(self._instance_lines(row.instances))
        warning = self.app.theme_variables.get("warning", "")
        for event in row.events[:EVENTS_SHOWN]:
            # Wall-clock time, not "12s ago": a ticking age would redraw an idle pane every poll.
            lines.append(Text.assemble(
                ("!", warning) if event.warning else "·", " ", (event.at.strftime("%H:%M:%S"), "dim"), " ",
                one_line(f"{event.reason}: {event.message}"),
            ))
        return lines

    def _instance_lines(self, instances: tuple[Instance, ...]) -> list[Text]:
        """A count per state, then the worst few by name with why, exit code, restarts and host."""
        counts = Counter(instance.state for instance in instances)
        summary = Text("  instances:", style="dim")
        for state in (State.FAILED, State.DEGRADED, State.UNKNOWN, State.PROGRESSING, State.HEALTHY):
            if counts[state]:
                summary.append(f" {STATE_MARK[state]}{counts[state]}", style=self._theme_colour(state))
        lines = [summary]
        for instance in [i for i in instances if i.state is not State.HEALTHY][:INSTANCES_SHOWN]:
            words = [instance.reason or instance.state.value]
            if instance.exit_code is not None and f"exit {instance.exit_code}" not in words[0]:
                words.append(f"exit {instance.exit_code}")
            if instance.restarts:
                words.append(f"{instance.restarts} restarts")
            if instance.host:
                words.append(instance.host)
            mark = (STATE_MARK[instance.state], self._theme_colour(instance.state))
            why = (one_line(" · ".join(words)), "dim")
            lines.append(Text.assemble("  ", mark, " ", one_line(instance.name), " ", why))
        return lines

    @staticmethod
    def _is_live(row: DeploymentStatus) -> bool | None:
        """Whether this service carries the live colour (by its name or its current revision); None: no sign."""
        colour = row.live_colour or ""
        current = next((r for r in row.history if r.current or r.id == row.revision), None)
        signs = f"{row.service} {current.description if current else ''}".lower()
        colours = ("blue", "green", colour.lower())
        if not any(word in signs for word in colours):
            return None
        return colour.lower() in signs
