"""Which rule removes a line, given where it stands: the verdicts on the lines that rules
matched.

A rule's match is evidence, not yet a verdict: a rule removes a line only where it may fire
(head, body, tail or anywhere), and inside the body some of its lines are the article's own (a
share word that heads the paragraph under it or is an item of a list the article announces, a
sign-up pitch or a notice that the article quotes). ``_rule_verdict`` decides for each line that
carries evidence; the lines beside a removed one that its rule's ``beside`` patterns match, and
the pitches of sign-up boxes, go with their rule. Which of those pitches stand under the
article, and so weigh as junk when the body is looked for, is told here too
(``_closing_pitches``).
"""

from __future__ import annotations

import regex

from cleaner.document_state import (
    ANNOUNCED_ITEM_MAX_WORDS,
    ANNOUNCED_ITEMS_MAX,
    ATTRIBUTION_WORDS,
    CAPTION,
    SITE_VOICE,
    SPACELESS_SCRIPT,
    DocumentState,
    Verdict,
)
from cleaner.features import is_bare_time
from cleaner.model import BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.repeats import REPEATED_LINE
from cleaner.rules import Rule
from cleaner.text_lines import (
    is_prose_paragraph,
    next_text_line,
    previous_text_line,
)

#: Categories of an appeal's or a sign-up box's rules, whose text an article may quote.
_APPEAL_CATEGORIES = frozenset({"promo", "newsletter"})
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
_QUOTED_OR_ATTRIBUTED = compile_regex(rf"[\"“”„«»]|{ATTRIBUTION_WORDS}")
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
_STEP = compile_regex(r"\s*(?:\d{1,2}[.)](?=\s)|step\s+\d{1,2}\b|[-•*▪·]\s)", regex.IGNORECASE)
#: Share buttons that name an action, never a section of a how-to.
_BUTTON_VERBS = frozenset(
    {
        "share", "tweet", "save", "pin", "copy", "print", "like", "follow", "reply", "comment",
        "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "condividi",
        "stampa", "compartilhar", "compartilhe", "delen", "afdrukken", "printen",
    }
)




class LineVerdicts(DocumentState):
    """The verdicts on the lines that rules matched (see the module's docstring)."""

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
        that one newsletter rule's patterns match. Under the article (no paragraph that no rule
        claims below them) they count as evidence of junk when the body is looked for
        (``_closing_pitches``): counted as the article's sentence, the pitch had kept the line
        above the box in the body (an author's name under the last paragraph), which a second
        cleaning, without the box, trims. Between paragraphs the pitch weighs as a sentence, as
        it always did: the box is then the article's to cross. Most pages have no such box: then
        no line is looked at."""
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

    def _closing_pitches(self) -> set[int]:
        """The pitches of sign-up boxes under the article (``_box_pitches``): right under its
        last paragraph and above no paragraph of its own. They weigh as junk when the body is
        looked for."""
        return {
            pitch
            for pitch in self.box_pitches
            if not self._paragraph_below(pitch) and self._box_under_paragraph(pitch)
        }

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
        if not text.endswith(":") or SITE_VOICE.search(text) or _SITE_BOX_LABEL.fullmatch(text):
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
                    and SITE_VOICE.search(text) is None
                    and not (crossed and self._is_share_line(next_text_line(self.blocks, index)))
                )
            if feats.terminal or feats.words > 4:
                return False
            above, crossed = previous_text_line(self.blocks, above), True
        return False

    def _is_share_line(self, index: int | None) -> bool:
        return index is not None and any(m.rule.category == "share" for m in self.matches[index])

    def _has_fellow_item(self, index: int) -> bool:
        """Whether a short line of no final punctuation stands right above or below ``index``
        (not a colon's announcement, nor a caption, which goes): a list names two agencies or
        more, a photo's credit under "See the photos below:" stands alone."""
        for other in (previous_text_line(self.blocks, index), next_text_line(self.blocks, index)):
            if other is None or other in self.captions:
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
        heading: several words, a share button above it, or junk under it). Other lines above
        that are decided to go are passed over, as a second cleaning will not see them: a
        rights notice between "Share this" and "Share" leaves them a share row."""
        if " " in self.blocks[index].text.strip():
            return None
        above = previous_text_line(self.blocks, index)
        while above is not None and above in self.verdicts and not self._is_share_line(above):
            above = previous_text_line(self.blocks, above)
        if above is not None and any(m.rule.category == "share" for m in self.matches[above]):
            return None
        below = next_text_line(self.blocks, index)
        return None if below is None or below in self.evidence else below

    def _names(self, index: int, below: int) -> bool:
        word = self.blocks[index].text.strip().casefold()
        text = self.blocks[below].text.casefold()
        if SPACELESS_SCRIPT.search(word):
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
