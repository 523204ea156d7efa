"""Article metadata every reader normalises the same way: dates, outlets, language."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

# Outlet names by web domain. Extend with `register_outlets` (or a JSON file passed to
# `storyline --outlets`); unknown domains show as the domain itself.
OUTLETS: dict[str, str] = {
    "heraldscotland.com": "The Herald",
    "thecourier.co.uk": "The Courier",
    "buzzfeed.com": "BuzzFeed News",
    "buzzfeednews.com": "BuzzFeed News",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "ft.com": "Financial Times",
    "wsj.com": "The Wall Street Journal",
    "bloomberg.com": "Bloomberg",
    "aljazeera.com": "Al Jazeera",
    "scotsman.com": "The Scotsman",
    "dailyrecord.co.uk": "Daily Record",
    "mirror.co.uk": "Daily Mirror",
    "thetimes.co.uk": "The Times",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "npr.org": "NPR",
    "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times",
    "newser.com": "Newser",
}


def register_outlets(mapping: dict[str, str]) -> None:
    """Add or override domain -> outlet names."""
    OUTLETS.update({domain_of(k) or k.lower(): v for k, v in mapping.items()})


def domain_of(url: str) -> str:
    """'https://www.heraldscotland.com/news/1/' -> 'heraldscotland.com'."""
    try:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return re.sub(r"^(www\d?|m|amp|edition|mobile)\.", "", host.lower())


def outlet_for(url: str) -> str:
    """The outlet name for a URL's domain (or a parent domain), else the domain."""
    domain = domain_of(url)
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        name = OUTLETS.get(".".join(parts[i:]))
        if name:
            return name
    return domain


def parse_date(value: Any) -> datetime | None:
    """Parse a publication date. Times with a zone become UTC; a bare date stays naive
    (its zone is unknown and inventing one would shift it by a day). Bad ones: None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, int | float):
        try:
            dt = datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    else:
        from dateutil import parser as date_parser

        text = str(value).strip()[:100]
        try:
            dt = date_parser.parse(text)
        except (ValueError, OverflowError, TypeError):
            return None
    if dt.tzinfo is not None:
        try:
            dt = dt.astimezone(UTC)
        except (OverflowError, ValueError):
            return None
    return dt


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's bundled model (loaded once, ~0.5 s; nothing is downloaded)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ('' when too short to tell)."""
    sample = text[:2000]
    if len(sample.split()) < 5:
        return ""
    lang, probability = _identifier().classify(sample)
    return str(lang) if probability >= 0.5 else ""
