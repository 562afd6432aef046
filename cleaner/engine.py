"""The core: ``Cleaner(config).clean(text) -> Result``; pure, deterministic, no I/O.

One document goes through: segment into lines -> match rule patterns -> find list blocks and
captions -> find the article body -> attribute every removed line to a rule -> harvest
metadata -> build the clean text (kept lines byte-for-byte) and the sidecar.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import groupby, islice, pairwise
from typing import Any, NamedTuple

import regex

from cleaner.config import CleanerConfig
from cleaner.digest import sha256_hex
from cleaner.evidence import (
    INNER_SENTENCE,
    QUOTE_MARKS,
    Lines,
    find_captions,
    find_lists,
    is_cjk_paragraph,
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
    stamps_an_entry,
    word_stems,
)
from cleaner.features import (
    FACT_BOX_MIN,
    LIST_NUMBER,
    NAME_PARTICLES,
    any_digit,
    body_score,
    fact_label,
    fact_parts,
    fact_runs,
    figure_runs,
    has_phone_number,
    introduces_list,
    is_bare_time,
    is_clock_time,
    is_closing_data,
    is_closing_sentence,
    is_data,
    is_data_item,
    is_data_line,
    is_dateline,
    is_label,
    is_letter_grade,
    is_life_dates,
    is_match_result,
    is_player_time,
    is_salutation,
    is_short_figure_line,
    is_sign_off,
    is_table_row,
    is_unfinished_sentence,
    is_verdict_label,
    measure,
    opens_with_dateline,
    pipe_table_rows,
    score_line_teams,
    spaced_cells,
    spaced_table_rows,
    statement_rows,
    verdict_labels,
)
from cleaner.harvest import Harvest
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
from cleaner.version import __version__

HEAD_TRIM = "head-trim"
TAIL_TRIM = "tail-trim"
TITLE = "title"
CAPTION = "caption"
AUTHOR_CONTACT = "author-contact"
RELATED = "related-stories"
_ANYWHERE_SCORE = -1.0
ENTRY_STAMP_SCORE = -0.5
ENTRY_STAMPS_MIN = 3
KICKER_WORDS = 3
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
CLOSING_DATA_MIN = 3
"""A block of data closes the body when it has at least this many lines of data."""
REPEATED_LEAD_MIN_WORDS = 10
"""A standfirst printed again as the first paragraph has at least this many words."""
ANNOUNCED_ITEM_MAX_WORDS = 4
"""An item of a list an article announces, next to another, has at most this many words."""
DATED_SISTERS_MIN = 2
"""A date over the body heads its first section when this many of its shape run on from it."""
#: Categories of anywhere rules whose lines the walk to a closing sentence crosses, and
#: rules of other categories that it crosses too.
_CROSSED_CATEGORIES = frozenset({"date", "ad", "caption"})
_CROSSED_RULES = frozenset({"gallery-ui"})
_FOOT_CATEGORIES = frozenset({"comments", "tags", "share"})
#: Categories of an appeal's or a sign-up box's rules, whose text an article may quote.
_APPEAL_CATEGORIES = frozenset({"promo", "newsletter"})
_QUOTE_ENDS = QUOTE_MARKS - {"„"}
"""How a paragraph ends whose quotation closes the article ("... Halten Sie Abstand!“",
"... »Jetzt reicht es!«") past a box of links; a site's pitch of two sentences under such a
box ends with its own "!" ("Enjoyed this story? ... council meetings!")."""
#: Words of a site speaking to its reader, in a pitch under the article ("... please consider
#: taking out a digital subscription to The Border Mail today!").
_ADDRESSES_READER = compile_regex(r"(?i)\b(?:you|your|subscri\w*|abonn\w*|vous|votre|vos)\b")
BOX_PITCH_MIN_WORDS = 4
BOX_PITCH_MAX_WORDS = 40
"""A sentence between two of a sign-up box's lines is the box's pitch at this many words at
most, and at least ``BOX_PITCH_MIN_WORDS``: a line of two or three words there is a form's
field or button ("Sign up!"), which the rule's own patterns or its ``[beside]`` ones take."""
BYLINE_NAME_MAX_WORDS = 4
"""A writer's name or job alone on its line, over a sign-up box under the article, has at most
this many words, on at most ``BOX_NAME_LINES_MAX`` lines."""
BOX_NAME_LINES_MAX = 2
BOX_PARAGRAPH_MIN_WORDS = 10
"""A line over a sign-up box that ends as a sentence does counts as the article's last
paragraph at this many words."""
_ATTRIBUTION_WORDS = r"\b(?i:said|says|told)\b"
_QUOTED_OR_ATTRIBUTED = compile_regex(rf"[\"“”„«»]|{_ATTRIBUTION_WORDS}")
_ATTRIBUTION = compile_regex(_ATTRIBUTION_WORDS)
#: Categories of the rules whose lines a quoted text may hold: appeals, sign-up boxes, notices.
_QUOTABLE_CATEGORIES = (*_APPEAL_CATEGORIES, "boilerplate")
#: The words of a sentence that quotes a notice under it ("The app's fine print reads:").
_QUOTES_A_NOTICE = compile_regex(
    r"(?i)\b(?:reads?|says?|said|states?|warns?|wrote|writes|disclaimers?|disclosures?"
    r"|fine\s+print|notice|statement|warning|label|sentence|line|wording|words|text|note)\b"
)
#: A shopping page's lead over its picks, whose disclosure is the site's, not a quotation.
_SHOPPING_LEAD = compile_regex(
    r"(?i)\b(?:deals?|picks?|shop(?:ping)?|buy|right\s+now|products?|prices?|gifts?)\b"
)
QUESTION_HEADLINE_MAX_WORDS = 15
"""A headline that ends with a question mark has at most this many words (in a script
written with spaces between its words)."""
SIGNER_LINE_MAX_WORDS = 8
SIGNER_TITLE_LINES_MAX = 2
"""A letter's signer's title under the name takes this many lines of this many words."""
QUOTED_LINES_MAX = 4
"""A text an article quotes under its colon sentence runs to at most this many lines."""
QUOTED_BLOCK_LEAD_MIN_WORDS = 3
"""A sentence that announces a quoted text under it has at least this many words (or a verb
of quoting: "It reads:"), and is no label in title case ("The Morning Brief:")."""
_QUOTING_VERB = compile_regex(r"(?i)\b(?:reads?|says?|said|wrote|writes|asks?|asked)\b")
#: A site's label over its own box, not the article's words ("A note from the publisher:").
_SITE_BOX_LABEL = compile_regex(
    r"(?i)(?:an?\s+)?(?:note|message|word|letter)\s+from\s+(?:the\s+|our\s+)?"
    r"(?:publisher|editors?|sponsors?|newsroom|team)\s*:"
)
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


