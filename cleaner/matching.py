"""Run the line and list rules' patterns over lines, fast and with a time limit.

Three gates keep the cost of a line low before any full match is tried: ``max_words`` (a long
paragraph skips the short-line rules), the line's first characters (a pattern that cannot
start with them is never tried; found by partial matching and remembered per prefix), and the
text a pattern needs. Each pattern's needed strings (``cleaner.needed_text``, read from its
syntax tree when the rule file is built) and each rule's ``requires`` strings are looked for
in one pass over the line (an Aho-Corasick automaton, ``_MarkerIndex``), and a pattern runs
only if the line holds what it needs: a rule whose patterns may start anywhere ("... (AP
Photo/Name)") otherwise ran all of them on every short line. A loop in Python over each
rule's strings cost a sixth of the time of cleaning a document.

A rule whose patterns all pass the start gate would run as one alternation, but by then the
patterns are tried one by one: only those that can start the line's way and whose needs
the line holds, usually none or one (in the engine, an alternative that cannot start still
costs time, more than a call from Python).

Picking those patterns means loading each of the rule's patterns on its own (about 40 µs a
pattern from the regex cache), which costs more than it saves for a rule that only a few lines
reach: a command run on one article would spend most of its time there. So a rule runs as its
alternation (when the line holds what one of its patterns needs) until ``SPLIT_AFTER`` lines
have reached it (whatever their start); from then on every start gets its own patterns, found
once per start by partial matching. The threshold is above what one long article sends to a
rule (a check of one file would otherwise load a hundred patterns it hardly uses) and below
what a batch sends in its first few documents. Either way the first pattern that matches
wins, so the answer is the same.

Nothing is compiled up front: a rule's alternation is rebuilt from the regex cache when a line
first gets past the rule's ``max_words`` and needs gates, and for its first ``COLD_LINES``
lines the matcher asks no start gate (which would need every alternation), so a check of one
article never loads the rules that none of its lines can reach. Nor, while a rule's alternation
is not loaded, does a line that holds the needs of only a few of its patterns load it: those
patterns are loaded one by one (``_few_patterns``). A one-word line reaches every short-line
rule with a pattern that needs no text, and loading those rules whole cost a check of one
article a third of its time after the imports.
"""

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import ahocorasick
import regex

from cleaner.digest import sha256
from cleaner.needed_text import Needs, fold
from cleaner.regex_cache import compile_regex, store_regex
from cleaner.rules import PATTERN_FLAGS, Rule

_OPENING_MARKS = "¡¿"
_DECORATIONS = "▼▶►▷▸➤➜➡\ufe0f📣📢👉🔔"
"""Marks a site sets before a box's header, a "read more" link or a call to follow it
("▼関連記事", "► Read more", "📣 Follow us ..."). Checklists (✔), bullets (■ ●), stars and
phones (📱: a list of safety tips) are left alone: their items are as often the article's own
list."""
_DECORATED_CATEGORIES = frozenset({"related", "read-more", "share"})
MATCH_TIMEOUT_SECONDS = 0.25
MAX_RULE_CHARS = 1500
PREFIX_CHARS = 2
PREFIX_CACHE_SIZE = 50_000
SPLIT_AFTER = 256
FEW_PATTERNS = 4
COLD_LINES = 256
_TRAILING_SIGNS = regex.compile(r"\W+$")


class LineMatch(NamedTuple):
    """A rule whose patterns match a whole line, with the named groups it captured."""

    rule: Rule
    groups: Mapping[str, str]


class _Parts:
    """A rule's compiled patterns, each made when first needed: the alternation
    (``alternation``) when a line first gets past the rule's other gates, the patterns one by
    one (``compiled``) once ``SPLIT_AFTER`` lines did (``lines`` counts them; a count lost to a
    race between threads only delays it, and two threads may both compile the alternation).
    """

    __slots__ = ("chosen", "combined", "compiled", "lang", "lines", "rule")

    def __init__(self, rule: Rule, lang: str | None) -> None:
        self.rule = rule
        self.lang = lang
        self.combined: regex.Pattern[str] | None = None
        self.compiled: tuple[regex.Pattern[str], ...] | None = None
        self.lines = 0
        self.chosen: dict[int, Tryable | None] = {}

    def alternation(self) -> regex.Pattern[str]:
        combined = self.combined
        if combined is None:
            combined = self.combined = self.rule.compile(self.lang)
            assert combined is not None  # a candidate has patterns
        return combined


