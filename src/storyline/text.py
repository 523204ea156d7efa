"""Word-level text helpers shared by alignment, the summarizers, the segmenter and the
analysis.

Everything that compares sentences goes through `terms`, so that "the same words"
means one thing across the code base: lower-cased, Snowball-stemmed word tokens.
"""

from __future__ import annotations

import itertools
import re
import threading
from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball stemmers compiled

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_THREAD = threading.local()

# A compact English stopword list (function words and reporting filler). Kept here
# rather than imported from scikit-learn so that importing storyline stays fast.
STOPWORDS = frozenset(
    """a about above across after afterwards again against all almost alone along already
        also although always am among amongst an and another any anyhow anyone anything
        anyway anywhere are around as at be became because become becomes becoming been
        before beforehand behind being below beside besides between beyond both but by can
        cannot could did do does doing done down during each either else elsewhere enough
        etc even ever every everyone everything everywhere except few for former formerly
        from further had has have having he hence her here hereafter hereby herein hers
        herself him himself his how however i if in indeed into is it its itself just last
        latter latterly least less many may me meanwhile might mine more moreover most
        mostly much must my myself namely neither never nevertheless next no nobody none
        noone nor not nothing now nowhere of off often on once one only onto or other others
        otherwise our ours ourselves out over own per perhaps please rather re same seem
        seemed seeming seems several she should since so some somehow someone something
        sometime sometimes somewhere still such than that the their theirs them themselves
        then thence there thereafter thereby therefore therein thereupon these they this
        those though through throughout thru thus to together too toward towards under until
        up upon us very via was we well were what whatever when whence whenever where
        whereafter whereas whereby wherein whereupon wherever whether which while whither
        who whoever whole whom whose why will with within without would yet you your yours
        yourself yourselves s t said says say told mr mrs ms dr""".split()
)

# Verbs that report speech, shared by the segmenter (an attribution after a quotation
# is part of its sentence) and the quote finder.
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|insisted|insists|claimed|claims|"
    "warned|warns|cautioned|cautions|argued|argues|explained|explains|declared|declares|"
    "announced|announces|"
    "admitted|admits|asked|asks|replied|replies|wrote|writes|tweeted|tweets|noted|notes|"
    "suggested|suggests|continued|continues|confirmed|confirms|conceded|concedes|"
    "acknowledged|acknowledges|recalled|recalls|commented|comments|responded|responds|"
    "urged|urges|stressed|stresses|predicted|predicts|promised|promises|vowed|vows|"
    "described|describes|emphasized|emphasised|emphasizes|emphasises|asserted|asserts|"
    # ('accused the president of "lying"', never the passive 'suspects accused of torture')
    "accused(?!\\s+of\\b)|accuses(?!\\s+of\\b)|"
    "demanded|demands|denounced|denounces|condemned|condemns|cited|cites|"
    # raised voices and asides ('protesters shouted, "..."', 'he quipped')
    "shouted|shouts|chanted|chants|yelled|yells|screamed|screams|exclaimed|whispered|"
    # ('"Why wasn't I there?" sobbed a young woman')
    "sobbed|sighed|muttered|murmured|mumbled|gasped|stammered|wailed|bellowed|groaned|"
    "crowed|"
    "proclaimed|proclaims|"
    "utters|uttered|narrates|narrated|"
    "joked|quipped|complained|complains|remarked|pleaded|boasted|countered|lamented|"
    "retorted|retorts|speculated|speculates|pledged|pledges|"
    # an opinion given, a charge laid ('opined former correspondent Frank Sesno', 'Mr.
    # Trump averred on Twitter', 'Acosta charged that …'; never 'charged with murder')
    "opined|opines|averred|avers|contended|contends|charged(?=\\s+that\\b)|"
    # ('The warrant … alleges that Pinochet "did murder …"'; never 'the alleged killer')
    "alleges|alleging|alleged(?=\\s+that\\b)|"
    # ('John Paul appealed to a country … "to forgive and reconcile …"'; not 'appealed
    # the ruling')
    "appealed(?=\\s+(?:to|for)\\b)|appeals(?=\\s+(?:to|for)\\b)|"
    # ('she talked of "a well-to-do, privileged upbringing"')
    "(?:talked|talks|spoke|speaks)(?=\\s+(?:of|about)\\b)|"
    # ('the Libyan leader pronounced that "…"', not 'Kvikk Lunsj - pronounced "quick lunch"')
    "pronounced(?!\\s*[\"“])|pronounces(?!\\s*[\"“])|"
    # written under a picture or posted ('..., Davidson captioned a photo on Instagram'),
    # or told as an order ('Boehner instructed Obama to "sit down with Harry Reid"')
    "captioned|captions|posted|instructed|"
    # participles that share their clause's subject ('repeatedly replying, "…"', 'by
    # noting, "…"', 'letters … requesting "immediate federal action"')
    "replying|noting|adding|declaring|insisting|arguing|explaining|asking|claiming|"
    "stating|urging|requesting|requested|requests|stressing|recalling|"
    "saying|describing|telling|writing|bragged|brags|reveals|revealed|"
    # answering in kind ('he shot back: "..."')
    r"(?:shot|fired|hit|hits)\s+back"
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens ("don't" and "U.S." stay whole enough to compare)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A word's Snowball (English) stem. The compiled stemmer, not the pure-Python
    `snowballstemmer` package: the same stems, 15 times faster (2.4 µs a word against
    36), and a new story's rarer words are new to this cache (a 10-article digest spent
    8–9 ms stemming them after 91 other stories, 30 ms after three; see BENCHMARKS.md)."""
    return _stemmer().stemWord(word)


def _stemmer() -> Stemmer.Stemmer:
    """This thread's stemmer: a Snowball stemmer keeps state while it stems, so threads
    (the web app's workers) must not share one."""
    stemmer: Stemmer.Stemmer | None = getattr(_THREAD, "stemmer", None)
    if stemmer is None:  # (no cache of its own: `stem` keeps one)
        stemmer = _THREAD.stemmer = Stemmer.Stemmer("english", 0)
    return stemmer


def terms(text: str) -> list[str]:
    """Stemmed tokens, stopwords included (callers decide what to drop)."""
    return [stem(w) for w in words(text)]


def content_terms(text: str) -> list[str]:
    """Stemmed content words: no stopwords, no single characters."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def bigrams(text: str) -> list[tuple[str, str]]:
    """Stemmed word bigrams that hold at least one content word."""
    toks = words(text)
    out = []
    for a, b in itertools.pairwise(toks):
        if (a in STOPWORDS and b in STOPWORDS) or not (a.isalnum() or b.isalnum()):
            continue
        out.append((stem(a), stem(b)))
    return out
