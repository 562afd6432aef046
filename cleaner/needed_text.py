"""The plain text a pattern cannot match without, read from its syntax tree.

Most rule patterns can only match a line that holds some word or sign: "(AP Photo/...)" needs
"(" and one of the agencies' names, "Read more: ..." needs "read more". The matcher looks for
all such strings of all patterns in one pass over the line and tries only the patterns whose
strings are there (the prefilter that RE2 and Hyperscan build from a pattern). A pattern
with a dozen alternatives that may start anywhere otherwise runs on every short line: one
rule's patterns made two fifths of all pattern calls on the development set.

A pattern's needs are the strings of which a line must hold one: ``("getty", "reuters")``
for "... / (?:Getty|Reuters)". Of all such sets a pattern has (each literal run, each group
of alternatives, ...) the one least likely to be held is kept: looking for a second set as
well ruled out too few more lines to pay for the larger search. Strings are folded
(``fold``), as the line is before it is searched, so case never hides one.

The answer only ever leaves out what it cannot be sure of: a construct it does not know, or a
pattern Python's own parser cannot read (``regex`` has syntax that ``re`` lacks), needs
nothing and is always tried. So the prefilter changes no result, only how many patterns run.
"""

import importlib
import re
import warnings
from collections.abc import Collection, Iterable
from typing import Any

# Python's own reader of regular expressions (private, so typed loosely; ``re`` has loaded it)
parser: Any = importlib.import_module("re._parser")
c: Any = importlib.import_module("re._constants")

Needs = tuple[str, ...]
"""Strings (sorted) of which a line must hold one; empty when nothing is sure."""

MAX_CHOICES = 64
"""A set with more strings than this narrows too little to pay for looking."""

_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}")
_POSIX_CLASS = re.compile(r"\[:\^?[A-Za-z_]+:\]")
_COMMON_SIGNS = frozenset(".,-' ")
_BRACES = (ord("{"), ord("}"))
_TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})


def fold(text: str) -> str:
    """``text`` casefolded, with the two letters that ``regex`` matches without case across
    casefold's classes ("İ" and "ı" both match "i") folded to "i"."""
    folded = text.casefold()
    if "ı" in folded or "\u0307" in folded:
        folded = folded.translate(_TURKISH_I)
    return folded


def needed_strings(pattern: str) -> Needs:
    """What a line must hold for ``pattern`` to match the whole of it (see the module's
    docstring); ``()`` when nothing is sure."""
    if _POSIX_CLASS.search(pattern) or "\\\\" in pattern:
        return ()  # "[[:alpha:]]": re reads literal brackets; "\\p{L}": an escaped backslash
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # re's FutureWarnings about nested sets
            # a Unicode property is a class of characters: no string is needed from it
            tree = parser.parse(_PROPERTY.sub(r"\\w", pattern))
    except Exception:  # syntax only regex knows (or a parser changed): nothing is sure
        return ()
    if _literal_brace(tree):
        return ()  # "{0, 80}" in verbose mode, "{e<=1}": a quantifier or a fuzzy match to regex
    sets = [tuple(sorted(s)) for s in _sequence(tree) if _narrows(s)]
    return min(sets, key=lambda s: (_likelihood(s), s), default=())


def _literal_brace(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether Python's parser read a brace as a character anywhere in the tree: ``regex``
    reads some of those as a quantifier or a fuzzy constraint, so the tree is not its."""
    for op, value in items:
        if op is c.LITERAL and value in _BRACES:
            return True
        children: list[Any] = []
        if op is c.SUBPATTERN:
            children = [value[3]]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            children = [value[2]]
        elif op is c.ATOMIC_GROUP:
            children = [value]
        elif op in (c.ASSERT, c.ASSERT_NOT):
            children = [value[1]]
        elif op is c.BRANCH:
            children = list(value[1])
        elif op is c.GROUPREF_EXISTS:
            children = [branch for branch in value[1:] if branch is not None]
        if any(_literal_brace(child) for child in children):
            return True
    return False


def _narrows(strings: Collection[str]) -> bool:
    """Whether looking for ``strings`` can rule out many lines: not too many of them, and none
    that most lines hold (a letter or digit, two of them, or a full stop, comma, hyphen or
    space). Each found string costs the search a step, so such a set would slow every line."""
    return len(strings) <= MAX_CHOICES and not any(
        (len(s) <= 2 and s.isascii() and s.isalnum()) or s in _COMMON_SIGNS for s in strings
    )


def _likelihood(strings: Collection[str]) -> float:
    """A rough chance that a line holds one of ``strings``: the shorter and the more of them,
    the likelier."""
    return sum(30.0 ** -len(s) for s in strings)


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The sets a run of items needs: each literal run as one string, and each item's own."""
    sets: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is c.LITERAL:
            run += fold(chr(value))
            continue
        if run:
            sets.append(frozenset((run,)))
            run = ""
        sets.extend(_item(op, value))
    if run:
        sets.append(frozenset((run,)))
    return sets


def _item(op: Any, value: Any) -> list[frozenset[str]]:
    if op is c.SUBPATTERN:
        return _sequence(value[3])
    if op is c.ATOMIC_GROUP:
        return _sequence(value)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = value
        return _sequence(body) if low >= 1 else []
    if op is c.ASSERT:  # a lookaround that must match looks at text of the line
        return _sequence(value[1])
    if op is c.BRANCH:
        return _branches(value[1])
    if op is c.IN:
        return _class(value)
    return []


def _branches(branches: Iterable[Any]) -> list[frozenset[str]]:
    """Alternatives: the line holds the best set of one of them, so the union of those."""
    union: set[str] = set()
    for branch in branches:
        sets = [s for s in _sequence(branch) if _narrows(s)]
        if not sets:
            return []
        union |= min(sets, key=_likelihood)
    # a string that holds another one adds nothing: the shorter is found wherever it is
    return [frozenset(s for s in union if not any(t != s and t in s for t in union))]


def _class(members: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """A set of characters, when it lists them (a range of at most ten)."""
    chars: set[str] = set()
    for op, value in members:
        if op is c.LITERAL:
            chars.add(fold(chr(value)))
        elif op is c.RANGE and value[1] - value[0] < 10:
            chars.update(fold(chr(code)) for code in range(value[0], value[1] + 1))
        else:  # a negation, a category such as \d: any of many characters
            return []
    return [frozenset(chars)]
