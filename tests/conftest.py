"""Shared fixtures: the shipped example story and small helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "corbyn-snp"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE


def article(text: str, id: str = "a", **kw: object) -> Article:
    return Article(id=id, text=text, **kw)  # type: ignore[arg-type]
