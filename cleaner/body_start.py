"""Where the article starts: the body's first line, moved past what heads an article.

The scores (``cleaner.span``) find the run of lines that reads most like an article. Its first
line may still be a byline, a date, a credit or a caption over the lead, or a standfirst that
the lead repeats; or the article may start above it, with a lead paragraph over a box of links,
a first subheading, a dated heading, a summary box or a match's result. Each finder here takes
the first line found so far and returns the line the body starts at (the same line when nothing
moves it). ``cleaner.engine``'s ``_find_span`` chains them, and itself moves the start up to a
dateline, a letter's salutation or a live page's first entry, which the finders here tell it of
(``_opens_entries``, ``_first_entry_stamp``).
"""

from __future__ import annotations

from itertools import pairwise

from cleaner.data_lines import score_line_teams
from cleaner.document_state import (
    BARE_NAME,
    DIGIT_RUN,
    OUTLET_CREDIT,
    SIGNATURE,
    SPACELESS_SCRIPT,
    DocumentState,
    comparable,
)
from cleaner.features import (
    any_digit,
    is_bare_time,
    is_clock_time,
    opens_with_dateline,
)
from cleaner.model import BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.span import Span
from cleaner.text_lines import (
    INNER_SENTENCE,
    is_cjk_paragraph,
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
    word_stems,
)

FIRST_SUBHEADING_MAX_WORDS = 4
"""A subheading right above the body has at most this many words (a headline has more)."""
TAG_MAX_WORDS = 3
"""A page's tag over the article has at most this many words (a headline has more)."""
TAG_RUN_LINES = 3
"""A first subheading under this many tags is the last of the run."""
SISTER_MAX_WORDS = 8
"""A subheading inside the body that vouches for one above it has at most this many words."""
SUMMARY_ITEMS_MIN = 2
SUMMARY_ITEMS_MAX = 5
SUMMARY_ITEM_MIN_WORDS = 5
"""A box of key points over the first paragraph holds this many items of this many words."""
REPEATED_LEAD_MIN_WORDS = 10
"""A standfirst printed again as the first paragraph has at least this many words."""
DATED_SISTERS_MIN = 2
"""A date over the body heads its first section when this many of its shape run on from it."""
QUESTION_HEADLINE_MAX_WORDS = 15
"""A headline that ends with a question mark has at most this many words (in a script
written with spaces between its words)."""
RESTATED_STEMS_MIN = 3
HEAD_BLOCK_LINES = 2
"""A byline this many lines of text under the body's first line at most opens the head's block."""
AUTHOR_LINE_MAX_WORDS = 25
"""A line about the author between the byline and the date has at most this many words."""
LIVE_ENTRY_HEADING_MAX_WORDS = 14
"""A live blog's first entry heading, over the body, has at most this many words (more than
a listicle's entry heading: a news line with a quotation, « dialogue » counting three)."""
_CREDIT_CATEGORIES = frozenset({"caption", "copyright"})  # "Foto: dpa", "© Photo News"
_WIRE_DATELINE = compile_regex(  # "ADELBODEN (sda) – ", "OUDENAARDE (belga) - ", "MADRID (EFE).– "
    r"\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*\([\p{L}\p{N} .&/-]{2,30}\)"
    r"\s*\.?\s*[-—–:]+\s"
)
_BYLINE_NAME = compile_regex(  # "Written by Catalin Cimpanu", "Текст: Венера Ерофеева"
    r"\s\p{Lu}[\p{L}'’.-]+\s+\p{Lu}"
)
_BYLINE_WORD = compile_regex(  # "by", "von", or a label before the name ("Текст:")
    r"(?i:\b(?:by|von|par|por|di|door|av|af|przez)\b)|^\s*\p{L}+\s*:"
)
_BYLINE_DETAIL = compile_regex(r"[,|·•]|\d")  # a job, an outlet or a date after the name
_REPRINT_BUTTON = compile_regex(r"(?i)buy\s+now")
"""A small daily's button to buy a print of the photo, by its caption and its credit."""
#: A photographer's credit under a "Buy Now": "Name, The Pantagraph", "NAME, HERALD & REVIEW".
_PERSON_AND_OUTLET = compile_regex(
    r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[,/]\s*"
    r"\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}"
)
_CREDIT_SEPARATOR = compile_regex(r"\s*[,/|]\s*")  # between a credit's name and its outlet
_WHOLE_QUOTE = compile_regex(r"[\"“«„‘'].*[\"”»“’']")  # a line that is a quotation
_PLAIN_WORDS = compile_regex(r"[\p{L}\p{M}'’,\- ]+")
_SUMMARY_LABEL = compile_regex(r"(?i)key\s+(?:points|facts)\s*:?")  # over a box of key points
_SECTION_HEAD = compile_regex(  # a review's or report's first section, in one word
    r"(?i:verdict|background|fazit|einleitung|hintergrund"
    r"|bilan|veredicto|introducción|verdetto|giudizio|introduzione|veredito|introdução"
    r"|oordeel|conclusie|inleiding)"
)


