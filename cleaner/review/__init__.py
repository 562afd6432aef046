"""The review report: one self-contained HTML page that shows what a run removed and why.

``news-cleaner report OUT -o report.html`` reads an output folder of ``clean`` in one
streaming pass (sidecars, ``run.json``, ``errors.jsonl``), keeps only aggregates and a
bounded set of documents, then reads the texts of the sampled documents alone. The modules:

- ``run_folder``: find and parse what ``clean`` wrote, one document at a time;
- ``aggregate``: totals, removed lines per rule and category, the share-removed histogram;
- ``selection``: the deterministic sample and the bounded table of documents;
- ``sample_text``: the original lines of a sampled document, each marked kept or removed;
- ``palette``, ``charts``, ``page``: colours, inline SVG and the HTML itself.

Kept apart from ``cleaner.report``, which formats terminal output for ``check``/``explain``.
"""

from cleaner.review.build import ReportError, build_report

__all__ = ["ReportError", "build_report"]