class Candidate(NamedTuple):
    """A rule with its patterns as one alternation and one by one (``parts``: their texts),
    both compiled or read from the regex cache into ``loaded`` when first needed.

    ``masks`` has each pattern's needs as a bit of ``_MarkerIndex.held`` (0 for none): a
    pattern may match a line that holds its bit. ``gate`` has all of them (0 when some
    pattern needs nothing): a line that holds none of them cannot match, and one ``&``
    tells; ``needed`` has all of them whatever the gate; ``required`` is the bit of the
    rule's ``requires`` (0 for none), which a line must hold for any of them. The rule's
    gates are copied next to the patterns: ``match`` reads them once per line and rule, and
    a slot is cheaper to read than an attribute two objects away.
    """

    rule: Rule
    max_words: int
    timed: bool
    parts: tuple[str, ...]
    masks: tuple[int, ...]
    gate: int
    needed: int
    required: int
    loaded: _Parts


Learned = list[tuple[int, tuple[int, ...] | None]]
"""What a matcher learned about one start of a line (see ``RuleMatcher.learned``)."""

Tryable = tuple[tuple[regex.Pattern[str], int], ...]
"""Patterns to try on a line, each with the mask of bits the line must hold (0: none)."""


class _Start:
    """A rule that can match lines with a given start, and the patterns to try on them: filled
    in (``_starting``) on the first such line after the rule's patterns were loaded, or, for
    a start not seen before (``first``), the rule's alternation, whose gate is then still to
    be asked (see ``RuleMatcher._candidates``)."""

    __slots__ = ("candidate", "first", "indices", "patterns")

    def __init__(
        self, candidate: Candidate, first: bool = False, indices: tuple[int, ...] | None = None
    ) -> None:
        self.candidate = candidate
        self.patterns: Tryable | None = None
        self.first = first
        self.indices = indices  # of the patterns that may start this way, once known


