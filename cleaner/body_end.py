"""Where the article ends: the body's last line, carried down over what closes an article
without a sentence.

The scores (``cleaner.span``) end the body at its last paragraph, but an article may close
with lines that score as junk: a race's results tables, a match's facts, a block of data, a
letter's signature, a numbered, announced or advice list, a last sentence under a box. Each
``_closing_*`` finder takes the last line that the scores found and returns the last line of
what closes the article (the same line when nothing does). ``cleaner.engine``'s ``_find_span``
keeps the line furthest down of theirs and asks once more whether the line that closes the
body now announces a list; ``cleaner.author_notes`` then ends the body above the notes on its
authors.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property
from itertools import islice, pairwise

import regex

from cleaner.data_lines import (
    LIST_NUMBER,
    NAME_PARTICLES,
    fact_label,
    fact_parts,
    is_closing_data,
    is_data,
    is_data_item,
    is_data_line,
    is_letter_grade,
    is_life_dates,
    is_match_result,
    is_short_figure_line,
)
from cleaner.document_state import (
    ANNOUNCED_ITEMS_MAX,
    DIGIT_RUN,
    SIGNATURE,
    SITE_VOICE,
    DocumentState,
)
from cleaner.features import (
    any_digit,
    is_closing_sentence,
    is_label,
    is_sign_off,
    is_unfinished_sentence,
)
from cleaner.model import BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.text_lines import (
    QUOTE_MARKS,
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
    stamps_an_entry,
)

CLOSING_DATA_MIN = 3
"""A block of data closes the body when it has at least this many lines of data."""
#: Categories of anywhere rules whose lines the walk to a closing sentence crosses, and
#: rules of other categories that it crosses too.
_CROSSED_CATEGORIES = frozenset({"date", "ad", "caption"})
_CROSSED_RULES = frozenset({"gallery-ui"})
_QUOTE_ENDS = QUOTE_MARKS - {"„"}
"""How a paragraph ends whose quotation closes the article ("... Halten Sie Abstand!“",
"... »Jetzt reicht es!«") past a box of links; a site's pitch of two sentences under such a
box ends with its own "!" ("Enjoyed this story? ... council meetings!")."""
#: Words of a site speaking to its reader, in a pitch under the article ("... please consider
#: taking out a digital subscription to The Border Mail today!").
_ADDRESSES_READER = compile_regex(r"(?i)\b(?:you|your|subscri\w*|abonn\w*|vous|votre|vos)\b")
SIGNER_LINE_MAX_WORDS = 8
SIGNER_TITLE_LINES_MAX = 2
"""A letter's signer's title under the name takes this many lines of this many words."""
#: A sentence that points to a list under it ("See the full list of dates below.").
_ANNOUNCES_BELOW = compile_regex(
    r"\b(?:below|hieronder|ci-dessous|unten|abajo|a\s+continuación|qui\s+sotto|di\s+seguito"
    r"|abaixo|poniżej|nedan|nedenfor)\s*[.:]$",
    regex.IGNORECASE,
)
#: A sentence that points to a list under it by name ("... with the full list below."): its
#: items need no figures.
_NAMES_A_LIST = compile_regex(
    r"\b(?:list|schedule|line-?up|rundown|calendar|titles|winners|nominees|results|liste"
    r"|lista|programme|programm|programa|palmarès)\b",
    regex.IGNORECASE,
)
#: Words a title leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "from"}
    | {"by", "as", "into", "vs", "v", "de", "la", "le", "et", "y", "el", "del", "di", "da"}
    | {"du", "von", "und", "der", "die", "das", "im", "mit", "en", "van", "het", "een"}
)
#: A title in quotation marks ("„Nicht wie ihr“ von Tonio Schachinger"): its words are the
#: title's, whatever their case.
_QUOTED_TITLE = compile_regex(r"„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|«[^»]*»")
_SPACED_DASH = compile_regex(r"\s[–—-]\s")
TEASER_MIN_WORDS = 5
TEASER_LOWER_WORDS_MIN = 2
"""A headline in sentence case under a list of titles has at least ``TEASER_MIN_WORDS``
words and ``TEASER_LOWER_WORDS_MIN`` of them in lower case besides the small ones (after
its colon, when it has one: "Best fish and chips in Wales: The Cod Father" is a category
and its winner)."""


def _reads_as_teaser(text: str) -> bool:
    """Whether a line under a list of titles reads as a headline in sentence case ("How to
    cancel a subscription you forgot"), not as a title, a date or a category's winner; the
    words of a title in quotation marks are not counted among the words in lower case, nor
    is a note after a spaced dash
    ("Lincoln Elementary – closed, no heating": a school and its state, review 107)."""
    text = _SPACED_DASH.split(text, maxsplit=1)[0]  # "Lincoln Elementary – closed today"
    words = text.split()
    if len(words) < TEASER_MIN_WORDS:
        return False
    after_colon = _QUOTED_TITLE.sub("", text.partition(": ")[2] or text)
    lower = sum(
        1
        for word in after_colon.split()
        if word[:1].islower() and word.casefold() not in _TITLE_SMALL_WORDS
    )
    return lower >= TEASER_LOWER_WORDS_MIN


NUMBERED_LIST_MIN_ITEMS = 3
SHEET_FIELDS_MIN = 3
#: The heading of a match's result sheet under the report.
_SHEET_HEADING = compile_regex(
    r"(?i:ficha\s+t[ée]cnica|s[íi]ntesis|formaciones|fiche\s+technique|tabellino"
    r"|aufstellungen?|line-?ups?|teams|match\s+facts|box\s+score|scoring\s+summary)\s*:?"
)
#: A score line of a result sheet: "PALMEIRAS 2 X 0 SANTOS", "Boca Juniors 1-1 River Plate".
_SHEET_SCORE = compile_regex(r"[\p{L} .'’-]{2,40}\s\d{1,3}\s*[xX×–-]\s*\d{1,3}\s[\p{L} .'’-]{2,40}")
ADVICE_ITEMS_MIN = 3
ADVICE_ITEM_MAX_WORDS = 25
#: Verbs that open an item of advice ("Report all attacks to the police", "Keep dogs on a
#: lead"): not a teaser's first word. Not "Watch", "Read", "Listen", "Get", "Join", "Follow",
#: "Take", "Find", "Check", "Make", "Have", "Tell", "Let" or "Never", which open teasers and
#: a site's prompts ("Take a look inside ...", "Find out which village ...").
_ADVICE_VERBS = frozenset(
    {
        "avoid", "ask", "bring", "call", "charge", "choose", "clean", "clear", "close",
        "consider", "contact", "cover", "drink", "drive", "eat", "install", "keep", "leave",
        "limit", "lock", "note", "pack", "photograph", "plan", "protect", "put", "record",
        "remove", "report", "review", "secure", "store", "test", "turn", "unplug", "use",
        "wash", "wear", "write",
    }
)
SECTION_HEADING_MAX_WORDS = 3
"""A section label over a block of data at the article's end heads it at this many words at most."""
ANNOUNCED_DATA_ITEMS_MAX = 40
"""Items of an announced list that each hold a figure (a tour's dates) may run to this many."""
ANNOUNCED_LIST_ITEM_MAX_WORDS = 20
NUMBERED_LIST_LEAD_LINES = 2
RESULTS_TABLE_MIN_ROWS = 3
RESULTS_ROW_MAX_WORDS = 12
#: A row of a race's results, ranked by a number, bare or not ("4 Pieter Claes (Bel) Lotto
#: Soudal", "4. ...").
_RANKED_ROW = compile_regex(r"\s*(\d{1,3})[.)]?\s+\p{L}")
#: What each row of a results table holds besides its rank: a figure (a time, a gap, laps)
#: or a rider's nation in brackets ("(GBr)").
_RESULT_CELL = compile_regex(r"\d|\(\p{Lu}\p{L}{1,3}\)")
#: The winner's row ends with a race's time ("4:40:29", "39'36.223", "2h05'33", "1:52,31");
#: a box's numbered headlines do not, nor a video list's titles with their lengths ("2:31")
#: or a bookmaker's odds ("1.05").
_WINNING_TIME = compile_regex(r".*\d(?::\d{2}|['’]\d{2}|h\d{2})(?:[.,:'’]\d+)+[\"”]?")
_RESULT_NAME_PARTICLES = frozenset(
    (*NAME_PARTICLES, "della", "das", "ter", "ten", "zu", "bin", "al", "el", "y")
)
"""Words in small letters a competitor's name may hold ("Mathieu van der Poel")."""
#: A word in small letters in a results row: a headline's ("l'attacco", "decisivo"), or a
#: name's particle ("van der Poel"); not the second part of "Bora-hansgrohe" or of "s.t.".
_SMALL_WORD = compile_regex(r"(?<![\p{L}\p{N}.'’-])\p{Ll}[\p{L}'’-]*")
#: A title's sign in a results row: a kicker's colon or quotation marks (not the seconds of
#: "4h24'07\"").
_TITLE_SIGN = compile_regex(r"\p{L}:\s|[«»“]|(?<!\d)[”\"]")
#: A heading that names the match's own results under it ("BRIEF SCORES", "Scorecard",
#: "Final result:"): two lines of scores under it close the report as three do without it. A
#: bare "Scores" or "Results" heads a widget of other games' scores as often.
_RESULTS_HEADING = compile_regex(
    r"(?i:(?:brief|final|full|match|game)\s+(?:scores?|results?)|scorecard|box\s+score"
    r"|scoring\s+summary)\s*:?"
)
#: A letter's signer over the town on the next line, as a national daily prints them ("Alan
#: Ruddock", "Jenny and Mike Sowerby"; a title such as "Dr" is a first word like any other).
_SIGNER_OVER_TOWN = compile_regex(
    r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+)?(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}"
)
#: The words of a position or an organisation, which a signer's line or the line under it
#: may hold but a town never does ("Superintendent", "Local Democracy Reporting Service").
_TITLE_WORDS = (
    r"president|ceo|principal|superintendent|director|chair(?:man|woman)?|mayor"
    r"|manager|editor|publisher|secretary|chief|founder|pastor|commissioner|district|council"
    r"|parish|church|school|association|board|department|university|college|foundation"
    r"|committee|club"
)
#: The town under a signer ("Whitby, North Yorkshire", "Stoke-on-Trent", "Newcastle upon
#: Tyne"): capitalised words, possessive so that a long hyphenated line fails at once.
_SIGNER_TOWN = compile_regex(
    rf"(?!.*\b(?i:{_TITLE_WORDS}|reporter|correspondent|service|staff|writer|press|news"
    r"|agency|desk|team|executive)\b)"
    r"\p{Lu}[\p{L}'’.-]++(?:[\s-]+(?:\p{Lu}[\p{L}'’.-]++|upon|on|under|in|by|le|la|de)){0,3}"
    r"(?:,\s*\p{Lu}[\p{L}'’.-]++(?:\s+\p{Lu}[\p{L}'’.-]++){0,2})?"
)
#: A letter's formal close ("Sincerely,", "Yours truly,", "Kind regards,").
_VALEDICTION = compile_regex(
    r"(?i:(?:yours\s+)?sincerely|yours\s+(?:truly|faithfully)|respectfully(?:\s+yours)?"
    r"|(?:best|kind|warm)?\s*regards|with\s+gratitude),"
)
_SIGNER_NAME = compile_regex(  # "Dana Whitfield", "The Rev. Martin O'Connell", "Maria de la Cruz"
    r"(?:(?:The\s+)?(?:Rev|Dr|Mr|Mrs|Ms|Fr)\.\s+)?\p{Lu}[\p{L}'’.-]+"
    r"(?:\s+(?:(?:and|&|de|la|del|van|von|der|du|le)\s+)*\p{Lu}[\p{L}'’.-]*){1,4}"
    r"(?:,\s*(?:Ed\.D\.|Ph\.D\.|M\.D\.|Jr\.|Sr\.|\p{Lu}{2,4}))?"
)
_SIGNER_TITLE = compile_regex(  # "Superintendent, Lakeview Unified School District"
    rf",|\b(?i:{_TITLE_WORDS})\b"
)
_HANDLE = compile_regex(r"@\w{2,30}")
_NEWSROOM = compile_regex(r"(?i)\b(?:newsroom|news\s*desk|contact\s+us|our\s+(?:office|staff))\b")
_BARE_COUNT = compile_regex(r"\d{1,3}")
_PROMO_CALL = compile_regex(  # a promotion's call under a field's label: "Find the best seats ..."
    r"(?i)\s*(?:find|get|buy|shop|save|compare|subscribe|sign\s+up|click|tap|download|visit)\b"
)
_YEAR_END = compile_regex(r"(?<![,(]\s?)\b(?:19|20)\d\d$")


