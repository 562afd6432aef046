"""Notes on an article's authors under it ("Jane Doe is a professor of history at ...",
"Sam has been writing about games since 2012."): where the body ends above them.

No pattern can list such notes: a note is a sentence on someone the article does not mention,
in the form of a note on a writer, right under the article's last line. The body's end moves
up above them and they go with the ``author-contact`` rule (``author_notes``); with that rule
off, they stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleaner.document_state import (
    ATTRIBUTION_WORDS,
    AUTHOR_CONTACT,
    BARE_NAME,
    DocumentState,
)
from cleaner.features import has_phone_number
from cleaner.model import BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.text_lines import (
    INNER_SENTENCE,
    is_prose_paragraph,
    previous_text_line,
)

_ATTRIBUTION = compile_regex(ATTRIBUTION_WORDS)
AUTHOR_NOTE_MAX_SENTENCES = 3
"""An author's note under the article ("Jane Doe is a professor of ...") has fewer sentences."""
AUTHOR_NOTE_PARAGRAPHS_MIN = 2
"""An author's note closes an article of this many paragraphs at least (not a brief)."""
AUTHOR_NOTES_MAX = 2
"""At most this many notes on authors, one under another (a story's two writers)."""
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


class AuthorNotes(DocumentState):
    """The finder of the notes on the authors under the body (see the module's docstring)."""

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
                or BARE_NAME.fullmatch(name) is None
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
                and BARE_NAME.fullmatch(self.blocks[line].text.strip()) is not None
            ):
                return [], False
            paragraphs += is_prose_paragraph(self.blocks[line], self.features[line])
        return (lines, named) if paragraphs >= AUTHOR_NOTE_PARAGRAPHS_MIN else ([], False)
