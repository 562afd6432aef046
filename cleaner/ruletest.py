"""Run every rule's own examples through the whole pipeline (``rules test`` and pytest).

A junk line must be removed *by its rule* when placed where the rule fires; a keep line must
not be removed by the rule there, and must survive the whole pipeline when it sits between
paragraphs of an article. Heuristics carry whole example documents instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.engine import Cleaner
from cleaner.model import Decision
from cleaner.rules import Rule

PROSE = (
    "The regional council voted on Tuesday to expand the bus network into three new districts.",
    "Officials said the first routes would open in the spring, pending a final safety review.",
    "Residents who spoke at the meeting welcomed the plan but asked for later evening services.",
)


@dataclass(frozen=True)
class ExampleOutcome:
    rule: str
    kind: str
    example: str
    passed: bool
    detail: str


def run_examples(cleaner: Cleaner, rule_ids: Iterable[str] | None = None) -> list[ExampleOutcome]:
    """Outcomes of all examples of the active rules (or of ``rule_ids`` only)."""
    wanted = set(rule_ids) if rule_ids is not None else None
    outcomes: list[ExampleOutcome] = []
    for rule in cleaner.rules:
        if (wanted is not None and rule.id not in wanted) or cleaner.active(rule.id) is None:
            continue
        for junk in rule.examples.junk:
            outcomes.append(_check_junk(cleaner, rule, junk))
        for keep in rule.examples.keep:
            outcomes.append(_check_keep(cleaner, rule, keep))
        for text, removed in rule.examples.documents:
            outcomes.append(_check_document(cleaner, rule, text, removed))
    return outcomes


def _place(rule: Rule, example: str) -> tuple[str, int]:
    """A small article with ``example`` where the rule may fire; returns text and first line."""
    zone = rule.where[0]
    if zone == "head":
        lines = [example, *PROSE]
        first = 0
    elif zone == "tail":
        lines = [*PROSE, example]
        first = len(PROSE)
    else:
        lines = [*PROSE[:2], example, PROSE[2]]
        first = 2
    return "\n".join(lines) + "\n", first


def _example_decisions(cleaner: Cleaner, text: str, first: int, size: int) -> list[Decision]:
    decisions = cleaner.clean(text).decisions
    return [d for d in decisions[first : first + size] if d.text.strip()]


def _check_junk(cleaner: Cleaner, rule: Rule, example: str) -> ExampleOutcome:
    text, first = _place(rule, example)
    decisions = _example_decisions(cleaner, text, first, example.count("\n") + 1)
    wrong = [d for d in decisions if d.kept or d.rule != rule.id]
    detail = "; ".join(
        f"line {d.text!r} was {'kept' if d.kept else 'removed by ' + str(d.rule)}" for d in wrong
    )
    return ExampleOutcome(rule.id, "junk", example, not wrong, detail)


def _check_keep(cleaner: Cleaner, rule: Rule, example: str) -> ExampleOutcome:
    text, first = _place(rule, example)
    size = example.count("\n") + 1
    by_rule = [d for d in _example_decisions(cleaner, text, first, size) if d.rule == rule.id]
    body = [*PROSE[:2], example, PROSE[2]]
    lost = [d for d in _example_decisions(cleaner, "\n".join(body) + "\n", 2, size) if not d.kept]
    problems = [f"removed by {rule.id} where the rule fires: {d.text!r}" for d in by_rule]
    problems += [f"removed by {d.rule} between paragraphs: {d.text!r}" for d in lost]
    return ExampleOutcome(rule.id, "keep", example, not problems, "; ".join(problems))


def _check_document(
    cleaner: Cleaner, rule: Rule, text: str, removed: tuple[str, ...]
) -> ExampleOutcome:
    problems = []
    for decision in cleaner.clean(text).decisions:
        line = decision.text.strip()
        if not line:
            continue
        by_rule = decision.rule == rule.id
        if line in removed and not by_rule:
            problems.append(f"expected {rule.id} to remove {line!r}")
        elif line not in removed and by_rule:
            problems.append(f"{rule.id} removed {line!r}")
    return ExampleOutcome(rule.id, "document", text, not problems, "; ".join(problems))
