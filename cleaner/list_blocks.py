"""Lists under a header: a list rule's header ("Related stories", "Tags:", "Read more") and the
items under it, whatever their layout (headlines, dated teasers, numbered or bulleted
lines).

Works on what the line rules already found (``matches``), runs the list rules' own patterns to
find the headers, and leaves the decision of what to remove, and where, to the engine:
``find_lists`` only says which lines each list rule claims, and under which header. Most of this
module tells the article's own lines from a list's items, so that a list ends where the article
goes on (a subheading over its paragraphs, a list that the article announces, a pull quote).
"""

from collections.abc import Callable, Sequence
from itertools import pairwise

from cleaner.data_lines import (
    LIST_NUMBER,
    is_data_line,
    is_figure_fact,
    is_fixture_result,
    is_ranking_row,
    is_short_figure_line,
)
from cleaner.features import (
    any_digit,
    is_bare_time,
    is_closing_sentence,
)
from cleaner.matching import RuleMatcher
from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.rules import Rule
from cleaner.table_rows import is_results_row
from cleaner.text_lines import (
    ENTRY_HEADING_MAX_WORDS,
    INNER_SENTENCE,
    LIST_MARK,
    LONG_WORD,
    QUOTE_MARKS,
    SHORT_SUBHEADING_MAX_WORDS,
    STATEMENT_WORD,
    TOPIC_WORD_MIN_LETTERS,
    Lines,
    ListClaims,
    cjk_sentence,
    is_credit,
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
    stamps_an_entry,
    word_stems,
)

RESULT_BOX_REACH = 5
"""Another match's result this many lines from one makes them a box of results."""
_BRACKETED_HEADING = compile_regex(r"【[^【】]{1,12}】")
SUBHEADING_MAX_WORDS = 5
SUBHEADING_SHARE_OF_TEASER = 0.6
LONG_TEASER_SUBHEADING_MAX_WORDS = 6
ARTICLE_HEADING_MAX_WORDS = 8
SUBHEADING_OVER_LIST_MAX_WORDS = 5
LIST_ANNOUNCEMENT_MIN_WORDS = 6
LONG_TEASER_MIN_WORDS = 7
PARAGRAPH_MIN_WORDS = 10
BOX_TEASERS_MAX = 4
"""A box of one link takes at most this many teasers where the article has no subheading."""
TEASER_MIN_WORDS = 5
QUESTION_HEADING_MAX_WORDS = 12
QUESTION_SISTERS_MIN = 2
"""An explainer's question under a box heads a section when this many others head one."""
TEASER_FULL_STOP_MAX_WORDS = 20
"""A teaser that ends with a full stop has at most this many words (``_teaser_among_teasers``)."""
#: A Korean paper's subheading mark ("◇ 아파트 욕실 보편화…"): its related links take "▶" (or
#: "◆", which a box sets before each of its links, so only "◇" ends a box, under its items).
_DIAMOND_HEADING = compile_regex(r"\s*◇\s*\S")
#: A subheading that is a quotation, alone or after a short label ('באוצר: "..."').
_QUOTE_HEADING = compile_regex(
    r"(?:[^\"“”„«»:]{1,30}:\s*)?[\"“„«](?P<quote>[^\"“”„«»]{3,120})[\"”“»]"
)
_QUOTE_MARK = compile_regex(r"[\"“”„«»]")
_RACE_TIME = compile_regex(r"\(\p{Lu}{2,3}\)|(?<!\S)[+-]\d|\d:\d{2}[.,:]\d")
_RATING = compile_regex(r"\s[-–—:]\s*(?:10|\d(?:[.,]5)?)(?:\s*/\s*10)?\s*$")  # "Name - 7"
_QUESTION_WORD = compile_regex(  # a subheading's question: "Why the vote came so late"
    r"(?i)(?:why|how|what|when|where|who|warum|wie|was|wann|wo|pourquoi|comment|quand|où"
    r"|por\s+qué|cómo|cuándo|dónde|perché|come|quando|dove|waarom|hoe|wat|wanneer)\b"
)
_QUESTION_TEASER = compile_regex(  # a teaser's "How to report a pothole", "What is a quango"
    r"(?i)(?:how|where|what|when|why|who)\s+(?:to|is|are|was|were)\b"
)
_LOWER_START = compile_regex(r"(?:[*•·▪\-–—]\s+)?[\"“‘«(]?\p{Ll}{2,}\b")
_TEASER_CATEGORIES = frozenset({"related", "read-more"})
#: An interview's question after a dialogue dash ("— Что бы вы сказали ...?"): no teaser.
_DIALOGUE_QUESTION = compile_regex(r"[—–]\s.*\?")
_DIALOGUE_LINE = compile_regex(r"\s*[—–]\s")
_LINK_WORDS = compile_regex(  # a box's link to more, not a subheading: "Full Brexit coverage"
    r"(?i)\b(?:coverage|live|updates|latest|full|explainer|in\s+pictures|watch|video|podcast"
    r"|gallery)\b"
)
_BULLET = compile_regex(r"\s*([*•·▪◦‣●○■□➤►\-–—・])\s+\S")
_KICKER_MARK = compile_regex(r"\S\s*[:|]\s+\S|\s[-–—]\s")
#: A teaser's kicker: a name or a word or two, and a colon ("Derek Mackay: ...").
_TEASER_KICKER = compile_regex(r"\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}'’.-]+){0,3}\s?:\s+\S")
#: A headline's closing attribution: ", police warn", ", study finds", ", says minister".
_HEADLINE_ATTRIBUTION = compile_regex(
    r",\s+(?:(?:\p{Ll}+\s+){0,2}(?:warn|warns|say|says|claim|claims|reveal|reveals|find|finds)"
    r"|says\s+\p{L}+(?:\s+\p{L}+)?)\s*$"
)
#: The header of a box that links one story ("Related story", "Noticia relacionada").
_ONE_STORY_HEADER = compile_regex(
    r"(?i:related\s+(?:story|article|post)|noticia\s+relacionada|artículo\s+relacionado"
    r"|notícia\s+relacionada|matéria\s+relacionada|articolo\s+correlato|notizia\s+correlata"
    r"|article\s+(?:lié|connexe)|verwandter\s+artikel|gerelateerd\s+artikel)\s*[:»›>→]?"
)


