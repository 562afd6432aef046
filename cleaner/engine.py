"""The core: ``Cleaner(config).clean(text) -> Result``; pure, deterministic, no I/O.

One document goes through: segment into lines -> match rule patterns -> find list blocks and
captions -> find the article body -> attribute every removed line to a rule -> harvest
metadata -> build the clean text (kept lines byte-for-byte) and the sidecar.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from itertools import groupby
from typing import Any

import regex

from cleaner.author_notes import AuthorNotes
from cleaner.body_end import BodyEnd
from cleaner.body_start import BodyStart
from cleaner.captions import find_captions
from cleaner.config import CleanerConfig
from cleaner.data_lines import (
    fact_runs,
    figure_runs,
)
from cleaner.digest import sha256_hex
from cleaner.document_state import (
    AUTHOR_CONTACT,
    CAPTION,
    OUTLET_CREDIT,
    Verdict,
    comparable,
)
from cleaner.features import (
    FACT_BOX_MIN,
    body_score,
    introduces_list,
    is_bare_time,
    is_dateline,
    is_player_time,
    is_salutation,
    is_verdict_label,
    measure,
    verdict_labels,
)
from cleaner.harvest import Harvest
from cleaner.line_verdicts import LineVerdicts
from cleaner.list_blocks import find_lists
from cleaner.matching import LineMatch, RuleMatcher
from cleaner.model import (
    Block,
    BlockKind,
    Decision,
    Meta,
    Removal,
    Result,
    Source,
    Tool,
)
from cleaner.regex_cache import compile_regex, save_compiled
from cleaner.repeats import REPEATED_LINE, RepeatTable, repeated_lines
from cleaner.rules import Rule, load_rules, rules_fingerprint
from cleaner.segment import segment
from cleaner.span import Span, best_span
from cleaner.table_rows import (
    is_table_row,
    pipe_table_rows,
    spaced_cells,
    spaced_table_rows,
    statement_rows,
)
from cleaner.text_lines import (
    Lines,
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
)
from cleaner.version import __version__

HEAD_TRIM = "head-trim"
TAIL_TRIM = "tail-trim"
TITLE = "title"
RELATED = "related-stories"
_ANYWHERE_SCORE = -1.0
ENTRY_STAMP_SCORE = -0.5
ENTRY_STAMPS_MIN = 3
KICKER_WORDS = 3
_FOOT_CATEGORIES = frozenset({"comments", "tags", "share"})


class Cleaner:
    """Removes scraper junk from article text; build once, call ``clean`` many times.

    Safe to share between threads (no state changes after construction) and picklable for
    worker processes (compiled patterns are rebuilt on unpickling).
    """

    def __init__(self, config: CleanerConfig | None = None) -> None:
        self.config = config or CleanerConfig()
        self.repeats: RepeatTable | None = None
        self.rules: list[Rule] = load_rules(self.config.rules_dirs, self.config.builtin_rules)
        self.rules_sha256 = rules_fingerprint(self.rules, self.config.outcome_key())
        known = {rule.id for rule in self.rules}
        unknown = sorted(set(self.config.disabled) - known)
        if unknown:
            raise ValueError(f"unknown rule id(s) to disable: {', '.join(unknown)}")
        self._prepare()

    def _prepare(self) -> None:
        active = [rule for rule in self.rules if rule.id not in self.config.disabled]
        self._active = {rule.id: rule for rule in active}
        self.line_matcher = RuleMatcher([r for r in active if r.kind == "line"], self.config.lang)
        self.list_matcher = RuleMatcher([r for r in active if r.kind == "list"], self.config.lang)
        self.beside_matcher = RuleMatcher(
            [rule.beside_only() for rule in active if rule.beside], self.config.lang
        )
        save_compiled()

    def __getstate__(self) -> dict[str, Any]:
        return {
            "config": self.config,
            "rules": self.rules,
            "rules_sha256": self.rules_sha256,
            "repeats": self.repeats,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self.rules = state["rules"]
        self.rules_sha256 = state["rules_sha256"]
        self.repeats = state["repeats"]
        self._prepare()

    def with_repeats(self, table: RepeatTable) -> Cleaner:
        """This cleaner, also removing the lines that ``table`` found repeated in a corpus.

        The rules hash changes with the table, so outputs made with another table (or none)
        are not taken as current by a resumed run.
        """
        twin = copy.copy(self)
        twin.repeats = table
        twin.rules_sha256 = sha256_hex(f"{self.rules_sha256}:{table.fingerprint()}".encode())
        return twin

    def matchers(self) -> tuple[RuleMatcher, ...]:
        """The line rules', the list rules' and the beside patterns' matchers
        (``cleaner.start_cache`` keeps what they learn)."""
        return self.line_matcher, self.list_matcher, self.beside_matcher

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (disabled ones included); KeyError if there is none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def active(self, rule_id: str) -> Rule | None:
        """The rule if it is loaded and not disabled."""
        return self._active.get(rule_id)

    def clean(
        self,
        text: str,
        source: Source | None = None,
        *,
        known_title: str | None = None,
        corpus_source: str | None = None,
    ) -> Result:
        """Clean one document. Kept lines come out byte-for-byte, in order.

        ``known_title`` is the headline when it is known from elsewhere (an HTML page's
        metadata): then only a head line that repeats it is taken as the title.
        ``corpus_source`` names the document's source (a host, a folder) for the lines
        learned by ``with_repeats``.
        """
        return self._clean(text, source, known_title, corpus_source, extracted=False)

    def _clean(
        self,
        text: str,
        source: Source | None,
        known_title: str | None,
        corpus_source: str | None,
        *,
        extracted: bool,
    ) -> Result:
        repeated = self.repeats.for_source(corpus_source) if self.repeats else {}
        return _Document(self, text, known_title, repeated, extracted).result(source)

    def clean_source(
        self, text: str, source: Source, *, corpus_source: str | None = None
    ) -> Result:
        """Clean a document by the format its source says: the one place that picks the
        front door (HTML pages go through trafilatura first, anything else is text)."""
        if source.format == "html":
            return self.clean_html(text, source, corpus_source=corpus_source)
        return self.clean(text, source, corpus_source=corpus_source)

    def clean_html(
        self,
        html: str,
        source: Source | None = None,
        url: str | None = None,
        *,
        corpus_source: str | None = None,
    ) -> Result:
        """Clean one HTML page: trafilatura extracts the article, then the same rules run.

        The sidecar's removals refer to the extracted text (one block per line), which
        ``restore`` rebuilds; ``html_meta`` holds trafilatura's metadata, whose title fills
        ``title`` when the text itself has none. The text is cleaned as ``extracted`` (see
        ``_Document``): trafilatura has already cut the page to the article.
        """
        from cleaner.html import extract

        extraction = extract(html, url)
        page = source or _default_source(html)
        known_title = extraction.metadata.get("title")
        result = self._clean(
            extraction.text,
            page._replace(format="html"),
            known_title if isinstance(known_title, str) else None,
            corpus_source,
            extracted=True,
        )
        meta = result.meta
        return Result(
            text=result.text,
            meta=meta._replace(
                html_meta=extraction.metadata,
                title=meta.title or extraction.metadata.get("title"),
                warnings=extraction.warnings + meta.warnings,
            ),
            decisions=result.decisions,
        )


class _Document(BodyStart, BodyEnd, AuthorNotes, LineVerdicts):
    """The work on one text; lives for one ``clean`` call. It reads the text's lines and what the
    rules and finders found on them (``DocumentState``), finds the body with the stages it
    inherits, decides on every line (``_decide``) and builds the result.

    ``extracted`` text is an extractor's article (an HTML page through trafilatura), not a
    scrape of the element around it: the extractor has already cut away what lies above and
    below the article, so the lines it kept there that no rule recognises are the article's
    own (a subtitle, the first subheading, an info box, contributor and source lines,
    practical details). ``head-trim`` and ``tail-trim`` leave them alone, and so does the
    related-stories run that ``tail-trim`` would find among them: the extractor drops link
    lists itself.
    """

    def __init__(
        self,
        cleaner: Cleaner,
        text: str,
        known_title: str | None = None,
        repeated_table: Mapping[bytes, int] | None = None,
        extracted: bool = False,
    ) -> None:
        self.cleaner = cleaner
        self.text = text
        self.extracted = extracted
        self.known_title = comparable(known_title) if known_title else None
        self.blocks = segment(text)
        self.features = [measure(block) for block in self.blocks]
        self.table_rows = (
            pipe_table_rows(self.blocks)
            | spaced_table_rows(self.blocks)
            | statement_rows(self.blocks)
        )
        self.warnings: list[str] = []
        self.matches = [
            []
            if block.kind is BlockKind.BLANK
            else cleaner.line_matcher.match(block.text, feats.words, self.warnings)
            for block, feats in zip(self.blocks, self.features, strict=True)
        ]
        self.table_sources = self._table_sources()
        for index in self.table_sources:
            self.matches[index] = []
        self.repeated = (
            repeated_lines((block.text for block in self.blocks), repeated_table)
            if repeated_table and cleaner.active(REPEATED_LINE) is not None
            else {}
        )
        self.verdict_labels = verdict_labels(self.blocks, self.features, self._claimed_by_a_rule)
        lines = Lines(self.blocks, self.features, self.matches, self.verdict_labels)
        self.lists = find_lists(lines, cleaner.list_matcher, self.warnings)
        self.captions = (
            find_captions(lines, self.lists) if cleaner.active(CAPTION) is not None else set()
        )
        self.claimed = {i for i, found in enumerate(self.matches) if found} | set(self.lists)
        self.box_pitches = self._box_pitches()
        self.evidence = (
            self.claimed | self.captions | set(self.repeated) | self._closing_pitches()
        )
        self.first_bare_time = next(
            (index for index, block in enumerate(self.blocks) if is_bare_time(block.text)), None
        )
        self.stamps = self._entry_stamps()
        self.next_prose = None
        self.foot_end = len(self.blocks)
        self.every_rule_fires = False
        self.author_notes = set()
        self.span = self._find_span()
        if self.span is not None and not self.extracted and self._foot_turns(self.span.last + 1):
            # A paragraph below the body made a comment line under a list announced in it an
            # item of the list rather than the page's foot; the tail goes, so a second
            # cleaning sees no such paragraph: the body is found again as it will see it.
            self.foot_end = self.span.last + 1
            self.every_rule_fires = False
            self.author_notes = set()
            self.span = self._find_span()
        self.verdicts = {}
        self.title_index = None

    # -- evidence -------------------------------------------------------------------------

    def _table_sources(self) -> set[int]:
        """Source lines right under a table's last row ("Source: Shore Area Association of
        Realtors" under "Countywide | 412 | 447 | $455,000"): the table's, not an agency's
        credit under the article ("Source: Reuters"), which no rule may take."""
        sources = set()
        for index, found in enumerate(self.matches):
            if not found or _SOURCE_LABEL.match(self.blocks[index].text) is None:
                continue
            above = previous_text_line(self.blocks, index)
            if above is not None and (
                above in self.table_rows or is_table_row(self.blocks[above].text)
            ):
                sources.add(index)
        return sources

    def _claimed_by_a_rule(self, index: int) -> bool:
        """Whether a line rule matches the line or a list rule's header does (the lists
        themselves are not found yet)."""
        if self.matches[index]:
            return True
        block, feats = self.blocks[index], self.features[index]
        return bool(self.cleaner.list_matcher.match(block.text, feats.words, self.warnings))

    # -- the body -------------------------------------------------------------------------

    def _runs(self, transparent: set[int], breaking: set[int]) -> dict[int, bool]:
        """Lines in runs of figures or in fact boxes (see ``figure_runs``, ``fact_runs``), each
        with whether it is in a box of ``FACT_BOX_MIN`` facts or more."""
        runs = dict.fromkeys(
            figure_runs(self.blocks, self.features, self.claimed - transparent, transparent), False
        )
        facts = fact_runs(self.blocks, self.features, transparent, breaking)
        runs.update((index, count >= FACT_BOX_MIN) for index, count in facts.items())
        return runs

    def _scores(self, figures: dict[int, bool], removed_anywhere: set[int]) -> list[float]:
        """Each line's weight for or against the body. A row of a table is content even when
        a head or tail pattern happens to match it ("1 | Kyle Busch | 5040" is no
        breadcrumb). An ad marker weighs nothing either way: it stands between paragraphs as
        often as below the article, and as junk it cut off a table or a review's verdict
        under it. A review's pros and cons (a pair of labels such as "Good Stuff" and "Bad
        Stuff", and the short items under them) weigh like a box of facts: under the last
        paragraph, past a "Related" link, they are the review's verdict, and no teaser list
        starts with such a pair. Most lines carry no evidence at all (no match, no list, no
        caption); they skip the lookups that only evidence needs."""
        scores: list[float] = []
        introduced = False
        verdict = False  # the lines since a review's pros or cons label are its items
        dates_listed = False  # the lines since the sentence that announced a list are dates
        for index, (block, feats) in enumerate(zip(self.blocks, self.features, strict=True)):
            in_table = index in self.table_rows
            row = in_table or is_table_row(block.text)
            label = is_verdict_label(block.text, feats)
            structured = introduced or row or index in figures or label
            if index not in self.evidence:
                verdict = index in self.verdict_labels or (
                    verdict and introduced and not feats.sentence
                )
                box = figures.get(index, False) or verdict
                scores.append(body_score(block, feats, False, structured, box))
                if feats.sentence or block.kind is BlockKind.SEPARATOR:  # a rule ends a list
                    introduced = False
                if introduces_list(block.text, feats):
                    introduced = dates_listed = True
                elif block.kind is not BlockKind.BLANK:
                    dates_listed = False
                continue
            verdict = False
            found = self.matches[index]
            anywhere = index in removed_anywhere
            table = in_table or (row and not any(m.rule.category == "date" for m in found))
            ad = anywhere and bool(found) and all(m.rule.category == "ad" for m in found)
            if ad:
                scores.append(0.0)
                continue  # nor does it end a list announced above it
            if anywhere:
                scores.append(_ANYWHERE_SCORE)
            elif index in self.stamps:
                scores.append(ENTRY_STAMP_SCORE)
            else:
                # an announced list's items that a rule happens to match keep their weight
                # ("Saturday, Nov. 16, 9 a.m." under "Days:"); a list's header ("Topics")
                # or a foot's line ("Comments") under the article's last list does not
                item = (
                    introduced
                    and index not in self.lists
                    and not self._foot_of_page(index, self.foot_end)
                )
                scores.append(body_score(block, feats, not table and not item, structured))
            dated = bool(found) and all(m.rule.category == "date" for m in found)
            if anywhere or index in self.lists or (  # a list rule's box ends an announced list
                not (dated and dates_listed)  # "Saturday, Nov. 16, 9 a.m." under "Days:"
                and (
                    feats.sentence
                    or (not table and any(m.rule.category != "navigation" for m in found))
                )
            ):
                introduced = False
            dates_listed = introduced and dated
        return scores

    def _foot_of_page(self, index: int, end: int) -> bool:
        """Whether a rule's line marks the foot of the page under a list the article
        announced: a comment prompt, a tag line or a share row with a list's header or
        another such line under it, and no paragraph of the article further down (above
        line ``end``). Alone ("Reply" under "The buttons read:"), or above more of the
        article ("Reply", "Leave a comment" and the story going on), it may be an item of
        the list."""
        below = next_text_line(self.blocks, index)
        return (
            _foot_line(self.matches[index])
            and below is not None
            and (
                below in self.lists
                or any(m.rule.category in ("comments", "tags") for m in self.matches[below])
            )
            and self._next_prose(below + 1) >= end
        )

    def _next_prose(self, start: int) -> int:
        """The first paragraph of prose at or after line ``start`` that no rule claims (the
        number of lines when there is none), from a table built on first use: each question
        about the page's foot would otherwise read every line below it again."""
        if self.next_prose is None:
            following = len(self.blocks)
            table = [following] * (following + 1)
            for index in range(len(self.blocks) - 1, -1, -1):
                if index not in self.evidence and is_prose_paragraph(
                    self.blocks[index], self.features[index]
                ):
                    following = index
                table[index] = following
            self.next_prose = table
        return self.next_prose[start]

    def _foot_turns(self, end: int) -> bool:
        """Whether a line that a rule matched is the page's foot (``_foot_of_page``) once the
        lines from ``end`` on are gone, and was not with them."""
        return any(
            self._foot_of_page(index, end) != self._foot_of_page(index, self.foot_end)
            for index in self.evidence
            if index < end
        )

    def _entry_stamps(self) -> set[int]:
        """Date lines with a clock time that stamp the entries of a live page: three or more
        that give the same day ("10:12 p.m. PT, October 26, 2019", "9:30 p.m. PT, October 26,
        2019"). They weigh like a bare clock time: a full date stamps a whole article, and the
        last entries of a live page, under such a line, were cut off as the tail. The lines of
        a list of teasers give as many days as teasers, or belong to the list. Only stamps
        between two sentences count: one above the article goes with the head, and a second
        cleaning, without it, would count one stamp fewer and weigh the others otherwise."""
        sentences = [i for i, feats in enumerate(self.features) if feats.sentence]
        if not sentences:
            return set()
        days: dict[str, list[int]] = {}
        for index in self.evidence:
            found = self.matches[index]
            if index in self.lists or not found or not sentences[0] < index < sentences[-1]:
                continue
            if any(match.rule.category != "date" for match in found):
                continue
            text = self.blocks[index].text
            day = _CLOCK_TIME.sub(" ", text)
            if day != text:
                days.setdefault(comparable(day), []).append(index)
        return {
            index
            for key, lines in days.items()
            if key and len(lines) >= ENTRY_STAMPS_MIN
            for index in lines
        }

    def _body(self, transparent: set[int], breaking: set[int], absent: bool = False) -> Span | None:
        """The best span of lines with letters, given which lines a rule claims are
        ``transparent`` to runs of figures and fact boxes and which ones ``breaking`` them;
        with ``absent``, the rules' lines weigh nothing either way (as if they were gone)."""
        figures = self._runs(transparent, breaking)
        span = best_span(self._weights(figures, transparent, absent))
        if span is None or not any(
            self.features[index].letters for index in range(span.first, span.last + 1)
        ):
            return None
        if any(not span.first <= index <= span.last for index in figures):
            outside = set(range(span.first)) | set(range(span.last + 1, len(self.blocks)))
            staying = self._runs(transparent | outside, breaking - outside)
            if staying != figures:
                span = best_span(self._weights(staying, transparent, absent)) or span
        return span

    def _weights(
        self, figures: dict[int, bool], transparent: set[int], absent: bool
    ) -> list[float]:
        """``_scores``, with the rules' lines at nought when they count as ``absent``."""
        scores = self._scores(figures, transparent)
        if absent:
            for index in self.evidence:
                scores[index] = 0.0
        return scores

    def _find_span(self) -> Span | None:
        """The article body; see ``cleaner.span``. A run of lines without one letter (bare
        figures) is no article to trim a head and a tail from: as when no line argues for
        content, only the rules' lines go. Which lines such a run holds may hang on a line a
        rule removes (a "COMMENT" between two figures), and a second cleaning would find
        another run.

        Runs of figures and fact boxes count as content only with the lines that stay: when
        a run reaches past the body first found (a fact line under the article, its partner
        in a teaser list below), the runs are found again without the lines outside the
        body, as a second cleaning would see them, and the body with them.

        When no body is found while the rules' lines stand (no sentence: a fact box, a run of
        figures, headlines), it is looked for again as a second cleaning would see the
        document, without them: a comment counter between two figures or a date line
        between two facts had broken the run that a second cleaning then finds and trims
        around. If that finds a body, every rule's line goes, wherever it stands.
        """
        removed_anywhere = {index for index in self.evidence if self._is_anywhere_junk(index)}
        span = self._body(removed_anywhere, self.evidence - removed_anywhere)
        if span is None:
            span = self._body(self.evidence, set(), absent=True)
            if span is None:
                return None
            self.every_rule_fires = True
        first = self._below_caption(self._lead_across_boxes(span.first, removed_anywhere))
        first = self._past_head_block(self._under_dated_author(self._under_byline(first)))
        first = self._under_dated_head(first)
        above = previous_text_line(self.blocks, first)
        if above is not None and (
            (
                is_dateline(self.blocks[above].text)
                and OUTLET_CREDIT.fullmatch(self.blocks[above].text.strip()) is None
            )
            or self._opens_entries(above, span)
            or (above not in self.evidence and is_salutation(self.blocks[above].text))
        ):
            first = above
        elif above is not None and (stamp := self._first_entry_stamp(above, span)) is not None:
            first = stamp
        first = self._past_repeated_lead(self._under_lead_credit(first))
        first = self._dated_heading_above(first, span)
        first = self._summary_box_above(self._subheading_above(first, span))
        last = max(
            self._closing_sentence(span.last),
            self._closing_data(span.last),
            self._closing_numbered_list(span.last),
            self._closing_advice_list(span.last),
            self._closing_sheet(span.last),
            self._closing_fields(first, span.last),
            self._closing_field_run(span.last),
            self._closing_results_tables(span.last),
            self._closing_announced_list(span.last),
            self._closing_signature(first, span.last),
            self._closing_valediction(span.last),
        )
        if last != span.last:  # the line that closes the body now may announce a list
            last = self._closing_announced_list(last)
        return Span(self._result_above(first), self._above_author_notes(first, last))

    # -- decisions ------------------------------------------------------------------------

    def _decide(self) -> None:
        for index in sorted(self.evidence):
            verdict = self._rule_verdict(index)
            if verdict is not None:
                self.verdicts[index] = verdict
        self._take_box_pitches()
        self._take_lines_beside()
        self._choose_title()
        self._trim_outside_span()
        self._collect_headerless_related()
        self._attach_blank_lines()

    def _choose_title(self) -> None:
        """The headline: a headline-shaped line above the body that no rule claimed.

        Headline-shaped: 3 to 25 words (a path separator such as "|" is no word: "Business |
        Markets" is a section path; with two, a line is a path or a ticker: "Fútbol · Primera
        Nacional · Zona A"), not mostly figures (a market ticker), and either no final
        punctuation (up to 22 words: Romance headlines run long) or a short line that ends in
        "?" or "!"; a full sentence ending in a period is a deck or a note, not a title. Of
        several, the first of more than ``KICKER_WORDS`` words wins: a kicker or a section's
        name above the headline ("Football - Ligue 1", "Unwetter in Süddeutschland") is
        shorter than the headline itself.
        When the title is known (HTML metadata), only a line that repeats it qualifies.
        """
        title_rule = self.cleaner.active(TITLE)
        if title_rule is None or self.span is None:
            return
        shaped = [index for index in range(self.span.first) if self._headline_shaped(index)]
        if self.known_title is None:
            shaped = self._without_site_name(shaped)
        if not shaped:
            return
        index = shaped[0]
        if self.known_title is None:
            index = next(
                (i for i in shaped if _word_count(self.blocks[i].text) > KICKER_WORDS), index
            )
        self.title_index = index
        if not self.cleaner.config.keep_title:
            self.verdicts[index] = Verdict(title_rule, "headline above the body")

    def _without_site_name(self, candidates: list[int]) -> list[int]:
        """The candidates less the site's name, the one its copyright line repeats ("The
        Harlan Valley Gazette" above the article, "© 2021 The Harlan Valley Gazette" below)."""
        notices = [
            self.blocks[index].text.casefold()
            for index, found in enumerate(self.matches)
            if any(m.rule.category == "copyright" for m in found)
        ]
        if not notices:
            return candidates
        return [
            index
            for index in candidates
            if not any(_site_name(self.blocks[index].text) in notice for notice in notices)
        ]

    def _headline_shaped(self, index: int) -> bool:
        block, feats = self.blocks[index], self.features[index]
        if index in self.verdicts or not feats.letters or not 3 <= feats.words <= 25:
            return False
        separators = _separators(block.text)
        if feats.words - separators < 3 or separators >= 2 or _mostly_figures(block.text):
            return False
        if self.known_title is not None:
            line = comparable(block.text)
            return bool(line) and (line in self.known_title or self.known_title in line)
        ends_sentence = block.text.rstrip().endswith((".", ":", ";"))
        return block.kind is BlockKind.HEADING or (
            block.kind is BlockKind.PARAGRAPH and feats.words <= 22 and not ends_sentence
        )

    def _trim_outside_span(self) -> None:
        if self.span is None or self.extracted:
            return
        for index, block in enumerate(self.blocks):
            zone = self.span.zone(index)
            if zone == "body" or index in self.verdicts or index == self.title_index:
                continue
            if block.kind is BlockKind.BLANK:
                continue
            if index in self.author_notes:
                reason = "a note on an author under the article"
                self.verdicts[index] = Verdict(self.cleaner.rule(AUTHOR_CONTACT), reason)
                continue
            rule = self.cleaner.active(HEAD_TRIM if zone == "head" else TAIL_TRIM)
            if rule is not None:
                where = "above" if zone == "head" else "below"
                self.verdicts[index] = Verdict(rule, f"{where} the article body")

    def _collect_headerless_related(self) -> None:
        """Runs of headline-like lines trimmed from the tail are a related-stories list.

        A date line right under one of its headlines ("March 3, 2024") is that story's date:
        it joins the run (and goes to its entry's ``age``) instead of ending it, and is not
        taken for the article's own ``published``.
        """
        related = self.cleaner.active(RELATED)
        if related is None or self.span is None:
            return
        run: list[int] = []
        for index in range(self.span.last + 1, len(self.blocks)):
            verdict = self.verdicts.get(index)
            blank = self.blocks[index].kind is BlockKind.BLANK
            if blank or (verdict is not None and verdict.rule.id == TAIL_TRIM):
                run.append(index)
                continue
            if self._is_story_date(index, verdict, run, related):
                run.append(index)
                continue
            self._relabel_related(run, related)
            run = []
        self._relabel_related(run, related)

    def _is_story_date(
        self, index: int, verdict: Verdict | None, run: list[int], related: Rule
    ) -> bool:
        return (
            verdict is not None
            and verdict.rule.category == "date"
            and bool(run)
            and run[-1] == index - 1
            and self._is_headline(run[-1], related)
        )

    def _is_headline(self, index: int, related: Rule) -> bool:
        verdict = self.verdicts.get(index)
        return (
            self.blocks[index].kind is not BlockKind.BLANK
            and (verdict is None or verdict.rule.category != "date")
            and 3 <= self.features[index].words <= related.items.max_words
            and not is_prose_paragraph(self.blocks[index], self.features[index])
        )

    def _relabel_related(self, run: list[int], related: Rule) -> None:
        headlines = [i for i in run if self._is_headline(i, related)]
        if len(headlines) < 2:
            return
        for index in run:
            if index in self.verdicts:
                self.verdicts[index] = Verdict(related, "headline list below the article body")

    def _attach_blank_lines(self) -> None:
        """Blank lines outside the body go with the removal above them (or below at the top)."""
        if self.span is None:
            return
        previous: Verdict | None = None
        pending: list[int] = []
        for index, block in enumerate(self.blocks):
            outside = self.span.zone(index) != "body"
            if block.kind is BlockKind.BLANK and outside:
                if previous is not None:
                    self.verdicts[index] = previous
                else:
                    pending.append(index)
                continue
            verdict = self.verdicts.get(index)
            if verdict is not None and outside:
                for waiting in pending:
                    self.verdicts[waiting] = verdict
                pending = []
            previous = verdict if outside else None

    # -- output ---------------------------------------------------------------------------

    def result(self, source: Source | None) -> Result:
        self._decide()
        kept = [b.raw for b in self.blocks if b.position not in self.verdicts]
        clean_text = "".join(kept)
        encoded = clean_text.encode("utf-8", "surrogatepass")
        removals = tuple(self._removals())
        harvest = self._harvest()
        meta = Meta(
            source=source or _default_source(self.text),
            output_sha256=sha256_hex(encoded),
            output_chars=len(clean_text),
            output_bytes=len(encoded),
            tool=Tool(version=__version__, rules_sha256=self.cleaner.rules_sha256),
            removed=removals,
            warnings=tuple(self.warnings),
            **harvest,
        )
        return Result(text=clean_text, meta=meta, decisions=tuple(self._decisions()))

    def _removals(self) -> list[Removal]:
        """Consecutive removed lines of one rule, as one sidecar entry each."""
        removals = []
        for rule_id, run in groupby(self.blocks, key=self._removed_by):
            blocks = list(run)
            if rule_id is not None:
                rule = self.verdicts[blocks[0].position].rule
                removals.append(
                    Removal(
                        rule=rule.id,
                        category=rule.category,
                        start_line=blocks[0].position + 1,
                        end_line=blocks[-1].position + 1,
                        text="".join(block.raw for block in blocks),
                        repeats=self._fewest_repeats(blocks) if rule.id == REPEATED_LINE else None,
                    )
                )
        return removals

    def _fewest_repeats(self, blocks: list[Block]) -> int:
        """The fewest documents among a run's repeated lines (a blank line inside the run
        has no count of its own)."""
        repeated = self.repeated
        return min(repeated[block.position] for block in blocks if block.position in repeated)

    def _removed_by(self, block: Block) -> str | None:
        verdict = self.verdicts.get(block.position)
        return verdict.rule.id if verdict else None

    def _decisions(self) -> list[Decision]:
        decisions = []
        for block in self.blocks:
            verdict = self.verdicts.get(block.position)
            if verdict is None:
                zone = self.zone(block.position)
                reason = "blank" if block.kind is BlockKind.BLANK else zone
                if block.position == self.title_index:
                    reason = "headline (kept: --keep-title)"
                decisions.append(Decision(block.position + 1, block.text, True, None, None, reason))
            else:
                decisions.append(
                    Decision(
                        block.position + 1,
                        block.text,
                        False,
                        verdict.rule.id,
                        verdict.rule.category,
                        verdict.reason,
                    )
                )
        return decisions

    def _harvest(self) -> dict[str, Any]:
        harvest = Harvest()
        if self.title_index is not None:
            harvest.fields["title"] = self.blocks[self.title_index].text.strip()
        done_lists: set[int] = set()
        headerless: list[tuple[str, int]] = []
        for index in sorted(self.verdicts):
            verdict = self.verdicts[index]
            rule = verdict.rule
            if rule.harvest is None or self.blocks[index].kind is BlockKind.BLANK:
                continue
            if index in self.lists and self.lists[index][0] is rule:
                header = self.lists[index][1]
                if header not in done_lists:
                    done_lists.add(header)
                    items = [self.blocks[i].text for i in self.lists if self.lists[i][1] == header]
                    harvest.add_list(rule.harvest, items[1:])
            elif rule.id == RELATED and verdict.match is None:
                if index not in self.lists:  # a headline run relabelled below the body
                    headerless.append((self.blocks[index].text, index))
            elif rule.harvest == "published" and is_player_time(self.blocks[index].text):
                continue  # a media player's "00:00 / 02:13" is no date of the article
            else:
                groups = verdict.match.groups if verdict.match else {}
                harvest.add_line(rule.harvest, groups, self.blocks[index].text.strip())
        if headerless:
            harvest.add_list(
                "related", [text for text, _ in headerless], self._date_lines(headerless)
            )
        return harvest.as_fields()

    def _date_lines(self, lines: list[tuple[str, int]]) -> Callable[[str], bool]:
        """Which of these lines the date rule matched (an age or date of a related story)."""
        dates = {
            text
            for text, index in lines
            if any(m.rule.id == "date-line" for m in self.matches[index])
        }
        return dates.__contains__