class RuleMatcher:
    """All pattern rules of one configuration, compiled once and shared by every document."""

    def __init__(self, rules: Sequence[Rule], lang: str | None = None) -> None:
        compiled: list[Candidate] = []
        bits: dict[Needs, int] = {}  # a set of strings to look for: its bit
        for rule in rules:
            texts = rule.pattern_texts(lang) if rule.kind != "heuristic" else []
            alternation = rule.alternation(lang) if texts else None
            if alternation is not None:
                # into the regex cache now (compiled there only if it is not yet on file),
                # rebuilt when first needed
                store_regex(alternation, PATTERN_FLAGS)
                for text in texts:
                    store_regex(text, PATTERN_FLAGS)
                masks = tuple(_bit(needs, bits) for needs in rule.pattern_needs(lang))
                needed = sum(set(masks))
                compiled.append(
                    Candidate(
                        rule,
                        rule.max_words,
                        not rule.bundled,
                        tuple(texts),
                        masks,
                        0 if 0 in masks else needed,
                        needed,
                        _bit(rule.requires, bits),
                        _Parts(rule, lang),
                    )
                )
        self.rules = tuple(compiled)
        self._markers = _MarkerIndex(bits)
        self.max_words = max((c.max_words for c in compiled), default=0)
        self._by_prefix: dict[str, tuple[_Start, ...]] = {}
        self._seen_once: set[str] = set()
        self._cold_lines = 0
        self._first_sighting = tuple(_Start(candidate, first=True) for candidate in compiled)
        self._taught: dict[str, Learned] = {}

    def match(self, text: str, words: int, warnings: list[str]) -> list[LineMatch]:
        """Every rule that matches the whole of ``text`` (stripped), in rule order.

        Spanish opening marks ("¡Suscríbete ...!", "¿Te gustó la nota? ...") are stripped
        too, from lines of three words or more: patterns are written for the words, as in
        every other language, and a shorter exclamation ("¡Regístrate!") is as often the
        slogan a story is about.

        A line with a character that Python's Unicode tables do not know (``isprintable``
        is false for it) holds every needed string: ``regex`` may know the character's
        case, and ``fold`` would not.

        A line that no rule matches as it stands is tried again without the marks a site
        sets before a box's header, a "read more" link or a call to follow it
        (``_DECORATIONS``); only rules of those kinds may match it then.
        """
        stripped = text.strip()
        if not stripped or words > self.max_words or len(stripped) > MAX_RULE_CHARS:
            return []
        found = self._match(stripped, words, warnings)
        if not found and stripped[0] in _DECORATIONS:
            bare = stripped.lstrip(_DECORATIONS + " \u00a0")
            if bare:
                found = [
                    match
                    for match in self._match(bare, len(bare.split()), warnings)
                    if match.rule.category in _DECORATED_CATEGORIES
                ]
        return found

    def _match(self, stripped: str, words: int, warnings: list[str]) -> list[LineMatch]:
        """``match`` on a stripped line of ``words`` words that passed the length gates."""
        if stripped[0] in _OPENING_MARKS and words >= 3:
            stripped = stripped.lstrip(_OPENING_MARKS + " ") or stripped
        folded = fold(stripped)
        held = self._markers.held(folded) if folded.isprintable() else -1
        found = []
        prefix = stripped[:PREFIX_CHARS]
        for start in self._candidates(prefix):
            candidate = start.candidate
            if words > candidate.max_words:
                continue
            if candidate.gate and not candidate.gate & held:
                continue
            if candidate.required and not candidate.required & held:
                continue
            gate_pending = start.first
            if gate_pending and candidate.timed:  # a user's pattern may be slow: gate it first
                if not _may_start(candidate.loaded.alternation(), True, prefix):
                    continue
                gate_pending = False
            patterns = start.patterns
            if patterns is None:
                patterns = _patterns_for(start, prefix, held)
            for pattern, mask in patterns:
                if mask and not mask & held:
                    continue
                match = (
                    _fullmatch(pattern, stripped, candidate.rule.id, warnings)
                    if candidate.timed
                    else pattern.fullmatch(stripped)
                )
                if match is not None:
                    if gate_pending and not _may_start(pattern, False, prefix):
                        continue  # ruled out by the gate, as on every later line with this start
                    groups = {k: v.strip() for k, v in match.groupdict().items() if v}
                    found.append(LineMatch(candidate.rule, groups))
                    break
        return found

    def fingerprint(self) -> str:
        """What the starts this matcher learns depend on: its rules' patterns, in order, and
        how the start gate reads a start (a table learned by another gate is not taught)."""
        gate = f"{PREFIX_CHARS} {MATCH_TIMEOUT_SECONDS} {_TRAILING_SIGNS.pattern}"
        digest = sha256(gate.encode())
        for candidate in self.rules:
            digest.update(repr((candidate.rule.id, candidate.timed, candidate.parts)).encode())
        return digest.hexdigest()

    def learned(self) -> dict[str, Learned]:
        """What this matcher found out about the starts of lines, as plain data: for each start
        it worked out, the rules whose patterns may begin that way (by their place in
        ``rules``), each with the patterns that may (by their place in the rule; None while
        the rule's alternation serves). Another matcher of the same ``fingerprint`` can be
        ``teach``-ed it and skip the partial matches that finding it out took: a worker
        process spent its first few hundred documents on them, each worker again."""
        index = {id(candidate): place for place, candidate in enumerate(self.rules)}
        return {
            prefix: [(index[id(start.candidate)], start.indices) for start in starts]
            for prefix, starts in list(self._by_prefix.items())
        }

    def news(self) -> int:
        """How many starts this matcher knows more about than it was taught."""
        return sum(
            1
            for prefix, entries in self.learned().items()
            if self._taught.get(prefix) != entries
        )

    def teach(self, learned: Mapping[str, Learned]) -> None:
        """Take what a matcher of the same ``fingerprint`` ``learned`` (checked to fit these
        rules; nothing is taken from a table that does not). The answers stay the same: a
        start's rules and patterns are facts about the patterns, found the same way."""
        sizes = [len(candidate.parts) for candidate in self.rules]

        def fits(entry: object) -> bool:
            if not (isinstance(entry, tuple | list) and len(entry) == 2):
                return False
            rule, indices = entry
            if not isinstance(rule, int) or not 0 <= rule < len(sizes):
                return False
            return indices is None or (
                isinstance(indices, tuple | list)
                and all(isinstance(i, int) and 0 <= i < sizes[rule] for i in indices)
            )

        table: dict[str, Learned] = {}
        for prefix, entries in learned.items():
            if not (isinstance(prefix, str) and isinstance(entries, list | tuple)):
                return
            if not all(fits(entry) for entry in entries):
                return
            table[prefix] = [
                (rule, None if indices is None else tuple(indices)) for rule, indices in entries
            ]
        self._taught = table

    def _candidates(self, prefix: str) -> tuple[_Start, ...]:
        """The rules that can match a line starting with ``prefix``.

        The answer depends only on those characters and is remembered; the cache only ever
        gains entries that are true, so threads sharing a matcher can fill it at once. It costs
        a partial match per rule, about what trying the rule costs, so it is worked out on the
        second line with this start (one article has many starts that it uses once, and a
        check of one file paid twice for them). On the first, every rule's alternation is tried
        and the gate is asked only where one matches: a match it rules out (a lookaround
        across the end of the start can make a partial match fail where the whole line
        matches) is not taken, so a line's answer never depends on the lines before it. A
        user's rule (under a timeout) is gated first, as before.

        For its first ``COLD_LINES`` lines the matcher treats every start as new: a check of
        one file then compiles (rebuilds from the regex cache) only the alternations of rules
        that some line gets past the ``max_words`` and ``requires`` gates, since asking the
        gate would need them all.
        """
        if self._cold_lines < COLD_LINES:
            self._cold_lines += 1  # a count lost to a race between threads only prolongs this
            return self._first_sighting
        candidates = self._by_prefix.get(prefix)
        if candidates is None and prefix in self._taught:
            candidates = tuple(
                _Start(self.rules[rule], indices=indices) for rule, indices in self._taught[prefix]
            )
            self._by_prefix[prefix] = candidates
        if candidates is None:
            if prefix not in self._seen_once and len(self._seen_once) < PREFIX_CACHE_SIZE:
                self._seen_once.add(prefix)
                return self._first_sighting
            candidates = tuple(
                _Start(candidate)
                for candidate in self.rules
                if _may_start(candidate.loaded.alternation(), candidate.timed, prefix)
            )
            if len(self._by_prefix) < PREFIX_CACHE_SIZE:
                self._by_prefix[prefix] = candidates
        return candidates