def find_lists(lines: Lines, matcher: RuleMatcher, warnings: list[str]) -> ListClaims:
    """Lines claimed by list rules: ``index -> (rule, header index)``.

    Lines inside a list that another rule claims (a share row, a comment counter) stay with
    that rule and do not end the list; were it otherwise, removing them would join a header
    to its items and a second cleaning would remove more than the first.
    """
    blocks, features = lines.blocks, lines.features
    claimed: ListClaims = {}
    spaced = _blank_separated(blocks)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        headers = (
            []
            if block.kind is BlockKind.BLANK
            else matcher.match(block.text, features[index].words, warnings)
        )
        if not headers:
            index += 1
            continue
        rule = headers[0].rule
        items, stacked = _list_items(lines, index, rule, spaced, matcher, warnings)
        if len(items) > rule.items.min_items:
            items = _without_subheading(lines, index, items, stacked)
        if (
            len(items) < rule.items.min_items
            and not _over_article_lines(lines, index, rule)
            and not _over_another_box(lines, index, rule, matcher, warnings)
        ):
            index += 1
            continue
        for item in (index, *items):
            claimed[item] = (rule, index)
        index = items[-1] + 1 if items else index + 1
    return claimed


def _list_items(
    lines: Lines,
    header: int,
    rule: Rule,
    spaced: bool,
    matcher: RuleMatcher,
    warnings: list[str],
) -> tuple[list[int], set[int]]:
    """The items of the list that starts at ``header``: short lines, not prose; and those of
    them that are other boxes' headers stacked under it.

    Two blank lines end a list; in a document whose blocks a blank line separates
    (``spaced``), so does one after items that stand line by line under their header: the
    box ends there, and the line below (an interview's next question) is the article's.
    Otherwise, a short line apart from such items (or from the header, a blank line between),
    over a sentence or a box of facts, is the next section's subheading ("Что говорят
    эксперты", "¿Qué hacer durante la tormenta?", "Notable performances" over "Name, Team:
    46 PTS, ..."). A box of a few links (``max_items``) ends at the header of another box
    ("Related Articles" under "Read More"): its own items follow it. (A list of headers
    stacked one on another is a menu: they are the items.) A review's pros or cons label
    ("Good Stuff" under a "Related" link, "Bad Stuff" further down: ``verdict_labels``)
    opens the review's own list, and an interview's question after a dialogue dash ("— Что
    бы вы сказали ...?") goes on the interview."""
    blocks, features, matches = lines.blocks, lines.features, lines.matches
    items: list[int] = []
    stacked: set[int] = set()
    teasers = 0  # the items that are no kicker or date over a box's link (``_box_label``)
    apart = False  # a blank line under items that stand line by line under their header
    for index in range(header + 1, len(blocks)):
        block, feats = blocks[index], features[index]
        if block.kind is BlockKind.BLANK:
            if index + 1 < len(blocks) and blocks[index + 1].kind is BlockKind.BLANK:
                break
            if not items and index == header + 1:
                apart = True  # a header over a blank line: as its items will be, once gone
            elif items and items[-1] == index - 1 == header + len(items):
                if spaced:
                    break
                apart = True
            continue
        if apart and _heads_a_section(lines, index, spaced):
            break
        apart = False
        if matcher.match(block.text, feats.words, warnings):
            if rule.items.max_items:
                break  # a box of one link does not take another box's header for it
            items.append(index)  # headers stacked under a box's are a menu: its items
            stacked.add(index)
            continue
        if matches[index] and not any(
            m.rule.category in ("date", "section") for m in matches[index]
        ):
            continue
        if (
            feats.words > rule.items.max_words
            or (
                (is_prose_paragraph(block, feats) or is_closing_sentence(block.text, feats))
                and not _teaser_among_teasers(lines, header, index, rule)
            )
            or _full_stop_paragraph(blocks, index, first=not items)
            or block.text.rstrip().endswith(":")
            or index in lines.verdicts
            or _opens_fact_box(blocks, index)
            or _heads_a_table(blocks, index, header)
            or (
                rule.category in _TEASER_CATEGORIES
                and (
                    _heads_article_lines(lines, index)
                    or (not items and _subheading_over_list(lines, index))
                    or _interview_question(blocks, header, index)
                    or _pull_quote_heading(lines, index)
                    or (items and _DIAMOND_HEADING.match(block.text) is not None)
                    or _question_heading(lines, header, index)
                    or _rating_over_paragraph(lines, index)
                    or _numbered_section(lines, header, items, index)
                    or _result_over_its_details(lines, index)
                    or (
                        stamps_an_entry(blocks, features, index)
                        and any(is_bare_time(blocks[line].text) for line in range(header))
                    )
                )
            )
        ):
            break
        items.append(index)
        teasers += not _box_label(lines, index)
        if (
            teasers >= rule.items.max_items > 0
            and not _bullets_go_on(blocks, items)
            and not _more_teasers(lines, items, rule)
        ):
            break
    return items, stacked


