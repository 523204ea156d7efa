"""Every regular expression of storyline runs in reasonable time on any text: none can
backtrack cubically or worse (regexploit's static analysis, the same one its command
line runs), so no article — hostile or broken — stalls a digest on a pattern.

Quadratic patterns are common and not caught here: `benchmarks/growth.py` measures the
pipeline's growth on hostile text instead (a test may not time)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from regexploit.ast.sre import SreOpParser
from regexploit.redos import find

import storyline

# regexploit reads Python 3.10's syntax: a possessive quantifier ('\s*+', new in 3.11)
# is read as the greedy one, which can only backtrack more (so nothing is missed)
_POSSESSIVE = re.compile(r"(?<!\\)([*+?}])\+")


def _patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in pkgutil.walk_packages(storyline.__path__, "storyline."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, re.Pattern):
                pattern = value if isinstance(value.pattern, str) else re.compile(
                    value.pattern.decode("latin-1"), value.flags & ~re.LOCALE)
                found.setdefault(pattern.pattern, f"{module.name}.{name}")
    return {where: re.compile(pattern) for pattern, where in found.items()}


PATTERNS = _patterns()


def test_every_module_s_patterns_are_checked() -> None:
    assert len(PATTERNS) > 150
    assert "storyline.analyze.quotes._AFTER" in PATTERNS
    assert "storyline.readers.source._HTML" in PATTERNS  # (a bytes pattern, read as text)


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_no_pattern_backtracks_cubically(where: str) -> None:
    pattern = PATTERNS[where]
    parsed = SreOpParser().parse_sre(_POSSESSIVE.sub(r"\1", pattern.pattern), pattern.flags)
    worst = [redos for redos in find(parsed) if redos.starriness > 2]
    assert not worst, f"{where}: e.g. {worst[0].example()}"


def test_the_check_finds_a_cubic_pattern() -> None:
    # the one this check found in the quote finder (stop 39): 'quoted' and a run of
    # spaces took 2 s at 2,000 characters, 4 s at 2,500
    cubic = r"\bquot(?:ed|es|ing)\s+([^,;:]+?)\s+as$"
    assert any(redos.starriness > 2 for redos in find(SreOpParser().parse_sre(cubic)))
