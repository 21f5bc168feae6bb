"""The review's prose, worked out from the record: summary, impact, cause, resolution and communication drafts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from cockpit.core.formatting import clock, spoken
from cockpit.core.timeline import Event, EventKind, Incident
from cockpit.review.actions import Action
from cockpit.review.figures import Milestones, reported_states
from cockpit.review.findings import Verdict
from cockpit.review.text import one_line, sentence, time_of_day, utc_stamp

LISTED_FINDINGS = 5
"""At most this many entries per kind of finding in the cause section; the full lists are further down."""


BAD_STATES = ("failed", "degraded")
"""Worst first."""


def mitigating_action(actions: list[Action], marks: Milestones) -> Action | None:
    """The action that counts as the mitigation: the rollback of the key figures, else the last one carried out."""
    if marks.rolled_back is not None:
        found = next((a for a in actions if a.finished is marks.rolled_back), None)
        if found is not None:
            return found
    done = [a for a in actions if a.finished is not None]
    return done[-1] if done else None


def summary(incident: Incident, marks: Milestones, actions: list[Action]) -> str:
    where = f"{incident.service} in {incident.environment}"
    first = marks.detected if marks.detected is not None and marks.detected is not marks.opened else None
    if first is not None:
        parts = [f"{where} was impaired from {time_of_day(first.ts)} UTC (first signal: {one_line(first.summary)})."]
    else:
        parts = [f"{incident.ref} was opened at {time_of_day(incident.opened_at)} UTC for {where}."]
    mitigation = mitigating_action(actions, marks)
    if mitigation is not None and mitigation.finished is not None:
        by = f" by {mitigation.actor}" if mitigation.actor else ""
        confirmed = f", confirmed at {time_of_day(mitigation.confirmed.ts)} UTC{by}" if mitigation.confirmed else ""
        parts.append(
            f"Mitigation: {one_line(mitigation.title)}{confirmed}; {mitigation.outcome()}"
            f" at {time_of_day((mitigation.verification or mitigation.finished).ts)} UTC."
        )
    elif actions:
        parts.append(f"{len(actions)} action(s) were planned but none was carried out.")
    else:
        parts.append("No action was taken from the cockpit.")
    if len(actions) > 1:
        parts.append(f"{len(actions)} actions in all are listed below.")
    if incident.resolved_at is not None:
        took = spoken((incident.resolved_at - incident.opened_at).total_seconds())
        closing = f": {sentence(marks.resolved.summary)}" if marks.resolved and marks.resolved.summary.strip() else "."
        parts.append(f"Resolved at {time_of_day(incident.resolved_at)} UTC, {took} after it was opened{closing}")
    else:
        parts.append("The incident was still open when this report was made.")
    return " ".join(parts)


def impact(incident: Incident, events: Sequence[Event], marks: Milestones) -> list[str]:
    where = f"{incident.service} in {incident.environment}"
    start = marks.detected.ts if marks.detected is not None else incident.opened_at
    lines = []
    if marks.recovered is not None:
        how = "rollback verified" if marks.recovered.kind is EventKind.ACTION_VERIFIED else "incident resolved"
        lines.append(
            f"{where} was impaired for {clock((marks.recovered.ts - start).total_seconds())} (mm:ss), "
            f"from {time_of_day(start)} to {time_of_day(marks.recovered.ts)} UTC ({how})."
        )
    else:
        lines.append(f"{where} impaired since {time_of_day(start)} UTC; no recovery recorded.")
    worst: dict[str, set[str]] = {}
    unreachable: Counter[str] = Counter()
    for event in events:
        if event.kind is EventKind.STATE_CHANGED:
            said = " ".join(reported_states(event)).lower()
            for state in BAD_STATES:
                if state in said:
                    worst.setdefault(state, set()).add(event.target or "?")
                    break
        elif event.kind is EventKind.PROVIDER_FAILED:
            unreachable[event.target or "?"] += 1
    for state in BAD_STATES:
        if state in worst:
            lines.append(f"Worst state observed: {state} ({', '.join(sorted(worst[state]))}).")
            break
    else:
        lines.append("No target reported a degraded or failed state.")
    if unreachable:
        listed = ", ".join(f"{target} ({count}×)" for target, count in unreachable.most_common(LISTED_FINDINGS))
        lines.append(f"Backends that stopped answering: {listed}.")
    return lines


def _failing_parts(events: Sequence[Event]) -> tuple[dict[str, str], dict[str, str]]:
    """Health components and deployments reported failed or degraded: name -> first thing said about it."""
    components: dict[str, str] = {}
    deployments: dict[str, str] = {}
    for event in events:
        if event.kind is not EventKind.STATE_CHANGED:
            continue
        snapshot = event.detail.get("snapshot")
        if not isinstance(snapshot, dict):
            continue
        health = snapshot.get("health")
        parts = health.get("components") if isinstance(health, dict) else None
        if isinstance(parts, dict):
            for name, part in parts.items():
                if isinstance(part, dict) and str(part.get("state")) in BAD_STATES and name not in components:
                    detail = str(part.get("detail") or "")
                    components[name] = f"{part.get('state')}{': ' + one_line(detail) if detail else ''}"
        for row in snapshot.get("deployments") or []:
            if isinstance(row, dict) and str(row.get("state")) in BAD_STATES:
                name = str(row.get("service", "?"))
                if name not in deployments:
                    message = one_line(str(row.get("message") or ""))
                    said = f"{row.get('state')} at revision {row.get('revision', '?')}"
                    deployments[name] = said + (f": {message}" if message else "")
    return components, deployments


def cause(events: Sequence[Event], marks: Milestones, actions: list[Action], verdicts: list[Verdict]) -> list[str]:
    lines = []
    mitigation = mitigating_action(actions, marks)
    if mitigation is not None and mitigation.changes and mitigation.finished is marks.rolled_back:
        changed = ", ".join(
            f"{c.get('field', '?')} {c.get('before', '')} -> {c.get('after', '')}" for c in mitigation.changes
        )
        recovered = marks.recovered is not None and marks.recovered.kind is EventKind.ACTION_VERIFIED
        lines.append(
            f"Rolling back ({changed}) "
            + (
                "recovered the service: the change rolled back is the prime suspect."
                if recovered
                else "was carried out."
            )
        )
    components, deployments = _failing_parts(events)
    for label, found in (("Failing health components", components), ("Failing deployments", deployments)):
        if found:
            listed = "; ".join(f"{name} ({said})" for name, said in list(found.items())[:LISTED_FINDINGS])
            lines.append(f"{label}: {listed}.")
    failing = [v for v in verdicts if v.verdict == "fail"]
    if failing:
        triggers = list(dict.fromkeys(one_line(v.summary) for v in failing))
        lines.append(
            f"The advisor judged {len(failing)} trigger evaluation(s) failing: "
            + "; ".join(triggers[:LISTED_FINDINGS])
            + (f" (and {len(triggers) - LISTED_FINDINGS} more)" if len(triggers) > LISTED_FINDINGS else "")
            + "."
        )
    return lines or ["Nothing in the record points at a cause."]


def resolution(incident: Incident, events: Sequence[Event], marks: Milestones, actions: list[Action]) -> list[str]:
    lines = []
    mitigation = mitigating_action(actions, marks)
    if mitigation is not None and mitigation.finished is not None:
        lines.append(
            f"{one_line(mitigation.title)}: {mitigation.outcome()} "
            f"(finished {time_of_day(mitigation.finished.ts)} UTC)."
            + (f" Verification: {sentence(mitigation.verification_text)}" if mitigation.verification else "")
        )
    if marks.recovered is not None and marks.recovered.kind is EventKind.ACTION_VERIFIED:
        lines.append(f"Recovered at {time_of_day(marks.recovered.ts)} UTC, verified against the live systems.")
    latest: dict[tuple[str, str], Event] = {}
    for event in events:
        if event.kind is EventKind.STATE_CHANGED:
            latest[event.target, str(event.detail.get("capability", ""))] = event
    for event in latest.values():
        lines.append(f"Last observed state ({time_of_day(event.ts)} UTC): {sentence(event.summary)}")
    if incident.resolved_at is not None:
        said = f": {sentence(marks.resolved.summary)}" if marks.resolved and marks.resolved.summary.strip() else "."
        lines.append(f"Resolved at {utc_stamp(incident.resolved_at)}{said}")
    else:
        lines.append("Not resolved yet.")
    return lines


def communication_drafts(
    incident: Incident, events: Sequence[Event], marks: Milestones, actions: list[Action]
) -> list[tuple[str, str]]:
    """Initial alert, update and resolution messages, filled from the incident and its events."""
    head = f"[{incident.severity}] {incident.ref}: {incident.title}"
    since = time_of_day(marks.detected.ts if marks.detected else incident.opened_at)
    first_signal = marks.detected if marks.detected is not None and marks.detected is not marks.opened else None
    signal = f" First signal: {sentence(first_signal.summary)}" if first_signal else ""
    initial = (
        f"{head}\n{incident.service} in {incident.environment} is impaired since {since} UTC.{signal}\n"
        "We are investigating and will send an update within 30 minutes."
    )
    done = [a for a in actions if a.finished is not None]
    mitigation = (done[-1].plan.get("summary") or done[-1].plan.get("action") or "") if done else ""
    if done and done[-1].finished is not None:
        progress = f"Mitigation: {mitigation}: {done[-1].outcome()} (finished {time_of_day(done[-1].finished.ts)} UTC)."
    elif marks.decided is not None:
        progress = f"Mitigation in progress: {sentence(marks.decided.summary)}"
    else:
        progress = "We are still diagnosing; no change has been made yet."
    last_state = next((e for e in reversed(events) if e.kind is EventKind.STATE_CHANGED), None)
    current = f"\nLatest observed state: {sentence(last_state.summary)}" if last_state else ""
    update = f"{head} (update)\n{progress}{current}\nNext update within 30 minutes or when resolved."
    if incident.resolved_at is not None:
        took = spoken((incident.resolved_at - incident.opened_at).total_seconds())
        closing = f" {sentence(marks.resolved.summary)}" if marks.resolved else ""
        resolution = (
            f"[RESOLVED] {incident.ref}: {incident.title}\n"
            f"Resolved at {time_of_day(incident.resolved_at)} UTC, {took} after it was opened.{closing}\n"
            + (f"Mitigation: {sentence(mitigation)}\n" if mitigation else "")
            + "A post-incident review will follow."
        )
    else:
        resolution = (
            f"[RESOLVED] {incident.ref}: {incident.title}\n"
            "Resolved at HH:MM UTC. (Not resolved yet: complete this when it is.)\n"
            "A post-incident review will follow."
        )
    return [("Initial alert", initial), ("Update", update), ("Resolution", resolution)]