def _numbered_section(lines: Lines, header: int, items: list[int], index: int) -> bool:
    """Whether a line under a box goes on with the article's own numbering: "3. Clash over
    the whistleblower" under a box of plain teasers, where "2. Ukrainians asked ..." heads a
    section above the box. A box of numbered teasers ("1. ...", "2. ...") counts its own,
    and goes on to the article's next number only with a paragraph under it, no line of
    that number further down (its "3. NFL picks ..." where the article's "3." comes later
    is the box's) and no "Kicker: headline" ("4. A rare moment of agreement" under a
    most-read box of three; a box's fourth teaser inside the article's third section reads
    the same, and an article's section lost is the worse error: review 109)."""
    blocks = lines.blocks
    mark = LIST_NUMBER.match(blocks[index].text)
    if mark is None or int(mark[1]) < 2:
        return False
    if items and LIST_NUMBER.match(blocks[items[0]].text) is not None:
        below = next_text_line(blocks, index)
        if below is None or not is_prose_paragraph(blocks[below], lines.features[below]):
            return False
        again = any(
            (found := LIST_NUMBER.match(blocks[line].text)) is not None and found[1] == mark[1]
            for line in range(index + 1, len(blocks))
        )
        if again or ": " in blocks[index].text:
            return False  # the box's own next teaser: the article's "3." comes further down
    previous = str(int(mark[1]) - 1)
    return any(
        (above := LIST_NUMBER.match(blocks[line].text)) is not None and above[1] == previous
        for line in range(header)
    )


def _rating_over_paragraph(lines: Lines, index: int) -> bool:
    """A player's or a dish's rating right over the paragraph that gives the reasons ("Tomas
    Hlavac - 7" over "Made two smart stops ..."): a match report's ratings go on under a box
    of links, whose teasers end in no such mark (a box of results' "INTER-MILAN 3-0" is no
    rating)."""
    below = next_text_line(lines.blocks, index)
    text = lines.blocks[index].text
    return (
        below is not None
        and is_short_figure_line(text, lines.features[index])
        and _RATING.search(text) is not None
        and is_prose_paragraph(lines.blocks[below], lines.features[below])
    )


def _more_teasers(lines: Lines, items: list[int], rule: Rule) -> bool:
    """Whether a box of one link (``max_items``) goes on to the line right under its last
    teaser: another teaser, in an article that has no subheading of its own ("À lire aussi"
    over two headlines, then the next paragraph). The line under a box is as often the
    article's subheading as a second teaser, so it is taken only where the article sets no
    short line between two of its paragraphs anywhere, and only when the box's lines read as
    teasers (``_teaser_shaped``: five words or more, one of them long, no final sign, no
    bullet, no question word, no modal or copula, which a headline's terse form leaves
    out, no rule's), line by line under its first, with the whole box of ``BOX_TEASERS_MAX``
    lines at most (a longer run is a list under its title) and a paragraph or the page's
    furniture under the last; a paragraph sharing no word with it: a subheading names what
    its paragraph tells ("Breitere Gehwege ..." over "... Die Gehwege werden verbreitert").
    A blank line under the last teaser ends the box, as before.

    A line right under the box's teaser that is its twin (``_twin_teaser``) goes on with
    the box whatever subheadings the article has."""
    below = items[-1] + 1
    if len(items) == 1 and below < len(lines.blocks) and _twin_teaser(lines, items[-1], below):
        return True
    if not _teaser_shaped(lines, items[-1], rule):
        return False
    run = []
    while below < len(lines.blocks) and _teaser_shaped(lines, below, rule):
        run.append(below)
        below += 1
    if not run or len(items) + len(run) > BOX_TEASERS_MAX:
        return False
    under = next_text_line(lines.blocks, run[-1])
    if under is not None:
        if is_prose_paragraph(lines.blocks[under], lines.features[under]):
            if _shares_a_word(lines.blocks[run[-1]].text, lines.blocks[under].text):
                return False
        elif not _is_furniture(lines, under):
            return False
    return not _has_subheadings(lines)


