"""Defaults every live judgement shares (verifications, the advisor's decision tables, rollback triggers), kept free
of any code so loading a config stays light. How they are used: ``cockpit.core.sample_size`` (a ratio's minimum
sample) and ``cockpit.core.verdicts.Steady`` (hysteresis)."""

from __future__ import annotations

MIN_REQUESTS = 50
"""Requests a ratio (error_rate) must be measured over before it can pass or fail. Runbooks: ``min_requests=`` on
a ``verify=metric`` step or a decision table; triggers: ``min_requests = N``; 0 judges every sample as it is."""

HOLD_S = 10.0
"""How long a new verdict must hold before it replaces a definite one (decision tables: ``hold=``; triggers:
``hold = "10s"``); 0 takes every change at once."""
