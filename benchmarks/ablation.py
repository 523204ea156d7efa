"""The default summarizer's constants, each moved alone: does any setting meet issue #3?

    python benchmarks/ablation.py [--data ../shared/data]

`concept` has three constants (`ConceptCoverage`'s parameters): how much an early
mention counts (`position_weight`, divided by the square root of the number of
reports), what a concept only one report mentions is worth (`single_source_weight`),
and how a unit's cost grows with its words (`length_exponent`; Lin & Bilmes 2010's r).
Each is set on either side of the default with the others left at theirs, and both dev
sets are scored by `quality.py`'s protocols in one run. This reproduces the ablation
rows of BENCHMARKS.md that are settings rather than code changes; those that changed
code were scratch edits measured at their time. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from quality import DEFAULT_DATA, System, run_systems

from storyline.evaluate import summarize_cluster
from storyline.summarize import METHODS
from storyline.summarize.concept import ConceptCoverage

# (position_weight, single_source_weight, length_exponent); the first is the default
SETTINGS = [
    (6.0, 0.5, 1.0),
    (0.0, 0.5, 1.0), (3.0, 0.5, 1.0), (12.0, 0.5, 1.0),
    (6.0, 0.25, 1.0), (6.0, 1.0, 1.0),
    (6.0, 0.5, 0.8), (6.0, 0.5, 1.2),
]
TARGETS = {"duc": (38.5, 10.5), "multinews": (45.5, 16.0)}  # issue #3's R-1, R-2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()

    defaults = ConceptCoverage()
    assert (defaults.position_weight, defaults.single_source_weight,
            defaults.length_exponent) == SETTINGS[0], "SETTINGS[0] must be the default"
    systems: dict[str, System] = {}
    for position, single, exponent in SETTINGS:
        name = f"concept p={position:g} s={single:g} r={exponent:g}"
        # (registered by name, as the pipeline asks the registry for its summarizer)
        METHODS[name] = partial(ConceptCoverage, position_weight=position,
                                single_source_weight=single, length_exponent=exponent)
        systems[name] = partial(summarize_cluster, method=name)
    results = run_systems(systems, args.data)

    print("| position weight | single-source weight | length exponent "
          "| duc2003 R-1 / R-2 | multinews-dev R-1 / R-2 | targets met |")
    print("|---|---|---|---|---|---|")
    for (position, single, exponent), (name, r) in zip(SETTINGS, results.items(), strict=True):
        met = sum(score >= target for protocol, pair in TARGETS.items()
                  for score, target in zip(r[protocol][:2], pair, strict=True))
        default = " (default)" if name == next(iter(results)) else ""
        print(f"| {position:g}{default} | {single:g} | {exponent:g} "
              f"| {r['duc'][0]:.2f} / {r['duc'][1]:.2f} "
              f"| {r['multinews'][0]:.2f} / {r['multinews'][1]:.2f} | {met} of 4 |")


if __name__ == "__main__":
    main()