def _shares_a_word(line: str, paragraph: str) -> bool:
    """Whether a long word of ``line`` (five letters or more) opens a word of ``paragraph``
    or stands inside one ("Museum" in "Naturkundemuseum")."""
    folded = paragraph.casefold()
    return bool(word_stems(line) & word_stems(paragraph)) or any(
        word in folded for word in LONG_WORD.findall(line.casefold())
    )


def _is_furniture(lines: Lines, index: int) -> bool:
    """A line that a rule claims, other than a date's (a table's "4 novembre 1966: 194 cm")."""
    found = lines.matches[index]
    return bool(found) and any(match.rule.category != "date" for match in found)


def _teaser_among_teasers(lines: Lines, header: int, index: int, rule: Rule) -> bool:
    """A teaser of a box that ends with a full stop ("Denver wants 125 miles of bike lanes.
    Here's where they're going."), told from a paragraph by its two sentences, a headline and
    the teaser's call, and by the box's other teasers: it stands right under the header or
    right under another item, and the two lines right under it read as headlines
    (``_headline_shaped``). A paragraph under a box's header has at most one such line under
    it, the subheading over the next paragraph; a sentence alone under a header ("Otras
    noticias" over "El Banco de España eleva ... para este año.") is a briefing's item."""
    if rule.category not in _TEASER_CATEGORIES:
        return False
    text = lines.blocks[index].text
    if (
        lines.features[index].words > TEASER_FULL_STOP_MAX_WORDS
        or INNER_SENTENCE.search(text.rstrip()) is None
    ):
        return False
    if index - 1 != header and not _headline_shaped(lines, index - 1, rule):
        return False
    below = (index + 1, index + 2)
    return below[-1] < len(lines.blocks) and all(_headline_shaped(lines, i, rule) for i in below)


def _headline_shaped(lines: Lines, index: int, rule: Rule) -> bool:
    """A line no rule claims of a long headline's length and form: no final sign, a capital
    first (a heading over the article's list, "The Band's 2019 Tour Dates", is shorter)."""
    block, feats = lines.blocks[index], lines.features[index]
    text = block.text.strip()
    return (
        block.kind is not BlockKind.BLANK
        and not lines.matches[index]
        and LONG_TEASER_MIN_WORDS <= feats.words <= rule.items.max_words
        and not feats.terminal
        and not text.endswith((":", ";"))
        and not text[:1].islower()
        and not is_prose_paragraph(block, feats)
    )


def _twin_teaser(lines: Lines, teaser: int, index: int) -> bool:
    """Whether a line right under a box's teaser is the box's next teaser by its form: both
    open with a kicker and a colon ("Derek Mackay: Budget will ..." over "Brian Monteith:
    Tax rises will ..."; "Tempête : pourquoi ..." over "Intempéries : les images ..."), or
    the line ends as a headline does, with who says it ("Pensioners lose £1m a month to
    'courier fraud', police warn"). No final stop, no rule's line, no paragraph, no line
    up (";"), only the box's first teaser's twin, and none that names what the paragraph under
    it tells or stands over a live entry's clock time: a subheading ("Council tax: what the
    freeze means for your bill" over "... the freeze ..."), an entry's heading, a team's
    line-up (review 112). Nor a kicker line where the article heads a paragraph elsewhere with
    a line of that form ("Income tax: who pays more"), nor a quotation and who said it
    ("'We cannot tax our way to growth', says Drummond")."""
    blocks, features = lines.blocks, lines.features
    text = blocks[index].text.strip()
    under = next_text_line(blocks, index)
    if (
        blocks[index].kind is BlockKind.BLANK
        or lines.matches[index]
        or index in lines.verdicts
        or features[index].words < TEASER_MIN_WORDS
        or text.endswith((".", ":"))
        or ";" in text
        or is_prose_paragraph(blocks[index], features[index])
        or under is None
        or is_bare_time(blocks[under].text)
        or _shares_a_word(text, blocks[under].text)
    ):
        return False
    if _TEASER_KICKER.match(text) is not None:
        return _TEASER_KICKER.match(blocks[teaser].text.strip()) is not None and not any(
            _TEASER_KICKER.match(blocks[other].text.strip()) is not None
            and (below := next_text_line(blocks, other)) is not None
            and is_prose_paragraph(blocks[below], features[below])
            for other in range(len(blocks))
            if other not in (teaser, index) and not lines.matches[other]
        )
    return _HEADLINE_ATTRIBUTION.search(text) is not None and text[:1] not in QUOTE_MARKS