#: An announcement in the site's own voice: its share row's, not the article's list.
_SITE_VOICE = compile_regex(r"\b(?:us|our|we|follow|stay|connect|favou?rite)\b", regex.IGNORECASE)
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
RESTATED_STEMS_MIN = 3
ANNOUNCED_ITEMS_MAX = 12
HEAD_BLOCK_LINES = 2
"""A byline this many lines of text under the body's first line at most opens the head's block."""
SECTION_HEADING_MAX_WORDS = 3
"""A section label over a block of data at the article's end heads it at this many words at most."""
AUTHOR_LINE_MAX_WORDS = 25
"""A line about the author between the byline and the date has at most this many words."""
AUTHOR_NOTE_MAX_SENTENCES = 3
"""An author's note under the article ("Jane Doe is a professor of ...") has fewer sentences."""
AUTHOR_NOTE_PARAGRAPHS_MIN = 2
"""An author's note closes an article of this many paragraphs at least (not a brief)."""
AUTHOR_NOTES_MAX = 2
"""At most this many notes on authors, one under another (a story's two writers)."""
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
LIVE_ENTRY_HEADING_MAX_WORDS = 14
"""A live blog's first entry heading, over the body, has at most this many words (more than
a listicle's entry heading: a news line with a quotation, « dialogue » counting three)."""
_STEP = compile_regex(r"\s*(?:\d{1,2}[.)](?=\s)|step\s+\d{1,2}\b|[-•*▪·]\s)", regex.IGNORECASE)
#: Share buttons that name an action, never a section of a how-to.
_BUTTON_VERBS = frozenset(
    {
        "share", "tweet", "save", "pin", "copy", "print", "like", "follow", "reply", "comment",
        "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "condividi",
        "stampa", "compartilhar", "compartilhe", "delen", "afdrukken", "printen",
    }
)
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
#: An author's name alone on its line: two or three capitalised words ("Sofie Claes").
_BARE_NAME = compile_regex(r"\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2}")
_BYLINE_DETAIL = compile_regex(r"[,|·•]|\d")  # a job, an outlet or a date after the name
#: A heading that names the match's own results under it ("BRIEF SCORES", "Scorecard",
#: "Final result:"): two lines of scores under it close the report as three do without it. A
#: bare "Scores" or "Results" heads a widget of other games' scores as often.
_RESULTS_HEADING = compile_regex(
    r"(?i:(?:brief|final|full|match|game)\s+(?:scores?|results?)|scorecard|box\s+score"
    r"|scoring\s+summary)\s*:?"
)
_REPRINT_BUTTON = compile_regex(r"(?i)buy\s+now")
"""A small daily's button to buy a print of the photo, by its caption and its credit."""
#: A photographer's credit under a "Buy Now": "Name, The Pantagraph", "NAME, HERALD & REVIEW".
_PERSON_AND_OUTLET = compile_regex(
    r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[,/]\s*"
    r"\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}"
)
#: A photographer's credit with the outlet after the name ("Ruth Ann Kessler, The Journal
#: Times", "KENNETH FERRIERA, Journal Star", "Chaz Palla | Tribune-Review"). A media word alone
#: after the comma is as often a town's name under a letter ("Linda Carrasco, Globe").
_OUTLET_CREDIT = compile_regex(
    r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[,/|]\s*"
    r"(?:(?i:the)\s+(?:\p{Lu}[\p{L}&'’.]*(?:\s+|-)){0,3}|(?:\p{Lu}[\p{L}&'’.]*(?:\s+|-)){1,3})"
    r"(?i:times|journal|star|enquirer|news|post|herald|tribune"
    r"|gazette|press|register|chronicle|bee|observer|dispatch|sentinel|courier|record|republic"
    r"|globe|telegraph|examiner|inquirer|ledger|bulletin|democrat|statesman|advocate|citizen"
    r"|review|staff|staff\s+photographer|photographer|photo)"
)
_CREDIT_SEPARATOR = compile_regex(r"\s*[,/|]\s*")  # between a credit's name and its outlet
#: A letter's signature: a name and the writer's town ("Ellen Marsh, Ross", "Tom Reyes,
#: Greensburg").
_SIGNATURE = compile_regex(
    r"(?:[—–-]\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}"
    r",\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}"
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
_AUTHOR_NOTE = compile_regex(  # "Jane Doe is a professor of history at ...", "X is the Star's ..."
    r"(?:(?:Dr|Prof)\.?\s+)?"
    r"(?!(?:The|A|An|This|That|These|Those|Our|Its|Their|His|Her|My|It|There|Here)\s)"
    r"\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|del|van|von|der|le|la|al|bin)\s+)?"
    r"(?P<surname>\p{Lu}[\p{L}'’.-]*)){1,3}\s+"
    r"(?:(?:is|was)\s+(?:also\s+|now\s+)?(?:a|an|the|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}['’]s?)"
    r"|writes\s+(?:about|for|on)|teaches)\s"
    r".{5,400}"
)
_GLUED_AUTHOR_BOX = compile_regex(  # "John Timmer John became ...", "About Aditi AhujaAditi loves"
    r"(?:About\s+)?(?P<given>\p{Lu}\p{Ll}+)\s+(?P<surname>\p{Lu}[\p{L}'’-]+?)\s*(?P=given)"
    r"\s+\p{Ll}.{10,}"
)
_WRITERS_WORK = compile_regex(  # what an author's note says of the author's work
    r"(?i)\b(?:reporter|writer|journalist\w*|editor|correspondent|columnist|contributor|critic"
    r"|reviewer|professor|lecturer|fellow|researcher|novelist|poet|essayist|historian"
    r"|scholar|blogger|commentator|freelance|writes|writing|written|covers?|redakteur\w*)\b"
    # the author of a book, not of a bill: "the author of “Small Rooms”", "of Shouting From ..."
    r"|author\s+of\s+(?:the\s+)?(?:(?:new|forthcoming|upcoming|bestselling)\s+)?"
    r"(?:book|novel|memoir|biography|collection)\b|author\s+of\s+[“\"'‘«]"
    r"|author\s+of\s+(?!(?:Senate|House|Assembly|Bill|Act|Amendment|Resolution|[HS]B|AB)\b)"
    r"(?-i:\p{Lu})"
)
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_FIRST_PERSON_BIO = compile_regex(r"I(?:\s|['’]m\s|['’]ve\s)")  # "I cover ...", "I'm a ..."
_JOB_AT_OUTLET = compile_regex(  # "Features Editor at Jalopnik."
    r"(?:\p{Lu}[\p{L}-]*\s+){0,3}(?i:editor|writer|reporter|correspondent|columnist|contributor"
    r"|producer|critic)(?:-in-chief)?\s+(?:at|for|of|with)\s+(?:the\s+)?\p{Lu}"
)
_WHOLE_QUOTE = compile_regex(r"[\"“«„‘'].*[\"”»“’']")  # a line that is a quotation
_HANDLE = compile_regex(r"@\w{2,30}")
_NEWSROOM = compile_regex(r"(?i)\b(?:newsroom|news\s*desk|contact\s+us|our\s+(?:office|staff))\b")
_SPACELESS_SCRIPT = compile_regex(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


class Verdict(NamedTuple):
    """Why a line goes: the rule, and the harvested value it carries (if any)."""

    rule: Rule
    reason: str
    match: LineMatch | None = None


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


class _Document:
    """The work on one text; lives for one ``clean`` call.

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
        self.known_title = _comparable(known_title) if known_title else None
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
        """Sentences between two lines of a sign-up box (see ``_box_pitches``)."""
        closing_pitches = {
            pitch
            for pitch in self.box_pitches
            if not self._paragraph_below(pitch) and self._box_under_paragraph(pitch)
        }
        self.evidence = self.claimed | self.captions | set(self.repeated) | closing_pitches
        """Lines that a rule matched, a list claimed, captions, repeated lines and the pitches
        of sign-up boxes: only these can carry a rule's verdict (and none of them is blank)."""
        self.first_bare_time = next(
            (index for index, block in enumerate(self.blocks) if is_bare_time(block.text)), None
        )
        """The first line that is only a clock time: live entries are stamped below it."""
        self.stamps = self._entry_stamps()
        """Date lines that stamp a live page's entries (see ``_entry_stamps``)."""
        self.every_rule_fires = False
        """Whether the body was found without the rules' lines (see ``_find_span``)."""
        self.author_notes: set[int] = set()
        """Notes on the authors under the article (see ``_above_author_notes``)."""
        self.span = self._find_span()
        self.verdicts: dict[int, Verdict] = {}
        self.title_index: int | None = None

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

    def _is_anywhere_junk(self, index: int) -> bool:
        if index in self.captions or index in self.repeated:
            return True
        if index in self.lists and "anywhere" in self.lists[index][0].where:
            return True
        found = self.matches[index]
        return bool(found) and all("anywhere" in m.rule.where for m in found)

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
                item = introduced and index not in self.lists and not self._foot_of_page(index)
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
                days.setdefault(_comparable(day), []).append(index)
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
                and _OUTLET_CREDIT.fullmatch(self.blocks[above].text.strip()) is None
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

    def _above_author_notes(self, first: int, last: int) -> int:
        """The body's last line, moved up above the notes on its authors that close it ("Jane
        Doe is a professor of urban planning at Midland State University.", "Daniel Ferraro is
        an economist and a former adviser to the Victorian government." under "By Daniel
        Ferraro", a name over "Sam has been writing about games since 2012."), which no
        pattern can list: notes on someone the article does not mention (``_author_note``),
        under the article's last line or lines that rules remove (a second cleaning, without
        them, finds the notes right under it). Two notes one under another are a story's two
        writers when the head names one of them; two people that no byline names are the
        story's own (a newsroom introducing its new reporters), and three or more are a
        series of people (a panel, a vox pop). The body must then end with a line that ends
        as a sentence does: under a box's lines (an app's card: "Price: Free", "Download") a
        second cleaning would trim the box with the notes gone. The notes go as
        ``author-contact``'s (``author_notes``); with that rule off, they stay."""
        if self.cleaner.active(AUTHOR_CONTACT) is None:
            return last
        note_lines: list[int] = []
        notes_found = 0
        bylined = False  # whether the head names one of the notes' people
        index = last
        while True:
            lines, named = self._author_note(first, index)
            if not lines:
                break
            notes_found += 1
            if notes_found > AUTHOR_NOTES_MAX:
                return last  # a panel's or a vox pop's people
            note_lines.extend(lines)
            bylined = bylined or named
            # the next line up that stays, past a rule's ("Follow me on Twitter.")
            above = self._unclaimed(range(lines[0] - 1, first, -1))
            if above is None:
                return last
            index = above
        if notes_found > 1 and not bylined:
            return last  # people whom no byline names: the story's own
        if note_lines and not self.features[index].terminal:
            return last  # lines of a box above (an app's card): the body ends with them
        self.author_notes.update(note_lines)
        return index

    def _author_note(self, first: int, index: int) -> tuple[list[int], bool]:
        """The lines of a note on an author that ends on line ``index`` of the body (none if
        it is no such note), and whether the head names its author. A note is a name, then
        "is" or "was" (maybe with "also" or "now") and "a", "an", "the" or an outlet's
        possessive ("is the Star's ..."), or "writes about", "for" or "on", or "teaches"
        ("Jane Doe is a professor of ..."), in ``author-contact``'s most words; a bare name
        over a line that opens with its first name, with "I" or with a job at an outlet
        ("Tariq Malik" over "Tariq is the Editor-in-Chief of Space.com ...", "Devin
        Kowalczyk" over "I cover consumer technology ...", "Raphael Orlove" over "Features
        Editor at Jalopnik."); or the two run together ("John Timmer John became Ars
        Technica's science editor in 2007 ...").

        A note names the page's author (its surname stands in the head, where the byline is)
        or a writer's or a scholar's work ("writer", "editor", "professor", "the author of
        <a book>", "covers ..."); a line that introduces someone else ("Carmen Ruiz is a
        labor and delivery nurse at Valley General", the voice of a quote above; "Ellen Burke
        is a retired teacher in Edina.", a letter's signer; "Rep. Angela Whitford is the
        author of a companion bill") is the article's. So is a name over its paragraph when
        another name stands alone in the body above (a vox pop's, a panel's, a series of
        portraits). At most ``AUTHOR_NOTE_MAX_SENTENCES`` sentences with no one's words
        reported in them and no telephone number (a service's line: "Dr. Rebecca Stone is
        the clinic's director. Call her at 555-0134 to book a slot."), under an article of
        ``AUTHOR_NOTE_PARAGRAPHS_MIN`` paragraphs at least that does not name the surname
        (a suffix is no surname: "Robert Kane Jr."): an article's closing line about someone
        or something it is about names them above ("Southern Vermont Hills is the fourth
        private college in the state to announce its closure since 2016." under a story on
        that college)."""
        most = self.cleaner.rule(AUTHOR_CONTACT).max_words
        if index in self.evidence or self.features[index].words > most:
            return [], False
        text = self.blocks[index].text.strip()
        if (
            _ATTRIBUTION.search(text) is not None
            or has_phone_number(text)
            or len(INNER_SENTENCE.findall(text)) >= AUTHOR_NOTE_MAX_SENTENCES
        ):
            return [], False
        lines = [index]
        note = _AUTHOR_NOTE.fullmatch(text) or _GLUED_AUTHOR_BOX.fullmatch(text)
        if note is not None:
            surname = _surname(note.captures("surname"))
        else:
            above = previous_text_line(self.blocks, index)
            name = self.blocks[above].text.strip() if above is not None else ""
            if (
                above is None
                or above in self.evidence
                or _BARE_NAME.fullmatch(name) is None
                or not (
                    text.startswith(name.split()[0] + " ")
                    or _FIRST_PERSON_BIO.match(text) is not None
                    or _JOB_AT_OUTLET.match(text) is not None
                )
            ):
                return [], False
            lines, surname = [above, index], _surname(name.split())
        mentions = _surname_pattern(surname)
        named = any(mentions.search(self.blocks[line].text) for line in range(first))
        if not named and _WRITERS_WORK.search(text) is None:
            return [], False
        paragraphs = 0
        for line in range(first, lines[0]):
            if line in self.evidence or self.blocks[line].kind is BlockKind.BLANK:
                continue
            if mentions.search(self.blocks[line].text) is not None or (
                len(lines) == 2
                and not named
                and _BARE_NAME.fullmatch(self.blocks[line].text.strip()) is not None
            ):
                return [], False
            paragraphs += is_prose_paragraph(self.blocks[line], self.features[line])
        return (lines, named) if paragraphs >= AUTHOR_NOTE_PARAGRAPHS_MIN else ([], False)

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
            or _BARE_NAME.fullmatch(self.blocks[name].text.strip()) is None
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
        shape = _OUTLET_CREDIT
        if (
            bought
            and _OUTLET_CREDIT.fullmatch(text) is None
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
            and (shape is _OUTLET_CREDIT or index not in self.evidence)
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
        lead = _comparable(self.blocks[first].text)
        third = self._next_staying(below)
        if (
            third is None
            or self.matches[third]
            or _comparable(self.blocks[below].text) != lead
            or _comparable(self.blocks[third].text) == lead
            or not is_prose_paragraph(self.blocks[third], self.features[third])
        ):
            return first
        return below

    def _names_the_byline(self, text: str, first: int) -> bool:
        """Whether ``text`` is a name alone that a byline above line ``first`` gives."""
        if _BARE_NAME.fullmatch(text.title() if text.isupper() else text) is None:
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
                and _SPACELESS_SCRIPT.search(ending) is None
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
            _SPACELESS_SCRIPT.search(text) is not None
            and len(text) > len(self.blocks[first].text.strip())
        ):
            return after
        return first

    def _next_staying(self, index: int) -> int | None:
        """The next line of text under ``index`` past those removed wherever they stand (an
        ad marker): as a second cleaning, without them, sees it."""
        below = next_text_line(self.blocks, index)
        while below is not None and self._is_anywhere_junk(below):
            below = next_text_line(self.blocks, below)
        return below

    @staticmethod
    def _head_only(rule: Rule, category: str | None = None) -> bool:
        return "body" not in rule.where and "anywhere" not in rule.where and (
            category is None or rule.category == category
        )

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
        shape = _DIGIT_RUN.sub("#", self.blocks[above].text.strip())
        figures = [[int(n) for n in _DIGIT_RUN.findall(self.blocks[above].text)]] + [
            [int(n) for n in _DIGIT_RUN.findall(self.blocks[index].text)]
            for index in range(first, span.last + 1)
            if _DIGIT_RUN.sub("#", self.blocks[index].text.strip()) == shape
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
            and _OUTLET_CREDIT.fullmatch(text) is None
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
        if above is not None and _SIGNATURE.fullmatch(self.blocks[above].text.strip()):
            below = self._unclaimed(range(index + 1, last + 1))
            return below is not None and self.features[below].terminal
        return all(
            neighbour is not None and self.features[neighbour].terminal
            for neighbour in (
                self._unclaimed(range(index - 1, first - 1, -1)),
                self._unclaimed(range(index + 1, last + 1)),
            )
        )

    def _unclaimed(self, indices: range) -> int | None:
        return next(
            (
                index
                for index in indices
                if self.blocks[index].kind is not BlockKind.BLANK and index not in self.evidence
            ),
            None,
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

    def _claimed_by_a_rule(self, index: int) -> bool:
        """Whether a line rule matches the line or a list rule's header does (the lists
        themselves are not found yet)."""
        if self.matches[index]:
            return True
        block, feats = self.blocks[index], self.features[index]
        return bool(self.cleaner.list_matcher.match(block.text, feats.words, self.warnings))

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
        below = self._unclaimed_below(last, _SIGNATURE)
        if below is not None:
            sisters = (
                index
                for index in range(first, last)
                if index not in self.evidence
                and _SIGNATURE.fullmatch(self.blocks[index].text.strip()) is not None
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

    def _claimed_only_by_head_dates(self, index: int) -> bool:
        """Whether rules claim a line and all of them are date rules that stay out of the
        body (a match's "Date: Saturday, November 23" among its facts)."""
        found = self.matches[index]
        return bool(found) and all(self._head_only(match.rule, "date") for match in found)

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
            or _SITE_VOICE.search(text)
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

    def _date_heading(self, index: int) -> bool:
        """A short line that only date rules claim."""
        return (
            self.features[index].words <= ANNOUNCED_ITEM_MAX_WORDS
            and self._claimed_only_by(index, "date")
        )

    def _claimed_only_by(self, index: int, *categories: str) -> bool:
        """Whether rules claim a line and every one of them is of one of ``categories``."""
        found = self.matches[index]
        return bool(found) and all(match.rule.category in categories for match in found)

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

    # -- decisions ------------------------------------------------------------------------

    def zone(self, index: int) -> str:
        return "body" if self.span is None else self.span.zone(index)

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

    def _take_lines_beside(self) -> None:
        """Lines that a rule's ``beside`` patterns match, removed with the rule when the line
        above or below is one it removes: a video player's "Cancel" and "Play now" under its
        "The video will start in 8", a sign-up box's "Your Email" under its "Sign up for our
        free newsletter". Alone or among the article's lines, such a line may be the
        article's own ("Play now" as a subheading). A line taken this way lets the next one
        be taken beside it, but not a line with the words of one taken before it: a player
        has one "Cancel", and a second one under it is the article's subheading."""
        matcher = self.cleaner.beside_matcher
        if not matcher.rules:
            return
        found: dict[int, set[str]] = {}  # a line: the rules whose beside patterns match it
        taken: dict[int, frozenset[str]] = {index: frozenset() for index in self.verdicts}
        waiting = sorted(self.verdicts)
        while waiting:
            index = waiting.pop()
            rule = self.verdicts[index].rule
            for near in (
                previous_text_line(self.blocks, index),
                next_text_line(self.blocks, index),
            ):
                if near is None or near in self.verdicts:
                    continue
                if near not in found:
                    text, words = self.blocks[near].text, self.features[near].words
                    found[near] = {m.rule.id for m in matcher.match(text, words, self.warnings)}
                line = self.blocks[near].text.strip().casefold()
                if (
                    rule.id in found[near]
                    and line not in taken[index]
                    and self._fires_beside(rule, near, index)
                ):
                    reason = f"beside line {index + 1}, which it removes"
                    self.verdicts[near] = Verdict(rule, reason)
                    taken[near] = taken[index] | {line}
                    waiting.append(near)

    def _fires(self, rule: Rule, index: int) -> bool:
        """Whether ``rule`` may remove line ``index``: in the zone it stands in, or anywhere
        when no body was found or every rule's line goes (see ``_find_span``)."""
        return self.span is None or self.every_rule_fires or rule.fires_in(self.zone(index))

    def _fires_beside(self, rule: Rule, near: int, index: int) -> bool:
        """Whether ``rule`` may take ``near`` beside its line ``index``: where it may fire,
        or at the body's edge next to its line outside the body (the heading of a box of the
        tail, "Did you know X is a nonprofit?", is a question the body ends with); but never
        a bare time that opens the body: the stamp of a live page's first entry
        (``_first_entry_stamp``, ``_opens_entries``), whose heading a second cleaning,
        without it, would take for the page's title."""
        span = self.span
        if span is not None and near == span.first and is_bare_time(self.blocks[near].text):
            return False
        if self._fires(rule, near):
            return True
        edge = span is not None and near in (span.first, span.last)
        return edge and rule.fires_in(self.zone(index))

    def _box_pitches(self) -> set[int]:
        """The lines that may be a sign-up box's pitch (``_take_box_pitches``): a sentence of a
        pitch's length, with no quotation mark and no word of who said it, between two lines
        that one newsletter rule's patterns match. Under the article (no paragraph that no
        rule claims below them) they count as evidence of junk when the body is looked for
        (``__init__``): counted as the article's sentence, the pitch had kept the line above
        the box in the body (an author's name under the last paragraph), which a second
        cleaning, without the box, trims. Between paragraphs the pitch weighs as a sentence,
        as it always did: the box is then the article's to cross. Most pages have no such
        box: then no line is looked at."""
        boxes = {
            index
            for index, found in enumerate(self.matches)
            if any(match.rule.category == "newsletter" for match in found)
        }
        if len(boxes) < 2:
            return set()
        pitches: set[int] = set()
        for index, block in enumerate(self.blocks):
            if (
                index in boxes
                or block.kind is BlockKind.BLANK
                or not BOX_PITCH_MIN_WORDS <= self.features[index].words <= BOX_PITCH_MAX_WORDS
                or not block.text.rstrip().endswith((".", "!", "?", "…"))
                or _QUOTED_OR_ATTRIBUTED.search(block.text) is not None
            ):
                continue
            above = previous_text_line(self.blocks, index)
            below = next_text_line(self.blocks, index)
            if above is None or below is None:
                continue
            upper = {m.rule.id for m in self.matches[above] if m.rule.category == "newsletter"}
            lower = {m.rule.id for m in self.matches[below] if m.rule.category == "newsletter"}
            if upper & lower:
                pitches.add(index)
        return pitches

    def _box_under_paragraph(self, pitch: int) -> bool:
        """Whether a sign-up box stands under a paragraph that no rule matches (or a line of
        ``BOX_PARAGRAPH_MIN_WORDS`` words or more that ends as a sentence does), at most two
        short lines that no rule matches between them (the writer's name and job: review
        129; lines that rules match, a copyright line, do not count): a list or a table
        over the box ("What to put in a storm kit" and its items) is the article's end,
        which the pitch, counted as a sentence, keeps in the body (review 128)."""
        between = 0
        for line in range(pitch - 1, -1, -1):
            if self.matches[line] or line in self.lists or not self.blocks[line].text.strip():
                continue  # the box's own lines, and junk between (a copyright line)
            feats = self.features[line]
            if is_prose_paragraph(self.blocks[line], feats) or (
                feats.terminal and feats.words >= BOX_PARAGRAPH_MIN_WORDS
            ):
                return True
            between += 1
            if between > BOX_NAME_LINES_MAX or feats.words > BYLINE_NAME_MAX_WORDS:
                return False
        return False

    def _paragraph_below(self, pitch: int) -> bool:
        """Whether a paragraph that no rule matches stands under a sign-up box's ``pitch``
        before any other rule's line (an ad marker aside): the article goes on under the box.
        A paragraph under a comment section's header, a teaser box or an ad's pitch is the
        page's, and a second cleaning, without it, would not see it."""
        for line in range(pitch + 1, len(self.blocks)):
            found = self.matches[line]
            if self.blocks[line].kind is BlockKind.BLANK or any(
                match.rule.category in ("newsletter", "ad") for match in found
            ):
                continue
            if found or line in self.lists:
                return False
            if is_prose_paragraph(self.blocks[line], self.features[line]):
                return True
        return False

    def _take_box_pitches(self) -> None:
        """A line between two lines that one newsletter rule removes, taken with them: a
        sign-up box's pitch between its heading and its form ("Sign up for our free
        newsletter" / "The biggest crypto stories, every weekday. Straight to your inbox." /
        "Enter your email"), in words no pattern can list. Only between lines the rule's
        patterns take (not lines taken beside them), and only a line of ``_box_pitches``
        that no other rule has taken."""
        for index in self.box_pitches:
            if index in self.verdicts:
                continue
            above = previous_text_line(self.blocks, index)
            below = next_text_line(self.blocks, index)
            if above is None or below is None:  # never: a pitch stands between two lines
                continue
            upper, lower = self.verdicts.get(above), self.verdicts.get(below)
            if (
                upper is not None
                and lower is not None
                and upper.rule is lower.rule
                and upper.rule.category == "newsletter"
            ):
                self.verdicts[index] = Verdict(upper.rule, "between two lines of its box")

    def _rule_verdict(self, index: int) -> Verdict | None:
        zone = self.zone(index)

        if index in self.lists:
            rule, header = self.lists[index]
            if self._fires(rule, index):
                reason = (
                    "list header" if header == index else f"item of the list at line {header + 1}"
                )
                return Verdict(rule, reason)
        for match in self.matches[index]:
            if self._fires(match.rule, index) and not (
                zone == "body"
                and not self.every_rule_fires
                and (
                    (
                        match.rule.category == "share"
                        and (self._heads_next(index) or self._announced_item(index))
                    )
                    or (
                        match.rule.category == "caption"
                        and self._announced_item(index)
                        and self._has_fellow_item(index)
                    )
                    or (match.rule.category in _APPEAL_CATEGORIES and self._quoted_block(index))
                    or (match.rule.category == "boilerplate" and self._quoted_notice(index))
                )
            ):
                return Verdict(match.rule, "matches a pattern", match)
        caption = self.cleaner.active(CAPTION)
        if index in self.captions and caption is not None:
            return Verdict(caption, "a photo's caption, over its credit or under its label")
        repeated = self.cleaner.active(REPEATED_LINE)
        if index in self.repeated and repeated is not None:
            return Verdict(repeated, f"occurs in {self.repeated[index]} documents of this source")
        return None

    def _quoted_block(self, index: int) -> bool:
        """Whether a line inside the body is a text the article quotes, under its sentence
        that ends with a colon ("The appeal at the foot of each story reads:" over "The
        Ledger relies on your support. ..."; "It reads, in part:" over a food bank's "Your
        donation helps keep ..."): the article's words, not the site's, so an appeal's or a
        newsletter's patterns do not take it. A sentence in the site's own voice ("Sign up
        for our newsletter:") announces the site's own box, and so does its label ("A note
        from the publisher:", "The Morning Brief:": reviews 99 and 101). The quoted text may
        run to ``QUOTED_LINES_MAX`` lines that such rules claim, one under another (an
        offer's three lines under "... résume la promesse en trois phrases :": review 109).
        """
        above = self._quote_lead(index)
        if above is None or above in self.evidence or self.zone(above) != "body":
            return False
        text = self.blocks[above].text.rstrip()
        if not text.endswith(":") or _SITE_VOICE.search(text) or _SITE_BOX_LABEL.fullmatch(text):
            return False
        return _QUOTING_VERB.search(text) is not None or (
            self.features[above].words >= QUOTED_BLOCK_LEAD_MIN_WORDS
            and not all(word[:1].isupper() for word in text.split())
        )

    def _quote_lead(self, index: int) -> int | None:
        """The line over a quoted text that ``index`` may belong to: the first line above it
        past at most ``QUOTED_LINES_MAX`` - 1 lines of a quotable rule's (an appeal's, a
        sign-up box's, a notice's)."""
        above = previous_text_line(self.blocks, index)
        for _ in range(QUOTED_LINES_MAX - 1):
            if above is None or not self._claimed_only_by(above, *_QUOTABLE_CATEGORIES):
                break
            above = previous_text_line(self.blocks, above)
        return above

    def _quoted_notice(self, index: int) -> bool:
        """Whether a line a notice's rule claims (a disclaimer, a disclosure) is a notice the
        article quotes: under its sentence ending with a colon (``_quoted_block``: "... the
        same block of fine print:", "he wrote:"; review 107) that names the notice or quotes
        it, or is no shopping page's lead ("Here are the best deals available right now:"
        over the site's own disclosure, review 108; "... requires every member to include
        one specific sentence:" quotes it, review 109)."""
        above = self._quote_lead(index)
        if above is None or not self._quoted_block(index):
            return False
        text = self.blocks[above].text
        return _QUOTES_A_NOTICE.search(text) is not None or _SHOPPING_LEAD.search(text) is None

    def _announced_item(self, index: int) -> bool:
        """Whether a network's or an agency's name inside the body is an item of a list that
        a sentence of the article announces ("The companies named in the suit are:" over
        "Facebook", "Instagram", "Snapchat"; "The agencies taking part are:" over "Getty
        Images", "Reuters"): the line above is that sentence, or another item (a short line
        of no final punctuation that no rule claims, or a name that is such an item itself)
        under it. Not a sentence in the site's own voice ("Follow us on:", "Stay up to date
        on your favourite platforms:"), and not a button of a share row under a list of other
        things."""
        if self.features[index].words > 2 or self._button_verb(index):
            return False
        above = previous_text_line(self.blocks, index)
        crossed = False  # other items stand between the line and the announcement
        names = False  # and among them, names a rule claims
        for _ in range(ANNOUNCED_ITEMS_MAX):
            if above is None or self.zone(above) != "body":
                return False
            if above in self.evidence:
                if not self._bare_name(above):
                    return False  # a line that goes: a second cleaning would not see it
                names = True
            elif names and not self.blocks[above].text.rstrip().endswith(":"):
                return False  # buttons under a list of other things: a share row
            text, feats = self.blocks[above].text.rstrip(), self.features[above]
            if text.endswith(":"):
                return (
                    feats.words >= 3
                    and _SITE_VOICE.search(text) is None
                    and not (crossed and self._is_share_line(next_text_line(self.blocks, index)))
                )
            if feats.terminal or feats.words > 4:
                return False
            above, crossed = previous_text_line(self.blocks, above), True
        return False

    def _is_share_line(self, index: int | None) -> bool:
        return index is not None and any(m.rule.category == "share" for m in self.matches[index])

    def _foot_of_page(self, index: int) -> bool:
        """Whether a rule's line marks the foot of the page under a list the article
        announced: a comment prompt, a tag line or a share row with a list's header or
        another such line under it, and no paragraph of the article further down. Alone
        ("Reply" under "The buttons read:"), or above more of the article ("Reply", "Leave a
        comment" and the story going on), it may be an item of the list."""
        below = next_text_line(self.blocks, index)
        return (
            _foot_line(self.matches[index])
            and below is not None
            and (
                below in self.lists
                or any(m.rule.category in ("comments", "tags") for m in self.matches[below])
            )
            and not any(
                is_prose_paragraph(self.blocks[later], self.features[later])
                for later in range(below + 1, len(self.blocks))
                if later not in self.evidence
            )
        )

    def _has_fellow_item(self, index: int) -> bool:
        """Whether a short line of no final punctuation stands right above or below ``index``
        (not a colon's announcement): a list names two agencies or more, a photo's credit
        under "See the photos below:" stands alone."""
        for other in (previous_text_line(self.blocks, index), next_text_line(self.blocks, index)):
            if other is None:
                continue
            text, feats = self.blocks[other].text.rstrip(), self.features[other]
            if (
                feats.words <= ANNOUNCED_ITEM_MAX_WORDS
                and not feats.terminal
                and not text.endswith(":")
            ):
                return True
        return False

    def _bare_name(self, index: int) -> bool:
        """A network's or an agency's name and nothing else, which only a share or a credit
        rule claims: an item of an announced list as much as a button or a credit."""
        return (
            self.features[index].words <= 2
            and not self.features[index].terminal
            and index not in self.lists
            and all(m.rule.category in ("share", "caption") for m in self.matches[index])
            and not self._button_verb(index)
        )

    def _heads_next(self, index: int) -> bool:
        """Whether a one-word line inside the body is a heading, not a share button: it heads
        a line that names it ("WhatsApp" above "Open WhatsApp and tap Settings."; the word
        may take an ending there, "Телеграм" above "В Телеграме откройте ...", or a particle
        in a script written without spaces, "카카오톡" above "카카오톡은 ..."). A network's
        name (not a button's verb: "Share", "Print", "Save") also heads a numbered or
        bulleted step when another such name of the article heads one, and a sentence when
        the name next to it does ("WhatsApp" and "Facebook" above their steps, then "Email"
        above prose). The last button of a share row is no heading, whatever follows it."""
        below = self._below_heading(index)
        if below is None:
            return False
        if self._names(index, below):
            return True
        if self._button_verb(index):
            return False
        step = self._is_step(below)
        if not step and not self.features[below].sentence:
            return False
        lone = self._lone_words()
        sisters = {
            other
            for other in lone
            if other != index and not self._button_verb(other) and self._heads_directly(other)
        }
        if step:
            return bool(sisters)
        before = max((other for other in lone if other < index), default=-1)
        after = min((other for other in lone if other > index), default=-1)
        # the name next to it must be a heading itself: it names its line, or another name
        # heads one too (a name over a bullet, with no other, is a share button, and so is
        # the name next to it on a second cleaning)
        return any(
            neighbour in sisters and (len(sisters) > 1 or self._names_its_line(neighbour))
            for neighbour in (before, after)
        )

    def _names_its_line(self, index: int) -> bool:
        below = self._below_heading(index)
        return below is not None and self._names(index, below)

    def _heads_directly(self, index: int) -> bool:
        """Whether a one-word line heads a step or a line that names it."""
        below = self._below_heading(index)
        return below is not None and (self._is_step(below) or self._names(index, below))

    def _is_step(self, index: int) -> bool:
        return _STEP.match(self.blocks[index].text) is not None

    def _button_verb(self, index: int) -> bool:
        return self.blocks[index].text.strip().casefold().rstrip(":.!") in _BUTTON_VERBS

    def _below_heading(self, index: int) -> int | None:
        """The line that a one-word line inside the body may head (None if it cannot be a
        heading: several words, a share button above it, or junk under it)."""
        if " " in self.blocks[index].text.strip():
            return None
        above = previous_text_line(self.blocks, index)
        if above is not None and any(m.rule.category == "share" for m in self.matches[above]):
            return None
        below = next_text_line(self.blocks, index)
        return None if below is None or below in self.evidence else below

    def _names(self, index: int, below: int) -> bool:
        word = self.blocks[index].text.strip().casefold()
        text = self.blocks[below].text.casefold()
        if _SPACELESS_SCRIPT.search(word):
            return word in text
        stem = word[:-2] if len(word) > 5 else word
        return regex.search(rf"(?<!\w){regex.escape(stem)}", text) is not None

    def _lone_words(self) -> list[int]:
        """The one-word share lines of the body, the candidates for headings."""
        return [
            index
            for index in self.claimed
            if self.zone(index) == "body"
            and " " not in self.blocks[index].text.strip()
            and any(m.rule.category == "share" for m in self.matches[index])
        ]

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
            line = _comparable(block.text)
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
_BARE_COUNT = compile_regex(r"\d{1,3}")
_PROMO_CALL = compile_regex(  # a promotion's call under a field's label: "Find the best seats ..."
    r"(?i)\s*(?:find|get|buy|shop|save|compare|subscribe|sign\s+up|click|tap|download|visit)\b"
)
_YEAR_END = compile_regex(r"(?<![,(]\s?)\b(?:19|20)\d\d$")
_DIGIT_RUN = compile_regex(r"\d+")
_SOURCE_LABEL = compile_regex(r"\s*(?i:sources?|quellen?|fuentes?|fontes?|bronnen?)\s*[:：]")
_PLAIN_WORDS = compile_regex(r"[\p{L}\p{M}'’,\- ]+")
_SUMMARY_LABEL = compile_regex(r"(?i)key\s+(?:points|facts)\s*:?")  # over a box of key points
_SECTION_HEAD = compile_regex(  # a review's or report's first section, in one word
    r"(?i:verdict|background|fazit|einleitung|hintergrund"
    r"|bilan|veredicto|introducción|verdetto|giudizio|introduzione|veredito|introdução"
    r"|oordeel|conclusie|inleiding)"
)


def _surname(names: Sequence[str]) -> str:
    """The last of a name's words that is no suffix ("Robert Kane Jr." gives "Kane")."""
    words = [word for word in names if word.casefold().rstrip(".") not in _NAME_SUFFIXES]
    return (words or list(names))[-1]


def _surname_pattern(surname: str) -> regex.Pattern[str]:
    """What names ``surname`` as a name in a line: the word as written or in capitals
    ("Price" is named by "Carmen Price" or "CARMEN PRICE", not by "the best price"). Built
    once a note, and not kept in the shared cache: every page has its own names."""
    forms = "|".join(regex.escape(form) for form in (surname, surname.upper()))
    return regex.compile(rf"(?<!\w)(?:{forms})(?!\w)")


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


def _is_bare_count(text: str) -> bool:
    """A line that is a number of three digits at most and nothing else: a page's counter of
    comments or bookmarks ("0") under its tags, not a score, which names what it counts."""
    return _BARE_COUNT.fullmatch(text.strip()) is not None


def _ends_with_year(text: str) -> bool:
    """A short line whose one figure is a year at its end: a tag ("General Election 2019",
    "Budget 2020") or a teaser's, not a score; after a comma the year is a book's or a film's
    ("Fleet, 2019", "Netflix, 2019": a review's box of facts)."""
    stripped = text.strip()
    return _YEAR_END.search(stripped) is not None and len(_DIGIT_RUN.findall(stripped)) == 1


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


def _word_count(text: str) -> int:
    """Tokens with a letter: "Football - Ligue 1" has two words, a kicker's length."""
    return sum(1 for token in text.split() if any(char.isalpha() for char in token))


def _foot_line(found: Sequence[LineMatch]) -> bool:
    """A rule's line that marks the foot of a page: a comment counter or prompt, a tag line,
    a share row."""
    return any(m.rule.category in _FOOT_CATEGORIES for m in found)


def _mostly_figures(text: str) -> bool:
    """Whether most tokens of ``text`` carry a digit: a market ticker ("DAX 18.234,5 +0,4%")
    or a score line, never a headline."""
    tokens = text.split()
    return 2 * sum(1 for token in tokens if any(char.isdigit() for char in token)) > len(tokens)


def _comparable(text: str) -> str:
    """Letters and digits only, case-folded: how two renderings of a headline compare."""
    return "".join(char for char in text.casefold() if char.isalnum())


def _default_source(text: str) -> Source:
    data = text.encode("utf-8", "surrogatepass")
    return Source(sha256=sha256_hex(data), bytes=len(data))


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