def _is_bare_count(text: str) -> bool:
    """A line that is a number of three digits at most and nothing else: a page's counter of
    comments or bookmarks ("0") under its tags, not a score, which names what it counts."""
    return _BARE_COUNT.fullmatch(text.strip()) is not None


def _ends_with_year(text: str) -> bool:
    """A short line whose one figure is a year at its end: a tag ("General Election 2019",
    "Budget 2020") or a teaser's, not a score; after a comma the year is a book's or a film's
    ("Fleet, 2019", "Netflix, 2019": a review's box of facts)."""
    stripped = text.strip()
    return _YEAR_END.search(stripped) is not None and len(DIGIT_RUN.findall(stripped)) == 1


def _names_a_competitor(row: str) -> bool:
    """Whether a results row's text after its rank names competitors: no kicker, no
    quotation marks, and at most one word in small letters besides a name's particles ("a"
    before a gap, "s.t." for the same time)."""
    if _TITLE_SIGN.search(row) is not None:
        return False
    small = [
        word for word in _SMALL_WORD.findall(row) if word.casefold() not in _RESULT_NAME_PARTICLES
    ]
    return len(small) <= 1


class BodyEnd(DocumentState):
    """The finders of the body's last line (see the module's docstring)."""

    def _closing_sentence(self, last: int) -> int:
        """The body's last line, moved down to a sentence that closes it after a list.

        A list of short lines near the end of an article (the winners, the results, the
        changes that take effect) weighs against the body like a run of teaser headlines; when
        a sentence that no rule claims follows it before any evidence of junk ("Tate received
        a standing ovation." under a list of winners), the list sits inside the article, and
        the body runs to that sentence. Teaser lists end at a rule's line (a "Read more", a
        comment counter, a copyright line) or at the end without a sentence of their own;
        a teaser may be a question ("Why are prices rising?"), so only a full stop closes (or
        a long paragraph of two sentences that ends with a quotation, "... Halten Sie
        Abstand!“", or an obituary's closing line of life dates, "..., born 12 March 1931;
        died 22 April 2024", which has none), and only after lines that are mostly data
        (names, results, "Label: value"), not headlines: ten teasers and "Photos by the
        author." are no list and its close.

        A line right under the one teaser of a "read also" link (``_trails_a_link``) counts
        as neither.

        The article's last line closes it too when it reads as a sentence that lacks its full
        stop (``is_unfinished_sentence``: "Neither would say who adds the oregano") and stands
        right under the body with only junk below it: a teaser list ends with more lines of
        its kind, a site's prompt is no such sentence.

        Short lines with a score, an amount or a count (``is_short_figure_line``), or the
        rows of a table, and their labels, with nothing else between them and the junk (or
        the end), such as a match's "Final score", "Cork 1-17", "Kerry 1-15", or "The
        numbers" over a table of standings (and the table's source line), close the body
        too, and so does a critic's letter grade right under the last paragraph ("Grade: B+";
        further down, the grades of a list of other reviews); a bare number alone ("0", a
        page's counter under its tags and menu; two or more give a score: "Arsenal", "2",
        "Chelsea", "1") and a tag that ends with a year ("General Election 2019") do not.
        """
        closing = last
        lines = data = 0  # the short lines between, and how many of them give data
        figures: int | None = None  # the last of the short figure lines right under the body
        only_figures = True  # no other line since the body
        trailed = False  # a line under a link's teaser passed: it stays, and a second
        # cleaning, without the link, counts it as one of the lines between
        scores: bool | None = None  # whether bare numbers below give a score, once asked
        stamped = False  # right under a live entry's stamp: the line is the entry's heading
        past_box = False  # a box of links crossed: a site's pitch may stand under it
        for index in range(last + 1, len(self.blocks)):
            block, feats = self.blocks[index], self.features[index]
            if index in self.evidence:
                if self._ends_closing_walk(index):
                    break
                stamped = self._stamps_live_entry(index)
                past_box = past_box or index in self.lists
                continue  # removed anyway, so no sentence that closes the article
            under_stamp = stamped
            if block.kind is not BlockKind.BLANK:
                stamped = False
            if (
                is_closing_sentence(block.text, feats)
                or (
                    is_prose_paragraph(block, feats)
                    and (
                        block.text.rstrip()[-1:] in _QUOTE_ENDS
                        or not (past_box or _ADDRESSES_READER.search(block.text))
                    )
                )
                or is_life_dates(block.text)
                or (lines == 0 and not trailed and only_figures and is_sign_off(block.text))
                or (
                    lines == 0
                    and not trailed
                    and only_figures
                    and is_unfinished_sentence(block.text, feats)
                    and self._only_evidence_below(index)
                    and not self._trails_a_link(index)
                )
            ):
                only_figures = False
                if 2 * data >= lines:
                    closing = index
            elif block.kind is not BlockKind.BLANK and self._trails_a_link(index):
                trailed = True
            elif block.kind is not BlockKind.BLANK and under_stamp:
                pass  # the entry's heading, neither data nor a teaser
            elif block.kind is not BlockKind.BLANK:
                lines += 1
                data += is_data_line(block.text) or index in self.table_sources
                if (
                    (
                        is_short_figure_line(block.text, feats)
                        and not _ends_with_year(block.text)
                        and (
                            not _is_bare_count(block.text)
                            or (scores := self._bare_scores(last) if scores is None else scores)
                        )
                    )
                    or is_match_result(block.text)
                    or (lines == 1 and is_letter_grade(block.text))
                    or index in self.table_rows
                    or index in self.table_sources
                ):
                    figures = index
                elif not is_label(block.text, feats):
                    only_figures = False
        if only_figures and figures is not None:
            closing = max(closing, figures)
        return closing

    def _bare_scores(self, last: int) -> bool:
        """Whether the bare numbers under the body are a match's score: two or more, each
        under a name ("Arsenal", "2", "Chelsea", "1"); a page's counters stand together under
        its tags ("Baking", "412", "9") or alone ("0"). Only the numbers above the line that
        ends the walk down from the body count: one under a comment counter is not there on a
        second cleaning, which the walk does not pass."""
        lines = []
        for index in range(last + 1, len(self.blocks)):
            if index in self.evidence:
                if self._ends_closing_walk(index):
                    break
            elif self.blocks[index].kind is not BlockKind.BLANK:
                lines.append(index)
        counts = [_is_bare_count(self.blocks[index].text) for index in lines]
        return sum(counts) >= 2 and not any(a and b for a, b in pairwise(counts))

    def _trails_a_link(self, index: int) -> bool:
        """Whether a line without final punctuation stands in the run of such lines right
        under the one teaser of a "read also" link: the box's further teasers, most likely,
        which the box does not take (the first may be the article's subheading). They do not
        keep the walk from the sentence under them, nor close the article themselves."""
        return index in self._link_trails

    @cached_property
    def _link_trails(self) -> frozenset[int]:
        """The lines of ``_trails_a_link``, found in one pass down from each such teaser (a
        walk up from every line of the tail took time in the square of a long run)."""
        trails: set[int] = set()
        for item, (rule, header) in self.lists.items():
            if item == header or rule.category != "related" or rule.items.max_items != 1:
                continue
            below = item + 1
            while (
                below < len(self.blocks)
                and self.blocks[below].kind is not BlockKind.BLANK
                and not self.features[below].terminal
                and below not in self.evidence
            ):
                trails.add(below)
                below += 1
        return frozenset(trails)

    def _only_evidence_below(self, index: int) -> bool:
        """Whether every line under ``index`` is blank or evidence of junk: the line is the
        article's last, on this cleaning and the next."""
        return index >= self._last_unclaimed

    @cached_property
    def _last_unclaimed(self) -> int:
        """The last line that is neither blank nor evidence of junk (-1 if there is none)."""
        return next(
            (
                index
                for index in range(len(self.blocks) - 1, -1, -1)
                if self.blocks[index].kind is not BlockKind.BLANK and index not in self.evidence
            ),
            -1,
        )

    def _closing_data(self, last: int) -> int:
        """The body's last line, moved down to the end of a block of data that closes the
        article under a heading: a fight card's results ("Okafor def. Lindqvist via TKO – R3,
        2:41"), a leaderboard, match scores, a restaurant's address, hours and prices. Such
        lines weigh against the body like teasers, and with no sentence under them the walk
        to a closing sentence does not keep them.

        The walk crosses what ``_ends_closing_walk`` crosses and, above the block, a "read
        also" line; it ends at any other evidence of the foot of the page, and gives up at a
        sentence that gives no data (that walk decides then: "Hours: Tue.-Sat. 5-10 p.m."
        ends with a full stop too). The lines it gathers are a block when three of them or
        more are data (``is_closing_data``: a score, a time, a small range, a fact of figures,
        a contact box's address or number),
        the body's own last lines of data counted with them (``_data_lines_closing``; two
        are enough under a heading that names them, "BRIEF SCORES" over a cricket match's two
        innings, or where the body holds such a block further up, ``_data_items_above``), and
        at least half of those it gathers down to the last of them (teasers under the block
        are no part of it: review 107) that are not short names (a heading, a dish, a venue;
        an address or a number is no data in a block with a social handle or a heading that
        names the newsroom: the site's own box, ``_site_contact``);
        the body then runs to the last of them, and what follows it (a "More AP golf" link,
        a widget's prompt) is left to the tail's trim. Teasers, deals, tickers and most-read
        lists give years, counts and prices, not scores (a content-safety review of 50 pages
        found them kept when any two figures made a line data, and numbered headlines)."""
        gathered: list[int] = []
        data: list[int] = []  # the gathered lines that are data
        for index in range(last + 1, len(self.blocks)):
            block, feats = self.blocks[index], self.features[index]
            if block.kind is BlockKind.BLANK:
                continue
            if index in self.evidence:
                if not gathered and self._is_read_more(index):
                    continue
                if gathered and self._field_of_the_box(index, gathered[-1]):
                    gathered.append(index)  # crossed, and no data of the block's
                    continue
                if self._heading_of_the_box(index):
                    gathered.append(index)  # "FOOTBALL" over its results
                    continue
                if self._ends_closing_walk(index):
                    break
                continue
            data_item = is_closing_data(block.text) or index in self.table_rows
            if feats.sentence and not data_item:
                if data and not block.text.rstrip().endswith("."):
                    break  # the block ends at a line of the page's ("Presented by:")
                return last
            gathered.append(index)
            if data_item:
                data.append(index)
        if any(self._site_contact(index) for index in gathered):
            # a reporter's or the newsroom's box: its address and number are no data
            data = [index for index in data if is_data_item(self.blocks[index].text)]
        if not data:
            return last
        gathered = [index for index in gathered if index <= data[-1]]
        named = [index for index in gathered if self._names_an_item(index)]
        if 2 * len(data) < len(gathered) - len(named):
            return last
        if len(data) + self._data_lines_closing(last) < CLOSING_DATA_MIN and not (
            len(data) >= 2
            and (
                _RESULTS_HEADING.fullmatch(self.blocks[gathered[0]].text.strip()) is not None
                or self._data_items_above(last) >= CLOSING_DATA_MIN
            )
        ):
            return last
        return data[-1]

    def _data_items_above(self, last: int) -> int:
        """How many lines of data (``is_data_item``) the body holds down to ``last``: a
        results page's two fixtures under "Sunday's fixtures" close it as its block of
        results above does ("Brighton 0-1 Liverpool", ...), two paragraphs between them."""
        return sum(
            1
            for index in range(last + 1)
            if index not in self.evidence and is_data_item(self.blocks[index].text)
        )

    def _field_of_the_box(self, index: int, above: int) -> bool:
        """Whether a line that only a head's or a tail's rule claims is a "Label: value" field
        inside a box of data that the walk is gathering ("Source: Keenjhar Lake" between
        "Capacity (first phase): 260 million gallons a day" and "Estimated cost: Rs25.5
        billion", which a credit's pattern matches): the walk goes on past it. Inside the box
        means right under the line gathered ``above`` (no blank line between) and right over
        a field of data that no rule claims: a page's footer under the box ("Source: Kenya
        News Agency", "Published: ...", "Views: 2,318") is no part of it. Inside the body such
        a rule removes nothing, so a second cleaning keeps the field too."""
        below = index + 1
        return (
            above == index - 1
            and below < len(self.blocks)
            and below not in self.evidence
            and is_closing_data(self.blocks[below].text)
            and fact_parts(self.blocks[index].text) is not None
            and all(self._head_only(match.rule) for match in self.matches[index])
        )

    def _heading_of_the_box(self, index: int) -> bool:
        """Whether a short line that only a section label's rule claims heads a block of data
        the walk is gathering ("FOOTBALL" over "Leinster SFC final: Dublin 1-17 Meath 0-4",
        "HURLING" over the next results): the line right under it is data that no rule
        claims. Inside the body a section label's rule removes nothing, so a second cleaning
        keeps the heading too."""
        below = next_text_line(self.blocks, index)
        return (
            below is not None
            and below not in self.evidence
            and self.features[index].words <= SECTION_HEADING_MAX_WORDS
            and is_closing_data(self.blocks[below].text)
            and self._claimed_only_by(index, "section")
        )

    def _site_contact(self, index: int) -> bool:
        """A line of the site's own contact box: a social handle ("@ErinMcCarthyPHL") or a
        heading that names the newsroom ("Contact the newsroom", "Contact us")."""
        text = self.blocks[index].text.strip()
        return _HANDLE.fullmatch(text) is not None or _NEWSROOM.search(text) is not None

    def _data_lines_closing(self, last: int) -> int:
        """How many lines of data (``is_data_item``) close the body down to ``last``, one
        under another: a block of data that the body already reaches into counts with the
        lines under it (a race's results table, then "Fastest lap: ..."), as it does when a
        second cleaning finds the body ending inside the block."""
        count = 0
        for index in range(last, -1, -1):
            block = self.blocks[index]
            if block.kind is BlockKind.BLANK:
                continue
            if index in self.evidence or not is_data_item(block.text):
                break
            count += 1
        return count

    def _closing_signature(self, first: int, last: int) -> int:
        """The body's last line, moved down to a letter's signature right under it ("Tom
        Reyes, Greensburg") when the body holds another signature of that shape between its
        letters ("Ellen Marsh, Ross"): a letters page signs every letter, the last too; so
        with a signer over a town on two lines ("Alan Ruddock" over "Whitby, North
        Yorkshire") when another letter above is signed so. A name and a town alone under the
        last paragraph of another page is its byline's, and stays out."""
        below = self._unclaimed_below(last, SIGNATURE)
        if below is not None:
            sisters = (
                index
                for index in range(first, last)
                if index not in self.evidence
                and SIGNATURE.fullmatch(self.blocks[index].text.strip()) is not None
            )
            return below if next(sisters, None) is not None else last
        signer = self._unclaimed_below(last, _SIGNER_OVER_TOWN, no_evidence=True)
        town = (
            self._unclaimed_below(signer, _SIGNER_TOWN, no_evidence=True)
            if signer is not None
            else None
        )
        if signer is None or town is None:
            return last
        name = self.blocks[signer].text.strip()
        signed = any(self._signs_in_two_lines(index, name) for index in range(first, last))
        return town if signed else last

    def _signs_in_two_lines(self, index: int, closing_name: str) -> bool:
        """Whether another letter is signed on ``index`` and the line under it: a signer's
        name and a town, with a paragraph above and one under them (a letters page signs its
        letters so), by another name than ``closing_name`` (a byline repeats its name under
        the article; a letters page does not). A paragraph that opens with a quotation mark
        under them is a vox pop's next answer, not a letter."""
        above = previous_text_line(self.blocks, index)
        if (
            above is None
            or above in self.evidence
            or not self.features[above].sentence
            or index in self.evidence
            or _SIGNER_OVER_TOWN.fullmatch(self.blocks[index].text.strip()) is None
            or self.blocks[index].text.strip() == closing_name
        ):
            return False
        town = self._unclaimed_below(index, _SIGNER_TOWN, no_evidence=True)
        after = next_text_line(self.blocks, town) if town is not None else None
        return (
            after is not None
            and self.features[after].sentence
            and self.blocks[after].text.lstrip()[:1] not in QUOTE_MARKS
        )

    def _unclaimed_below(
        self, index: int, form: regex.Pattern[str], *, no_evidence: bool = False
    ) -> int | None:
        """The next line of text under ``index`` when no rule claims it and it is all of
        ``form`` (a letter's signature, its close, its signer's name, a signer's town); None
        otherwise. With ``no_evidence`` it must be no evidence of junk at all: no list's line
        and no caption either."""
        below = next_text_line(self.blocks, index)
        if (
            below is None
            or (below in self.evidence if no_evidence else bool(self.matches[below]))
            or form.fullmatch(self.blocks[below].text.strip()) is None
        ):
            return None
        return below

    def _closing_valediction(self, last: int) -> int:
        """The body's last line, moved down over a letter's close and its signer: a letter
        the article prints ends with "Sincerely," and, under it, the signer's name ("Dana
        Whitfield", "The Rev. Martin O'Connell", "Jim and Carol Baker") and maybe a title with
        a comma, an office's or a body's word ("Superintendent, Lakeview Unified School
        District", "Lakeview Unified School District"). A teaser under the close is no
        signer (review 99)."""
        close = self._unclaimed_below(last, _VALEDICTION)
        name = self._unclaimed_below(close, _SIGNER_NAME) if close is not None else None
        if name is None:
            return last
        signer = name
        for _ in range(SIGNER_TITLE_LINES_MAX):
            title = next_text_line(self.blocks, signer)
            if (
                title is None
                or self.matches[title]
                or self.features[title].terminal
                or self.features[title].words > SIGNER_LINE_MAX_WORDS
                or _SIGNER_TITLE.search(self.blocks[title].text) is None
            ):
                break
            signer = title
        return signer

    def _closing_fields(self, first: int, last: int) -> int:
        """The body's last line, moved down over the "Label: value" lines right under it whose
        label two lines of the body give already: a listicle's last entry closes with its
        "When: ..." or "Price: ..." as the others do, and a fact with no full stop weighs
        against the body. A promotion under the same label ("Tickets: Find the best seats
        ...", no figure) ends them."""
        below = next_text_line(self.blocks, last)
        if below is None or below in self.evidence or fact_label(self.blocks[below].text) is None:
            return last  # the common case, told without reading the body's labels
        labels: dict[str, int] = {}
        for index in range(first, last + 1):
            label = fact_label(self.blocks[index].text)
            if label is not None and index not in self.evidence:
                labels[label] = labels.get(label, 0) + 1
        while below is not None and below not in self.evidence:
            parts = fact_parts(self.blocks[below].text)
            if parts is None or labels.get(parts[0], 0) < 2:
                break
            if _PROMO_CALL.match(parts[1]) and not any_digit(parts[1]):
                break  # "Tickets: Find the best seats for every show at SeatPick" is a promo's
            last, below = below, next_text_line(self.blocks, below)
        return last

    def _closing_field_run(self, last: int) -> int:
        """The body's last line, moved down over the "Label: value" lines of data right under
        it when the body closes with two of them: a match report's line-ups ("Bath: 15 Tom de
        Glanville, ...", "Replacements: ...") go on with "Venue: The Recreation Ground",
        "Kick-off: 15:00 GMT" and "Referee: Wayne Barnes", labels the body has not given
        before, and with junk under them the walk to a closing sentence does not reach them.
        A teaser in a field's form has a headline for its value ("Referee: I Got It Wrong",
        not ``is_data``) and ends the run, as does a line a rule claims, unless it is a field
        that only date rules that stay out of the body claim (``_claimed_only_by_head_dates``):
        inside the body such a rule removes nothing, so a second cleaning keeps it too. A tag
        line, a source, a share row or an author's line in a field's form ends the facts
        (review 124)."""
        below = next_text_line(self.blocks, last)
        if below is None or not self._data_field(below):
            return last  # the common case, told without reading the body's last lines
        above = previous_text_line(self.blocks, last)
        if not (
            last not in self.evidence
            and self._data_field(last)
            and above is not None
            and above not in self.evidence
            and self._data_field(above)
        ):
            return last
        index: int | None = below
        while index is not None and self._data_field(index):
            if index not in self.evidence:
                last = index
            elif not self._claimed_only_by_head_dates(index):
                break
            index = next_text_line(self.blocks, index)
        return last

    def _data_field(self, index: int) -> bool:
        """Whether a line is a "Label: value" line whose value reads as data (``is_data``)."""
        parts = fact_parts(self.blocks[index].text)
        return parts is not None and is_data(parts[1], parts[0])

    def _closing_results_tables(self, last: int) -> int:
        """The body's last line, moved down to the end of the results tables that close a
        race's report, each under its heading ("Results", "General classification after
        stage 5") and maybe a row of column names ("Cla Rider Bike Laps Time Gap"): rows
        ranked 1, 2, 3 and on (``_RANKED_ROW``, the number bare or not), at least
        ``RESULTS_TABLE_MIN_ROWS``, each with a figure or a nation in brackets besides its
        rank, the winner's ending with a time ("1 Julian Alaphilippe (Fra)
        Deceuninck-QuickStep 4:40:29"), and each naming competitors, not telling news
        (``_names_a_competitor``). Its rows read like a box's numbered headlines, and with
        the site's links under it the table was taken for them; a most-read box's first
        headline does not end with a time, and a video list's titles ("2 La caduta di Thomas
        nella discesa 0:51") and a bookmaker's odds ("1 Tadej Pogačar 1.05") are no table of
        results (review 125). No line of it is claimed by a rule."""
        heading_and_row = islice(self._free_lines_below(last), NUMBERED_LIST_LEAD_LINES + 1)
        if not any(_RANKED_ROW.match(self.blocks[index].text) for index in heading_and_row):
            return last  # the common case, told without reading the whole tail
        end = last
        lines = list(self._free_lines_below(last))
        place = 0
        while place < len(lines):
            lead = 0
            while (
                place + lead < len(lines)
                and lead < NUMBERED_LIST_LEAD_LINES
                and _RANKED_ROW.match(self.blocks[lines[place + lead]].text) is None
                and not self.features[lines[place + lead]].sentence
            ):
                lead += 1
            rows = self._ranked_rows(lines[place + lead :])
            if not lead or len(rows) < RESULTS_TABLE_MIN_ROWS:
                break
            if _WINNING_TIME.fullmatch(self.blocks[rows[0]].text.strip()) is None:
                break
            end = rows[-1]
            place += lead + len(rows)
        return end

    def _ranked_rows(self, lines: Sequence[int]) -> list[int]:
        """The rows of a results table at the start of ``lines``: ranked 1, 2, 3 and on, short,
        each with a figure or a nation in brackets besides its rank."""
        rows: list[int] = []
        for index in lines:
            text = self.blocks[index].text
            rank = _RANKED_ROW.match(text)
            if (
                rank is None
                or int(rank[1]) != len(rows) + 1
                or self.features[index].words > RESULTS_ROW_MAX_WORDS
                or _RESULT_CELL.search(text, rank.end(1)) is None
                or not _names_a_competitor(text[rank.end(1) :])
            ):
                break
            rows.append(index)
        return rows

    def _closing_sheet(self, last: int) -> int:
        """The body's last line, moved down to the end of a match's result sheet that closes
        the report under its heading ("FICHA TÉCNICA" over "PALMEIRAS 2 X 0 SANTOS", "Local:
        Allianz Parque ...", "Data: 19 de maio de 2019, domingo", "Árbitro: ...", "Gols: ..."):
        the heading (``_SHEET_HEADING``), then three "Label: value" lines or more, with a score
        line among them if it likes; a date line the rules claim is one of the sheet's fields.
        Its labels are the sport's in any language, so no list of them is needed: the
        heading says what follows."""
        below = next_text_line(self.blocks, last)
        if below is None or _SHEET_HEADING.fullmatch(self.blocks[below].text.strip()) is None:
            return last
        fields = 0
        end = last
        index = next_text_line(self.blocks, below)
        while index is not None:
            text = self.blocks[index].text
            claimed = index in self.evidence and not self._claimed_only_by(index, "date")
            field = fact_parts(text) is not None
            if claimed or not (field or _SHEET_SCORE.fullmatch(text.strip())):
                break
            fields += field
            end = index
            index = next_text_line(self.blocks, index)
        return end if fields >= SHEET_FIELDS_MIN else last

    def _closing_advice_list(self, last: int) -> int:
        """The body's last line, moved down to the end of a list of advice that closes the
        article under its heading ("Advice for farmers" over "Report all attacks to the
        police ...", "Photograph injured livestock ...", "Record the number of any vehicle
        ..."): a line that is no sentence, then three lines or more, none claimed by a rule,
        each opening with a verb of advice (``_ADVICE_VERBS``). Its items have no final
        stop and read like headlines, but a teaser never opens with such a verb; with
        junk under it the list stays in the body, and it must stay there when the junk is
        gone (a second cleaning)."""
        below = list(self._free_lines_below(last))
        if not below or self.features[below[0]].sentence:
            return last
        items = []
        for index in below[1:]:
            words = self.blocks[index].text.split()
            if (
                not words
                or words[0].casefold() not in _ADVICE_VERBS
                or not words[0][:1].isupper()
                or self.features[index].words > ADVICE_ITEM_MAX_WORDS
            ):
                break
            items.append(index)
        return items[-1] if len(items) >= ADVICE_ITEMS_MIN else last

    def _closing_numbered_list(self, last: int) -> int:
        """The body's last line, moved down to the end of a numbered list that closes the
        article: three lines or more numbered one after another ("1. Check your credit
        report ...", "2. Compare offers ...", "3. ..."), under its heading or announcement:
        at most ``NUMBERED_LIST_LEAD_LINES`` lines that are no sentence, or a last line of
        the body that ends with a colon. Tips, steps, standings and tracklists close
        articles that way, without a sentence under them. A most-read box stands right under
        the article, or under a header ("Most Read") that a list rule claims, and the walk
        stops at any rule's line: across 63 numbered lists in hand-labelled pages, the four
        teaser lists had such a header.

        A table whose first rows the body already holds (its leader, short enough to score
        as a figure line, over longer rows: "1. Rovers P24 Pts 52", "2. Brigg United P24 Pts
        52") goes on under it with the next number; its announcement is then the line above
        its first row. Only rows with figures besides their number count, above the body's
        end and under it: a teaser's question ("1. What happens when two black holes
        collide?") or a result ("1. Dunmore 2 Westfield 1") may hold the body's last place
        over a most-read list."""
        lead = 0
        items, number = self._numbered_items_ending(last)  # number: the last item's
        table = bool(items)  # its rows under the body need figures too
        for index in self._free_lines_below(last):
            block, feats = self.blocks[index], self.features[index]
            mark = LIST_NUMBER.match(block.text)
            if (
                mark is not None
                and (not items or int(mark[1]) == number + 1)
                and (not table or any_digit(block.text[mark.end() :]))
            ):
                number = int(mark[1])
                items.append(index)
                continue
            if items or feats.sentence or lead == NUMBERED_LIST_LEAD_LINES:
                break
            lead += 1
        if items and items[0] <= last:
            above = previous_text_line(self.blocks, items[0])
            announced = above is not None and self._announces_numbers(above)
        else:
            announced = lead > 0 or self.blocks[last].text.rstrip().endswith(":")
        return items[-1] if announced and len(items) >= NUMBERED_LIST_MIN_ITEMS else last

    def _closing_announced_list(self, last: int) -> int:
        """The body's last line, moved down to the last item of a list that it announces
        ("Principais alterações:" over three short lines, then the page's follow row and
        tags): the lines under it up to the first line a rule claims or the end, two to
        ``ANNOUNCED_ITEMS_MAX`` of them (``ANNOUNCED_DATA_ITEMS_MAX`` when each holds a
        figure: a tour's dates, a festival's screenings), none a paragraph. Not under a line
        in the site's own voice ("Follow us on:"). The end counts as the first rule's line
        would: a second cleaning, without the junk under the list, must keep it too.

        The announcing line may also stand right under the last paragraph past a box that
        goes wherever it stands ("Trending Stories" and its links between the paragraph and
        "The band's tour dates:"), as a second cleaning, without the box, sees it; its list
        then has three items at least, each with a figure: under a box of links, "Tags /
        Keywords:" over a line of tags, "From around the web:" over sponsored teasers or
        "Photos:" over captions announce no list of the article's. A last paragraph that
        points below to a list by name ("Here's everything coming in December, with the
        full list below.") announces its items without figures too (a month's titles under
        their dates), up to ``ANNOUNCED_DATA_ITEMS_MAX``, above the teasers under them
        (``_titles_above_teasers``)."""
        lead, fewest = last, 2
        text = self.blocks[lead].text.rstrip()
        below_word = _ANNOUNCES_BELOW.search(text) is not None
        if below_word:
            fewest = 3
        elif not text.endswith(":"):
            below = self._next_staying(last)
            if below is None or below == next_text_line(self.blocks, last):
                return last
            lead, text, fewest = below, self.blocks[below].text.rstrip(), 3
        if (
            not (text.endswith(":") or below_word)
            or lead in self.evidence
            or SITE_VOICE.search(text)
        ):
            return last
        items: list[int] = []
        for index in self._free_lines_below(lead, dates=True):
            block, feats = self.blocks[index], self.features[index]
            if is_prose_paragraph(block, feats) or feats.words > ANNOUNCED_LIST_ITEM_MAX_WORDS:
                return last
            items.append(index)
        figures = all(
            any_digit(self.blocks[index].text) or index in self.table_rows for index in items
        )
        named = below_word and _NAMES_A_LIST.search(text) is not None
        if named and not figures:
            items = self._titles_above_teasers(items, fewest)
        if (lead != last or below_word) and not (figures or named):
            return last
        most = ANNOUNCED_DATA_ITEMS_MAX if figures or named else ANNOUNCED_ITEMS_MAX
        return items[-1] if fewest <= len(items) <= most else last

    def _titles_above_teasers(self, items: list[int], fewest: int) -> list[int]:
        """The lines of a list of titles that a paragraph announces by name, without the
        teasers under it: the list ends at the first of two lines in a row that read as
        headlines in sentence case (``_reads_as_teaser``; a title in sentence case between
        others, "El niño y la garza", is the list's, and teasers in title case may follow the
        first two). Fewer than ``fewest`` titles above the teasers are taken whole, teasers
        and all: a category and its winner ("General news, singles: Rescue ...") read either
        way, and a list's lines lost are the worse error (reviews 107 and 108)."""
        texts = [self.blocks[index].text for index in items]
        cut = next(
            (
                place
                for place, (text, below) in enumerate(pairwise(texts))
                if _reads_as_teaser(text) and _reads_as_teaser(below)
            ),
            len(items),
        )
        return items[:cut] if cut >= fewest else items

    def _free_lines_below(self, last: int, dates: bool = False) -> Iterator[int]:
        """The lines under ``last`` that no rule claims, blank ones skipped, up to the first
        that one does: what a list closing the body may hold. With ``dates``, a month's
        heading that only a date rule claims ("MAY 2020" over a tour's dates) is one of them."""
        for index in range(last + 1, len(self.blocks)):
            if self.blocks[index].kind is BlockKind.BLANK:
                continue
            if index in self.evidence and not (dates and self._date_heading(index)):
                return
            yield index

    def _announces_numbers(self, index: int) -> bool:
        """Whether a line over a numbered list's first item heads it: a heading (no sentence)
        or a line that ends with a colon, and no rule's line."""
        text = self.blocks[index].text.rstrip()
        return index not in self.evidence and (
            not self.features[index].sentence or text.endswith(":")
        )

    def _numbered_items_ending(self, last: int) -> tuple[list[int], int]:
        """The rows of a numbered table that ends at line ``last`` of the body, from its
        first ("1." to "3."), and the last one's number; none and 0 if ``last`` is no such
        row."""
        items: list[int] = []
        first = number = 0  # the numbers of the first row found so far (walking up) and the last
        index: int | None = last
        while index is not None and index not in self.evidence:
            mark = LIST_NUMBER.match(self.blocks[index].text)
            if mark is None or (items and int(mark[1]) != first - 1):
                break
            if not any_digit(self.blocks[index].text[mark.end() :]):
                return [], 0
            items.insert(0, index)
            first = int(mark[1])
            number = number or first
            index = previous_text_line(self.blocks, index)
        return items, number

    def _names_an_item(self, index: int) -> bool:
        """A short line without a figure: a heading, a dish, a venue's name."""
        return self.features[index].words <= 4 and not any_digit(self.blocks[index].text)

    def _is_read_more(self, index: int) -> bool:
        found = self.matches[index]
        return bool(found) and all(match.rule.category == "read-more" for match in found)

    def _ends_closing_walk(self, index: int) -> bool:
        """Whether a line's evidence ends the walk to a closing sentence: all evidence does,
        but what a rule removes wherever it stands and what stands between paragraphs as
        often as below them: an update stamp ("Aktualisiert am 14.03.2024, 17:20 Uhr"), an
        ad marker, a "read also" box, a photo's caption and credit and a gallery's buttons
        ("3 / 8", "Buy Photo": a gallery's captions are its text) and a live page's entry
        stamp (``_stamps_live_entry``; the entry's heading under it counts for nothing, so the
        entry's paragraph closes the page: review 107). A share row, a copyright
        line or a "Read more" line (alone or over the teaser it links) is removed anywhere
        too, but it marks the foot of the page: crossing it kept a site's footer links and
        the sentence under them. (A line kept inside the body, such as one a head-only rule
        matched, keeps its weight against the body on a second cleaning, so the walk must
        not cross it: the body would end elsewhere then.)"""
        if index in self.lists:  # a "read also" box is crossed; a bare "Read more" is a foot
            rule = self.lists[index][0]
            return "anywhere" not in rule.where or rule.category == "read-more"
        if index in self.captions or self._labels_box(index) or self._stamps_live_entry(index):
            return False
        if index in self.repeated:
            return True
        return not any(
            (m.rule.category in _CROSSED_CATEGORIES or m.rule.id in _CROSSED_RULES)
            and "anywhere" in m.rule.where
            for m in self.matches[index]
        )

    def _stamps_live_entry(self, index: int) -> bool:
        """A live page's entry stamp: a bare clock time that only a date rule claims, over a
        paragraph or a sentence (``stamps_an_entry``), where the page stamps an entry above
        it so too ("15:45" over "What we know so far" and its paragraph, under a box of
        links between the entries; a sidebar's "14:28" over a headline and the next time is
        none: review 108)."""
        return (
            self.first_bare_time is not None
            and self.first_bare_time < index
            and self._claimed_only_by(index, "date")
            and stamps_an_entry(self.blocks, self.features, index)
        )

    def _labels_box(self, index: int) -> bool:
        """Whether a line stands right over the header of a "read also" box ("Read More" over
        "Related Articles" and its links): the box's label, between paragraphs as the box is."""
        below = next_text_line(self.blocks, index)
        if not self._is_read_more(index):
            return False
        if below is None or below not in self.lists:
            return False
        rule, header = self.lists[below]
        return header == below and "anywhere" in rule.where and rule.category != "read-more"