def _patterns_for(start: _Start, prefix: str, held: int) -> Tryable:
    """What to try on a line that starts with ``prefix`` and holds the needs ``held``,
    counting the line towards loading the rule's single patterns; remembered on ``start`` once
    they are loaded. A start not seen before tries the rule's alternation, or only the few
    patterns the line holds the needs of while the alternation is not loaded yet (the gate is
    asked of the pattern that matches); a rule that fewer than ``SPLIT_AFTER`` lines reached
    tries its alternation; the needs gate let the line through."""
    candidate = start.candidate
    loaded = candidate.loaded
    if start.first:
        if loaded.combined is None and not candidate.timed:
            few = _few_patterns(candidate, held)
            if few is not None:
                return few
        start.patterns = ((loaded.alternation(), 0),)
        return start.patterns
    if start.indices is None:
        if loaded.compiled is None:
            loaded.lines += 1
            if loaded.lines < SPLIT_AFTER:
                return ((loaded.alternation(), 0),)
            loaded.compiled = tuple(
                compile_regex(text, PATTERN_FLAGS) for text in candidate.parts
            )
        start.indices = tuple(
            index
            for index, part in enumerate(loaded.compiled)
            if _may_start(part, candidate.timed, prefix)
        )
    start.patterns = _singles(candidate, start.indices)
    return start.patterns


