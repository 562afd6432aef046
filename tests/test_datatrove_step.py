"""The datatrove step, on stand-ins for datatrove's Document (datatrove is not a dependency)."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner import Cleaner, CleanerConfig
from cleaner.datatrove_step import CleanNewsStep
from cleaner.restore import restore_text

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@dataclass
class Document:
    """The fields of ``datatrove.data.Document`` that a step sees."""

    text: str
    id: str
    metadata: dict[str, Any] = field(default_factory=dict)


def seed_documents() -> list[Document]:
    return [
        Document(path.read_text(encoding="utf-8"), path.stem, {"url": f"https://x.test/{n}"})
        for n, path in enumerate(sorted(SEEDS.glob("*.txt")))
    ]


def test_the_step_cleans_each_document_and_keeps_its_sidecar(cleaner: Cleaner) -> None:
    originals = seed_documents()
    step = CleanNewsStep()
    cleaned = list(step(seed_documents(), 0, 1))  # how datatrove calls a step
    assert [document.id for document in cleaned] == [document.id for document in originals]
    assert sum(document.text != original.text for document, original in zip(
        cleaned, originals, strict=True)) == 3  # three of the five seeds carry junk
    for document, original in zip(cleaned, originals, strict=True):
        assert document.text == cleaner.clean(original.text).text
        sidecar = document.metadata["news_cleaner"]
        assert sidecar["schema"] == "news-cleaner/meta/1"
        assert restore_text(document.text, sidecar) == original.text
        assert document.metadata["url"] == original.metadata["url"]


def test_the_first_step_of_a_pipeline_gets_no_data() -> None:
    assert list(CleanNewsStep()(None, 0, 1)) == []


def test_the_step_pickles_and_takes_options() -> None:
    step = CleanNewsStep(CleanerConfig(keep_title=True), key="clean")
    copy = pickle.loads(pickle.dumps(step))  # as an executor sends it to its tasks
    [document] = copy(seed_documents()[2:3])
    assert "clean" in document.metadata
    assert document.metadata["clean"]["title"] in document.text  # the headline stayed
