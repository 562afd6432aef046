"""The tool version recorded in every sidecar (resume and reproducibility depend on it)."""

__version__ = "0.1.0"
