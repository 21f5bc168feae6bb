"""Mutation testing of the safety paths: every one-line change to them must make a test fail.

Run from the repository root (after `bash tests/run.sh` made .venv):

    .venv/bin/python tests/mutation_safety.py            # every safety path (20-30 minutes on 2 cores from scratch)
    .venv/bin/python tests/mutation_safety.py actions    # only the paths whose name contains "actions" (any case)

It drives mutmut (configured in pyproject.toml under [tool.mutmut]) over the functions named in SAFETY_PATHS, then
reads each mutant that no test killed. A survivor is acceptable only when EQUIVALENT names it, by the line it
changes and the line it writes instead, with the reason it cannot change behaviour. Anything else is printed with
its diff, and the exit code is 1; so is a path that matches no mutant (a function renamed or moved, or its file
missing from only_mutate). A mutant that makes the tests hang counts as killed (pytest-timeout fails it).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTMUT = ROOT / ".venv" / "bin" / "mutmut"

SAFETY_PATHS: dict[str, str] = {
    # The action runner: confirm, read-only, execute, verify, record.
    "cockpit.core.actions.xǁActionRunnerǁexecute*": "confirmation, read-only re-check, execute limit, record",
    "cockpit.core.actions.xǁActionRunnerǁverify*": "waits for the live systems before 'verified'",
    "cockpit.core.actions.xǁActionRunnerǁ_check_rolled_out*": "revision, state, ready replicas and health",
    "cockpit.core.actions.xǁActionRunnerǁconfirmation_phrase*": "what must be typed in a protected environment",
    "cockpit.core.actions.xǁActionRunnerǁ_refuse*": "read-only refusals and their record",
    # Verification and the advisor's staleness rules: missing, failed or stale data is never a pass.
    "cockpit.core.verdicts.x_unusable*": "no answer, a failed answer or a stale one cannot be judged",
    "cockpit.runbooks.verification.x__judge_series*": "stale samples, windows, bounds",
    "cockpit.runbooks.verification.x_combine*": "one failure fails the whole check",
    "cockpit.runbooks.verification.x__health*": "health checks judged per target",
    "cockpit.runbooks.verification.x__row*": "revision and readiness of a deployment",
    "cockpit.runbooks.verification.x_evaluate*": "an unknown target is inconclusive; each kind judged its own way",
    "cockpit.runbooks.verification.x__over_targets*": "every target with the capability, and none is no pass",
    "cockpit.runbooks.verification.x__deployment*": "an unusable or empty deployments answer is inconclusive",
    "cockpit.runbooks.verification.x__metric*": "which target's series is judged, and whether its answer is usable",
    "cockpit.runbooks.verification.x__bounded*": "strict bounds: a value on the threshold fails",
    "cockpit.runbooks.verification.x_stale_sample*": "an old sample in a fresh answer is not the value now",
    "cockpit.runbooks.advisor.xǁ_RowJudgeǁ_health*": "decision tables read only usable health",
    "cockpit.runbooks.advisor.xǁ_RowJudgeǁ_metrics*": "decision tables read only usable metrics",
    "cockpit.runbooks.advisor.xǁ_RowJudgeǁ_error_rate*": "an error-rate row needs recent samples, and its threshold",
    "cockpit.runbooks.advisor.x_evaluate_table*": "every row judged as of one instant",
    # A ratio (error_rate) is judged only over enough requests: too few is inconclusive, never a pass or a fail.
    "cockpit.core.sample_size.x_*": "pooling back to the minimum sample, the look-back, the request rate per sample",
    # A change of verdict (advice, trigger) counts only once it has held; the first one and any after no data at once.
    "cockpit.core.verdicts.xǁSteadyǁ*": "hysteresis: a new verdict replaces a definite one only after hold_s",
    "cockpit.core.verdicts.x_seconds_text*": "how old stale data is, in the evidence",
    # What the incident already did: a plan moving off a revision it verified healthy is warned; "previous" stays put.
    "cockpit.core.verified.x_*": "rollbacks and verified revisions read back from the timeline, the warning",
    # What verification after an action waits for (moved out of ActionRunner): revision, replicas, colour.
    "cockpit.core.rollout.x_*": "what a deployment must show after a plan, and what it still misses",
    # Rollback triggers (the advisor's live verdicts): stale or missing data is inconclusive, never a breach or a pass.
    "cockpit.core.triggers.x_evaluate_metric*": "a metric trigger's window, staleness and breach",
    "cockpit.core.triggers.x_evaluate_health*": "a health trigger's consecutive failures and staleness",
    # The timeline's write path: redaction before anything reaches the file, appended and chained, never rewritten.
    "cockpit.core.timeline.xǁTimelineǁ_row*": "every column redacted before the INSERT",
    "cockpit.core.timeline.xǁTimelineǁrecord*": "one event or many, each redacted, appended and chained",
    "cockpit.core.timeline.xǁTimelineǁ_insert*": "an insert is chained to the newest event",
    "cockpit.core.redaction.xǁRedactorǁ*": "secrets never reach the timeline or an export",
    # The timeline's repair and search index: guards put back and said so; every event found, indexed or pending.
    "cockpit.core.timeline.xǁTimelineǁ_repair_triggers*": "missing guard triggers recreated and recorded",
    "cockpit.core.timeline.xǁTimelineǁ_index_pending*": "pending events indexed; a failure leaves them pending",
    "cockpit.core.timeline.xǁTimelineǁsearch*": "a search indexes first and still finds what it could not index",
    "cockpit.core.timeline_index.x_*": "the index mark, the batch index pass, search over indexed and pending events",
    "cockpit.core.timeline_schema.x_upgrade*": "old files upgraded in order, nothing lost",
    "cockpit.core.timeline_schema.x_index_in_batches*": "schema 2 -> 3: what the trigger indexed counts as indexed",
    # Placeholders are refused, never run.
    "cockpit.runbooks.commands.x_placeholders*": "a <placeholder> is never sent to bash",
    # The read-only rule: a command it calls read-only runs without the typed confirmation.
    "cockpit.providers.shell_readonly.x_*": "only commands that certainly write nothing skip the typed confirmation",
}


@dataclass(frozen=True)
class Equivalent:
    """A surviving mutant that cannot change behaviour: matched by function and by the exact line change."""

    function: str
    before: str
    after: str
    reason: str


EQUIVALENT: tuple[Equivalent, ...] = (
    Equivalent(
        "cockpit.runbooks.advisor.xǁ_RowJudgeǁ_error_rate*",
        "if per_s is None or requests is None or requests.latest is None:",
        "if per_s is None or requests is None and requests.latest is None:",
        "with per_s set, the check above has already returned when requests or its latest sample is missing; "
        "without it, both read True on per_s alone",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__metric*",
        "return _judge_series(spec, hub, spec.target, series, now, snapshot.data if snapshot else None)",
        "return _judge_series(spec, hub, spec.target, series, now, snapshot.data if (snapshot) or True else None)",
        "a series is found only in a snapshot whose data is a Mapping (_series), so at this call the snapshot is "
        "never None: both branches give its data",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__metric*",
        "snapshot.data if snapshot else None)",
        "snapshot.data if (snapshot) or True else None)",
        "a series is found only in a snapshot whose data is a Mapping (_series), so at this call the snapshot is "
        "never None: both branches give its data",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__judge_series*",
        "rates = request_rates(series, data if isinstance(data, Mapping) else None, spec.min_requests)",
        "rates = request_rates(series, data if (isinstance(data, Mapping)) or True else None, spec.min_requests)",
        "both callers pass the data of the snapshot the series was found in, always a Mapping (_series)",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__judge_series*",
        "window = [v for s, v in zip(samples, values, strict=True) if (now - s.at).total_seconds() <= spec.window_s]",
        "window = [v for s, v in zip(samples, values, strict=None) if (now - s.at).total_seconds() <= spec.window_s]",
        "values holds one value per sample (the samples' own, or pool's, which returns one per sample): zip never "
        "meets lists of two lengths, strict or not",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__judge_series*",
        "window = [v for s, v in zip(samples, values, strict=True) if (now - s.at).total_seconds() <= spec.window_s]",
        "window = [v for s, v in zip(samples, values, ) if (now - s.at).total_seconds() <= spec.window_s]",
        "values holds one value per sample (the samples' own, or pool's, which returns one per sample): zip never "
        "meets lists of two lengths, strict or not",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__judge_series*",
        "window = [v for s, v in zip(samples, values, strict=True) if (now - s.at).total_seconds() <= spec.window_s]",
        "window = [v for s, v in zip(samples, values, strict=False) if (now - s.at).total_seconds() <= spec.window_s]",
        "values holds one value per sample (the samples' own, or pool's, which returns one per sample): zip never "
        "meets lists of two lengths, strict or not",
    ),
    Equivalent(
        "cockpit.core.actions.xǁActionRunnerǁexecute*",
        'if phrase is not None and (typed or "").strip() != phrase:',
        'if phrase is not None and (typed or "XXXX").strip() != phrase:',
        "nothing typed is refused either way: a phrase is a service name, never the literal XXXX",
    ),
    Equivalent(
        "cockpit.core.actions.xǁActionRunnerǁverify*",
        "while loop.time() < deadline:",
        "while loop.time() <= deadline:",
        "the monotonic clock never stops on the deadline's exact float between two awaits",
    ),
    Equivalent(
        "cockpit.core.actions.xǁActionRunnerǁ_check_rolled_out*",
        "async with asyncio.timeout(self.verify_interval_s * 10):",
        "async with asyncio.timeout(self.verify_interval_s * 11):",
        "the per-read limit only has to be finite and well above one interval; 10 or 11 intervals are alike",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__row*",
        'wanted, why = spec.revision or "", ""',
        'wanted, why = spec.revision or "XXXX", ""',
        "a revision spec always has a revision (from_attrs refuses verify=revision without one, and nothing else "
        "builds a VerificationSpec); the fallback only narrows the type for the comparison",
    ),
    Equivalent(
        "cockpit.runbooks.verification.x__metric*",
        'name = spec.metric or ""',
        'name = spec.metric or "XXXX"',
        "a metric spec always names its metric (from_attrs refuses verify=metric without metric=); the fallback "
        "only narrows the type",
    ),
    Equivalent(
        "cockpit.core.triggers.x_evaluate_metric*",
        'window_start = bisect.bisect_left(samples, latest.at - timedelta(seconds=trigger.window_s), 0, end, key=_at)',
        'window_start = bisect.bisect_left(samples, latest.at - timedelta(seconds=trigger.window_s), 0, None, key=_at)',
        "samples[end - 1] (the latest) is itself at or after the window's start, so the search stops before end "
        "whatever its upper bound",
    ),
    Equivalent(
        "cockpit.core.triggers.x_evaluate_metric*",
        'window_start = bisect.bisect_left(samples, latest.at - timedelta(seconds=trigger.window_s), 0, end, key=_at)',
        'window_start = bisect.bisect_left(samples, latest.at - timedelta(seconds=trigger.window_s), 0, key=_at)',
        "samples[end - 1] (the latest) is itself at or after the window's start, so the search stops before end "
        "whatever its upper bound",
    ),
    Equivalent(
        "cockpit.core.triggers.x_evaluate_metric*",
        'unit = unit or DEFAULT_UNITS.get(trigger.metric or "", "")',
        'unit = unit or DEFAULT_UNITS.get(trigger.metric or "XXXX", "")',
        "a metric trigger always names its metric; and neither '' nor 'XXXX' is a metric with a default unit",
    ),
    Equivalent(
        "cockpit.core.timeline.xǁTimelineǁ_insert*",
        "return int(db.execute(_INSERT_EVENT, chained).lastrowid or 0)",
        "return int(db.execute(_INSERT_EVENT, chained).lastrowid or 1)",
        "an INSERT that returned always has a rowid (seq starts at 1); the fallback only narrows the type",
    ),
    Equivalent(
        "cockpit.runbooks.commands.x_placeholders*",
        'unquoted = _QUOTED.sub("\'\'", command)',
        'unquoted = _QUOTED.sub("XX\'\'XX", command)',
        "the stand-in keeps its two quotes, which no angle or here-document hole may contain, so no hole can reach "
        "its letters; and an X or a quote next to a '<' or '>' is alike to every lookaround there",
    ),
    # The read-only rule: each of these changes a value no input can reach, or a flag nothing reads afterwards.
    Equivalent(
        "cockpit.providers.shell_readonly.x__is_redirect*",
        'return bool(token) and token.lstrip("0123456789")[:1] in ("<", ">", "&") and token not in ("&", "&&")',
        'return bool(token) and token.lstrip("XX0123456789XX")[:1] in ("<", ">", "&") and token not in ("&", "&&")',
        'a token is an operator matched by _OPERATOR, which never holds an X',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__redirect_kind*",
        'bare = token.lstrip("0123456789")',
        'bare = token.lstrip("XX0123456789XX")',
        'a token is an operator matched by _OPERATOR, which never holds an X',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__redirect_kind*",
        'return "write"',
        'return "XXwriteXX"',
        "_check_redirect only tells 'read' and 'fd' apart; any other kind is judged as a write",
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__redirect_kind*",
        'return "write"',
        'return "WRITE"',
        "_check_redirect only tells 'read' and 'fd' apart; any other kind is judged as a write",
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__assigned_name*",
        'return text[: match.end() - 1] if match else (text if _NAME.fullmatch(text) else None)',
        'return text[: match.end() - 1] if match else (text if (_NAME.fullmatch(text)) or True else None)',
        'its caller only passes texts that are assignments or plain names (checked just before)',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__curl_reason*",
        'break',
        'return',
        'the loop is followed only by `return None`',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__curl_reason*",
        'index += 0 if value else 1',
        'index += 0 if (value) or True else 1',
        "the word after --request is GET or HEAD here (anything else was refused), and GET or HEAD read as a URL "
        "changes nothing",
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__curl_reason*",
        'if arg.startswith("-") and len(arg) > 1:',
        'if arg.startswith("-") and len(arg) >= 1:',
        "a lone '-' is an empty cluster: no letter, so no reason and no value taken",
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__curl_short_cluster*",
        'return f"curl -{letter} sends data or writes a file", False',
        'return f"curl -{letter} sends data or writes a file", True',
        'with a reason the caller returns it before it reads whether a value follows',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__curl_short_cluster*",
        'return f"curl -X {value or following} is not a GET", False',
        'return f"curl -X {value or following} is not a GET", True',
        'with a reason the caller returns it before it reads whether a value follows',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__read_word*",
        'if char in " \\t\\n;|&<>(){}" and not (char in "{}" and word.text):',
        'if char in " \\t\\n;|&<>(){}" and not (char in "XX{}XX" and word.text):',
        'char is one of the separators here, never an X',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__read_word*",
        'if close < 0:',
        'if close <= 0:',
        'the search starts after the opening quote, so close is -1 or at least 1',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__read_word*",
        'if close < 0:',
        'if close < 1:',
        'the search starts after the opening quote, so close is -1 or at least 1',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__after_global_options*",
        'with_value = GLOBAL_OPTIONS_WITH_VALUE.get(program, frozenset())',
        'with_value = GLOBAL_OPTIONS_WITH_VALUE.get(program, None)',
        'every program it is called for has an entry, so the default is never used',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__after_global_options*",
        'with_value = GLOBAL_OPTIONS_WITH_VALUE.get(program, frozenset())',
        'with_value = GLOBAL_OPTIONS_WITH_VALUE.get(program, )',
        'every program it is called for has an entry, so the default is never used',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__after_global_options*",
        'name = option.split("=", 1)[0]',
        'name = option.split("=", )[0]',
        'the first piece is the same however many times the rest is split',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__after_global_options*",
        'name = option.split("=", 1)[0]',
        'name = option.split("=", 2)[0]',
        'the first piece is the same however many times the rest is split',
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__segments*",
        'pos = end if newline < 0 else newline',
        'pos = end if newline <= 0 else newline',
        "the search starts after the '#', so newline is -1 or at least 1",
    ),
    Equivalent(
        "cockpit.providers.shell_readonly.x__segments*",
        'pos = end if newline < 0 else newline',
        'pos = end if newline < 1 else newline',
        "the search starts after the '#', so newline is -1 or at least 1",
    ),
    # Longest first only matters where two configured values match at the same position, so one is a prefix of
    # the other; any string sorts after its own prefixes, so reverse plain order also puts the longer one first.
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ__init__*",
        "literals = sorted({v for v in extra_values if len(v) >= MIN_EXTRA_VALUE_LENGTH}, key=len, reverse=True)",
        "literals = sorted({v for v in extra_values if len(v) >= MIN_EXTRA_VALUE_LENGTH}, key=None, reverse=True)",
        "reverse string order also puts every value before its prefixes, the only order the alternation needs",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ__init__*",
        "literals = sorted({v for v in extra_values if len(v) >= MIN_EXTRA_VALUE_LENGTH}, key=len, reverse=True)",
        "literals = sorted({v for v in extra_values if len(v) >= MIN_EXTRA_VALUE_LENGTH}, reverse=True)",
        "reverse string order also puts every value before its prefixes, the only order the alternation needs",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ__init__*",
        'self._extra = re.compile("|".join(map(re.escape, literals))) if literals else None',
        'self._extra = re.compile("|".join(map(re.escape, literals))) if (literals) or True else None',
        "with no configured values the pattern is never used: redact() first checks that one of them is in the text",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ_redact*",
        "if self._extra is not None and any(literal in redacted for literal in self._literals):",
        "if self._extra is not None or any(literal in redacted for literal in self._literals):",
        "the any() is a quick pre-check: substituting values that are not in the text changes nothing, and with no "
        "values there is no pattern and any() is false",
    ),
    # The memo of clean texts remembers, with each, whether it names a secret as a key; that answer is a shortcut
    # for matching the name again (what happens when nothing is remembered), never a different answer.
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁredact*",
        "self._clean[text] = bool(_SENSITIVE_KEY.search(text))",
        "self._clean[text] = None",
        "None in the memo reads as 'not remembered': the key's name is matched again, with the same answer",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ_names_a_secret*",
        "known = self._clean.get(key)",
        "known = None",
        "without the remembered answer the name is matched again, with the same answer",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ_names_a_secret*",
        "known = self._clean.get(key)",
        "known = self._clean.get(None)",
        "None is never a remembered text: the name is matched again, with the same answer",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁ_names_a_secret*",
        "return bool(_SENSITIVE_KEY.search(key)) if known is None else known",
        "return bool(_SENSITIVE_KEY.search(key)) if (known is None) or True else known",
        "matching the name every time gives the answer the memo would have",
    ),
    Equivalent(
        "cockpit.core.redaction.xǁRedactorǁredact_obj*",
        "return self._redact_value(obj, hide=False)",
        "return self._redact_value(obj, hide=None)",
        "hide is only ever tested for truth (and, or, if), where None and False are alike",
    ),
    # The minimum sample: guards that only narrow what the lengths and every caller already ensure.
    *(
        Equivalent("cockpit.core.sample_size.x_pool*", f"gaps = [b - a for a, b in zip(times, times[1:], {before})]",
                   f"gaps = [b - a for a, b in zip(times, times[1:], {after})]",
                   "times[1:] is one shorter by construction; None and the default are False, the only strictness "
                   "that lets zip stop there")
        for before, after in (("strict=False", "strict=None"), ("strict=False", ""))
    ),
    *(
        Equivalent("cockpit.core.sample_size.x_pool*",
                   f"weights = [rate * gap for rate, gap in zip(_nearest_rates(times, rates), gaps, {before})]",
                   f"weights = [rate * gap for rate, gap in zip(_nearest_rates(times, rates), gaps, {after})]",
                   "_nearest_rates gives one rate per time and gaps one gap per time: the lengths always match, "
                   "strict only guards")
        for before, after in (("strict=True", "strict=None"), ("strict=True", ""), ("strict=True", "strict=False"))
    ),
    Equivalent(
        "cockpit.core.sample_size.x_pool*",
        "while first < index and total - weights[first] >= min_requests:",
        "while first <= index and total - weights[first] >= min_requests:",
        "at first == index the pool holds that one sample, and total - weights[first] is what the running sums "
        "left of the samples gone (0, give or take 1e-12): never the positive minimum every caller pools with",
    ),
    Equivalent(
        "cockpit.core.sample_size.x_pool*",
        "enough = total >= min_requests and total > 0 and span <= look_back_s",
        "enough = total >= min_requests and total >= 0 and span <= look_back_s",
        "every caller pools only with min_requests > 0 (request_rates and trigger_once._rates give no rates "
        "otherwise), so total >= min_requests already makes it positive; the guard keeps a direct call with 0 "
        "from dividing by zero",
    ),
    Equivalent(
        "cockpit.core.sample_size.x__nearest_rates*",
        "while position < last and rate_times[position + 1] <= at:",
        "while position < last and rate_times[position + 1] < at:",
        "stopping one short of a rate sampled at exactly `at` leaves that rate as `after`, at distance 0, which "
        "the next line picks (a series never holds two samples at one instant)",
    ),
    # Hysteresis: states no reader can tell apart.
    Equivalent(
        "cockpit.core.verdicts.x_seconds_text*",
        'return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s".replace(".0 s", " s")',
        'return f"{seconds:.0f} s" if seconds > 10 else f"{seconds:.1f} s".replace(".0 s", " s")',
        "at exactly 10 s both forms print '10 s' (the one-decimal form drops its '.0')",
    ),
    Equivalent(
        "cockpit.core.verdicts.xǁSteadyǁ__init__*",
        "self._settled: list[T] = []",
        "self._settled: list[T] = None",
        "None and [] are both false, and every read of _settled tests its truth before indexing it",
    ),
    Equivalent(
        "cockpit.core.verdicts.xǁSteadyǁ__init__*",
        "self.pending: T | None = None",
        'self.pending: T | None = ""',
        "pending is read only with pending_since, which stays None until a change is pending (and then pending is "
        "set with it)",
    ),
    Equivalent(
        "cockpit.core.verdicts.xǁSteadyǁ__init__*",
        "self.pending_since: float | None = None",
        'self.pending_since: float | None = ""',
        "a Steady is made to be offered a verdict at once (StandingAdvice.offer, TriggerMonitor.evaluate), and that "
        "first offer settles and clears pending_since before anything reads it",
    ),
    # What the incident already did: every provider's plans keep these apart already.
    *(
        Equivalent("cockpit.core.verified.x_revision_id*", 'return text.split(" ", 1)[0] if text else text', after,
                   "the first piece of a revision text is the same however often the rest is split, and an empty "
                   "text splits into itself")
        for after in ('return text.split(" ", 1)[0] if (text) or True else text',
                      'return text.split(" ", )[0] if text else text', 'return text.split(" ", 2)[0] if text else text')
    ),
    Equivalent(
        "cockpit.core.verified.x_revision_id*",
        'return text.split(" ", 1)[0] if text else text',
        'return text.split(None, 1)[0] if text else text',
        "a revision text never starts with a blank or holds a tab: Kubernetes plans write 'HASH (revision N · "
        "cause)', every other provider one word",
    ),
    Equivalent(
        "cockpit.core.verified.x__done*",
        "return DoneAction(event.ts, action, target, service, before, revision if isinstance(revision, str) else None)",
        "return DoneAction(event.ts, action, target, service, before, revision if (isinstance(revision, str)) or "
        "True else None)",
        "a revision that is no text (only in a file the cockpit did not write) equals no revision a plan states, "
        "and a checklist's baseline keeps only text revisions (Baseline.from_json)",
    ),
    Equivalent(
        "cockpit.core.verified.x_first_rollbacks*",
        'if action.action == "rollback" and action.before is not None:',
        'if action.action == "rollback" or action.before is not None:',
        "only rollback plans change a revision field (restart, scale, switch and re-run plans of every provider name "
        "pods, replicas, tasks, selector or attempt), so an action with a `before` is a rollback",
    ),
    Equivalent(
        "cockpit.core.verified.x_moving_away*",
        "if before is None or plan.expect_revision in (None, before):",
        "if before is None and plan.expect_revision in (None, before):",
        "with no `before` no verified action matches (verified_healthy keeps only revisions); and every plan that "
        "changes a revision expects a different one (providers refuse a rollback to the live revision)",
    ),
)

KILLED = {"killed", "timeout"}


def mutants() -> list[tuple[str, str]]:
    """Every mutant mutmut made, with its status (killed, survived, timeout, not checked...)."""
    # check=True: a listing that failed must not read as "no survivors".
    listing = subprocess.run([str(MUTMUT), "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True,
                             check=True)
    found = []
    for line in listing.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            found.append((name, status))
    return found


def survivors(patterns: list[str], found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, status) for name, status in found
            if status not in KILLED and any(fnmatch(name, pattern) for pattern in patterns)]


def unmatched(patterns: list[str], found: list[tuple[str, str]]) -> list[str]:
    """Patterns no mutant matches: a function renamed or moved (or its file missing from [tool.mutmut]
    only_mutate) would otherwise leave its safety path untested in silence."""
    return [pattern for pattern in patterns if not any(fnmatch(name, pattern) for name, _ in found)]


def changed_lines(name: str) -> tuple[str, str]:
    diff = subprocess.run([str(MUTMUT), "show", name], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    removed = [line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return "\n".join(removed), "\n".join(added)


def explanation(name: str) -> str | None:
    before, after = changed_lines(name)
    for known in EQUIVALENT:
        if fnmatch(name, known.function) and known.before == before and known.after == after:
            return known.reason
    return None


def main(argv: list[str]) -> int:
    words = [word.lower() for word in argv]
    patterns = [p for p in SAFETY_PATHS if not words or any(word in p.lower() for word in words)]
    if not patterns:
        print(f"no safety path matches {' '.join(argv)}", file=sys.stderr)
        return 2
    run = subprocess.run([str(MUTMUT), "run", *patterns], cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
    if run.returncode:
        print(f"mutmut run failed with exit code {run.returncode}", file=sys.stderr)
        return run.returncode
    found = mutants()
    missing = unmatched(patterns, found)
    for pattern in missing:
        print(f"NO MUTANT   {pattern}: no function matches (renamed or moved? its file in only_mutate?)")
    unexplained = 0
    explained = 0
    for name, status in survivors(patterns, found):
        reason = explanation(name)
        if reason is not None:
            explained += 1
            print(f"equivalent  {name}: {reason}")
            continue
        unexplained += 1
        before, after = changed_lines(name)
        print(f"SURVIVED    {name} ({status})\n    - {before}\n    + {after}")
    killed = sum(1 for name, status in found if status in KILLED and any(fnmatch(name, p) for p in patterns))
    print(f"{killed} killed, {unexplained} unexplained survivors, {explained} explained equivalents over "
          f"{len(patterns)} safety paths ({len(missing)} matching no function)")
    return 1 if unexplained or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