def _teaser_shaped(lines: Lines, index: int, rule: Rule) -> bool:
    block, feats = lines.blocks[index], lines.features[index]
    text = block.text.strip()
    return (
        block.kind is not BlockKind.BLANK
        and not lines.matches[index]
        and index not in lines.verdicts
        and TEASER_MIN_WORDS <= feats.words <= rule.items.max_words
        and LONG_WORD.search(text) is not None
        and _QUESTION_WORD.match(text) is None
        and not text.endswith((".", "!", "?", ":", "…"))
        and ";" not in text  # a team's line-up ("Rovers: Lowe; Grant, Marsh ...")
        and not text[:1].islower()
        and text[:1] not in QUOTE_MARKS  # a song's or a poem's lines, quoted
        and _BULLET.match(text) is None  # a box's bullets go on by ``_bullets_go_on``
        and STATEMENT_WORD.search(text) is None  # "Exports are exempt" states
        and not is_prose_paragraph(block, feats)
    )


def _has_subheadings(lines: Lines) -> bool:
    """Whether a short line that no rule claims, with no final sign, stands between two
    paragraphs of the article (``is_prose_paragraph``) anywhere in the text."""
    blocks, features = lines.blocks, lines.features
    for index, (block, feats) in enumerate(zip(blocks, features, strict=True)):
        if (
            block.kind is BlockKind.BLANK
            or lines.matches[index]
            or not feats.letters
            or feats.terminal
            or feats.words > ARTICLE_HEADING_MAX_WORDS * 2
        ):
            continue
        neighbours = (_unclaimed_near(lines, index, -1), _unclaimed_near(lines, index, 1))
        if all(
            near is not None and is_prose_paragraph(blocks[near], features[near])
            for near in neighbours
        ):
            return True
    return False


def _unclaimed_near(lines: Lines, index: int, step: int) -> int | None:
    """The nearest line of text above (``step`` -1) or below (1) ``index`` past at most two
    lines that rules claim (an ad marker, a caption and its credit)."""
    walk = previous_text_line if step < 0 else next_text_line
    near = index
    for _ in range(3):
        found = walk(lines.blocks, near)
        if found is None or not lines.matches[found]:
            return found
        near = found
    return None


def _pull_quote_heading(lines: Lines, index: int) -> bool:
    """Whether a line under a box of teasers is the article's next subheading, a quotation
    from the paragraph it heads ('"Her yağmurda aynı şeyi yaşıyoruz"' over a paragraph that
    quotes a resident; 'באוצר: "ההחלטה תתקבל בימים הקרובים"'): the whole line, or all of it
    after a short label, is in quotation marks, and the paragraph under it quotes someone
    with half the quotation's words or more. A teaser quotes another story ('X: "I'm
    terrified of what comes next"' over a paragraph with a quote of its own: review 98)."""
    heading = _QUOTE_HEADING.fullmatch(lines.blocks[index].text.strip())
    below = next_text_line(lines.blocks, index) if heading is not None else None
    if heading is None or below is None or lines.matches[below]:
        return False
    under = lines.blocks[below]
    if (
        not is_prose_paragraph(under, lines.features[below])
        or _QUOTE_MARK.search(under.text) is None
    ):
        return False
    quoted = word_stems(heading.group("quote"))
    return 2 * len(quoted & word_stems(under.text)) >= len(quoted) > 0


def _interview_question(blocks: Sequence[Block], header: int, index: int) -> bool:
    """Whether a line under a box of teasers is the next question of the interview the box
    interrupts: it starts with a dialogue dash and ends with "?", and so does the line over
    the box's header, an answer or a question of the interview ("— Около ста двадцати ..."
    over "Читайте также:"; a box whose teasers a site sets with dashes stands under a
    paragraph)."""
    above = previous_text_line(blocks, header)
    return (
        above is not None
        and _DIALOGUE_LINE.match(blocks[above].text) is not None
        and _DIALOGUE_QUESTION.fullmatch(blocks[index].text.strip()) is not None
    )


def _question_heading(lines: Lines, header: int, index: int) -> bool:
    """Whether a question under a box of teasers heads the article's next section: an
    explainer sets its sections under questions ("Why do surprise bills happen at all?",
    "What are the two main proposals?", "Who is lobbying, and why?"), each over a paragraph,
    and ``QUESTION_SISTERS_MIN`` others stand so outside the box. A box's question teasers
    stand over other teasers, not over paragraphs."""
    if not _over_paragraph_question(lines, index):
        return False
    sisters = 0
    for other in range(len(lines.blocks)):
        if (header <= other <= index) or not _over_paragraph_question(lines, other):
            continue
        sisters += 1
        if sisters >= QUESTION_SISTERS_MIN:
            return True
    return False


def _over_paragraph_question(lines: Lines, index: int) -> bool:
    """A short question no rule claims right over a prose paragraph."""
    block, feats = lines.blocks[index], lines.features[index]
    if (
        block.kind is BlockKind.BLANK
        or lines.matches[index]
        or feats.words > QUESTION_HEADING_MAX_WORDS
        or not block.text.rstrip().endswith("?")
    ):
        return False
    below = next_text_line(lines.blocks, index)
    return below is not None and is_prose_paragraph(lines.blocks[below], lines.features[below])


