"""Deployments: every service's state, revision and readiness, its revision history and latest events."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.markup import escape
from textual.widgets import DataTable, Static

from cockpit.formatting import STATE_MARK, STATE_STYLE
from cockpit.hub import Snapshot
from cockpit.widgets.pane import Pane
from providers.base import DeploymentStatus, State

COLUMNS = ("service", "state", "revision", "ready", "why")


class DeploymentsPane(Pane):
    PANE_TITLE = "Deployments"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: dict[str, DeploymentStatus] = {}
        self._history_text = ""
        self._shown: dict[str, tuple[str, ...]] = {}
        """The cell texts on screen per row: a poll that changes nothing visible must not redraw (bytes over SSH)."""

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
                self._rows[key] = row
                visible = (row.service, row.state.value, row.revision, f"{row.ready}/{row.desired}", row.message)
                if self._shown.get(key) == visible:
                    continue
                # DataTable cells are Rich renderables: plain Text, coloured from the theme, never parsed as markup.
                cells = (
                    Text(row.service),
                    Text(f"{STATE_MARK[row.state]} {row.state.value}", style=self._theme_colour(row.state)),
                    Text(row.revision),
                    Text(f"{row.ready}/{row.desired}"),
                    Text(row.message),
                )
                if key in self._shown:
                    for column, value in zip(COLUMNS, cells, strict=True):
                        table.update_cell(key, column, value)
                else:
                    table.add_row(*cells, key=key)
                self._shown[key] = visible
            self.set_class(any(r.state.is_bad for r in self._rows.values()), "-alert")
            self.query_one(".empty", Static).display = not self._rows
            self._render_history(snapshot)

    def _theme_colour(self, state: State) -> str:
        return self.app.theme_variables.get(STATE_STYLE[state].lstrip("$"), "")

    def _render_history(self, snapshot: Snapshot) -> None:
        """Revision history and latest events; Static.update skips nothing, so compare before updating."""
        lines: list[str] = []
        for row in snapshot.data:
            revisions = " ".join(
                f"[b reverse]{escape(r.id)}[/]" if r.current or r.id == row.revision else escape(r.id)
                for r in row.history[:6]
            )
            if revisions:
                lines.append(f"[dim]{escape(row.service)} history:[/] {revisions}")
            for event in row.events[:2]:
                mark = "[$warning]![/]" if event.warning else "·"
                # Wall-clock time, not "12s ago": a ticking age would redraw an idle pane every poll.
                at = event.at.strftime("%H:%M:%S")
                lines.append(f"{mark} [dim]{at}[/] {escape(event.reason)}: {escape(event.message)}")
        text = "\n".join(lines)
        if text != self._history_text:
            self._history_text = text
            self.query_one(".history", Static).update(text)
