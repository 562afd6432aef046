"""The sidecar records serialise every field they have: ``to_dict`` is written out by hand
(a generic conversion that deep-copies every value cost a batch run a tenth of its time), so a
field added to a record must be added to its ``to_dict`` too."""

from __future__ import annotations

import json

import pytest

from cleaner.model import Meta, RelatedStory, Removal, Source, Tool, sidecar_json

STORY = RelatedStory("Headline", "World", "2 days ago", "https://example.org/a")
REMOVAL = Removal("related-stories", "related", 3, 5, "a\nb\nc", repeats=4)
SOURCE = Source("a.txt", "text", "0" * 64, 12, "utf-8", line=7, id="rec-1")
TOOL = Tool("1.0", "f" * 64)
RECORDS: list[RelatedStory | Removal | Source | Tool] = [STORY, REMOVAL, SOURCE, TOOL]


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: type(record).__name__)
def test_to_dict_holds_every_field(record: RelatedStory | Removal | Source | Tool) -> None:
    assert record.to_dict() == record._asdict()


def test_optional_keys_stay_out_when_unset() -> None:
    assert "repeats" not in Removal("ad-marker", "ad", 1, 1, "Advertisement").to_dict()
    assert {"line", "id"}.isdisjoint(Source("a.txt").to_dict())


def test_sidecar_json_is_the_meta_as_stable_json() -> None:
    meta = Meta(SOURCE, "1" * 64, 3, 3, TOOL, related=(STORY,), removed=(REMOVAL,))
    text = meta.to_json()
    assert text == sidecar_json(meta.to_dict())
    data = json.loads(text)
    assert data["related"] == [STORY.to_dict()] and data["removed"] == [REMOVAL.to_dict()]
    assert text.endswith("}\n") and list(data) == sorted(data)
