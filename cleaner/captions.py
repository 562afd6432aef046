"""Photo captions: the line above a photo's credit ("Photo: AP", "X/Getty"), or under a
caption's label, when it reads as a caption and not as the article's paragraph.

Works on what the line rules already found (``matches``, the credits among them) and on the
lists that ``cleaner.list_blocks`` found; leaves the decision of what to remove, and where,
to the engine (``caption`` rule).
"""

from collections.abc import Sequence

import regex

from cleaner.data_lines import (
    fact_label,
    is_figure_fact,
)
from cleaner.features import (
    any_digit,
    opens_with_dateline,
)
from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.table_rows import table_cells
from cleaner.text_lines import (
    ENTRY_HEADING_MAX_WORDS,
    LIST_MARK,
    SHORT_SUBHEADING_MAX_WORDS,
    STATEMENT_WORD,
    Lines,
    ListClaims,
    is_credit,
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
    word_stems,
)

CAPTION_MAX_WORDS = 45
AGENCY_CAPTION_MAX_WORDS = 70
"""A caption dated the picture agencies' way (``_AGENCY_DATED``) may run this long."""
_AGENCY_DATED = compile_regex(
    r",\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d(?:\s*[.)]?\s*$|,\s+\p{Ll}+ing\b)"
)
"""A picture's date as the agencies write it in a caption, after the place and a comma, weekday
and year with it, at the end of the line or before what the people shown are doing ("... in
Indianapolis, Tuesday, Nov. 19, 2019, calling for ..."). An article's own date follows "on" or
"of", not a comma ("... in the early hours of Tuesday, Nov. 19, 2019."; review 110), and an
obituary's date goes on with where ("died Sunday, Nov. 17, 2019, at his home")."""
CREDIT_MAX_WORDS = 8
LEAD_CAPTION_MAX_WORDS = 16
"""Under the head's lines, a sentence over a credit of no "Name/Agency" form is the lead photo's
caption at this many words at most: a one-sentence lead paragraph is longer."""
CAPTION_SHARE_OF_PARAGRAPH = 0.6
SENTENCE_CAPTION_MIN_WORDS = 3
#: "5) The vaccine is not the problem, and the science on that is settled": an explainer's section
NUMBERED_SECTION_MAX_WORDS = 16
PHOTO_ENTRIES_MIN = 3
REPEATED_FIELD_MIN = 3
_CREDIT_MARK = compile_regex(r"[/|:(©]")
_GALLERY_UI = "gallery-ui"  # the rule of a gallery's counters ("Image 2 of 2")
_HEAD_CATEGORIES = frozenset({"byline", "date", "reading-time"})
_CAPTION_LABEL = compile_regex(r"(?:Image|Media|Video)\s+caption\s*,?")  # alone on its line
#: A credit that names its photographer in a form no paragraph's last line takes: in
#: brackets, "Name/Agency", or "Credit:" glued to a person's name as a Sydney paper sets it
#: ("Credit:Nick Moir"; a bare "Credit:Getty" marks a photo with no caption as often, and
#: "Main image credit: Getty" after an article has a space).
_STRICT_CREDIT = compile_regex(r"^\(.*\)$|\S\s*[/|]\s*\S|^(?i:credit):\p{Lu}\p{L}+\s+\p{Lu}")
_SHOWN = compile_regex(
    r"(?i)\b(?:pictured|photographed)\b|\b(?:is|are)\s+(?:seen|shown)\b|\b(?:seen|shown)\s+here\b"
    r"|\((?:left|right|centre|center)\)|,\s*(?:far\s+)?(?:left|right|centre|center)\s*,"
    r"|\b(?:at|from)\s+(?:left|right)\b|\bleft\s+to\s+right\b"
)
_RELATIVE_CLAUSE = compile_regex(r",\s+(?:who|whose)\b[^,]*,")  # ", who is seeking ...,"
_ENTRY_NUMBER = compile_regex(r"(\d{1,2})([.)])\s+\p{Lu}")  # "1. The Legend of Zelda"
_NUMBERED_DATE = compile_regex(  # "9. November 1989: ...", "3. Okt.": a day, no entry number
    r"\d{1,2}\.\s+(?i:januar|jänner|january|februar|february|märz|march|april|mai|may|juni"
    r"|june|juli|july|august|september|oktober|october|november|dezember|december|jan|feb|mär"
    r"|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dez|dec)\.?(?=\s+\d{4}|\s*:|\s*$)"
)
_NAME_JOINERS = frozenset(
    {"de", "do", "da", "dos", "das", "del", "della", "di", "of", "the", "and", "&", "y", "e",
     "et", "und", "van", "von", "la", "le", "les", "el", "los", "las"}
)


