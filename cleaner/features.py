"""What a line looks like: how many words, whether it reads as a sentence.

These measures drive the body detection: prose (sentences with terminal punctuation) pulls
the article span towards it; short unpunctuated lines (headlines, labels, menu items) push it
away. Only the first few thousand characters of a line are looked at, so a 50 MB one-line
file costs no more than a normal paragraph.
"""

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import NamedTuple

from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex

LOOKAT_CHARS = 2000
_FINAL_ABBREVIATION = compile_regex(r"(?:\p{Lu}\.){2,}|(?:Inc|Jr|Sr|Co|Corp|Ltd|St|Bros)\.")
_WORD_EDGES = "\"'“”‘’«»„()[]¿¡-–—.,:;!?"
FACT_BOX_MIN = 3
_TERMINAL = compile_regex(
    r"""(?:[.!?…。！？؟।;:](?:\s*["'”’»«‘›‹“)\]*])*(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]{1,3})?"""
    r"""|[。！？][」』）)]*\s*[（(][^（）()]{1,12}[）)]"""
    r"""|[.!?]["'”’»]*\s*\((?-i:AP|AFP|Reuters|dpa|EFE|ANSA|PA|AAP|UPI|ANP|Xinhua|IANS|PTI)\)"""
    # an editor's initials in brackets after the last sentence: "... erreichbar. (mz)"; an
    # Indonesian site's end mark: "... mulai mengering. (*)"
    r"""|[.!?]["'”’»]*\s*\((?!(?:sic|etc|pic|vid)\))(?-i:[a-z]{2,4}(?:/[a-z]{2,4})?)\)"""
    r"""|[.!?]["'”’»]*\s*\(\*{1,3}\)"""
    # a desk's slug after the last sentence: "... the MMDA said. /atm", "... Prozent./edh/he",
    # "(ends)", "-30-"
    r"""|[.!?]["'”’»]*\s*(?:(?:/(?-i:[a-z]{2,5})){1,3}|\((?i:ends)\)|-30-|(?<=["'”’»][.!?]?\s{1,2})(?-i:\p{Lu}{2,3})"""
    r"""|[—–-]\s*(?-i:AP|AFP|Reuters|dpa|EFE|ANSA|PA|AAP|UPI|ANP|Xinhua|IANS|PTI)))\s*$"""
)
"""Final punctuation, and a footnote's mark after it ("... the agency.[4]", "... agency.¹");
after a CJK full stop a short credit in brackets may follow ("...
来之不易。（完）", "... 方針だ。（山田太郎）"), after a Latin one only an agency's ("... the
minister said. (AP)", "... — AFP"), an editor's initials ("... erreichbar. (mz)"), a site's
end mark ("... mengering. (*)") or a
desk's slug ("... the MMDA said. /atm", "(ends)", "-30-", a paper's initials after a closing
quote: '... "through the back door". DM'): a teaser below the article ("Why are bills
rising? (Explainer)") is no sentence."""
_TRAILING_LINK = compile_regex(
    r"(?:\s+(?:(?:https?://|pic\.twitter\.com/|www\.)\S*[^\s.!?]|#\w+))+\s*$"
)
"""Links and hashtags that end a line (an embedded post's "... pic.twitter.com/x"), read past
to see how the words before them end. A link followed by a full stop ends a sentence ("...
is available at www.fda.gov.")."""
_CJK = compile_regex(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_LETTER = compile_regex(r"\p{L}")
_CAPS_PLACE = r"(?-i:[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,30})"  # "NEW YORK", "BAAR"
_PLACE = compile_regex(rf"{_CAPS_PLACE},\s*{_CAPS_PLACE}")  # "BAAR, SWITZERLAND"
_AGENCY_DATELINE = compile_regex(  # "Heilbronn (ots)", "Bad Rappenau (dpa) -": a place and a wire
    r"(?-i:\p{Lu})[\p{L}\p{M}.'’-]*(?:[ -][\p{L}\p{M}.'’-]+){0,3}(?:,\s*[\p{L}\p{N}. ]{1,30})?\s*"
    r"\((?i:ots|dpa|afp|ap|reuters|efe|ansa|apa|sda|ats|kna|epd|anp|belga|lusa|europa\s+press"
    r"|pti|ians|sid|dts)\)\s*[-—–:]?"
)
_SLASHED_DATELINE = compile_regex(  # "Leuna/MZ", "Halle (Saale)/dpa": a place, a slash, a wire
    r"(?-i:\p{Lu})\p{Ll}[\p{L}\p{M}'’-]*(?:\s\((?-i:\p{Lu})\p{L}+\))?\s?/\s?"
    r"(?:(?i:dpa|afp|ap|apa|sda|epd|kna|ots|dts)|(?-i:\p{Lu}{2,4}))\s*[-—–:.]?"
)
_MONTH_DAY = r"(?-i:\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}"  # "June 5", "Nov. 19"
_RELEASE_DATELINE = compile_regex(  # "DENVER (PRWEB) November 08, 2019": a wire's release
    r"(?!(?i:.*\b(?:release|notice|briefing|minutes|editor|advisory)\b))"
    rf"{_CAPS_PLACE}(?:,\s*[\p{{L}}. ]{{2,20}})?\s*"
    r"(?:\((?i:prweb|prnewswire|business\s+wire|globe\s+newswire|newsfile|accesswire"
    rf"|ein\s+presswire)\)\s*|,\s*){_MONTH_DAY},\s+(?:19|20)\d\d"
    r"(?:\s*/\s*(?i:prnewswire|globe\s+newswire|business\s+wire)[^/]{0,20}/)?\s*(?:[-—–]{1,2})?"
)
_PLACE_DATE = compile_regex(  # "BERLIN, June 5", "NEW YORK, Nov. 19": a place in capitals and a day
    rf"{_CAPS_PLACE},\s*{_MONTH_DAY}"
)
VERDICT_PAIR_LINES = 12
_GOOD_POINTS = (  # a review's pros, in each language
    r"pros|good|good\s+stuff|likes|we\s+like|plus(?:punkte)?|vorteile|pro|points?\s+forts?"
    r"|on\s+aime|ventajas|lo\s+mejor|pregi|punti\s+di\s+forza|prós"
    r"|pontos\s+(?:positivos|fortes)|pluspunten|voordelen|for|strengths"
)
_BAD_POINTS = (  # and its cons
    r"cons|bad|bad\s+stuff|dislikes|we\s+don['’]t\s+like|minus(?:punkte)?|nachteile|contra"
    r"|points?\s+faibles?|on\s+aime\s+moins|desventajas|inconvenientes|lo\s+peor|difetti"
    r"|contro|punti\s+deboli|contras|pontos\s+(?:negativos|fracos)|minpunten|nadelen|against"
    r"|weaknesses"
)
_VERDICT_LABEL = compile_regex(
    rf"(?i)(?:the\s+)?(?:{_GOOD_POINTS}|{_BAD_POINTS}|lo\s+mejor\s+y\s+lo\s+peor)\s*:?"
)
_GOOD_LABEL = compile_regex(rf"(?i)(?:the\s+)?(?:{_GOOD_POINTS})\s*:?")
_BAD_LABEL = compile_regex(rf"(?i)(?:the\s+)?(?:{_BAD_POINTS})\s*:?")
_BOTH_LABEL = compile_regex(r"(?i)lo\s+mejor\s+y\s+lo\s+peor\s*:?")
_ATTRIBUTION = compile_regex(r"[—–-]\s*[^()]{1,80}\(@\w{1,30}\).{0,40}")
_DIGIT = compile_regex(r"\d")
_REFERENCE = compile_regex(
    r"\([^()]*(?:\([^()]*\)[^()]*)*\)"  # an aside: "(Chart: ... - here)", "(Published May 2)"
    r"|\[[^\[\]]{1,80}\]"  # a source or a citation: "[Gazette]", "[Chronicles, p. 212]"
    r"|\[\d{1,3}\]\s+\S.*"  # a footnote: "[3] Annual report, 2018"
)
_CITATION = compile_regex(  # a study: "Doe J et al, ..., Nature, 2024. DOI: 10.1038/..."
    r"(?i).*(?:\bdoi(?:\.org/|\s*:)\s*10\.\d|\bet\s+al\b.*\b(?:19|20)\d\d\b).*"
)
_SITE_ADDRESS = compile_regex(
    r"(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?|https?://[\w-]+(?:\.[\w-]+)+/?"
)
DIGITS = compile_regex(r"\d+")
_TIME_STAMP = compile_regex(
    r"(?i)(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s+(?:gmt|bst|cet|cest|utc|et|est|edt|ct|cst|pt|pst|pdt|mez|mesz|uhr|h))?"
)
_ENTRY_HEADING = compile_regex(
    r"(?i)\s*[:—–-]\s+(?!by\s)(?![^.!?]*\b(?:19|20)\d\d\b)\S[^.!?]{0,100}[.!?]?"
)
"""A live blog's entry heading after its time; a date ("5:50 PM - November 19, 2019", an
embedded post's stamp) or a byline after a time is none."""
PHONE = compile_regex(r"(?<!\d)(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}(?!\d)")
_LOCAL_PHONE = compile_regex(r"(?<![\d.,])\d{3}[\s.-]\d{4}(?![\d.,]?\d)")  # "555-0134"
_PLAYER_TIME = compile_regex(r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?")
_NAME = r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}"
_WIRE_SIGN_OFF = compile_regex(  # "With Post wires", "— With files from The Canadian Press", "--",
    # "— Avec La Presse canadienne", "Avec les informations de Marie Tremblay"
    r"(?:[-–—]{1,2}\s*)?(?i:with\s+(?:files|wire\s+reports?|reports?)\s+from\s+)[^.!?]{2,80}\.?"
    r"|(?:[-–—]{1,2}\s*)?(?i:with\s+)(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(?i:wires?|wire\s+(?:reports|services))\.?"
    r"|(?:[-–—]{1,2}\s*)?(?i:avec\s+(?:des|les)\s+informations\s+(?:de\s+|d['’]\s*))[^.!?]{2,80}\.?"
    r"|(?:[-–—]{1,2}\s*)?(?i:avec\s+la\s+presse\s+canadienne)\.?"
)
_SIGN_OFF = compile_regex(  # a word alone, or with a comma and a name; a dash and a given name
    r"(?i:xo+(?:xo)*|x+|lots\s+of\s+love|with\s+love|blessings|many\s+blessings|cheers"
    r"|warmly|best\s+wishes|amen|god\s+bless(?:\s+you)?|until\s+next\s+time|stay\s+tuned"
    r"|yours(?:\s+truly)?|sincerely)"
    rf"(?:\s*[!.…]*|\s*,\s*{_NAME}\s*[!.…]*)"
    # a bare "Love" or "Peace" is a tag or a section's label: only with "!" or a name
    rf"|(?i:love|hugs|peace)(?:\s*[!…]+|\s*,\s*{_NAME}\s*[!.…]*)"
    # "— Jenna", "— Rick T.": not a byline's full name, an agency or a newsletter's name
    r"|[-–—]\s*(?!(?i:the|getty|reuters|ap|afp|staff|photo)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?"
)
_AUTHOR_NOTE = compile_regex(
    r"\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?i:covers|writes\s+about|reports\s+on)\s+"
    r"[^.!?]{3,120}?\s+for\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,5}"
)
_INNER_SENTENCE = compile_regex(r"\p{Ll}\.[\"”’»]?\s+[\"“‘«]?\p{Lu}")
_ADDRESSED = compile_regex(r"@|://|www\.|\?|:(?!\s*[\"“«„])")
#: How a site speaks of its own ("Our journalism relies on readers like you", "Meer nieuws
#: vind je in onze app"): a line in that voice is a prompt, not the story's last words. A
#: police appeal's "If you see him, call 999" is the story's.
_SITE_POSSESSIVES = frozenset(
    {
        *("our", "notre", "nos", "unser", "unsere", "unseren", "unserem", "nuestro", "nuestra"),
        *("nuestros", "nuestras", "nostra", "nostro", "nostri", "nostre", "nossa", "nosso"),
        *("nossos", "nossas", "onze"),
    }
)
#: Words that open a site's prompt to its reader (an imperative, or how a credit begins).
_PROMPT_OPENERS = frozenset(
    {
        *("follow", "get", "click", "tap", "join", "read", "subscribe", "sign", "book"),
        *("browse", "download", "watch", "listen", "see", "check", "find", "discover", "shop"),
        *("support", "donate", "like", "share", "visit", "try", "learn", "explore", "become"),
        *("register", "buy", "order", "send", "tell", "stay", "view", "vote", "originally"),
        *("folgen", "folge", "folgt", "abonnieren", "abonniere", "lesen", "lies", "klicken"),
        *("hier", "jetzt", "melden", "registrieren", "unterstützen", "entdecken", "hören"),
        *("suivez", "abonnez-vous", "rejoignez", "lisez", "cliquez", "découvrez"),
        *("retrouvez", "inscrivez-vous", "téléchargez", "soutenez", "partagez", "regardez"),
        *("sigue", "síguenos", "suscríbete", "únete", "lee", "descarga", "descubre", "apoya"),
        *("comparte", "mira", "escucha", "regístrate", "consulta", "seguici", "segui"),
        *("iscriviti", "leggi", "clicca", "scarica", "scopri", "sostieni", "condividi"),
        *("guarda", "ascolta", "registrati", "unisciti", "siga", "siga-nos", "segue"),
        *("inscreva-se", "assine", "leia", "clique", "baixe", "descubra", "apoie"),
        *("compartilhe", "veja", "assista", "participe", "volg", "abonneer", "lees", "klik"),
        *("ontdek", "steun", "deel", "bekijk", "kijk", "luister", "meld", "descarregue"),
        *("install", "installez", "installa", "instale", "instala", "installeer"),
    }
)
_DATELINE = compile_regex(
    r"[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}"
    r"(?:,\s*[\p{L}\p{N}. ]{1,30}\s*\([\p{L}\p{N} .&/-]{2,30}\)\s*[-—–:]?"  # "MADRID, 5 (EFE)"
    r"|(?:,\s*[\p{L}\p{N}. ]{1,30})?\s*(?:\([\p{L}\p{N} .&/-]{2,30}\))?\s*[-—–:])\s*"
)


class LineFeatures(NamedTuple):
    """Measures of one line used by the scoring of the body span."""

    words: int
    terminal: bool
    letters: bool

    @property
    def sentence(self) -> bool:
        """Reads as a sentence: ends like one and is long enough to say something."""
        return self.terminal and self.words >= 4

    @property
    def long_text(self) -> bool:
        """Long enough to be a paragraph even without final punctuation (cut-off text)."""
        return self.words >= 20


def measure(block: Block) -> LineFeatures:
    """The features of one block, in time bounded by ``LOOKAT_CHARS``.

    The two regex passes that rarely find anything are skipped when they cannot: CJK letters
    are never ASCII, and a trailing link or hashtag needs one of its markers in the tail.
    """
    text = block.text.strip()
    head = text[:LOOKAT_CHARS]
    words = len(head.split())
    if not head.isascii():
        cjk = len(_CJK.findall(head))
        if cjk:
            words = max(words, cjk // 2)
    if len(text) > LOOKAT_CHARS:
        words = max(words, 100)
    tail = text[-120:]
    if "://" in tail or "www." in tail or "#" in tail or "pic.twitter.com/" in tail:
        tail = _TRAILING_LINK.sub("", tail)  # the markers of its four alternatives
    return LineFeatures(
        words=words,
        terminal=bool(_TERMINAL.search(tail[-20:])),
        letters=bool(_LETTER.search(head)),
    )


def opens_with_dateline(text: str) -> bool:
    """A paragraph that opens with a dateline (``LONDON (Reuters) - ...``, ``WASHINGTON —
    ...``): the first paragraph of a report, never a deck."""
    return _DATELINE.match(text.strip()) is not None


def is_dateline(text: str) -> bool:
    """A lone dateline that opens the first paragraph: ``MOSCOW (Reuters) -``, ``BAAR,
    SWITZERLAND``, ``MADRID, 4 Mar. (EUROPA PRESS) -``, ``MADRID, 5 (EUROPA PRESS)``,
    ``Heilbronn (ots)``, ``BERLIN, June 5``, a regional paper's ``Leuna/MZ``, a wire's
    release ``DENVER (PRWEB) November 08, 2019``, ``NEW YORK, Nov. 19, 2019 /PRNewswire/ --``."""
    stripped = text.strip()
    return len(stripped) < 80 and bool(
        _DATELINE.fullmatch(stripped + " ")
        or _AGENCY_DATELINE.fullmatch(stripped)
        or _SLASHED_DATELINE.fullmatch(stripped)
        or _PLACE.fullmatch(stripped)
        or _PLACE_DATE.fullmatch(stripped)
        or _RELEASE_DATELINE.fullmatch(stripped)
    )


def is_salutation(text: str) -> bool:
    """A letter's or a newsletter's greeting above its first paragraph: "Hi friends,", "Dear
    readers,", "Guten Morgen," (at most four words, a comma at the end, no figure)."""
    stripped = text.strip()
    return (
        stripped.endswith(",")
        and len(stripped.split()) <= 4
        and stripped[:1].isupper()
        and not any_digit(stripped)
    )


def is_sign_off(text: str) -> bool:
    """A letter's or a blog post's sign-off under its last paragraph: "xo, Jenna", "Amen",
    "Blessings, Pastor Dan", "Cheers, Rick", "Love, Mom", "Until next time!", "— Jenna" (at
    most five words, no figure); or the line a newsroom ends a story with when wire copy went
    into it ("With Post wires", "— With files from The Canadian Press"): the story's, as the
    reporter's dateline is."""
    stripped = text.strip()
    if any_digit(stripped):
        return False
    if len(stripped.split()) <= 5 and _SIGN_OFF.fullmatch(stripped) is not None:
        return True
    return len(stripped.split()) <= 14 and _WIRE_SIGN_OFF.fullmatch(stripped) is not None


def is_unfinished_sentence(text: str, features: LineFeatures) -> bool:
    """A line that reads as prose though it lacks its final punctuation: a sentence ends
    inside it ("They are. The development will be called Greenvale Mill", "... he said.
    'Rest in peace, Peggy'"), or five words or more, most of them after the first in
    lower case, or at least half of them as German nouns allow ("Neither would say who
    adds the oregano", "Die Vollsperrung dauert voraussichtlich bis Ende Juli"). A headline
    in title case, a site's prompt ("Follow us on WhatsApp for live score updates", "Get
    weekly rundowns straight to your inbox", "Our journalism relies on readers like you"),
    an author's note ("Jane Doe covers city hall for the Ledger"), a line with an address,
    a question or a colon ("Sources: ...", "Incendie à Lyon : un entrepôt ...", "Northshire
    Media Ltd. Registered office: ...") are no such line."""
    stripped = text.strip()
    if features.terminal or _ADDRESSED.search(stripped):
        return False
    words = stripped.split()
    if not words or words[0].casefold().strip(_WORD_EDGES) in _PROMPT_OPENERS:
        return False
    if any(word.casefold().strip(_WORD_EDGES) in _SITE_POSSESSIVES for word in words):
        return False
    if _AUTHOR_NOTE.fullmatch(stripped):
        return False
    if _INNER_SENTENCE.search(stripped):
        return True
    lower = sum(word[:1].islower() for word in words[1:])
    return len(words) >= 5 and 2 * lower >= len(words) - 1


def any_digit(text: str) -> bool:
    """Whether ``text`` holds a figure."""
    return _DIGIT.search(text) is not None


def has_phone_number(text: str) -> bool:
    """Whether ``text`` gives a telephone number, with its area code or without ("(612)
    673-4765", "555-0134")."""
    return PHONE.search(text) is not None or _LOCAL_PHONE.search(text) is not None


def is_player_time(text: str) -> bool:
    """A media player's position and length ("00:00 / 02:13"): no date of the article."""
    return _PLAYER_TIME.fullmatch(text.strip()) is not None


def is_time_stamp(text: str) -> bool:
    """A line that is only a clock time, with an optional time zone ("10:45 GMT", "3.15pm"),
    or a media player's position and length ("0:00 / 1:23")."""
    stripped = text.strip()
    return _TIME_STAMP.fullmatch(stripped) is not None or is_player_time(stripped)


def is_bare_time(text: str) -> bool:
    """A line that is only a clock time (``is_time_stamp``), not a media player's times."""
    return is_time_stamp(text) and not is_player_time(text)


def is_clock_time(text: str) -> bool:
    """A line that is only a clock time, with an optional time zone ("11:58 a.m.", "14:05
    GMT"), or one that opens a short heading after a colon or a dash ("4:05 p.m. ET: Stocks
    close at records"): a live blog's entry stamp, or a date line above the article."""
    stripped = text.strip()
    if _TIME_STAMP.fullmatch(stripped):
        return True
    stamp = _TIME_STAMP.match(stripped)
    return stamp is not None and bool(_ENTRY_HEADING.fullmatch(stripped, stamp.end()))


def is_quote_attribution(text: str) -> bool:
    """The signature line of an embedded post: ``— Jane Doe (@jane) November 18, 2019``."""
    return bool(_ATTRIBUTION.fullmatch(text.strip()))


def is_site_address(text: str) -> bool:
    """A site's address and nothing else, no page: ``www.example.org``. Articles print one
    on purpose (where to book, the source of a table); a link to one page is scraper junk."""
    stripped = text.strip()
    return len(stripped) <= 100 and bool(_SITE_ADDRESS.fullmatch(stripped))


def is_reference_line(text: str) -> bool:
    """A line that refers the reader elsewhere from inside the article: a bracketed aside or
    source, a numbered footnote, a site's address, the citation of a study (a DOI, or "et
    al." and a year). Credits and copyright lines of the same shape are claimed by their
    rules, which outweigh this."""
    stripped = text.strip()
    return len(stripped) <= 300 and (
        bool(_REFERENCE.fullmatch(stripped))
        or is_site_address(stripped)
        or bool(_CITATION.fullmatch(stripped))
    )


def is_closing_sentence(text: str, features: LineFeatures) -> bool:
    """A sentence that ends with a full stop, closing quotes aside ("... she said.”", French
    "... mort. »" with a space before the guillemet), not
    with an ellipsis: how a sentence ends and a headline (or a teaser's question) does not.
    It ends a list of teasers, and it may close an article after a list."""
    stripped = text.rstrip().rstrip('"”’») \u00a0\u202f')
    return (
        features.sentence
        and stripped.endswith(".")
        and not stripped.endswith("..")
        and not is_title_case(stripped)
    )


def is_title_case(text: str) -> bool:
    """A headline in title case whose last word is an initialism or an abbreviation with a
    full stop ("Mara Kellen and Boyfriend Step Out for Dinner in N.Y.C.", "... Named CEO of
    Acme Inc."): every word of four letters or more capitalised, four such words at least.
    A German sentence capitalises its nouns, never its verbs; a line of names (a team's
    line-up) ends with a name."""
    words = text.split()
    if not words or not _FINAL_ABBREVIATION.fullmatch(words[-1]):
        return False
    long_words = [word.strip(_WORD_EDGES) for word in words if sum(map(str.isalpha, word)) >= 4]
    return len(long_words) >= 4 and all(word[:1].isupper() for word in long_words)


def introduces_list(text: str, features: LineFeatures) -> bool:
    """A sentence that announces what follows ("Here are the highlights:"), or the label of
    a review's pros or cons (``is_verdict_label``)."""
    return (features.words >= 3 and text.rstrip().endswith(":")) or is_verdict_label(text, features)


def is_verdict_label(text: str, features: LineFeatures) -> bool:
    """The label of a review's pros or cons ("Good stuff", "Cons", "Nachteile", "Lo mejor y
    lo peor", "Contro"): it and its short items are content, which would otherwise weigh like
    teasers at the foot."""
    return features.words <= 5 and bool(_VERDICT_LABEL.fullmatch(text.strip()))


def verdict_labels(
    blocks: Sequence[Block], features: Sequence[LineFeatures], claimed: Callable[[int], bool]
) -> frozenset[int]:
    """The labels of a review's pros and cons that come as a pair: a label of its pros
    ("Good Stuff", "Pro", "Plus") and one of its cons below it ("Bad Stuff", "Contra",
    "Minus") with one to ``VERDICT_PAIR_LINES`` items between them (blank lines aside) that
    no rule claims (``claimed`` tells, a line or a box's header: a box's or a menu's lines
    between two such words are no review's), or a label of both ("Lo mejor y lo peor"). One
    label alone is as often a site's badge ("Plus" over each paid teaser of a box) or a
    poll's button ("Pro" and "Contra" on two lines in a row), and those go with their box."""
    labels = [
        index
        for index, (block, feats) in enumerate(zip(blocks, features, strict=True))
        if is_verdict_label(block.text, feats)
    ]
    paired = {index for index in labels if _BOTH_LABEL.fullmatch(blocks[index].text.strip())}
    for first, second in pairwise(labels):
        between = [i for i in range(first + 1, second) if blocks[i].kind is not BlockKind.BLANK]
        if (
            0 < len(between) <= VERDICT_PAIR_LINES
            and not any(claimed(index) for index in between)
            and _GOOD_LABEL.fullmatch(blocks[first].text.strip())
            and _BAD_LABEL.fullmatch(blocks[second].text.strip())
        ):
            paired.update((first, second))
    return frozenset(paired)


def is_label(text: str, features: LineFeatures) -> bool:
    """A short caption for the figures below it ("Tickets", "Final score"): a word or three,
    no figure, no sentence."""
    return (
        features.words <= 3
        and features.letters
        and not features.terminal
        and not any_digit(text)
    )


def body_score(
    block: Block, features: LineFeatures, junk: bool, structured: bool = False, box: bool = False
) -> float:
    """How much a line argues for being inside the article: positive prose, negative chrome.

    The weights favour keeping content: one real paragraph outweighs many labels around it,
    so in-article subheadings, lists and tables between paragraphs stay in the span; a
    ``structured`` line (in a list announced by a colon, in a run of figures, or a row of a
    table: the caller knows, see ``cleaner.table_rows``), the signature of an embedded post and a
    reference line (``is_reference_line``) count as (weak) content. A line that is only a
    clock time ("10:45 GMT") or a media player's times ("0:00 / 1:23") weighs like a label
    even when a date rule claims it: between paragraphs it stamps a live blog's entry or marks
    an embedded video and must not cut the body in two (a full date or an "Updated ..." line
    keeps the weight of junk: it stamps a whole article).

    A line of a ``box`` of facts (``FACT_BOX_MIN`` "Label: value" lines or more: a car's
    specifications, a match's facts, a recipe's times) counts for more: such a box under the
    last paragraph, past its header and an ad marker, is the article's, and no teaser list
    looks like it.
    """
    if block.kind is BlockKind.BLANK:
        return 0.0
    if junk:
        return -0.5 if is_time_stamp(block.text) else -3.0
    if features.sentence:
        return 1.0 + min(features.words, 48) / 8
    if features.long_text:
        return min(features.words, 48) / 10
    if box:
        return 0.5
    if structured or is_quote_attribution(block.text) or is_reference_line(block.text):
        return 0.1
    if block.kind is BlockKind.SEPARATOR or not features.letters:
        return -0.5
    if features.terminal:
        return 0.25
    return -0.5 if features.words <= 2 else -0.25
