"""Turn removed junk that carries information into sidecar fields instead of dropping it.

A "related stories" list becomes structured entries (category, age, headline, url); a tag line
becomes a list of tags; a comment counter becomes a number.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import regex

from cleaner.model import RelatedStory
from cleaner.regex_cache import compile_regex

_AGE_UNITS = r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?|yrs?)"
AGE = (
    rf"(?:\d+\s*{_AGE_UNITS}\s+ago"
    r"|(?:yesterday|today|just now)"
    r"|vor\s+\d+\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren|Tag|Monat|Jahr)"
    r"|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)"
    r"|\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni|minuto|ora|giorno|mese|anno)\s+fa"
    r"|há\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)"
    r"|\d+\s+(?:seconden|minuten|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden)"
)
_CATEGORY_AGE = compile_regex(rf"(?P<category>.*?\p{{L}}[^\d]*?)\s*(?P<age>{AGE})", regex.I)
_AGE_ONLY = compile_regex(AGE, regex.I)
_ENDS_WITH_AGE = compile_regex(rf"(?r)(?:{AGE})\Z", regex.I)
"""Whether a line ends with an age: the cheap test before ``_CATEGORY_AGE``, whose nested lazy
groups try every split of a line that has none (milliseconds on a long headline). ``(?r)``
matches from the end leftwards, so a line that does not end like an age fails at once."""
_NUMBER_MARK = compile_regex(r"(?:#?\d{1,3}[.)]?|[-–—•*·▪►|]+)")
_LIST_MARKER = compile_regex(r"(?:[-–—•*·▪►]|\d{1,3}[.)])\s+")
_URL = compile_regex(r"(?:https?://|www\.)\S+", regex.I)
_CAPS_LABEL = compile_regex(r"[\p{Lu}\p{N}&' -]{2,30}")
TAG_SEPARATORS = compile_regex(r"\s*[,;|·#•]\s*")


def split_tags(value: str) -> list[str]:
    """Tags from one line: ``"a, b | c"`` -> ``["a", "b", "c"]`` (order kept, no empties)."""
    return [tag for tag in TAG_SEPARATORS.split(value.strip()) if tag]


def parse_count(value: str) -> int | None:
    """``"1,234"`` -> 1234; anything that is not a count -> None."""
    digits = regex.sub(r"[.,\s]", "", value)
    return int(digits) if digits.isdigit() else None


def parse_related(
    lines: Sequence[str], is_date: Callable[[str], bool] = lambda _: False
) -> list[RelatedStory]:
    """Entries of a related-stories list, in whatever layout the site used.

    Metadata lines (a category, a relative age such as "7 days ago", a date, a URL) attach to
    the nearest headline: what comes before a headline belongs to it, and an age or date right
    after a headline that has none yet is its own. Separators and list numbers are skipped.
    """
    stories: list[dict[str, str | None]] = []
    pending: dict[str, str | None] = {}
    for raw in lines:
        text = raw.strip()
        if not text or _NUMBER_MARK.fullmatch(text):
            continue
        last = stories[-1] if stories else None
        glued = _CATEGORY_AGE.fullmatch(text) if _ENDS_WITH_AGE.search(text) else None
        if glued and len(glued.group("category").split()) <= 4:
            pending.update(category=glued.group("category").strip(), age=glued.group("age"))
        elif _AGE_ONLY.fullmatch(text) or is_date(text):
            if last is not None and last.get("age") is None and not pending:
                last["age"] = text
            else:
                pending["age"] = text
        elif _URL.fullmatch(text):
            if last is not None and last.get("url") is None and not pending:
                last["url"] = text
            else:
                pending["url"] = text
        elif _CAPS_LABEL.fullmatch(text) and len(text.split()) <= 3 and text.upper() == text:
            pending["category"] = text
        else:
            headline = _LIST_MARKER.sub("", text, count=1) if _LIST_MARKER.match(text) else text
            stories.append({"headline": headline, **pending})
            pending = {}
    return [
        RelatedStory(
            headline=str(story["headline"]),
            category=story.get("category"),
            age=story.get("age"),
            url=story.get("url"),
        )
        for story in stories
    ]


class Harvest:
    """Sidecar fields gathered from removed lines, fed in document order.

    Scalar fields keep their first value (the byline above the article, not a later one);
    related stories and tags accumulate, tags without repeats.
    """

    __slots__ = ("fields", "related", "tags")

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}
        self.related: list[RelatedStory] = []
        self.tags: list[str] = []

    def add_line(self, target: str, groups: Mapping[str, str], text: str) -> None:
        """One line a rule removed: ``target`` is the rule's ``harvest`` field."""
        value = groups.get("value", text)
        if target == "related":
            headline = groups.get("headline")
            if headline:
                self.related.append(
                    RelatedStory(
                        headline, groups.get("category"), groups.get("age"), groups.get("url")
                    )
                )
        elif target == "tags":
            self.tags.extend(split_tags(value))
        elif target == "comment_count":
            count = parse_count(groups.get("value", ""))
            if count is not None:
                self.fields.setdefault("comment_count", count)
        else:
            self.fields.setdefault(target, value)

    def add_list(
        self, target: str, items: Sequence[str], is_date: Callable[[str], bool] = lambda _: False
    ) -> None:
        """The items of a list a rule removed (a related-stories list, a tag list)."""
        if target == "related":
            self.related.extend(parse_related(items, is_date))
        elif target == "tags":
            for item in items:
                self.tags.extend(split_tags(item))

    def as_fields(self) -> dict[str, Any]:
        """Keyword arguments for ``Meta``."""
        return {
            **self.fields,
            "related": tuple(self.related),
            "tags": tuple(dict.fromkeys(self.tags)),
        }