def _full_stop_paragraph(blocks: Sequence[Block], index: int, first: bool) -> bool:
    """The article's text under a box, in a script whose sentences end with "。" or "।": a
    Hindi sentence (a Hindi headline goes without the "।"); under the box's first item
    (``first`` is false), a Chinese or Japanese sentence over another ("。" ends some
    teasers too, but a run of them is the article's paragraphs), or a subheading in brackets
    over a sentence ("【解説】"; over a teaser, "【速報】" is its kicker). Chinese and
    Japanese put no spaces between words, so a paragraph cannot be told by its words."""
    stripped = blocks[index].text.rstrip()
    if stripped.endswith("।"):
        return True
    if first:
        return False
    below = next_text_line(blocks, index)
    if below is None or not cjk_sentence(blocks[below].text):
        return False
    return cjk_sentence(stripped) or _BRACKETED_HEADING.fullmatch(stripped) is not None


def _box_label(lines: Lines, index: int) -> bool:
    """A line of a box of one link that is not its teaser: a kicker of one word ("Verkehr",
    "Plus") or a date ("12.01.2020") over it."""
    feats = lines.features[index]
    if feats.words <= 1 and not feats.terminal:
        return True
    found = lines.matches[index]
    return bool(found) and all(match.rule.category == "date" for match in found)


def _bullets_go_on(blocks: Sequence[Block], items: list[int]) -> bool:
    """Whether a box of a few links goes on past its last item: its items are bullets of one
    mark ("* ...", "• ...") and the line right under the last is another ("READ MORE:" over
    three links in a row, each with its star); a box's own link has no mark. A blank line
    between ends the box: the bullets under it are the article's own list; so does a bullet
    that states (a modal or a copula: "Companies must notify ...", "Exports are exempt"),
    which a headline's terse form leaves out."""
    header = previous_text_line(blocks, items[0])
    above = previous_text_line(blocks, header) if header is not None else None
    if above is not None and blocks[above].text.rstrip().endswith(":"):
        return False  # the article announced a list; the box sits between it and its items
    mark = _BULLET.match(blocks[items[0]].text)
    last = _BULLET.match(blocks[items[-1]].text)  # those between came in as its followers
    if mark is None or last is None or last[1] != mark[1]:
        return False
    below = items[-1] + 1
    following = _BULLET.match(blocks[below].text) if below < len(blocks) else None
    return (
        following is not None
        and following[1] == mark[1]
        and STATEMENT_WORD.search(blocks[below].text) is None
    )


def _heads_a_section(lines: Lines, index: int, spaced: bool) -> bool:
    """A short line, no rule's, with a sentence right under it (past a blank line), or lines
    of data with figures. Where blank lines separate all blocks (``spaced``), the sentence
    must end with a full stop: the next teaser of a box, a question, is a sentence too.
    Elsewhere, over a paragraph (``is_prose_paragraph``), a subheading may run to
    ``ARTICLE_HEADING_MAX_WORDS`` ("El efecto de la subida del salario mínimo"); where blank
    lines separate all blocks, a box's teaser stands that way too."""
    below = next_text_line(lines.blocks, index)
    if below is None or lines.matches[below]:
        return False
    block, feats = lines.blocks[below], lines.features[below]
    sentence = is_closing_sentence(block.text, feats) if spaced else feats.sentence
    long_ok = not spaced and is_prose_paragraph(block, feats)
    most = ARTICLE_HEADING_MAX_WORDS if long_ok else SUBHEADING_MAX_WORDS
    return (
        not lines.matches[index]
        and lines.features[index].words <= most
        and not lines.blocks[index].text.rstrip().endswith((".", ":"))
        and (sentence or _figure_data(lines, below))
    )


def _result_over_its_details(lines: Lines, index: int) -> bool:
    """Whether a teaser box's next line is a match's result over its details, a line of data
    that is no other result ("DSV Leoben – Gleisdorf 09 2:1 (0:1)" over "Leoben, Monte-
    Schlacko-Stadion, 650 Zuschauer, ..."): the story's own box, and the teasers' box ended
    above it. A box of results lists its results one under another, or each over its details
    (review 122): no other result within ``RESULT_BOX_REACH`` lines of it."""
    blocks = lines.blocks
    return (
        is_fixture_result(blocks[index].text)
        and _figure_data(lines, index)
        and not any(
            is_fixture_result(blocks[line].text)
            for line in range(max(index - RESULT_BOX_REACH, 0), index + 1 + RESULT_BOX_REACH)
            if line != index and line < len(blocks)
        )
    )


def _figure_data(lines: Lines, index: int) -> bool:
    """Whether a line and the next one give data with figures ("Name, Team: 46 PTS, 5 REB",
    "Attendance: 60,218"): the lines of a box of facts or a table, which no teaser is. A line
    a rule claims does not count: a second cleaning may not see it."""

    def data(line: int) -> bool:
        text = lines.blocks[line].text
        return not lines.matches[line] and is_data_line(text) and any_digit(text)

    return _with_next(lines.blocks, index, data)


def _with_next(blocks: Sequence[Block], index: int, holds: Callable[[int], bool]) -> bool:
    """Whether ``holds`` is true of a line and of the next line of text under it."""
    below = next_text_line(blocks, index)
    return below is not None and holds(index) and holds(below)