def _names_its_author(text: str) -> bool:
    """Whether a line that a byline's pattern matches names its author as a byline does: a
    word such as "by" or a label before a name of two capitalised words, and a job, an outlet
    or a date after it ("Written by Catalin Cimpanu, Contributor on July 13, 2021", "Текст:
    Венера Ерофеева·24 сентября 2018"). A subheading ("By Royal Appointment", "Von Kiel in
    die ganze Welt") or a list's line of a name and a job ("Maria Elena Lopez, Senior
    Editor") is none."""
    return (
        _BYLINE_WORD.search(text) is not None
        and _BYLINE_NAME.search(text) is not None
        and _BYLINE_DETAIL.search(text) is not None
    )


class BodyStart(DocumentState):
    """The finders of the body's first line (see the module's docstring)."""

    def _below_caption(self, first: int) -> int:
        """The body's first line, moved down past a photo's caption that stands under its
        credit ("Foto: Thorsten Wagner" over "Die Feuerwehr war mit 60 Einsatzkräften vor
        Ort.") when the next paragraph opens with a wire's dateline ("ADELBODEN (sda) –
        ..."): a report starts at its dateline, and a sentence alone between a credit and it
        describes the photo, unless it takes up the headline's words (a standfirst)."""
        above = previous_text_line(self.blocks, first)
        below = next_text_line(self.blocks, first)
        if (
            above is None
            or below is None
            or first in self.evidence
            or not any(m.rule.category in _CREDIT_CATEGORIES for m in self.matches[above])
            or _WIRE_DATELINE.match(self.blocks[below].text) is None
            or self._restates_the_head(first, above)
        ):
            return first
        return below

    def _under_byline(self, first: int) -> int:
        """The body's first line, moved down past a byline right under it (and the head's
        other lines under that: a date, a reading time) to the paragraph below: a deck of one
        long sentence over "Written by Jane Doe, Contributor on July 13, 2021" outweighs the
        byline, but the article starts under its byline. Only when a paragraph follows, and
        when the byline names a person (two capitalised words, after its first: "Written by
        Catalin Cimpanu", "Текст: Венера Ерофеева"): a subheading that a byline's pattern
        matches does not ("Von Kiel in die ganze Welt"); never under a lead that opens with a
        wire's dateline ("LONDON (Reuters) - ..."), which starts the article."""
        below = self._next_staying(first)
        if (
            below is None
            or not self.features[first].sentence
            or opens_with_dateline(self.blocks[first].text)
            or not any(self._head_only(match.rule, "byline") for match in self.matches[below])
            or not _names_its_author(self.blocks[below].text)
        ):
            return first
        return self._paragraph_past_head(first, below)

    def _paragraph_past_head(self, first: int, below: int | None) -> int:
        """The paragraph under ``below`` past the lines that only rules of the head claim (a
        date, a reading time): where the body starts then; ``first`` when no paragraph follows."""
        below = self._past_head_lines(below)
        if below is None or not is_prose_paragraph(self.blocks[below], self.features[below]):
            return first
        return below

    def _past_head_lines(self, index: int | None) -> int | None:
        """``index``, or the first line under it past those that rules of the head claim."""
        while index is not None and any(self._head_only(m.rule) for m in self.matches[index]):
            index = self._next_staying(index)
        return index

    def _past_head_block(self, first: int) -> int:
        """The body's first line, moved down past the head's block when a byline stands a line
        or two under it and a date under that: a headline and a deck written as sentences ("I
        Stopped Grading My Students' Essays. Their Writing Got Better." over "Letter grades
        taught my students ... for a reader.") outweigh a byline, a line about the author and a
        date under them, but the article starts under those. The block runs from the byline
        over the lines that rules of the head claim, and over one line of another kind between
        two of them (the author's one-sentence bio); it must hold a date (a subheading that a
        byline's pattern matches, "By Royal Appointment", has none under it), and a paragraph
        must follow it. Never under a lead that opens with a wire's dateline."""
        if opens_with_dateline(self.blocks[first].text):
            return first
        byline = None
        index: int | None = first
        for _ in range(HEAD_BLOCK_LINES):
            index = self._next_staying(index) if index is not None else None
            if index is None:
                return first
            if any(self._head_only(match.rule, "byline") for match in self.matches[index]):
                byline = index
                break
        if byline is None:
            return first
        dated = False
        below = self._next_staying(byline)
        while below is not None:
            if any(self._head_only(match.rule) for match in self.matches[below]):
                dated = dated or any(
                    self._head_only(match.rule, "date") for match in self.matches[below]
                )
                below = self._next_staying(below)
                continue
            after = self._next_staying(below)
            if (
                after is not None
                and self._author_line(below)
                and any(self._head_only(match.rule) for match in self.matches[after])
            ):
                below = after  # the author's line between the byline and the date
                continue
            break
        return self._paragraph_past_head(first, below) if dated else first

    def _author_line(self, index: int) -> bool:
        """A line no rule claims, short enough to be a line about the author under a byline
        or a bare name ("Jane Doe is a researcher at ...")."""
        return not self.matches[index] and self.features[index].words <= AUTHOR_LINE_MAX_WORDS

    def _under_dated_author(self, first: int) -> int:
        """The body's first line, moved down past the author's bare name and a date under it
        to the paragraph below: a deck of one or two sentences over "Sofie Claes" and
        "Zaterdag 14 september 2019 om 3.25 uur" outweighs them, but the article starts under
        them. The name is two or three capitalised words and nothing else, the date a line
        that only rules of the head claim (``_head_only``), and a paragraph follows; a line
        about the author that opens with the name may stand between the name and the date.
        Never under a lead that opens with a wire's dateline."""
        name = self._next_staying(first)
        if (
            name is None
            or not self.features[first].sentence
            or opens_with_dateline(self.blocks[first].text)
            or self.matches[name]
            or BARE_NAME.fullmatch(self.blocks[name].text.strip()) is None
        ):
            return first
        below = self._next_staying(name)
        after = self._next_staying(below) if below is not None else None
        if (
            below is not None
            and after is not None
            and self._author_line(below)
            and self.blocks[below].text.lstrip().startswith(self.blocks[name].text.strip())
        ):
            below = after  # the author's line under the name: "Jane Doe is a researcher ..."
        if below is None or not any(
            self._head_only(match.rule, "date") for match in self.matches[below]
        ):
            return first
        return self._paragraph_past_head(first, below)

    def _under_lead_credit(self, first: int) -> int:
        """``_credited_caption_below`` from the body's first line, or from the line under it
        when the first is a small daily's "Buy Now" over the caption; a "Buy Now" right
        above the body's first line vouches for its credit too."""
        if self._is_reprint_button(first):
            caption = self._next_staying(first)
            if caption is not None:
                below = self._credited_caption_below(caption, bought=True)
                return below if below != caption else first
        above = previous_text_line(self.blocks, first)
        return self._credited_caption_below(first, self._is_reprint_button(above))

    def _is_reprint_button(self, index: int | None) -> bool:
        """Whether a line is a small daily's "Buy Now" (a print of the photo)."""
        return index is not None and (
            _REPRINT_BUTTON.fullmatch(self.blocks[index].text.strip()) is not None
        )

    def _credited_caption_below(self, first: int, bought: bool = False) -> int:
        """The body's first line, moved down past the lead photo's caption and its credit
        right under it to the paragraph below: "Dorothy Lindquist ... boxes kringle for a
        customer Tuesday morning." over "Ruth Ann Kessler, The Journal Times" stand between
        a paper's share row and its first paragraph. The credit gives a name and the outlet
        ("Sam Greene, The Enquirer"), or only the name of the byline above (a weekly's
        staff photographer writes too); a letter's signature names a town, not an outlet,
        and a profile's subheading naming a person is no author of the page. No rule claims
        the credit, the caption is a sentence that opens with no wire's dateline, and a
        paragraph follows that does not name the photographer. A line of that shape that the
        page gives again further down is an entry of a list (a press award's winners, an
        interview's speaker), not a credit, and a quotation over a name and an outlet is an
        epigraph and its author ("Mike Royko, Chicago Sun-Times"): no caption is a quote.
        A small daily's "Buy Now" (a print of the photo) may stand between them or over the
        caption (``bought``); with it, a name and any outlet's name make a credit ("Lewis
        Baird, The Pantagraph", "CLAY JACKSON, HERALD & REVIEW") under a caption of a
        sentence or two, when no other line from the caption down that no rule claims has
        that shape: a letter's signature and a deals page's "Product, Retailer" come again
        (reviews 113, 114), and so, at times, does another photo's credit, which then costs
        the lead one. Lines the rules claim are not counted: a second cleaning, without them,
        must decide the same."""
        credit = self._next_staying(first)
        if credit is not None and self._is_reprint_button(credit):
            bought = True
            credit = self._next_staying(credit)
        if (
            credit is None
            or self.matches[credit]
            or not self.features[first].sentence
            or opens_with_dateline(self.blocks[first].text)
            or _WHOLE_QUOTE.fullmatch(self.blocks[first].text.strip()) is not None
        ):
            return first
        text = self.blocks[credit].text.strip()
        shape = OUTLET_CREDIT
        if (
            bought
            and OUTLET_CREDIT.fullmatch(text) is None
            and _PERSON_AND_OUTLET.fullmatch(text) is not None  # "Name, The Pantagraph"
            and len(INNER_SENTENCE.findall(self.blocks[first].text)) <= 1  # a sentence or two
        ):
            shape = _PERSON_AND_OUTLET
        outlet = shape.fullmatch(text) is not None
        if not outlet and not self._names_the_byline(text, first):
            return first
        start = first if shape is _PERSON_AND_OUTLET else credit + 1  # a signature above too
        others = (
            block.text.strip()
            for index, block in enumerate(self.blocks[start:], start)
            if block.kind is not BlockKind.BLANK
            and index != credit
            and (shape is OUTLET_CREDIT or index not in self.evidence)
        )
        if any(
            other.casefold() == text.casefold() or (outlet and shape.fullmatch(other))
            for other in others
        ):
            return first
        below = self._paragraph_past_head(first, self._next_staying(credit))
        surname = _CREDIT_SEPARATOR.split(text)[0].split()[-1].casefold()
        return first if surname in self.blocks[below].text.casefold() else below

    def _past_repeated_lead(self, first: int) -> int:
        """The body's first line, moved down to its copy right under it: a regional site's
        teaser is the first paragraph word for word, printed once as the standfirst and once
        as the article's opening (no article says the same paragraph twice). Only a pair of
        paragraphs of ``REPEATED_LEAD_MIN_WORDS`` words or more, with a paragraph that no rule
        claims under it: a line said three times is no standfirst (a second cleaning, with one
        copy gone, would find a pair), and the body must stand without the copy."""
        below = self._next_staying(first)
        if (
            below is None
            or self.features[first].words < REPEATED_LEAD_MIN_WORDS
            or not is_prose_paragraph(self.blocks[first], self.features[first])
        ):
            return first
        lead = comparable(self.blocks[first].text)
        third = self._next_staying(below)
        if (
            third is None
            or self.matches[third]
            or comparable(self.blocks[below].text) != lead
            or comparable(self.blocks[third].text) == lead
            or not is_prose_paragraph(self.blocks[third], self.features[third])
        ):
            return first
        return below

    def _names_the_byline(self, text: str, first: int) -> bool:
        """Whether ``text`` is a name alone that a byline above line ``first`` gives."""
        if BARE_NAME.fullmatch(text.title() if text.isupper() else text) is None:
            return False
        name = text.casefold()
        return any(
            name in self.blocks[index].text.casefold()
            and any(match.rule.category == "byline" for match in self.matches[index])
            for index in range(first)
        )

    def _under_dated_head(self, first: int) -> int:
        """The body's first line, moved down past the page's date right under it to the
        paragraph below: a headline written without a full stop in a script that has none
        (Thai: "\"เต้ย ปวีณา\" ควงแฟนหนุ่มนักธุรกิจ ..." over "เผยแพร่ วันพุธที่ 20 พฤศจิกายน
        พ.ศ. 2562 ...") reads as a sentence, but a line over the page's only date is its
        head. Only when no other line of the page is a date's (a live page's entries each
        have theirs), and never over a lead that opens with a wire's dateline or ends with a
        full stop, a closing quotation mark after it too (a live page's summary over its one
        entry's time, a letter's lead-in over its date: review 98); a headline may end with a
        question mark, short as headlines are (reviews 99 and 100). The paragraph below is a
        sentence, or in such a script a line longer than the one over the date."""
        below = self._next_staying(first)
        ending = self.blocks[first].text.rstrip().rstrip("\"”’')»]")
        if (
            below is None
            or ending.endswith((".", "。", ":"))
            or (
                ending.endswith(("?", "!"))
                and self.features[first].words > QUESTION_HEADLINE_MAX_WORDS
                and SPACELESS_SCRIPT.search(ending) is None
            )
            or opens_with_dateline(self.blocks[first].text)
            or not self._claimed_only_by_head_dates(below)
            or sum(1 for found in self.matches if any(m.rule.category == "date" for m in found))
            > 1
        ):
            return first
        after = self._past_head_lines(below)
        if after is None or after in self.evidence:
            return first
        text = self.blocks[after].text.strip()
        if is_prose_paragraph(self.blocks[after], self.features[after]) or (
            SPACELESS_SCRIPT.search(text) is not None
            and len(text) > len(self.blocks[first].text.strip())
        ):
            return after
        return first

    def _restates_the_head(self, index: int, credit: int) -> bool:
        """Whether a line shares the stems of three longer words with a line above the
        credit (the headline): a standfirst under the photo that restates it ("Bundesrat
        verlängert Maskenpflicht im öffentlichen Verkehr" over "Der Bundesrat will die
        Maskenpflicht im öffentlichen Verkehr ... verlängern."), not the photo's caption, which
        may share a name or two with it."""
        stems = word_stems(self.blocks[index].text)
        return any(
            len(stems & word_stems(self.blocks[above].text)) >= RESTATED_STEMS_MIN
            for above in range(credit)
        )

    def _lead_across_boxes(self, first: int, removed_anywhere: set[int]) -> int:
        """The body's first line, moved up across what a rule removes wherever it stands (a
        box of links, a caption, an ad marker) to the prose paragraphs right above it: a
        lead paragraph over a "Read more" box of three links weighs less than the box, but
        the box goes anyway, and a second cleaning would find the lead over the body (a
        Chinese or Japanese lead too, ``is_cjk_paragraph``)."""
        top = first
        crossed = False
        for above in range(first - 1, -1, -1):
            block = self.blocks[above]
            if block.kind is BlockKind.BLANK:
                continue
            if above in removed_anywhere:
                crossed = True
                continue
            if above in self.evidence or not (
                is_prose_paragraph(block, self.features[above]) or is_cjk_paragraph(block.text)
            ):
                break
            if crossed:
                top = above
        return top

    def _subheading_above(self, first: int, span: Span) -> int:
        """The body's first line, moved up to a subheading right above it ("What changed",
        "Our verdict"; two to four words, no figure, no sign but a comma, hyphen or
        apostrophe, not in capitals: a page's date, site name, "Premium" badge or "FOR
        IMMEDIATE RELEASE" stand there too) when the body has another one: a short line of
        no final punctuation, no rule's, between two sentences. A first subheading alone weighs
        against the body like a label of the page; with a sister further down, the article
        is one that uses them. (Its sisters stay in the body, so a second cleaning keeps it
        too.)"""
        above = previous_text_line(self.blocks, first)
        if above is None or not self._is_first_subheading(above) or self._ends_a_run(above):
            return first
        sisters = (
            index
            for index in range(first + 1, span.last + 1)
            if self._is_subheading(index, SISTER_MAX_WORDS)
            and self._between_sentences(index, first, span.last)
        )
        return above if next(sisters, None) is not None else first

    def _dated_heading_above(self, first: int, span: Span) -> int:
        """The body's first line, moved up to a date right above it that heads the first of
        the article's dated sections: a police log's "Nov. 14" over its entries, with "Nov.
        15" and "Nov. 17" further down; a history column's "100 years ago" over its first
        item, with "75 years ago" and "50 years ago" below. A line that only a date rule
        claims, of ``ANNOUNCED_ITEM_MAX_WORDS`` at most, is the page's stamp unless the body
        holds lines of its shape (its figures aside) whose numbers run on from its number,
        rising or falling, for ``DATED_SISTERS_MIN`` lines at least (the first figure that
        differs between them is read: the year of an "on this date" column's "Nov. 14, 1923",
        the day of a log's "11/13/23", review 107). A log's second section may start again;
        a stamp "Nov. 20" over a diary's "Nov. 16" to "Nov. 19", or "3 years ago" over "100
        years ago", starts no such run (review 106)."""
        above = previous_text_line(self.blocks, first)
        if above is None or not self._date_heading(above):
            return first
        shape = DIGIT_RUN.sub("#", self.blocks[above].text.strip())
        figures = [[int(n) for n in DIGIT_RUN.findall(self.blocks[above].text)]] + [
            [int(n) for n in DIGIT_RUN.findall(self.blocks[index].text)]
            for index in range(first, span.last + 1)
            if DIGIT_RUN.sub("#", self.blocks[index].text.strip()) == shape
        ]
        # the figure that changes from line to line: the day, or the year under one day
        # ("Nov. 14, 1923", "Nov. 14, 1948"), or the day after the month ("11/13/23")
        place = next(
            (place for place in range(len(figures[0])) if len({f[place] for f in figures}) > 1),
            None,
        )
        if place is None:
            return first
        numbers = [line[place] for line in figures]
        rising = numbers[1] > numbers[0]
        steps = 0  # how far the numbers run in one direction from the line above the body
        for earlier, later in pairwise(numbers):
            if later == earlier or (later > earlier) != rising:
                break
            steps += 1
        return above if steps >= DATED_SISTERS_MIN else first

    def _summary_box_above(self, first: int) -> int:
        """The body's first line, moved up to a box of key points right above it: its label
        ("Key points:", "Key facts:") over two to five items of five words or more with no
        final full stop ("Growers are paying up to $3,000 a day to truck water"). The box
        sums the story up in the article's own words, and its items often give a figure the
        paragraphs do not; the lines of the page's head above it stay out."""
        items: list[int] = []
        above = previous_text_line(self.blocks, first)
        while (
            above is not None
            and len(items) < SUMMARY_ITEMS_MAX
            and above not in self.evidence
            and self.features[above].words >= SUMMARY_ITEM_MIN_WORDS
            and not self.features[above].terminal
            and self.blocks[above].text.strip()[:1].isupper()
        ):
            items.append(above)
            above = previous_text_line(self.blocks, above)
        if (
            len(items) < SUMMARY_ITEMS_MIN
            or above is None
            or _SUMMARY_LABEL.fullmatch(self.blocks[above].text.strip()) is None
        ):
            return first
        return above

    def _ends_a_run(self, index: int) -> bool:
        """Whether the ``TAG_RUN_LINES`` lines of text over ``index`` are short lines too
        (``TAG_MAX_WORDS`` words at most, no final sign, no rule's but a section label's): the
        last of a page's tags or menu items over the article ("U.S.", "Texas", "Power Grid",
        "Winter Storm"), not a subheading, which stands under the page's head alone (a kicker
        and a short headline: "Wales", "The Last Ferryman", "The crossing")."""
        above = index
        for _ in range(TAG_RUN_LINES):
            found = previous_text_line(self.blocks, above)
            if found is None:
                return False
            section = self._section_only(found)  # "U.S." ends with a full stop
            if found in self.evidence and not section:
                return False
            above = found
            feats = self.features[above]
            if not feats.letters or (feats.terminal and not section) or feats.words > TAG_MAX_WORDS:
                return False
        return True

    def _section_only(self, index: int) -> bool:
        """Whether only section labels' rules claim a line ("U.S." over a page's tags)."""
        found = self.matches[index]
        return (
            bool(found)
            and index not in self.lists
            and all(match.rule.category == "section" for match in found)
        )

    def _is_first_subheading(self, index: int) -> bool:
        """Two to four plain words, or one that heads a review's or a report's first section
        ("Verdict", "Fazit"): a single word of any other kind there is as often a section's
        label that no rule knows ("Homes") or a site's tab ("Overview"). A photographer's
        credit with the outlet ("KENNETH FERRIERA, Journal Star") heads nothing."""
        text = self.blocks[index].text.strip()
        return (
            self._is_subheading(index, FIRST_SUBHEADING_MAX_WORDS)
            and (self.features[index].words >= 2 or _SECTION_HEAD.fullmatch(text) is not None)
            and _PLAIN_WORDS.fullmatch(text) is not None
            and not text.isupper()
            and OUTLET_CREDIT.fullmatch(text) is None
        )

    def _is_subheading(self, index: int, max_words: int) -> bool:
        block, feats = self.blocks[index], self.features[index]
        return (
            block.kind is BlockKind.HEADING
            and index not in self.evidence
            and feats.letters
            and feats.words <= max_words
            and block.text.strip()[:1].isupper()
            and not block.text.rstrip().endswith(("?", "!"))
        )

    def _between_sentences(self, index: int, first: int, last: int) -> bool:
        """Whether the nearest lines of the body (``first`` to ``last``) above and below
        ``index`` that no rule claims end as sentences do (also "It works."), or the one above
        is a letter's signature ("— Andre Wilkins, Chicago" over the next letter's heading): a
        claimed line between (a "read also" line, an ad marker) and the lines outside the body
        are gone on a second cleaning, and the answer must not change with them."""
        above = self._unclaimed(range(index - 1, first - 1, -1))
        if above is not None and SIGNATURE.fullmatch(self.blocks[above].text.strip()):
            below = self._unclaimed(range(index + 1, last + 1))
            return below is not None and self.features[below].terminal
        return all(
            neighbour is not None and self.features[neighbour].terminal
            for neighbour in (
                self._unclaimed(range(index - 1, first - 1, -1)),
                self._unclaimed(range(index + 1, last + 1)),
            )
        )

    def _result_above(self, first: int) -> int:
        """The body's first line, moved up to a match's result right above it: "Arsenal 2
        Wolves 2", or a two-line board ("Ribera del Paraná 2" over "Sportivo Las Toscas 1"),
        with at most one line between it and the report: the match's facts ("Drautal-Arena,
        1.250 Zuschauer, SR Kofler": a figure, no sentence) or a label ("Das Spiel", "What
        happened": a first subheading's shape). No rule may claim these lines; alone or
        above a line of no such shape, a team's name and a number is no result."""
        lines: list[int] = []
        index = first
        while len(lines) < 3:
            above = previous_text_line(self.blocks, index)
            if above is None or above in self.evidence:
                break
            lines.append(above)
            index = above
        teams = [score_line_teams(self.blocks[line].text) for line in lines]
        if teams[:1] == [2]:
            return lines[0]
        if teams[:2] == [1, 1]:
            return lines[1]
        facts = bool(lines) and (
            self._is_match_facts(lines[0]) or self._is_first_subheading(lines[0])
        )
        if facts and teams[1:2] == [2]:
            return lines[1]
        if facts and teams[1:3] == [1, 1]:
            return lines[2]
        return first

    def _is_match_facts(self, index: int) -> bool:
        feats = self.features[index]
        text = self.blocks[index].text
        return feats.words <= 12 and not feats.sentence and "," in text and any_digit(text)

    def _opens_entries(self, index: int, span: Span) -> bool:
        """Whether a lone clock time above the body is the stamp of a live blog's first entry:
        the body holds two or more such stamps ("11:58 a.m." above the first paragraph, "11:20
        a.m." and "10:45 a.m." further down). Alone, or with one kick-off time in the body, a
        time above the article is its date line. A media player's "0:00 / 1:23" and lines
        removed wherever they stand do not count: a second cleaning does not see them."""
        if not is_clock_time(self.blocks[index].text):
            return False
        stamps = (
            later
            for later in range(span.first, span.last + 1)
            if is_clock_time(self.blocks[later].text) and not self._is_anywhere_junk(later)
        )
        return next(stamps, None) is not None and next(stamps, None) is not None

    def _first_entry_stamp(self, index: int, span: Span) -> int | None:
        """The stamp of a live blog's first entry when the line above the body is that entry's
        heading ("13:25" over "Environment Agency raises warning level in Doncaster" over the
        entry), the body holding two entries or more under a bare clock time of their own. A
        schedule's "10:30 - The service begins" in the body, or one entry, is no such page: a
        time and a line above the article are its date and its headline or caption. None
        otherwise."""
        feats = self.features[index]
        if (
            index in self.evidence
            or feats.terminal
            or not feats.letters
            or feats.words > LIVE_ENTRY_HEADING_MAX_WORDS
        ):
            return None
        stamp = previous_text_line(self.blocks, index)
        if stamp is None or not is_bare_time(self.blocks[stamp].text):
            return None
        entries = sum(
            1 for entry in range(index + 1, span.last + 1) if is_bare_time(self.blocks[entry].text)
        )
        return stamp if entries >= 2 else None
