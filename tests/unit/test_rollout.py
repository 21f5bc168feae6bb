"""What the runner's verification waits for after an action, in the words the operator reads while it waits and
when it gives up: the revision, the replica count and, for a blue-green switch, the colour traffic goes to."""

from __future__ import annotations

from cockpit.core.rollout import described, expectations, unmet
from cockpit.providers.results import ActionPlan, Change, DeploymentStatus, State, utcnow


def row(live_colour: str | None, *, revision: str = "v41", desired: int = 2) -> DeploymentStatus:
    return DeploymentStatus(target="web", service="checkout-green", state=State.HEALTHY, revision=revision, ready=2,
                            desired=desired, observed_at=utcnow(), live_colour=live_colour)


def switch(to: str) -> ActionPlan:
    return ActionPlan(action="switch-traffic", target="web", service="checkout-active", command="kubectl patch ...",
                      changes=(Change("colour", "blue", to),), reversible=True, summary=f"point at {to}",
                      params={"colour": to, "deployment": "checkout-green"})


def test_a_switch_waits_for_the_traffic_to_reach_its_colour() -> None:
    expected = expectations(switch("green"))
    assert expected == {"colour": "green"}
    assert unmet(row("blue"), expected) == "checkout-green sends traffic to blue, not green yet"
    assert unmet(row(None), expected) == "checkout-green sends traffic to no colour, not green yet"
    assert unmet(row("green"), expected) == ""
    assert described(expected) == "sends traffic to green"


def test_each_expectation_is_named_in_the_order_it_is_checked() -> None:
    expected = {"revision": "v41", "replicas": "4", "colour": "green"}
    assert unmet(row("blue", revision="v42"), expected) == "checkout-green still at v42"
    assert unmet(row("blue"), expected) == "checkout-green wants 2 replicas, not 4 yet"
    assert unmet(row("blue", desired=4), expected) == "checkout-green sends traffic to blue, not green yet"
    assert described(expected) == "serves v41, runs 4 replicas, sends traffic to green"
