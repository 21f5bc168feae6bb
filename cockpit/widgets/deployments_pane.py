"""Deployments: every service's state, revision and readiness, its revision history and latest events."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.markup import escape
from textual.widgets import DataTable, Static

from cockpit.formatting import STATE_MARK, STATE_STYLE, format_age
from cockpit.hub import Snapshot
from cockpit.widgets.pane import Pane
from providers.base import DeploymentStatus, State

COLUMNS = ("service", "state", "revision", "ready", "why")


class DeploymentsPane(Pane):
    PANE_TITLE = "Deployments"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: dict[str, DeploymentStatus] = {}

    def compose(self) -> ComposeResult:
        yield from super().compose()
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=False, show_cursor=False)
        table.can_focus = False
        for column in COLUMNS:
            table.add_column(column, key=column)
        yield table
        yield Static("", classes="history")
        yield Static("", classes="empty", markup=True)

    def on_mount(self) -> None:
        self.query_one(".empty", Static).update("[dim]waiting for the first answer…[/]")

    @property
    def rows(self) -> dict[str, DeploymentStatus]:
        """Latest status per 'target/service' key."""
        return self._rows

    def update_snapshot(self, snapshot: Snapshot) -> None:
        self.show_failure(snapshot, snapshot.fetched_at)
        if snapshot.data is None:
            return
        table = self.query_one(DataTable)
        with self.app.batch_update():
            for row in snapshot.data:
                key = f"{row.target}/{row.service}"
                if self._rows.get(key) == row:
                    continue
                # DataTable cells are Rich renderables: plain Text, coloured from the theme, never parsed as markup.
                cells = (
                    Text(row.service),
                    Text(f"{STATE_MARK[row.state]} {row.state.value}", style=self._theme_colour(row.state)),
                    Text(row.revision),
                    Text(f"{row.ready}/{row.desired}"),
                    Text(row.message),
                )
                if key in self._rows:
                    for column, value in zip(COLUMNS, cells, strict=True):
                        table.update_cell(key, column, value)
                else:
                    table.add_row(*cells, key=key)
                self._rows[key] = row
            self.set_class(any(r.state.is_bad for r in self._rows.values()), "-alert")
            self.query_one(".empty", Static).display = not self._rows
            self._render_history(snapshot)

    def _theme_colour(self, state: State) -> str:
        return self.app.theme_variables.get(STATE_STYLE[state].lstrip("$"), "")

    def _render_history(self, snapshot: Snapshot) -> None:
        lines: list[str] = []
        for row in snapshot.data:
            revisions = " ".join(
                f"[b reverse]{escape(r.id)}[/]" if r.current or r.id == row.revision else escape(r.id) for r in row.history[:6]
            )
            if revisions:
                lines.append(f"[dim]{escape(row.service)} history:[/] {revisions}")
            for event in row.events[:2]:
                mark = "[$warning]![/]" if event.warning else "·"
                age = format_age(event.at, row.observed_at)  # provider time, not ours: clocks may differ
                lines.append(f"{mark} [dim]{age} ago[/] {escape(event.reason)}: {escape(event.message)}")
        self.query_one(".history", Static).update("\n".join(lines))