def _few_patterns(candidate: Candidate, held: int) -> Tryable | None:
    """The patterns of ``candidate`` that a line holding ``held`` may match, loaded one by one,
    when they are at most ``FEW_PATTERNS`` or a quarter of the rule's; else None (the
    alternation then costs less). Loading a rule's alternation from the regex cache costs
    about 30 µs a kilobyte of its program (up to 2 ms for the largest rules); a check of
    one article loaded twenty of them, mostly for one or two patterns that need nothing a
    line must hold ("World" reached eight rules that way). Remembered per rule and set of
    bits the line holds of it."""
    loaded = candidate.loaded
    relevant = held & candidate.needed
    if relevant in loaded.chosen:
        return loaded.chosen[relevant]
    indices = [
        index for index, mask in enumerate(candidate.masks) if not mask or mask & relevant
    ]
    few = None
    if len(indices) <= max(FEW_PATTERNS, len(candidate.parts) // 4):
        few = _singles(candidate, indices)
    loaded.chosen[relevant] = few
    return few


def _singles(candidate: Candidate, indices: Sequence[int]) -> Tryable:
    """The patterns of ``candidate`` at ``indices``, each from the regex cache, with its mask."""
    return tuple(
        (compile_regex(candidate.parts[index], PATTERN_FLAGS), candidate.masks[index])
        for index in indices
    )


def _bit(strings: Needs, bits: dict[Needs, int]) -> int:
    """The bit of a set of strings (0 for none), the next free one when the set is new."""
    return bits.setdefault(strings, 1 << len(bits)) if strings else 0


class _MarkerIndex:
    """Every string that patterns need or rules require, in one automaton: ``held`` finds all
    of them that a line contains (overlapping ones too) in one pass in C, as the bits of the
    string sets that hold them. A loop over each rule's strings in Python took 2 µs a rule and
    line; a regex alternation of all of them (plain, or factored into a trie) took longer
    still.
    """

    __slots__ = ("_automaton",)

    def __init__(self, sets: Mapping[Needs, int]) -> None:
        bits: dict[str, int] = {}
        for strings, bit in sets.items():
            for marker in strings:
                bits[marker] = bits.get(marker, 0) | bit
        self._automaton: ahocorasick.Automaton | None = None
        if bits:
            automaton = ahocorasick.Automaton()
            for marker, bit in bits.items():
                automaton.add_word(marker, bit)
            automaton.make_automaton()
            self._automaton = automaton

    def held(self, folded: str) -> int:
        """The bits of the string sets that have a string in ``folded``."""
        held = 0
        if self._automaton is not None:
            for _end, bit in self._automaton.iter(folded):
                held |= bit
        return held


def _may_start(pattern: regex.Pattern[str], timed: bool, prefix: str) -> bool:
    """Whether ``pattern`` may match a line that starts with ``prefix``: a partial match of
    the prefix without the signs it ends with. ``regex`` takes the end of a partial string
    for the end of the text, so a word boundary right after a sign there fails: ".{0,300}?\b
    the" could not start "A " or "I " (a line "I have no positions in any of the stocks
    mentioned." never reached its rule), nor anything after "« "."""
    stem = _TRAILING_SIGNS.sub("", prefix)
    if not stem:
        return True
    try:
        timeout = MATCH_TIMEOUT_SECONDS if timed else None
        return pattern.fullmatch(stem, partial=True, timeout=timeout) is not None
    except TimeoutError:
        return True


def _fullmatch(
    pattern: regex.Pattern[str], text: str, rule_id: str, warnings: list[str]
) -> regex.Match[str] | None:
    try:
        return pattern.fullmatch(text, timeout=MATCH_TIMEOUT_SECONDS)
    except TimeoutError:
        message = f"rule {rule_id}: pattern timed out on a line of {len(text)} characters"
        if message not in warnings:
            warnings.append(message)
        return None
