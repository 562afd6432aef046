"""Every example of every bundled rule, one test each (adding an example needs no Python)."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.ruletest import ExampleOutcome, run_examples

OUTCOMES = run_examples(Cleaner())


def _name(outcome: ExampleOutcome) -> str:
    return f"{outcome.rule}:{outcome.kind}:{outcome.example[:40]}"


def test_every_rule_has_examples() -> None:
    cleaner = Cleaner()
    tested = {outcome.rule for outcome in OUTCOMES}
    assert {rule.id for rule in cleaner.rules} == tested


@pytest.mark.parametrize("outcome", OUTCOMES, ids=_name)
def test_rule_example(outcome: ExampleOutcome) -> None:
    assert outcome.passed, outcome.detail