def _heads_article_lines(lines: Lines, index: int) -> bool:
    """Whether a teaser box's next line is one of the article's own, or the short heading
    right over them: a row of a race's ranking ("1. Marco Brunner (SUI) 2:31,47"), two
    items of a list inside a sentence (each ends with a semicolon), and under a heading (a
    few words, no row itself, no final punctuation but a question mark) a match's fixture in
    capitals ("Il tabellino" over "ATALANTA-TORINO 3-1") or, under a question, an item in
    lower case ("Wat werkte er niet?" over "inloggen in de app"): the box ended above it.

    A teaser box's own items look like none of these: a most-read list's times ("13:05")
    are no race's, a box of results has no heading over its first, and a brand in lower
    case ("npower customers face ...") opens a teaser under another teaser, not under a
    question."""
    blocks = lines.blocks
    if _opens_article_lines(blocks, index):
        return True
    below = next_text_line(blocks, index)
    feats = lines.features[index]
    text = blocks[index].text.rstrip()
    if (
        below is None
        or lines.matches[index]
        or feats.words > ARTICLE_HEADING_MAX_WORDS
        or is_ranking_row(text)
        or (feats.terminal and not text.endswith("?"))
    ):
        return False
    under = blocks[below].text.strip()
    return (
        _opens_article_lines(blocks, below)
        or is_ranking_row(under)
        or (text.endswith("?") and _LOWER_START.match(under) is not None)
    )


def _subheading_over_list(lines: Lines, index: int) -> bool:
    """A short line of no final punctuation right over a sentence that announces a list:
    the article's subheading where it goes on under a box's header ("Read More" over "What's
    in the bill" over "The package would fund federal agencies ... and includes:"). A box's
    teaser may be as short ("Rząd przyjął projekt budżetu"), but the paragraph under it does
    not end with a colon."""
    below = next_text_line(lines.blocks, index)
    feats = lines.features[index]
    return (
        below is not None
        and feats.words <= SUBHEADING_OVER_LIST_MAX_WORDS
        and not feats.terminal
        and not lines.matches[below]
        and lines.features[below].words >= LIST_ANNOUNCEMENT_MIN_WORDS
        and lines.blocks[below].text.rstrip().endswith(":")
    )


def _over_article_lines(lines: Lines, header: int, rule: Rule) -> bool:
    """Whether a teaser box's header stands right over the article's own lines ("Mehr zum
    Thema" over a race's ranking): the box's teasers are gone, the header goes alone."""
    below = next_text_line(lines.blocks, header)
    return (
        rule.category in _TEASER_CATEGORIES
        and below is not None
        and not lines.matches[below]
        and _heads_article_lines(lines, below)
    )


def _over_another_box(
    lines: Lines, header: int, rule: Rule, matcher: RuleMatcher, warnings: list[str]
) -> bool:
    """Whether the header of a box of one link stands right over another box's header
    ("Lees ook:" over "Leia mais:"), past lines that other rules remove: it goes alone, as
    it would once the box under it is gone and the line under that came up to it."""
    if not rule.items.max_items or rule.category != "related":
        return False  # a "Read More" label over a box is crossed as it is
    below = next_text_line(lines.blocks, header)
    while below is not None:
        if matcher.match(lines.blocks[below].text, lines.features[below].words, warnings):
            return True
        if not lines.matches[below]:
            return False
        below = next_text_line(lines.blocks, below)
    return False


def _opens_article_lines(blocks: Sequence[Block], index: int) -> bool:
    """A row of a race's ranking, or the first of two items of a list that runs inside a
    sentence (each ends with a semicolon)."""
    text = blocks[index].text.strip()
    if is_ranking_row(text) and _RACE_TIME.search(text) is not None:
        return True
    return text.endswith(";") and _with_next(
        blocks, index, lambda line: blocks[line].text.rstrip().endswith((";", "."))
    )


def _heads_a_table(blocks: Sequence[Block], index: int, header: int) -> bool:
    """Whether a box's next line is a row of a table of results, or the heading right over
    one ("Race results" over "Pos  Driver  Team  Time/Gap"): the box ended above it."""
    below = next_text_line(blocks, index)
    return (below is not None and is_results_row(blocks[below].text)) or (
        index > header + 1 and is_results_row(blocks[index].text)
    )


def _blank_separated(blocks: Sequence[Block]) -> bool:
    """Whether a blank line follows most lines of text (three quarters, ten lines at least)."""
    text = followed = 0
    for block, below in pairwise(blocks):
        if block.kind is not BlockKind.BLANK:
            text += 1
            followed += below.kind is BlockKind.BLANK
    return text >= 10 and 4 * followed >= 3 * text


def _opens_fact_box(blocks: Sequence[Block], index: int) -> bool:
    """Whether a line and the next one are "Label: value" lines with figures (a match's
    ratings and attendance, a car's range and price): a fact box of the article, where a
    list of teasers above it ends."""
    return _with_next(blocks, index, lambda line: is_figure_fact(blocks[line].text))


