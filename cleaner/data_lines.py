"""Lines of data: a match's score and result, a race's or a league's rows, a fact box's
"Label: value" lines, runs of figures, the data that closes a report.

Such lines have no sentence and few words, the shape of the junk around an article, and most
of them are the article's own (a site's contact box, in the same form, is the page's:
``fact_runs``). The engine weighs the runs of figures and facts found here when it looks for
the body; the list finder (``cleaner.list_blocks``) tells a list's items from the article's
data with these shapes, and so do the captions and the finders of the body's edges.
"""

from collections.abc import Sequence, Set

import regex

from cleaner.features import (
    DIGITS,
    PHONE,
    LineFeatures,
    any_digit,
    is_label,
    is_site_address,
)
from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.table_rows import is_results_row

_CONTACT_LABELS = frozenset(
    {
        *("email", "e-mail", "mail", "phone", "tel", "tel.", "telephone", "mobile", "fax"),
        *("twitter", "x", "facebook", "instagram", "linkedin", "web", "website", "office"),
        "contact",
    }
)
_KICKER_WORDS = frozenset(  # a teaser's kicker before its colon: "Film review: ..."
    {
        "review", "interview", "analysis", "opinion", "video", "watch", "listen", "podcast",
        "gallery", "photos", "live", "explainer", "recensie", "kritik", "rezension",
        "critique", "entretien", "reseña", "crítica", "entrevista", "recensione",
        "intervista", "analyse", "kommentar", "commentaire", "meinung", "opinión",
    }
)
_SCORE_FIGURE = compile_regex(
    r"(?i)\d+\s*[-–:/]\s*\d+|\d+(?:[.,]\d+)?\s*(?:%|€|\$|£|euros?|eur|chf|usd|pts?|points|runs)"
    r"(?!\w)|[€$£]\s*\d|\d+\s*$"
)
# a critic's letter grade under the review: "Grade: B+", "Note : A-" (a label, then the grade alone)
_LETTER_GRADE = compile_regex(r"(?i:grade|note|rating|score|verdict)\s*:\s*[A-F][+\-−–]?")
_LIFE_DAY = r"(?:\d{1,2}\s+\p{L}+\s+|\p{L}+\.?\s+\d{1,2},?\s+)?\d{4}"  # 12 March 1931, June 4, 1927
_LIFE_DATES = compile_regex(  # "Jane Doe, hydrologist, born 12 March 1931; died 22 April 2024"
    rf"(?i)[^;]{{3,200}}?,\s*born\s+{_LIFE_DAY}\s*[;,]\s*died\s+{_LIFE_DAY}\.?"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIMELINE_ENTRY = compile_regex(  # "January 8: ...", "8 Jan 2019 - ...", "1998 – ..."
    rf"(?i)\s*(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH}"
    rf"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s*[:–—-]\s+\p{{Lu}}"
)
_TEAM = r"[«\"“„]?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+[\p{L}\p{M}.'’&-]+){0,4}[»\"”]?"
_GOALS = r"\d{1,3}\s*[-:–]\s*\d{1,3}"
_SCORE = r"\d{1,3}(?:\s*[-:.–]\s*\d{1,3})?(?:\s*\(\d{1,3}\))?"  # 2, 1-17, 12.9 (81)
_RESULT = compile_regex(
    rf"(?:{_TEAM}\s+{_GOALS}\s+{_TEAM}"
    rf"|{_TEAM}\s+{_SCORE},?\s+(?:(?:d|def\.?|v|vs\.?|beat)\s+)?{_TEAM}\s+{_SCORE}"
    rf"|{_TEAM}\s+[-–—:]\s+{_TEAM}\s+(?:[-–—:]\s+)?{_GOALS})"
    # an overtime's mark after the score ("2:3 OT", "2:3 ОТ", "1-1 aet") and the periods' or
    # halves' scores ("(1:0, 0:2, 1:0, 0:1)")
    r"(?:\s+(?:OT|ОТ|SO|Б|ot|aet|a\.e\.t\.|n\.V\.|n\.E\.|pen\.?|d\.t\.s\.))?"
    rf"(?:\s*\({_GOALS}(?:\s*[,;]\s*{_GOALS})*\)|\s*\(\d?\s?[\p{{L}}. ]{{1,12}}\))?"
)
_ONE_SIDE = compile_regex(rf"(?P<team>{_TEAM})\s+{_SCORE}")
_SEEDED_PLAYER = (  # a name with a country or a seed: "Ada Okafor (AUS)", "Mira Sato [4]"
    r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"(?:\s*\([A-Z]{2,3}\)|\s*\[\d{1,2}\])*"
)
_SET = r"\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}(?:-\d{1,2})?\))?"
_WON_IN_SETS = compile_regex(  # "Ada Okafor (AUS) d Lena Marsh (USA) 4-6 7-6 (9-7) 6-3"
    rf"{_SEEDED_PLAYER}\s+(?:d\.?|def\.?|bt\.?|beat)\s+{_SEEDED_PLAYER},?"
    rf"\s+{_SET}(?:[,;]?\s+{_SET}){{0,4}}"
    r"(?:,?\s+(?:ret\.?|retired|w/o))?"
)
#: Words that a count follows on a page ("Likes 45", "Room 12"): no team's name.
_COUNTED_THINGS = frozenset(
    (
        "likes", "shares", "comments", "views", "replies", "votes", "reactions", "followers",
        "photos", "videos", "pages", "page", "room", "studio", "chapter", "step", "part",
        "episode", "season", "issue", "volume", "level", "grade", "gate",
    )
)
_FACT = compile_regex(  # "Referee: Laura Kent", "Actieradius (WLTP): 436 km": see ``_fact``
    r"(?:[-–•·▪*]\s+)?"  # a list's mark before the label: "- Rent cap: 3%"
    r"([\p{L}\p{N}][\p{L}\p{N}'’.()/-]*(?:\s+[\p{L}\p{N}'’.()/-]+){0,4})\s*(?::\s+|：\s*)(\S.*)"
)
FACT_LABEL_WORDS = 3
_LABEL_ASIDE = compile_regex(r"\([^()]*\)")  # a label's aside: "Current cap (to Dec 31)"
QUANTITY_LINE_MAX_WORDS = 8
_TEASER_COUNT = compile_regex(
    r"(?i)\s*\d+\s+(?:\p{L}+\s+)?(?:best|top|ways?|things|reasons|ideas|tips|recipes|dinners"
    r"|bakes|meals|dishes|easy|quick|simple|great|delicious)\b"
)
_QUANTITY = compile_regex(  # "3 cuillères", "1/2 cup", "½ tsp"; not a list's "2. " or "2) "
    r"\s*(?:\d+(?:[.,/]\d+)?(?![.)]\s)|[½¼¾⅓⅔⅛])\s*\S"
)
_UNIT = (  # a measure's unit: "47 mpg", "180 g", "3.2 million"; not a teaser's "1,240 cases"
    r"(?i:mpg|mph|km/h|kmh|km|kwh|kw|hp|bhp|ps|kg|g|lbs?|mm|cm|m|ml|l|mah|gb|tb|mp|hz|w|v|nm"
    r"|°c|°f|%|k|bn|million|billion|euros?|dollars?|pounds?|minutes?|min|hours?|h|days?)"
)
_RATING = compile_regex(  # "Food 9/10", "Service: 4.5/5", "4 out of 5 stars"
    r"(?:\p{L}[\p{L}\p{M}'’ -]{0,30}?\s*:?\s+)?\d{1,3}(?:[.,]\d{1,2})?"
    r"\s*(?:/|(?i:out\s+of))\s*(?:5|10|20|100)(?:\s+(?i:stars?|points?))?\.?"
)
LIST_NUMBER = compile_regex(r"\s*(\d{1,2})[.)]\s+\S")
"""A numbered item's number ("7. ", "12) ") and the item's first sign."""
_AMOUNT = rf"[$€£]?\s*\d[\d.,/]*\s*(?:{_UNIT})?\.?"  # "47 mpg", "48MP", "$31,350"
_MEASURE = compile_regex(  # "about 2,000", "48MP + 16MP + 8MP", "140 (down from 205)"
    r"(?i:about|around|nearly|almost|over|more\s+than|up\s+to|rund|etwa|über|environ"
    r"|près\s+de|plus\s+de|unos|cerca\s+de|circa|quasi|ongeveer|bijna|около|почти)?\s*"
    rf"(?:(?:\p{{L}}+\.?\s+)?\d{{1,2}}\.?\s+\p{{L}}+\.?|{_AMOUNT}(?:\s*[+/x×,]\s*{_AMOUNT})*)"
    r"(?:\s*\([^()]{1,60}\))?"
)
_PAGE_META_LABELS = frozenset(
    {"作者", "来源", "來源", "浏览次数", "浏览", "點擊", "点击", "点击数", "字号", "编辑"}
    | {"责任编辑", "发布时间", "阅读", "阅读量", "记者", "通讯员", "摄影", "实习生"}
)
_FIGURE_FIRST = compile_regex(  # "$38.4 million: total budget", "2%: pay rise", "140: new homes"
    rf"(?!\d\s*:)(?:{_AMOUNT}|\d[\d.,]*\s*(?i:cents?|percent|per\s+cent|trillion))"
    r"\s*:\s+(?!.*\s(?:at|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}\S*)?\s*$)"
    r"[^:?!]{3,120}"
)
_FIXTURE = compile_regex(  # "Westfield v Crowhurst (3pm)", "Ajax vs. PSV (20:00)": a kick-off
    r"\p{Lu}[\p{L}\p{M}\p{N}.'’&\- ]{1,40}\s+(?i:v|vs\.?)\s+\p{Lu}[\p{L}\p{M}\p{N}.'’&\- ]{1,40}"
    r"\s*\(\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?m\.?)?(?:\s*\p{Lu}{2,4})?\)"
)
_SCORER = r"\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}"  # "Ross", "D.J. Moore": no possessive
_SCORING_PLAY = compile_regex(  # "A — Jake Moreno 38 run (Gavin Lenz kick)", "CC: FG Dunn 27"
    r"\p{Lu}{1,4}\s*[—–-]\s*[\p{L}.'’ -]{2,60}?\s\d{1,3}\s+(?i:run|pass|yd\.?|yards?|field\s+goal"
    r"|fumble\s+return|interception\s+return|punt\s+return|kickoff\s+return|fg)\b.{0,80}"
    # after a colon only the play's own parts: a name, the yards, the passer, the kick in
    # brackets ("Q: What did you see on that 62 run?" and a teaser's "NFL: Steelers' Boswell
    # 52 yard field goal sinks Browns" are none)
    rf"|\p{{Lu}}{{1,4}}\s*:\s*(?:{_SCORER}\s\d{{1,3}}\s+(?i:run|pass|fumble\s+return"
    r"|interception\s+return|punt\s+return|kickoff\s+return|blocked\s+punt\s+return)"
    rf"(?:\s+(?i:from)\s+{_SCORER})?|(?i:fg|field\s+goal)\s+{_SCORER}\s\d{{1,2}})"
    r"(?:\s*\([^()]{1,40}\))?(?:,?\s*\d{1,2}:\d{2})?"
)
_CLASSIFICATION_ROW = compile_regex(  # "1 Sebastian Vettel Ferrari 70 1h29m07.084s"
    r"\d{1,2}\.?\s+\p{Lu}[\p{L}\p{N}'’. &-]{2,60}?\s+\d{1,3}\s+(?:\d{1,2}h\d{2}m\d{2}[.,]\d{1,3}s"
    r"|[+-]\d{1,3}(?:[:.,]\d{1,3})+s?|\d{1,2}\s+(?i:laps?)|(?i:dnf|ret|dns|dsq))"
)
#: The small words of a name ("E van Rooyen", "Mathieu van der Poel").
NAME_PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos")
_PARTICLE = rf"(?i:{'|'.join(NAME_PARTICLES)})"
#: A player of a leaderboard's row: an initial and a surname, a name in capitals, particles
#: ("E van Rooyen"), the country after it ("(Rsa)", "(USA)").
_BOARD_NAME = (
    rf"(?:\p{{Lu}}\.?\s)?(?:{_PARTICLE}\s)*\p{{Lu}}[\p{{L}}'’-]+"
    rf"(?:\s(?:{_PARTICLE}\s)*\p{{Lu}}[\p{{L}}'’-]+)?"
    r"(?:\s\(\p{Lu}\p{L}{1,3}\))?"
)
_LEADERBOARD_ROW = compile_regex(  # "66 T Fleetwood", "67 M Fitzpatrick, E van Rooyen (Rsa)"
    rf"(?=.*\b\p{{Lu}}\.?\s\p{{Lu}})(?:T?\d{{1,3}}|[-+]\d{{1,2}})\s+{_BOARD_NAME}"
    rf"(?:,\s+{_BOARD_NAME}){{0,8}}"
)
_RACE_PLACING = compile_regex(  # "1. Vow And Declare (4) — Craig Williams": barrier, rider
    r"\d{1,2}[.)]?\s+\p{Lu}[\p{L}\p{N}'’ .-]{1,40}?\s*\(\d{1,2}\)\s*(?:[—–-]\s*)?"
    r"(?:\p{Lu}\.?\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}"
)
_RUNNERS = compile_regex(r"\d{1,2}\s+(?i:ran)\s*[.,;](?:\s.*)?")  # "17 ran. Distances: ..."
_FIXTURE_RESULT = compile_regex(  # "DSV Leoben – Gleisdorf 09 2:1 (0:1)", "FC Twente - PSV 1-3"
    r"[^\d\s][^:]{1,40}?\s[-–—]\s[^\d\s][^:]{1,40}?\s\d{1,2}\s?[-:–]\s?\d{1,2}"
    r"(?:\s*\(\d{1,2}\s?[-:]\s?\d{1,2}\))?"
)
_MATCH_OFFICIALS = compile_regex(  # "Referee: Wayne Barnes (England)", "Umpires: A Dar, J Wilson"
    r"(?i:referee|umpires?|match\s+referee|tmo|video\s+referee|assistant\s+referees?"
    r"|touch\s+judges?|linesmen|fourth\s+official)\s*:\s*\p{Lu}[^!?:]{2,120}"
)
OFFICIAL_NAME_MAX_WORDS = 4
"""An official's name, with a role or a country, has at most this many words."""
OFFICIAL_LONE_NAME_MAX_WORDS = 3
"""A lone official's name with nothing in brackets has at most this many words besides its
particles in lower case ("Ricardo de Burgos Bengoetxea"; "Del Cerro Explains Decision" is a
headline: review 108)."""
_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they", "you", "my", "our", "this"})
#: Words in lower case a line of officials may hold: name particles and roles ("TV umpire
#: Marais Erasmus (SA)", "Khamis al-Marri", "(both England)").
_OFFICIALS_LOWER_WORDS = frozenset(NAME_PARTICLES) | frozenset(
    {"ter", "ten", "al", "el", "bin", "ibn", "tv", "umpire", "umpires", "third", "fourth"}
    | {"official"}
    | {"reserve", "video", "referee", "assistant", "assistants", "both", "and"}
)
_OFFICIAL_SEPARATORS = compile_regex(r"\s*(?:[,;()]|\band\b|&)\s*")
CLOSING_LABEL_WORDS = 8
_EMAIL = compile_regex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STREET_ADDRESS = compile_regex(  # "700 Belvoir Road, Plymouth Meeting"
    r"\d{1,5}\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?i:road|rd|street|st|avenue|ave|boulevard|blvd"
    r"|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|highway|hwy|parkway|pkwy)\b\.?"
)
#: A sale of a property: seller to buyer, the address, the price ("Jorge Perez to Ashley Caruso,
#: 1423 W. Chew St., $142,000"); a listing's teaser ("See inside this home at 15 Oak St.,
#: $1.2 million") names no seller and no buyer.
_PROPERTY_SALE = compile_regex(
    r"\p{Lu}[^,]{1,80}?\s+to\s+\p{Lu}[^,]{1,80},\s+\d{1,5}\s+[^,]{2,60}(?:,\s+[^,$]{2,40}){0,2},"
    r"\s+\$\s?\d[\d,.]*(?:\s*(?i:million|m|k))?\.?"
)
_SMALL_RANGE = compile_regex(r"(?<![\d.,])\d{1,3}\s*[-–—:]\s*\d{1,3}(?![\d.,:])")
_RANKING_ROW = compile_regex(
    r"\d{1,3}[.)]\s+\D{2,60}?\s+(?:\(\p{Lu}{2,3}\)\s+[+-]?\d{1,3}(?:[:.,']\d{1,3})*"
    r"|[+-]\d{1,3}(?:[:.,']\d{1,3})+|\d{1,2}:\d{2}[:.,]\d{1,3})\s*(?:pts?|s)?\.?"
)
_CAPS_FIXTURE = compile_regex(
    r"(?-i:\p{Lu}[\p{Lu}.']+(?:\s\p{Lu}[\p{Lu}.']+)?)\s*[-–]\s*"
    r"(?-i:\p{Lu}[\p{Lu}.']+(?:\s\p{Lu}[\p{Lu}.']+)?)\s+\d{1,2}\s*[-–:]\s*\d{1,2}"
)


def score_line_teams(text: str) -> int:
    """How many teams a line of a match's result names: 2 for "Arsenal 2 Wolves 2", "Leeds
    1-0 Hull", "SV Drautal – ASK Lavanttal 2:1 (0:1)", "«Зенит» — «Спартак» — 2:1 (1:0)",
    "Hawthorn 12.9 (81) d Geelong 10.14 (74)", 1 for one side of a two-line board
    ("Sportivo Las Toscas 1", "Cork 1-17"; not "Likes 45" or "Room 12"), 0 for anything
    else."""
    stripped = text.strip()
    if len(stripped) > 90:
        return 0
    if _RESULT.fullmatch(stripped):
        return 2
    side = _ONE_SIDE.fullmatch(stripped)
    return 1 if side and side.group("team").casefold() not in _COUNTED_THINGS else 0


#: Labels of a match's result ("Final: ..."); a teaser's kicker ("Highlights:", "Player
#: ratings:") over a result is no closing line.
_RESULT_LABELS = frozenset(
    (
        "final", "final score", "result", "final result", "full time", "full-time", "ft",
        "score", "prediction", "predicted score", "our prediction", "endstand", "endergebnis",
        "ergebnis", "résultat", "score final", "resultado", "resultado final", "risultato",
        "eindstand", "uitslag",
    )
)


def is_ranking_row(text: str) -> bool:
    """A numbered row of a race's or a round's ranking, a name and a time, gap or points
    after a country's code, a gap's sign or a race time's fraction ("1. Marco Brunner (SUI)
    2:31,47", "2. Alexis Perrin (FRA) +0,18"; a clock's "13:05" is a teaser's), or a match's
    fixture in capitals with its score ("ATALANTA-TORINO 3-1"): no teaser is written so."""
    stripped = text.strip()
    return len(stripped) <= 120 and (
        _RANKING_ROW.fullmatch(stripped) is not None
        or _CAPS_FIXTURE.fullmatch(stripped) is not None
    )


def is_match_result(text: str) -> bool:
    """A line that gives a match's result, alone or as the value of a result's label:
    "Arsenal 2 Wolves 2", "Final: Comets 112, Mariners 106", "Prediction: Comets 112,
    Mariners 106", a match won in sets ("Ada Okafor (AUS) d Lena Marsh (USA) 4-6 7-6 (9-7)
    6-3")."""
    label, colon, value = text.partition(": ")
    if colon and label.strip().casefold() in _RESULT_LABELS and score_line_teams(value) == 2:
        return True
    stripped = text.strip()
    return score_line_teams(stripped) == 2 or (
        len(stripped) <= 120 and _WON_IN_SETS.fullmatch(stripped) is not None
    )


def is_fixture_result(text: str) -> bool:
    """A match's result with its sides apart, a spaced dash between them, and the score
    after them, maybe with the half-time score ("DSV Leoben – Gleisdorf 09 2:1 (0:1)")."""
    stripped = text.strip()
    return len(stripped) <= 120 and _FIXTURE_RESULT.fullmatch(stripped) is not None


def is_data_item(text: str) -> bool:
    """A line of results, a leaderboard or a fact box: a score, a time or a range of small
    numbers ("Okafor def. Lindqvist via TKO – R3, 2:41", "T2. Kevin Ashby 67-66—133 -9",
    "Hours: Tue.-Sat. 5-10 p.m."), or a "Label: value" line whose value is figures
    (``is_figure_fact``: "Prices: small plates $9-$16; large plates $24-$58"), a match's result
    ("Penrose United 3 Harwell Town 2") or a row of a table of results. A teaser's
    year, count or price is none ("Top 10 films of 2019", "UFC 246: 3 fights to watch", "Dow
    28,036.22 +0.68%"), nor is a phone number or a link. An entry of a timeline under its
    date ("January 8: The trust sells its shares", "1998 – The first ferry runs") is data,
    and so is a review's rating ("Food 9/10", "Score: 8.5/10", "4 out of 5"), and a line of
    a "By the numbers" box, a figure before what it counts ("$38.4 million: total 2019
    budget", "2%: cost-of-living raise"; not a one-digit number's, "1: Why it matters", nor a
    deal's, "$179: AirPods Pro at Amazon"),
    and a fixture with its kick-off ("Westfield v Crowhurst (3pm)"), and a scoring play of a
    game's summary ("A — Jake Moreno 38 run (Gavin Lenz kick)", "M: Ross 5 run (Pirelli
    kick)", "CC: FG Dunn 27"), and a race's classification row with its cells run together
    ("2 Lewis Hamilton Mercedes 70 +1.814s", "9 Lance Stroll Racing Point 69 1 Lap"), and a
    leaderboard's row of a score and its players by initial ("67 M Fitzpatrick, E van Rooyen
    (Rsa)"; "10 Things We Learned" names no one so), a race's placing with its barrier and
    rider ("1. Vow And Declare (4) — Craig Williams"), its field ("17 ran. Distances: ...")
    and a match's officials ("Referee: Wayne Barnes (England)")."""
    if "://" in text or "www." in text:
        return False
    stripped = text.strip()
    return (
        _SMALL_RANGE.search(text) is not None
        or is_figure_fact(text)
        or score_line_teams(text) == 2
        or is_results_row(text)
        or _TIMELINE_ENTRY.match(text) is not None
        or any(
            form.fullmatch(stripped) is not None
            for form in (
                _RATING,
                _FIGURE_FIRST,
                _FIXTURE,
                _SCORING_PLAY,
                _CLASSIFICATION_ROW,
                _LEADERBOARD_ROW,
                _RACE_PLACING,
                _RUNNERS,
            )
        )
        or _is_officials_line(stripped)
    )


def _is_officials_line(stripped: str) -> bool:
    """A match's officials after their label (``_MATCH_OFFICIALS``): names of at most
    ``OFFICIAL_NAME_MAX_WORDS`` words each, roles included, initials with their dots ("M.
    Gough"), no word in lower case but a role or a particle; one name alone of
    ``OFFICIAL_LONE_NAME_MAX_WORDS`` words at most besides its particles, not a pronoun. A
    headline that opens with the label ("Referee: Fans Deserve To Know Why VAR Isn't Used",
    "Referee: I Got It Wrong") names no one so."""
    if _MATCH_OFFICIALS.fullmatch(stripped) is None:
        return False
    value = stripped.partition(":")[2].strip().rstrip(".")
    parts = _OFFICIAL_SEPARATORS.split(value)
    named = [word for word in value.split() if word not in _OFFICIALS_LOWER_WORDS]
    if len(parts) == 1 and (
        len(named) > OFFICIAL_LONE_NAME_MAX_WORDS or value.split()[0].casefold() in _PRONOUNS
    ):
        return False  # "Referee: I Got It Wrong", a headline in title case
    for part in parts:
        words = part.split()
        if len(words) > OFFICIAL_NAME_MAX_WORDS:
            return False
        if any(
            word[:1].islower() and word.split("-")[0].casefold() not in _OFFICIALS_LOWER_WORDS
            for word in words
        ):
            return False
    return True


def is_closing_data(text: str) -> bool:
    """A line of a box of data that may close an article, for the walk down from its last
    paragraph (``_Document._closing_data``): data (``is_data_item``), a "Label: value" line
    with a figure in its value and a label of at most ``CLOSING_LABEL_WORDS`` words ("Ciudad
    con mayor subida: Málaga (+11,4%)", "Plazo medio para alquilar un piso en Madrid: 12
    días": a fact box's longer labels), or a line of an office's contact box: an e-mail
    address, a telephone number, a street address ("planning@example.org; 610-277-4100",
    "700 Belvoir Road, Plymouth Meeting"), or a sale of a property from seller to buyer, its
    address and its price ("Jorge Perez to Ashley Caruso, 1423 W. Chew St., $142,000": a
    paper's list of home sales). No teaser gives an address or a telephone number, and a
    block of them under the last paragraph is the story's own box of details.
    Only the walk reads these; elsewhere they weigh as they always did."""
    if is_data_item(text):
        return True
    stripped = text.strip()
    label, colon, value = stripped.partition(": ")
    if colon and any_digit(value) and 1 <= len(label.split()) <= CLOSING_LABEL_WORDS:
        # a kicker in capitals ("PHOTOS: ...") or a price before a deal ("$179: ...") is a
        # teaser's, and so is a question
        return not (label.isupper() or any_digit(label) or label.rstrip().endswith(("?", "!")))
    return (
        _EMAIL.search(stripped) is not None
        or PHONE.search(stripped) is not None
        or _STREET_ADDRESS.match(stripped) is not None
        or _PROPERTY_SALE.fullmatch(stripped) is not None
    )


def is_short_figure_line(text: str, features: LineFeatures) -> bool:
    """A line of four words at most whose figure is a score, a rating, an amount or a count
    at its end ("Cork 1-17", "Rating: 8/10", "Menü ab 79 Euro", "Harbour 51"), not a
    teaser's number ("5 things to know", "Top 10 beaches"), nor a reporter's address with a
    telephone number ("Greg Thornbury: gthornbury@shorepress.com; 732-555-0164"), nor her
    number alone under her address ("419-521-7223")."""
    return (
        features.words <= 4
        and not features.sentence
        and "@" not in text
        and PHONE.fullmatch(text.strip()) is None
        and bool(_SCORE_FIGURE.search(text))
    )


def is_letter_grade(text: str) -> bool:
    """A critic's letter grade alone on its line ("Grade: B+", "Note : A-")."""
    return _LETTER_GRADE.fullmatch(text.strip()) is not None


def is_life_dates(text: str) -> bool:
    """The line that closes an obituary: a name, what they were, and the dates of birth and
    death ("Margaret Holloway, hydrologist, born 12 March 1931; died 22 April 2024")."""
    return len(text) < 300 and bool(_LIFE_DATES.fullmatch(text.strip()))


def figure_runs(
    blocks: Sequence[Block],
    features: Sequence[LineFeatures],
    skip: Set[int],
    transparent: Set[int] = frozenset(),
) -> set[int]:
    """Lines in runs of three or more short lines that carry figures or a site's address:
    poll results, prices, scores, contact details; once two have, a longer line that starts
    with a quantity or gives a result goes on (``_continues_figures``). A short label
    ("Tickets") before a figure line belongs to the run; two labels in a row end it (that is
    a menu). Lines in ``skip`` (claimed by a rule) break a run; blank lines and lines in
    ``transparent`` (what a rule removes wherever it stands, as ``fact_runs`` says) do not."""
    rows: set[int] = set()
    run: list[int] = []
    label: int | None = None
    figures = 0
    previous = ""  # the run's last line
    for block, feats in zip(blocks, features, strict=True):
        if block.kind is BlockKind.BLANK or block.position in transparent:
            continue
        free = block.position not in skip
        if free and (
            (feats.words <= 5 and (any_digit(block.text) or is_site_address(block.text)))
            or (figures >= 2 and _continues_figures(block.text, feats, previous))
        ):
            run.extend(() if label is None else (label,))
            run.append(block.position)
            label = None
            figures += 1
            previous = block.text
            continue
        if free and label is None and is_label(block.text, feats):
            label = block.position
            continue
        if figures >= 3:
            rows.update(run)
        run, figures = [], 0
        label = block.position if free and is_label(block.text, feats) else None
    if figures >= 3:
        rows.update(run)
    return rows


def _continues_figures(text: str, features: LineFeatures, previous: str) -> bool:
    """A longer line that goes on a run of figures right under one of its kind: an
    ingredient's quantity first under another ("3 cuillères à soupe de sucre roux" under
    "50 g de beurre"), a match's result under another ("Marlow United 3 Egham Town 1") or
    a numbered row with a figure under the row before it (``_next_row``), never a sentence. A
    ticker's scores are no ingredients for the teasers under them ("5 talking points from
    ...")."""
    if features.words > QUANTITY_LINE_MAX_WORDS or features.terminal:
        return False
    if _TEASER_COUNT.match(text) is not None:
        return False  # "10 best autumn bakes to try" under a recipe's ingredients
    if _QUANTITY.match(text) is not None and _QUANTITY.match(previous) is not None:
        return True
    return (is_match_result(text) and is_match_result(previous)) or _next_row(text, previous)


def _next_row(text: str, previous: str) -> bool:
    """A numbered row that follows the one above it ("8." under "7.") and gives a figure of
    its own besides its number: a race's finishing order ("8. Fernando Alonso (Aston
    Martin) +55.209sec"), a ranking; a teaser's row has no figure of its own."""
    mark, above = LIST_NUMBER.match(text), LIST_NUMBER.match(previous)
    return (
        mark is not None
        and above is not None
        and int(mark[1]) == int(above[1]) + 1
        and any_digit(text[mark.end() - 1 :])
    )


def fact_runs(
    blocks: Sequence[Block],
    features: Sequence[LineFeatures],
    transparent: Set[int],
    breaking: Set[int] = frozenset(),
) -> dict[int, int]:
    """Lines in runs of two or more "Label: value" lines with different labels whose values
    are mostly data, two at least (see ``is_data``): a fact box at the foot of an article (a
    match's referee and attendance, an address and opening hours, a film's director and
    runtime, a car's range). A teaser list repeats its labels ("Opinion: ...", "Opinion:
    ...") or gives headlines as values ("Live: Storm batters the coast"); a short header
    right above ("Practical details") belongs to the box. Lines in ``transparent`` (what a
    rule removes wherever it stands: an ad marker, a caption) neither join nor break a run,
    so a second cleaning, without them, finds the same boxes; lines in ``breaking`` (what a
    head or tail rule claims, "Tags: music, festivals" too) end a run (a date line between
    two fact lines may end the body, and a box across it would keep one line and lose the
    other); blank lines do not break a run. Each line maps to the number of facts in its box,
    nought for a box of contact details (an author's or an estate agent's e-mail, phone and
    handles: the page's, not the article's, however many).
    """
    rows: dict[int, int] = {}
    run: list[int] = []
    labels: list[str] = []
    data = 0
    header: int | None = None

    def close() -> None:
        distinct = len(set(labels)) == len(labels)
        if len(labels) >= 2 and distinct and data >= 2 and 2 * data >= len(labels):
            contact = not _CONTACT_LABELS.isdisjoint(labels)
            rows.update(dict.fromkeys(run, 0 if contact else len(labels)))

    for block, feats in zip(blocks, features, strict=True):
        if block.kind is BlockKind.BLANK or block.position in transparent:
            continue
        free = block.position not in breaking
        fact = _fact(block.text) if free and feats.words <= 40 else None
        if fact is not None:
            if not run and header is not None:
                run.append(header)
            labels.append(fact.group(1).casefold())
            data += is_data(fact.group(2), fact.group(1))
            run.append(block.position)
            continue
        close()
        run, labels, data = [], [], 0
        header = block.position if free and is_label(block.text, feats) else None
    close()
    return rows


def is_data_line(text: str) -> bool:
    """A line that gives data rather than a headline: a "Label: value" line whose value is
    data, or a line that is data itself ("Cast", "Miriam Tate", "Hertha BSC – Kiel 1:2")."""
    stripped = text.strip()
    fact = _fact(stripped)
    return is_data(fact.group(2), fact.group(1)) if fact is not None else is_data(stripped)


def _fact(text: str) -> regex.Match[str] | None:
    """``text`` as a "Label: value" line: a label of one to three words, or of four or five
    before a measure or a date ("C/D Observed Fuel Economy: 47 mpg", "Next match for
    Belvedere: Saturday 30 November", "Images expected per day: about 2,000", "Photographers
    in the main stadium: 140 (down from 205)"); a headline with a kicker of four words has
    words for a value ("İstanbul'da okullara kar tatili: Valilik açıklama yaptı", "Premier
    League title race: 3 games that will decide it"). An aside in brackets does not count
    among the label's words ("Current cap (to Dec 31): £1,179 a year"). A page's own facts
    under a Chinese headline ("作者：陈静", "浏览次数：1024") are none."""
    fact = _FACT.fullmatch(text.strip())
    if fact is None or fact.group(1) in _PAGE_META_LABELS:
        return None
    if len(_LABEL_ASIDE.sub(" ", fact.group(1)).split()) <= FACT_LABEL_WORDS:
        return fact
    return fact if _MEASURE.fullmatch(fact.group(2).strip()) else None


def fact_parts(text: str) -> tuple[str, str] | None:
    """The label of a "Label: value" line, casefolded, and its value ("when", "Early
    February" for "When: Early February"), or None for a line of another form."""
    fact = _fact(text)
    return (fact.group(1).casefold(), fact.group(2)) if fact is not None else None


def fact_label(text: str) -> str | None:
    """The label of a "Label: value" line, casefolded, or None (see ``fact_parts``)."""
    parts = fact_parts(text)
    return parts[0] if parts is not None else None


def is_figure_fact(text: str) -> bool:
    """A "Label: value" line whose value is figures ("Attendance: 60,218", "Goals: Lacazette
    21, Jimenez 91", "Arsenal: Leno 6; Bellerin 6, ..."): a line of a fact box. A teaser with a
    kicker has a headline for a value, figures or not ("Top 14 : le classement après la 16e
    journée", "Premier League: 5 things we learned")."""
    fact = _fact(text)
    if fact is None:
        return False
    value = fact.group(2)
    figures = len(DIGITS.findall(value))
    return figures > 0 and (";" in value or 2 * figures >= len(value.split()))


def is_data(text: str, label: str = "") -> bool:
    """Whether a value reads as data rather than a headline: a few words, a figure, a list or
    a name with another in brackets ("Laura Kent", "31,402", "Dunne, Marsh; Field", "Het
    Zoute Water (Ruud Verbeek)": a prize's winner and its maker), not "Storm batters the
    coast", nor a teaser under its kicker ("Film review: Night Ferry (Jane Doe)")."""
    stripped = text.rstrip()
    named = stripped.endswith(")") and "(" in stripped
    kicker = label.casefold().split()[-1:]
    return (
        len(text.split()) <= 3
        or any_digit(text)
        or "," in text
        or ";" in text
        or (named and not _KICKER_WORDS.intersection(kicker))
    )