def find_captions(lines: Lines, lists: ListClaims) -> set[int]:
    """Photo captions: the line right above a short credit line ("Photo: AP", "X/Getty").

    Only a credit that is nothing but a credit counts (an agency note such as "(Avec AFP)",
    which credits the text, does not), and a caption that reads as a full sentence must sit
    above a "Name/Agency" or parenthesised credit with more prose after it: an article's last
    paragraph followed by "Main image credit: Getty", "Foto: dpa/Name" (the lead photo's
    credit, which scrapers often put at the end) or a lone "Reuters" is not a caption.
    Inside the body, below the first paragraph, such a sentence must also interrupt the
    prose (``_interrupts_prose``): a photo with a credit but no caption sits between two
    paragraphs as often as a caption does, and the paragraph above it is not junk. A deck
    written as a sentence is no such first paragraph: above the body's first two paragraphs
    in a row (``_first_prose_pair``), a sentence under the head's byline, date or reading
    time (``_past_head_lines``) is the lead photo's caption ("Shoppers wear masks at a store
    in Toronto on Nov. 14, 2020." over "Fred Lum/The Globe and Mail"). A photo essay's
    paragraphs, each over a credit, have no such line between them and the one above. A
    sentence between a gallery's counter ("Image 2 of 2") and a credit, above the body's first
    two paragraphs, is that photo's caption whatever its length (``_under_gallery_counter``);
    a gallery page's captions, with no such paragraphs under them, are its text. Nor is a
    paragraph glued under another and set apart from the credit a caption
    (``_apart_from_credit``).

    A short line of no final punctuation with the article going on under the credit is an
    entry's heading over its photo when another line of its form heads a paragraph
    (``_entry_form``): "Cold Harbour (Netflix)" over "Photo: Netflix" in a list of shows
    whose other entries have no photo, "Best on a Budget: Arlo Sound One" in a buying guide.
    A caption of no such form ("Caio Bernardes in action for Tricolor") stays a caption
    whatever subheadings the article has.

    Three short plain lines or more, each over a credit with a paragraph under it, are a
    listicle's headings, every entry with its photo (``_photo_entry``), not captions, when
    the paragraphs name what they name or the page has such a heading without a photo.

    Nor is a "Label: value" line a caption when its label is an entry's field
    (``_repeated_fields``): a listicle's entries each close with their "When: ..." or
    "Price: ...", and a photo with only a credit may follow any of them.
    """
    blocks, features, matches = lines.blocks, lines.features, lines.matches
    headings: dict[int, tuple[bool, bool, bool]] | None = None  # found when first needed
    fields: set[str] | None = None  # likewise
    prose = [i for i, block in enumerate(blocks) if is_prose_paragraph(block, features[i])]
    first_prose = prose[0] if prose else -1
    last_prose = prose[-1] if prose else -1
    # the article's last paragraph: an author's bio under it that a byline's rule claims is
    # none, over a credit at the end that follows the article's last sentence
    # (``_closes_article``)
    last_article_prose = next(
        (i for i in reversed(prose) if not any(m.rule.category == "byline" for m in matches[i])),
        -1,
    )
    body_opens = _first_prose_pair(blocks, prose)
    typical_words = sorted(features[i].words for i in prose)[len(prose) // 2] if prose else 0
    captions: dict[int, int] = {}  # a caption's line: its credit's
    for index, found in enumerate(matches):
        credit = blocks[index].text.strip()
        if (
            not is_credit(lines, index)
            or any(m.rule.category == "byline" for m in found)  # an agency note
            or features[index].words > CREDIT_MAX_WORDS
        ):
            continue
        above = previous_text_line(blocks, index)
        if above is None or matches[above] or above in lists or _apart_from_credit(lines, above):
            continue
        feats = features[above]
        agency_dated = _AGENCY_DATED.search(blocks[above].text) is not None
        if (
            feats.words > (AGENCY_CAPTION_MAX_WORDS if agency_dated else CAPTION_MAX_WORDS)
            or blocks[above].text.rstrip().endswith(":")
            or _last_list_item(blocks, above)  # above a screenshot
            or _announced_item(lines, above)
            or table_cells(blocks[above].text) >= 3  # a table's last row
        ):
            continue
        under_head = above < body_opens and _past_head_lines(lines, prose, above)
        lead_caption = (
            under_head
            and feats.words <= LEAD_CAPTION_MAX_WORDS
            and not opens_with_dateline(blocks[above].text)
        )
        counted = above < body_opens and _under_gallery_counter(lines, above)
        vouched = lead_caption or agency_dated  # a caption whatever form its credit takes
        if not _CREDIT_MARK.search(credit) and not (feats.terminal and (vouched or counted)):
            continue  # a bare "Getty Images" credits the lead photo over a caption of its own
        if (
            feats.terminal
            and not counted
            and (
                (not _STRICT_CREDIT.search(credit) and not vouched)
                or index
                > (last_article_prose if _closes_article(lines, above, index) else last_prose)
                or (
                    above > first_prose
                    and not under_head
                    and not _interrupts_prose(lines, above, index, typical_words, agency_dated)
                )
            )
        ):
            continue
        form = _entry_form(blocks[above].text)
        if (
            not feats.terminal
            and any(form)
            and feats.words <= ENTRY_HEADING_MAX_WORDS
            and _paragraph_under(lines, index)
        ):
            headings = _entry_headings(lines) if headings is None else headings
            if any(
                headings[other] == form and _sister(blocks[above].text, blocks[other].text, form)
                for other in headings
                if other != above
            ):
                continue
        label = fact_label(blocks[above].text)
        if label is not None:
            fields = _repeated_fields(lines) if fields is None else fields
            if label in fields:
                continue
        if not feats.terminal and _numbered_entry(lines, above, index):
            continue
        captions[above] = index
    entries = [line for line, credit in captions.items() if _photo_entry(lines, line, credit)]
    if len(entries) >= PHOTO_ENTRIES_MIN and (
        2 * sum(_names_its_entry(lines, line, captions[line]) for line in entries)
        >= len(entries)
        or any(_plain_heading(lines, index) for index in range(len(blocks)))
    ):
        for line in entries:
            del captions[line]
    return set(captions) | _under_caption_labels(lines, lists)


def _closes_article(lines: Lines, line: int, credit: int) -> bool:
    """Whether a sentence over a credit at the end (asked of the line over a credit with only
    an author's bio under it) is the article's last sentence rather than a caption: the
    credit is in brackets (the lead photo's, printed at the end: "(Photo: Name / Agency)"),
    or the sentence states something ("Ancell is standing for the council in May."; review
    112) outside a relative clause and shows nothing ("... is pictured", "(left)"; review
    113). A caption without a verb ("X's app on a smartphone at the company's
    headquarters.") stays a caption."""
    text = lines.blocks[line].text
    stated = _RELATIVE_CLAUSE.sub(",", text)  # "Mayor X, who is seeking a second term, greets"
    return lines.blocks[credit].text.lstrip().startswith("(") or (
        STATEMENT_WORD.search(stated) is not None and _SHOWN.search(text) is None
    )


def _apart_from_credit(lines: Lines, line: int) -> bool:
    """Whether a paragraph stands glued under another (no blank line between them) and a
    blank line apart from the credit under it: a page that sets its paragraphs line by line
    and a photo's credit apart, the photo's caption lost, ends its section with it ("... the
    issue is 'about to be solved'." over a blank line and "Фото: Name / Paper")."""
    blocks = lines.blocks
    return (
        line > 0
        and line + 1 < len(blocks)
        and blocks[line + 1].kind is BlockKind.BLANK
        and blocks[line - 1].kind is not BlockKind.BLANK
        and is_prose_paragraph(blocks[line], lines.features[line])
        and is_prose_paragraph(blocks[line - 1], lines.features[line - 1])
    )


def _under_gallery_counter(lines: Lines, line: int) -> bool:
    """Whether a gallery's counter ("Image 2 of 2", "Bild 3 von 12") stands right over
    ``line``: the line between it and a credit is that photo's caption, whatever its length."""
    above = previous_text_line(lines.blocks, line)
    return (
        above is not None
        and any_digit(lines.blocks[above].text)
        and any(match.rule.id == _GALLERY_UI for match in lines.matches[above])
    )


def _numbered_entry(lines: Lines, line: int, credit: int) -> bool:
    """Whether a line over a photo's credit is a numbered list's entry heading ("1. The Legend
    of Zelda: Breath of the Wild" over "(Image credit: Nintendo)"): it opens with a number,
    the entry's text follows the credit (a paragraph, past one line of details at most), and
    the line with the number before or after it opens the same way over a credit of its own
    with its text under it, or, a heading of at most ``NUMBERED_SECTION_MAX_WORDS`` words with
    no final punctuation, over a paragraph (an explainer's numbered sections, only some of them
    over a chart: "1) Measles cases are at their highest point since elimination"
    over "Christina Animashaun/Vox", "2) Most of the cases are concentrated in a few
    outbreaks" over its paragraph). A gallery's numbered captions follow one another with no
    text between them (its last one has the article under it, its neighbour a credit and no
    text); a club's "1. FC" elsewhere in the page stands over no credit and no paragraph of
    its own, and a date's "9. November 1989: ..." is no entry, nor is "8. November 1989" a
    neighbour (a caption under a timeline's subheadings, review 116)."""
    blocks = lines.blocks
    found = _entry_number(blocks[line].text)
    if found is None or not _text_under(lines, credit):
        return False
    number = int(found.group(1))
    neighbours = {f"{number - 1}{found.group(2)}", f"{number + 1}{found.group(2)}"}
    for index, block in enumerate(blocks):
        other = _entry_number(block.text)
        if other is None or other.group(1) + other.group(2) not in neighbours:
            continue
        below = next_text_line(blocks, index)
        if below is not None and is_credit(lines, below) and _text_under(lines, below):
            return True
        feats = lines.features[index]
        if (
            not feats.terminal
            and feats.words <= NUMBERED_SECTION_MAX_WORDS
            and _paragraph_under(lines, index)
        ):
            return True  # a section's heading over its paragraph, no photo
    return False


def _entry_number(text: str) -> regex.Match[str] | None:
    """The number that opens a list's entry ("1. The Legend of Zelda", "2) Most of the cases
    ..."), None for a line that opens otherwise or with a day ("9. November 1989: ...")."""
    stripped = text.strip()
    if _NUMBERED_DATE.match(stripped):
        return None
    return _ENTRY_NUMBER.match(stripped)


def _text_under(lines: Lines, credit: int) -> bool:
    """Whether a paragraph follows a photo's credit, past one line of details at most."""
    below = next_text_line(lines.blocks, credit)
    if below is not None and not is_prose_paragraph(lines.blocks[below], lines.features[below]):
        below = next_text_line(lines.blocks, below)
    return below is not None and is_prose_paragraph(lines.blocks[below], lines.features[below])


def _first_prose_pair(blocks: Sequence[Block], prose: Sequence[int]) -> int:
    """The first prose paragraph whose next line of text is prose too (the first prose
    paragraph when no two stand in a row; -1 for none): where the body opens, for
    ``find_captions``. A deck and the lead photo's caption stand alone among the byline, the
    date and the credit; the body's paragraphs follow one another."""
    paragraphs = set(prose)
    for index in prose:
        if next_text_line(blocks, index) in paragraphs:
            return index
    return prose[0] if prose else -1


def _past_head_lines(lines: Lines, prose: Sequence[int], line: int) -> bool:
    """Whether a byline, a date or a reading time stands between ``line`` and the prose
    paragraph above it (in ``prose``): the head's lines, under a deck and over the lead
    photo's caption."""
    start = max((index for index in prose if index < line), default=-1)
    return any(
        match.rule.category in _HEAD_CATEGORIES
        for index in range(start + 1, line)
        for match in lines.matches[index]
    )


def _photo_entry(lines: Lines, line: int, credit: int) -> bool:
    """Whether a line over a photo's credit is the heading of a list's entry with its photo:
    a few plain words ("Monsaraz, Alentejo") over "Photo: Alamy" and the entry's paragraph.
    One such line is as often a short caption; ``PHOTO_ENTRIES_MIN`` of them in a page are
    a listicle's headings when most of the paragraphs under them name what they name
    (``_names_its_entry``) or when the page has such a heading without a photo
    (``_plain_heading``). A report's short captions ("Smoke over Eugene") sit over
    paragraphs that go on with the story, in a page without subheadings."""
    feats = lines.features[line]
    text = lines.blocks[line].text.strip()
    return (
        not feats.terminal
        and 1 <= feats.words <= SHORT_SUBHEADING_MAX_WORDS
        and _name_like(text)
        and _paragraph_under(lines, credit)
    )


def _name_like(text: str) -> bool:
    """Whether every word of ``text`` is capitalised or joins names ("Piódão, Serra do Açor",
    "Lily's Vegetarian"): a place's or a venue's name, not a caption's description
    ("Sandbags in Shrewsbury", "El puente de Picanya")."""
    words = [word.strip(",.;:()'’\"") for word in text.split()]
    return bool(words) and words[0][:1].isupper() and all(
        word[:1].isupper() or word[:1].isdigit() or word.casefold() in _NAME_JOINERS
        for word in words
        if word
    )


def _names_its_entry(lines: Lines, line: int, credit: int) -> bool:
    """Whether the paragraph under a photo's credit names what the line over it names
    ("Monsaraz, Alentejo" over "... Monsaraz is a walled medieval village")."""
    below = next_text_line(lines.blocks, credit)
    return below is not None and bool(
        word_stems(lines.blocks[line].text) & word_stems(lines.blocks[below].text)
    )


def _plain_heading(lines: Lines, index: int) -> bool:
    """A short plain line that no rule claims right over a paragraph: an entry's heading
    without a photo ("Kala" over "Gary Usher's latest bistro ...")."""
    block, feats = lines.blocks[index], lines.features[index]
    below = next_text_line(lines.blocks, index)
    return (
        block.kind is not BlockKind.BLANK
        and not lines.matches[index]
        and not feats.terminal
        and 1 <= feats.words <= SHORT_SUBHEADING_MAX_WORDS
        and block.text.strip()[:1].isupper()
        and below is not None
        and not lines.matches[below]
        and is_prose_paragraph(lines.blocks[below], lines.features[below])
    )


def _under_caption_labels(lines: Lines, lists: ListClaims) -> set[int]:
    """The line under a caption's label that stands alone ("Image caption," over "A gritter
    on the A64 near Malton"): BBC's pages print the label and its caption as two blocks."""
    blocks, matches = lines.blocks, lines.matches
    captions = set()
    for index, found in enumerate(matches):
        if not found or _CAPTION_LABEL.fullmatch(blocks[index].text.strip()) is None:
            continue
        below = next_text_line(blocks, index)
        if (
            below is not None
            and not matches[below]
            and below not in lists
            and lines.features[below].words <= CAPTION_MAX_WORDS
        ):
            captions.add(below)
    return captions


def _repeated_fields(lines: Lines) -> set[str]:
    """The labels that three "Label: value" lines or more give, one of them at least over no
    credit: an entry's fields. Captions that each open with a label ("Before: ...", "After:
    ...") stand over their credits, every one."""
    counts: dict[str, tuple[int, int]] = {}
    for index, block in enumerate(lines.blocks):
        label = fact_label(block.text) if block.kind is not BlockKind.BLANK else None
        if label is None:
            continue
        below = next_text_line(lines.blocks, index)
        credited = below is not None and (
            is_credit(lines, below)
            or (  # a photo pair's "Before:" over its "After:" over their one credit
                fact_label(lines.blocks[below].text) is not None
                and (under := next_text_line(lines.blocks, below)) is not None
                and is_credit(lines, under)
            )
        )
        total, free = counts.get(label, (0, 0))
        counts[label] = (total + 1, free + (not credited))
    return {
        label
        for label, (total, free) in counts.items()
        if total >= REPEATED_FIELD_MIN and free >= 1
    }


def _entry_headings(lines: Lines) -> dict[int, tuple[bool, bool, bool]]:
    """Short lines of no final punctuation, no rule's, that start with a capital and head a
    paragraph right under them (a listicle's entries, an article's subheadings), with their
    ``_entry_form``."""
    blocks, features = lines.blocks, lines.features
    headings = {}
    for index, block in enumerate(blocks):
        feats = features[index]
        if (
            block.kind is BlockKind.BLANK
            or feats.terminal
            or not 2 <= feats.words <= ENTRY_HEADING_MAX_WORDS
            or lines.matches[index]
            or not _without_list_mark(block.text)[:1].isupper()
        ):
            continue
        below = next_text_line(blocks, index)
        if below is not None and is_prose_paragraph(blocks[below], features[below]):
            headings[index] = _entry_form(block.text)
    return headings


def _sister(text: str, other: str, form: tuple[bool, bool, bool]) -> bool:
    """Whether ``other`` is an entry of the same list as ``text``: a label that starts with
    the same word ("Best Overall:" and "Best on a Budget:", "Day 1:" and "Day 2:"; not
    "Above:" or "Devoted:" over a photo), a bracket that names something ("(Netflix)", not
    "(centre)")."""
    if form[1] and _label_word(text) != _label_word(other):
        return False
    bracketed = text.strip().rsplit("(", 1)[-1][:1]
    return not form[2] or bracketed.isupper() or bracketed.isdigit()


def _label_word(text: str) -> str:
    label = _without_list_mark(text).split(": ", 1)[0].split()
    return label[0].casefold() if label else ""


def _without_list_mark(text: str) -> str:
    stripped: str = LIST_MARK.sub("", text.strip(), count=1)
    return stripped


def _paragraph_under(lines: Lines, credit: int) -> bool:
    """Whether a paragraph follows a photo's credit: the entry's text under its photo."""
    below = next_text_line(lines.blocks, credit)
    return below is not None and is_prose_paragraph(lines.blocks[below], lines.features[below])


def _entry_form(text: str) -> tuple[bool, bool, bool]:
    """The marks of an entry's heading in a list of them: a number in front ("3. The
    bench"), a label ("Best Overall: ..."), a detail in brackets at the end ("... (Hulu)").
    All false for a plain line."""
    stripped = text.strip()
    return (
        LIST_MARK.match(stripped) is not None and stripped[:1].isdigit(),
        ": " in stripped,
        stripped.endswith(")"),
    )


def _interrupts_prose(
    lines: Lines, candidate: int, credit: int, typical_words: int, agency_dated: bool
) -> bool:
    """Whether a full sentence above a credit reads as a caption dropped into the prose: a
    paragraph (or another photo's credit) above it and below the credit, and clearly
    shorter than the article's typical paragraph. A sentence as long as the paragraphs
    around it, one that closes a list or a run of short lines ("FDP 4,1 Prozent" / "Die FDP
    verpasst damit den Wiedereinzug."), or a one-line paragraph with a photo's credit and
    then short lines under it ("The match ended 3-2." / "Photo: Name/KHL" / "Scorers"), is
    article text, and so is a sentence of a word or two ("It works.", "He agreed."): a
    caption says who or what is shown. Under the credit, the next photo's caption counts as
    much as prose. A caption dated the agencies' way may be as long as a paragraph."""
    above = previous_text_line(lines.blocks, candidate)
    return (
        above is not None
        and lines.features[candidate].words >= SENTENCE_CAPTION_MIN_WORDS
        and _prose_or_photo(lines, above)
        and _prose_below(lines, credit)
        and (
            agency_dated
            or lines.features[candidate].words <= CAPTION_SHARE_OF_PARAGRAPH * typical_words
        )
    )


def _prose_below(lines: Lines, credit: int) -> bool:
    """Whether the article goes on under a photo's credit: a paragraph, the next photo's
    caption or credit, or a subheading with a paragraph under it, over at most two lines
    that rules claim (an ad marker, a box's header)."""
    index = credit
    for _ in range(3):
        below = next_text_line(lines.blocks, index)
        if below is None:
            return False
        if _prose_or_photo(lines, below) or _above_credit(lines, below):
            return True
        if not lines.matches[below]:
            after = next_text_line(lines.blocks, below)
            return (
                not lines.features[below].terminal
                and lines.features[below].letters  # a year over a timeline's items is no heading
                and after is not None
                and is_prose_paragraph(lines.blocks[after], lines.features[after])
            )
        index = below
    return False


def _last_list_item(blocks: Sequence[Block], index: int) -> bool:
    """A line with a list mark under another one: "* NetBox 6660 Cable" under "* NetBox
    6590 Cable" (a caption may start with a figure: "1. FC Köln: the coach at the line")."""
    above = previous_text_line(blocks, index)
    return (
        above is not None
        and LIST_MARK.match(blocks[index].text) is not None
        and LIST_MARK.match(blocks[above].text) is not None
    )


def _announced_item(lines: Lines, index: int) -> bool:
    """A line under one that announces a list ("The key specs:" over "Display: 1.4-inch
    AMOLED"), or a fact with figures: an item of the article's list above a photo, which
    has its credit but no caption."""
    above = previous_text_line(lines.blocks, index)
    return is_figure_fact(lines.blocks[index].text) or (
        above is not None
        and not lines.matches[above]  # a gallery's "Open this photo in gallery:" button
        and lines.blocks[above].text.rstrip().endswith(":")
    )


def _above_credit(lines: Lines, index: int) -> bool:
    """Whether a photo's credit follows ``index`` (the next photo's caption)."""
    below = next_text_line(lines.blocks, index)
    return below is not None and is_credit(lines, below)


def _prose_or_photo(lines: Lines, index: int) -> bool:
    return is_prose_paragraph(lines.blocks[index], lines.features[index]) or is_credit(
        lines, index
    )