def _without_subheading(
    lines: Lines, header: int, items: list[int], stacked: set[int]
) -> list[int]:
    """The items of a box between two paragraphs, less a last item that is the next
    section's subheading: a "read also" box inside the article ends above "A weekly rhythm"
    when that line is much shorter than the teasers above it and a sentence follows it (a
    paragraph, or one that announces a list: "The biggest rises were in:").

    A box of one item gives nothing to compare. Wherever a box stands (under a fact box,
    under a list too), it ends above a last item of four words at most over a paragraph,
    under teasers each at least twice as long and of seven words or more ("Noticias
    relacionadas", two headlines of a dozen words, "Más megavatios", the next paragraph),
    though it shares a word with the box's header ("Election night timeline" under "More
    election coverage:"). A box under no paragraph ends where its items end otherwise.
    A last item of six words over a paragraph is the next section's subheading too when every
    teaser above it is more than twice as long ("Werke in Bayern und Thüringen betroffen"
    under a teaser of fifteen words, its byline run into it; a second teaser of seven words,
    "How Washington state fought its measles outbreak", stays one: review 116).
    The headers of other boxes stacked among the items (``stacked``: "Read More" and
    "Related Articles" again between a regional site's teasers) are no teasers to compare,
    and a line of more than ``SHORT_SUBHEADING_MAX_WORDS`` words right under one is its
    teaser ("Cat and Fiddle road closed"; "What the district knew" is a subheading, and so
    is a line that opens with a question word, "Why councillors backed the change"; not a
    teaser's "How to report a pothole").
    A header in the singular between paragraphs ("Noticia relacionada", "Related story")
    links one story: a shorter line under its teaser, of ``ENTRY_HEADING_MAX_WORDS`` at most
    ("The numbers: print in decline" too), is the next section's subheading (a second teaser
    of such a box is a headline as long as the first)."""
    if len(items) < 2:
        return items
    blocks, features = lines.blocks, lines.features
    last = items[-1]
    below = next_text_line(blocks, last)
    if below is None or not features[below].sentence:
        return items
    text = blocks[last].text
    if (
        len(items) == 2
        and _ONE_STORY_HEADER.fullmatch(blocks[header].text.strip())
        and features[last].words <= ENTRY_HEADING_MAX_WORDS
        and features[last].words < features[items[0]].words
        and _paragraph_above(lines, header)
    ):
        return items[:1]  # "Noticia relacionada" links one story; the next line is the article's
    if lines.matches[last] or _KICKER_MARK.search(text):
        return items  # a date, a "Kicker: headline" teaser
    words = features[last].words
    if (
        items[-2] in stacked
        and features[last].words > SHORT_SUBHEADING_MAX_WORDS
        and (
            _QUESTION_WORD.match(blocks[last].text) is None
            or _QUESTION_TEASER.match(blocks[last].text) is not None
        )
    ):
        return items  # the teaser right under a box's header stacked among its teasers
    shortest_teaser = min(
        (features[item].words for item in items[:-1] if item not in stacked), default=0
    )
    if (
        words <= SHORT_SUBHEADING_MAX_WORDS
        and shortest_teaser >= max(LONG_TEASER_MIN_WORDS, 2 * words)
        and is_prose_paragraph(blocks[below], features[below])
        and _LINK_WORDS.search(text) is None
    ):
        return items[:-1]  # much shorter than every teaser, over a paragraph
    if _topic_words(text) & _topic_words(blocks[header].text) or not _paragraph_above(
        lines, header
    ):
        return items  # the box's "More in <topic>" link; a box under no paragraph
    if len(items) >= 3 and features[last].words <= ENTRY_HEADING_MAX_WORDS and all(
        _KICKER_MARK.search(blocks[item].text) for item in items[:-1]
    ):
        return items[:-1]  # two or more "Kicker: headline" teasers over a line without one
    if words <= SUBHEADING_MAX_WORDS and words <= SUBHEADING_SHARE_OF_TEASER * shortest_teaser:
        return items[:-1]
    if words <= LONG_TEASER_SUBHEADING_MAX_WORDS and 2 * words < shortest_teaser:
        return items[:-1]  # a subheading of up to six words under teasers more than twice as long
    return items


def _paragraph_above(lines: Lines, index: int) -> bool:
    """Whether a paragraph stands above ``index``, over at most two lines that rules claim
    (a photo's credit and its caption above it, an ad marker) or short sentences (a live
    report's "Half-time: 2-2.", a one-line quote)."""
    for _ in range(3):
        above = previous_text_line(lines.blocks, index)
        if above is None:
            return False
        if not lines.matches[above] and not is_credit(lines, index):
            feats = lines.features[above]
            if feats.terminal and feats.words >= PARAGRAPH_MIN_WORDS:
                return True
            text = lines.blocks[above].text
            if not feats.terminal or text.rstrip().endswith(":") or LIST_MARK.match(text):
                return False  # a list's item or another box's header is not the prose
        index = above
    return False


def _topic_words(text: str) -> set[str]:
    """The longer words of a line, to tell a box's closing link from a subheading."""
    return {word for word in text.casefold().split() if len(word) >= TOPIC_WORD_MIN_LETTERS}