_PATH_SEPARATORS = frozenset("|›»/>·•")
_CLOCK_TIME = compile_regex(  # "10:12 p.m.", and a British "20.14" before its zone ("20.14 GMT")
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\.\d{2}(?=\s+(?:gmt|bst|utc|cet|cest)\b)",
    regex.IGNORECASE,
)
_SOURCE_LABEL = compile_regex(r"\s*(?i:sources?|quellen?|fuentes?|fontes?|bronnen?)\s*[:：]")


def _site_name(text: str) -> str:
    """A line as a site's name would stand in a copyright notice: folded, without "The"."""
    folded = " ".join(text.casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


def _separators(text: str) -> int:
    """Tokens of ``text`` that separate the parts of a section path ("|", "›", "/"), and the
    runs of spaces between the items of a menu ("Scores  Schedule  Standings"); a dash is
    left alone, it joins the parts of a headline ("Ukraine – latest")."""
    tokens = sum(1 for token in text.split() if set(token) <= _PATH_SEPARATORS)
    return tokens + len(spaced_cells(text)) - 1


def _foot_line(found: Sequence[LineMatch]) -> bool:
    """A rule's line that marks the foot of a page: a comment counter or prompt, a tag line,
    a share row."""
    return any(m.rule.category in _FOOT_CATEGORIES for m in found)


def _word_count(text: str) -> int:
    """Tokens with a letter: "Football - Ligue 1" has two words, a kicker's length."""
    return sum(1 for token in text.split() if any(char.isalpha() for char in token))


def _mostly_figures(text: str) -> bool:
    """Whether most tokens of ``text`` carry a digit: a market ticker ("DAX 18.234,5 +0,4%")
    or a score line, never a headline."""
    tokens = text.split()
    return 2 * sum(1 for token in tokens if any(char.isdigit() for char in token)) > len(tokens)


def _default_source(text: str) -> Source:
    data = text.encode("utf-8", "surrogatepass")
    return Source(sha256=sha256_hex(data), bytes=len(data))
