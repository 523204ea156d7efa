"""Sentence segmentation for news text.

A rule-based splitter, because news breaks general-purpose splitters in known ways:
datelines ("WASHINGTON (Reuters) -"), titles and initials ("Mr", "Gen.", "George W.
Bush"), dotted abbreviations ("U.S.", "No. 10", "a.m."), figures ("£14.8bn"),
multi-sentence quotations, embedded tweets, bylines, photo captions and lists.

Policy (what the hand-checked fixture in tests/fixtures encodes):
- A newline ends a paragraph, and a paragraph always ends a sentence. Soft-wrapped
  lines (a line not ending a sentence, followed by one starting in lower case) are
  joined first, across blank lines too (text taken from PDFs breaks sentences so).
- A quotation that opens and closes within one paragraph is never split: the quote
  stays with its attribution ('Mr Corbyn said: "I won't. I will." ' is one sentence).
  A quotation left open at the paragraph's end (the news convention for a quote that
  runs on) is split like ordinary text. A named speaker after a quotation ending in
  '?' or '!' stays with it ('"Why now?" Ms. Moseley-Braun said.'), as 'he said' does.
- A dateline is left out of its sentence's span; bylines, captions, embedded
  tweets and lines that do not end like a sentence are kept as non-BODY segments so
  nothing is lost but none of them becomes digest material.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.model import Article, Sentence, SentenceKind
from storyline.text import SPEECH_VERBS

# Words that take a full stop but do not end a sentence when a capitalised word follows.
_TITLES = frozenset(
    """mr mrs ms messrs mme dr prof gen sen rep gov lt col capt cmdr sgt cpl maj adm rev
        hon pres supt insp det st mt ft brig cdr fr sr jr rt""".split()
)
# Ambiguous abbreviations: they end a sentence only when a usual sentence opener follows.
_ABBREVIATIONS = frozenset(
    """inc corp co ltd bros plc llc vs etc jan feb mar apr jun jul aug sep sept oct nov dec
        approx est dept univ assn ave blvd rd cf ca""".split()
)
_NEVER_FINAL = frozenset({"e.g", "i.e", "viz", "cf"})
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "vol", "fig", "figs", "op", "art", "p",
                                   "pp"})
# Capitalised words that usually open a sentence: after an ambiguous abbreviation
# ("in the U.S. The …"), one of these means the sentence ended.
_OPENERS = frozenset(
    """a an the he she it they we i you his her its their our this that these those there
        but and so yet or however meanwhile still also in on at for after before when while
        if although though as since because by with without from to of under over during
        officials police some many most several no one two three four five six seven eight
        nine ten last next earlier later according what who why how where""".split()
)

_TIME_FOLLOWERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday gmt bst utc et est edt ct
        cst cdt pt pst pdt mt local""".split()
)

_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_CLOSERS = "\"'”’»)]"
_OPENERS_CHARS = "\"'“‘«(["

_WORD = re.compile(r"[\w'’]+")  # the word after a terminator, which `_is_boundary` reads

# A terminator before a space; or glued to the next sentence, as some scraped pages run
# them ('… be reviewed.Cosme's defense attorney said', '… trees there."Martin Luther
# King'), after a lower-case word ('U.S.Army', 'Mr.Smith' are decided by `_is_boundary`)
# or a year ('… at his home in 2004.Officials say')
_CANDIDATE = re.compile(r"(?:\.\.\.|…|[.!?])[\"'”’»)\]]*(?=\s)"
                        r"|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])|\.(?<=[\s(]\d{4}\.)(?=[A-Z][a-z])"
                        r"|[.!?](?<=[a-z]{3}[.!?])[\"”](?=[A-Z])")
# the place a dateline may open with ('Seoul, South Korea ')
_PLACE_BEFORE = r"(?:[A-Z][A-Za-z.'\-]*(?:[ ,]+[A-Z][A-Za-z.'\-]*){0,5}\s*)?"
_DATELINE = re.compile(
    rf"^{_PLACE_BEFORE}"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?"  # (Reuters' date: 'LONDON, Dec 17 (Reuters) -')
    r"\((?:AP|Reuters|AFP|UPI|Xinhua|CNN|Bloomberg|dpa|PA|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?"
    r"|[A-Z]{3,5}(?:/[A-Z]{3,5})+)\)"  # (stations sharing a story: '(WRDW/WAGT) –')
    r"\s*(?:[-_—–]+|:)\s*"
    r"|^[A-Z][A-Z.'\-]{2,}(?:[ ,]+[A-Z][A-Za-z.'\-]*){0,4}\s+[-_—–]{1,2}\s+"
    # CNN's has no dash ('Seoul (CNN) North Korea is ...'): known agencies only, since
    # 'Amazon (AMZN) shares rose' is no dateline
    rf"|^{_PLACE_BEFORE}\((?:CNN|AP|Reuters|AFP|UPI)\)\s+(?=[A-Z\"“])"
)
_TWEET_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$")
_TWEETISH = re.compile(r"https?://t\.co/|pic\.twitter\.com/|twitter\.com/\w+/status/")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The date and time a page stamps on itself ('Tuesday, November 21, 2017 5:27 pm', 'Aug
# 11, 2016', 'March 10, 2012 10:54 am ET'): a month's name, then its day.
_PAGE_DATE = (rf"(?:{_WEEKDAY},? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
              r" \d{1,2}(?:, \d{4})?(?:,? (?:at )?\d{1,2}:\d\d ?[apAP]\.?[mM]\.?)?(?: [A-Z]{2,4})?")
_BYLINE = re.compile(
    # (after the page's date and time too: 'March 10, 2012 10:54 am ET by MMFA Staff')
    rf"^(?:By|BY|Written by|Reporting by|{_PAGE_DATE} [Bb]y)"
    r"\s+[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|and|&|de|van|von))"
    r"{0,6}(?:\s*[,|/–—-]\s*.{0,80})?$"
)
_CAPTION = re.compile(
    r"^(?:(?:Photo|Photograph|Picture|Pic|Image|Caption|Pictured|Above|Left|Right|Top|"
    r"File photo)\s*+(?:\([^)]*\))?\s*+[:|]|(?:Image|Photo|Media|Video) caption\b"
    r"|\((?:left to right|from left|l-r)\)|(?-i:(?:Image copyright|Photo by) [A-Z])"
    # a picture's credit, then whom it shows ('Getty Images Elon Musk', which had titled
    # a story)
    r"|(?-i:(?:AFP/)?Getty Images|AP Photo)\b)"
    # a paper's figure: 'Fig. 1 Caihong juji holotype specimen (PMoL-B00175).', 'Figure 2:'
    r"|^(?-i:Fig\.\s*\d+[a-z]?\b|Figure\s+\d+[a-z]?\s*[.:|])",
    re.IGNORECASE,
)
# A video or photo player's text run into the page: its label, then the clip's caption
# ("CLOSE Ariel Winter is tired of ... USA TODAY", "EMBED More News Videos Bill Cosby
# heads to ...", "View Images The skull of ..."). Capitals as the sites print them: a
# paragraph that opens "Close to 500 people" is prose.
_MEDIA_PLAYER = re.compile(r"^(?:CLOSE|EMBED More News Videos|View Images)\s+[A-Z\"“]"
                           # a gallery's, its captions in one paragraph ('1 of 10 Full
                           # Screen Autoplay Close Skip Ad × … Buy Photo Wait 1 second …')
                           r"|^\d+ of \d+ Full Screen Autoplay\b")
_CREDIT_LINE = re.compile(
    r"^\((?:Reporting|Writing|Additional reporting|Editing) by .*\)$"
    r"|contributed (?:to )?(?:this )?report(?:ing)?\.?$",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"(?:\(|\b)(?:Photo|Photograph|Picture|Image)(?:graph)?\s*+:?\s*+(?:by\s+)?[^.]{0,60}"
    r"(?:Getty Images|AFP|Reuters|AP|PA|EPA|Shutterstock|Alamy|WireImage|FilmMagic|Invision)"
    r"\)?\s*$"
    # the photographer and the paper or agency, in brackets: '… at the Mar-a-Lago Club on
    # Dec. 28. (Ricky Carioti/The Washington Post)', '(KEVORK DJANSEZIAN/REUTERS)', a
    # video's makers ('… what they say they know about it. (Joel Achenbach,Gillian
    # Brockell/The Washington Post)')
    r"|\((?:[A-Z][\w.'’-]*(?:\s|,\s?|\s+and\s+)){1,7}[A-Z][\w.'’-]*\s?/\s?"
    r"(?:[A-Z][\w&.'’-]*\s?){1,5}\)\s*$"
    # an agency's credit closing the paragraph: '… in Bellingham, Wash., Monday, July 13,
    # 2015. Autumn... (Associated Press)' (all 29 such paragraphs of the shared pile)
    r"|\((?:Associated Press|Reuters|AFP|AP Photo\b[^()]{0,60})\)\s*$"
    # an agency alone in brackets ('(European Pressphoto Agency)'), its picture gone
    r"|^\((?:[A-Z][\w]+ ){0,3}(?:Agency|Press|Photo|Images)\)\s*$"
    # an agency's credit and its photographer, no brackets: '… December 28, 2017.
    # REUTERS/Brian Snyder', 'REUTERS/Mike Segar/File Photo' (all five of the pile)
    r"|\b(?:REUTERS|AFP PHOTO|AP Photo|EPA)\s?/\s?(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*"
    r"(?:/\s?File Photo)?\s*$"
)
# Page furniture that text extraction leaves in: the site talking to its reader rather
# than the reporter to theirs. Calls to action open the sentence; notices about the
# reader's browser, subscription or Twitter settings can sit anywhere in it. Kept narrow
# (a news sentence about a newsletter or a privacy policy is news): each pattern is a
# phrase a reporter does not write.
_CALL_TO_ACTION = re.compile(
    r"^(?:Sign up\b|Subscribe (?:to|for|now)\b|Click (?:here|through|to)\b|Follow (?:us\b|@)"
    # the reporter's own lines: 'Follow John Simerman on Twitter', 'Reach Bob Dunn at bdunn@…'
    r"|Follow (?:[A-Z][\w.'’-]* ){1,4}on (?:Twitter|Facebook|Instagram)\b"
    r"|(?:Reach|Contact|E-?mail) (?:[A-Z][\w.'’-]* ){1,4}at \S+@"
    r"|Like us on\b|Download the\b[^.]{0,60}\b(?:app|podcast)\b|Add [^.]{1,60} as an interest\b"
    r"|Enlarge (?:this )?[Ii]mage\b|Related:|RELATED:|RELATED LINKS?$|Read more\b|READ MORE\b"
    # a page's labels and widgets ('Story highlights …', 'LATEST HEADLINES', 'Share On',
    # '× Close What is the Tomatometer®?') and a wire's note to editors ('Eds: UPDATES …')
    r"|Story highlights\b|LATEST HEADLINES$|Share On\b|× Close\b|Eds: "  # ('Ed: …' a turn)
    # the publisher's credit for an excerpt ('Adapted from The Daily Show (The Book) …; ©
    # 2016 by Busboy Productions.'; not 'Adapted from a 1972 novel, the film …')
    r"|(?:Adapted|Excerpted) from\b[^©]{0,300}©"
    r"|Continue reading\b"
    # the labels a page left before it ('Photo Advertisement Continue reading the main
    # story', The New York Times's, had titled a story)
    r"|(?:(?:Photo|Video|Advertisement)\s+)+Continue reading\b"
    r"|Tweet with a location$"  # (Twitter's box's heading, which had titled a page too)
    # the page's date stamp ('Posted Tuesday, November 21, 2017 5:27 pm', 'Published on Aug
    # 11, 2016'), which had titled a story
    rf"|(?:(?:Posted|Published|Updated|Last updated)(?: on| at)?:? )?{_PAGE_DATE}$"
    # a page's sharing buttons and counts ('936 SHARES Share Tweet', a page's title too)
    r"|\d[\d,.]*[Kk]? SHARES\b|Help spread the word!$|Share Tweet\b"
    # where an advertisement cut the page ('Story Continued Below', Politico's)
    r"|(?i:(?:story|article) continue[sd] below\b)"
    # a media player's or another page's label in capitals ('TRAILER: Get a taste of …',
    # 'LISTEN: …', 'SEE ALSO: …', 'FROM COINAGE: …'); not a transcript's speaker
    r"|(?:PHOTOS?|VIDEO|WATCH|LISTEN|TRAILER|GALLERY|SLIDESHOW|SEE ALSO|FROM [A-Z]{3,}): "
    r"|View (?:all|more)\b|Watch the (?:full )?(?:video|clip|report)\b"
    # a pointer to what the page shows beside the text ('Read part of Damon’s conversation
    # with Travers below.', 'Read the updated story here.'; not 'Watch parties were held
    # here.')
    r"|(?:Read|Watch|Listen to|See) [^.!?]{0,80}\b(?:below|above)[.:]?$"
    r"|(?:Read|Watch|Listen to) (?:the|a|an|our|his|her|their) [^.!?]{0,60}\bhere[.:]?$"
    # a newsletter's box ('Breaking News Emails Get breaking news alerts and special
    # reports.', 'The news and stories that matter, delivered weekday mornings.')
    r"|Breaking News Emails\b|The news and stories that matter, delivered\b"
    # a spoiler warning ('Warning: Contains spoilers for Game of Thrones Season 6.')
    r"|(?i:(?:warning: |spoiler alert: )?(?:this (?:story|article|post|review) )?"
    r"(?:contains|includes|may contain) (?:major |some )?spoilers\b)"
    r"|Get [^.!?]{0,60}\b(?i:(?:to|in) your inbox)\b"
    r"|Want [^.!?]{0,60}\b(?:to|in) your inbox\?"
    r"|Editor['’]s [Nn]ote: If you\b"  # ('… If you capture an amazing photo …, send it')
    # a link to another article: '(See the top 10 movies of 2009.)', '[Related: ...]', or
    # its headline in brackets, '[Is there a Planet X hidden beyond Pluto?]'
    r"|\((?:See|Read|Watch)\b|\[[^\]]{10,200}\]$)"
)
_NOTICE = re.compile(
    r"JavaScript is (?:disabled|turned off)|enable Java[Ss]cript\b"
    r"|does not support the (?:audio|video) element|location information to your Tweets"
    r"|Tweet location history|When you tweet with a location|Twitter stores that location"
    r"|switch location on/off before each Tweet|Add a location to your Tweets"
    r"|Thank(?:s| you) for subscribing|All rights reserved\b|You must select a newsletter"
    # a book site's notice before its scanned text ('Below is the uncorrected machine-read
    # text of this chapter, …', 'Because it is UNCORRECTED material, please consider …')
    r"|uncorrected machine-read text|it is UNCORRECTED material\b"
    # a wire's slug for its editors ('"No member, 5th graf, 1st Ld-Writethru'), and where
    # its update picks up the version before ('Yaakov Perry, former, 5th graf pvs.', a
    # duc2003 digest sentence; 'Turkey amassed troops, pick up 4th graf pvs')
    r"|\b\d+(?:st|nd|rd|th) (?:Ld-)?Writethru\b|\b\d+(?:st|nd|rd|th) graf\b"
    r"|verify (?:that )?you(?:'|’)re not a robot|you agree to (?:receive|have read)"
    # a web archive's notice, scraped in place of the page it kept
    r"|Alexa Internet has been donating their crawl data|added to the Wayback Machine"
    r"|crawls are part of an effort to archive pages|the Internet Archive hopes that"
    r"|the version that was live when the page was written|fix all broken links on the web"
    r"|Crawls of supported \"No More 404\" sites|outsider-uploaded WARCs|for the Wayback Team"
    r"|\bFollow Embed List Rules\b"  # (a list page's widget: '25 items Follow Embed …')
    # the site inviting its readers to write in ('We take your questions every week in our
    # weekly livechat, Switchback, …', 'The comment box is open, so submit your questions
    # now.', which had ended a digest)
    r"|submit your questions\b|\bthe comment box is open\b|\bin our (?:weekly )?livechat\b",
    re.IGNORECASE,
)
# A gallery's caption, its counter and title run into it ('Hide Caption 5 of 23 Photos:
# The rise and fall of O.J. Simpson Simpson married …', the first one without its counter:
# 'Photos: Shooting at Oregon community college …'): no digest sentence, but in a
# gallery page the captions tell the story (`analyze.quotes` reads them as narrative).
GALLERY_CAPTION = re.compile(r"^(?:Hide Caption \d+ of \d+ )?Photos: ")
# The publisher's note on the article itself, not its report ('CORRECTION (March 18, 11:30
# a.m.): An earlier version of this article incorrectly said …', "Editor's note: This
# interview has been edited for length and clarity."); an update ('UPDATE: …') tells news
# and stays the story's.
_PUBLISHER_NOTE = re.compile(r"(?:Editor['’]s [Nn]ote|EDITOR['’]S NOTE|Corrections?|CORRECTIONS?"
                             r"|Clarification|CLARIFICATION)(?:\s*+\([^)\n]{0,40}\))?\s*+:")
# The agencies' caption tag: "(AP) FILE - In this Aug. 11, 2015 file photo, ...". A
# paragraph opening on it is a caption whole: the sentences after the picture's own tell
# the news it illustrates ("… leaves a Houston courtroom. New Orleans Federal Judge Kurt
# Engelhardt on Wednesday, April 27, 2016, approved a plea agreement …. (Associated
# Press)" had been a digest sentence).
_PHOTO_TAG = (r"^(?:\([^)]{1,40}\)\s*)?(?:FILE(?: PHOTO)?\s*[-–—:]\s*)?In this "
              r"(?:[\w.,' ]{0,30}\s)?(?:file |handout )?(?:photo|image|picture|photograph)\b")
_PHOTO_PARAGRAPH = re.compile(_PHOTO_TAG)
# a portrait's caption, the person, their age and town and nothing else: 'Lizandra Cosme,
# 32, of Chicago', which had titled a story
_PORTRAIT = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3}, \d{1,3}, of [A-Z][\w.'’ ,-]{1,40}")
# A newsletter's sign-up box, its sentences the page's ("Newsletter Sign Up Continue reading
# the main story Please verify you're not a robot … You agree to receive occasional updates
# and special offers for The New York Times's products and services. …").
_SIGN_UP_BOX = re.compile(r"Newsletter Sign Up\b")
# A caption run into the text: the tag above, "... in this file photo taken January 24,
# 2013.", photo credits.
_INLINE_CAPTION = re.compile(
    _PHOTO_TAG
    + r"|\bin this (?:file )?(?:photo|picture|image)(?: taken)?\b[^.]{0,40}\.$"
    # ('… is shown in this October 31, 2016 photo released on January 15, 2018.')
    r"|\bshown in this [\w.,' ]{0,30}(?:photo|picture|image|illustration)\b[^.]{0,40}\.$"
    # the agencies' handout: 'This image provided by the Montgomery County Correctional
    # Facility shows Bill Cosby on Tuesday, Sept. 25, 2018, after …'
    r"|^This (?:[\w-]+ ){0,2}(?:photo|image|picture|photograph|video|still)"
    r"(?: (?:provided|released|made available|distributed|obtained) by\b| shows\b"
    r"| from [A-Z])"  # ('This video from Compassion Over Killing alleges …', a title)
    # ('Police released this video still from the bank robbery in Medicine Hat.')
    r"|\breleased this (?:[\w-]+ ){0,2}(?:photo|image|picture|photograph|still)\b"
    # a sitter, in the caption's present ('Mike Brown stands for a portrait in front of
    # an artist portrayal of Planet Nine.', which had opened a digest)
    r"|\b(?:stands|poses|sits) for an? (?:portrait|photo(?:graph)?|picture)\b"
    r"|\((?:AP|AFP|Reuters) Photo\b|/Getty Images\b|\b[Vv]ia Getty Images\b|\bBuy Photo\b"
    r"|\s\|\s(?:Getty|AP Photo)\b"  # ('… Thursday. | Getty All the things …': credit, headline)
    r"|" + GALLERY_CAPTION.pattern
)
# The agencies' caption: what the picture shows, where, and the day it was taken, with
# no "on" before the date as prose would have ("... in the East Room of the White House
# in Washington, Thursday, Feb. 16, 2017."; "... in Tehran May 20, 2010.").
_MONTH_DAY_YEAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}"
)
_CAPTION_DATE = rf"(?:{_WEEKDAY},? )?{_MONTH_DAY_YEAR}\.$"
_DATED_CAPTION = re.compile(r"\b(?:in|at|near) [A-Z][^.;]{0,80}[a-z],? " + _CAPTION_DATE)
# ... and with the place after the day ("... at Sacred Heart University, Saturday, Aug. 13,
# 2016, in Fairfield, Conn."): the weekday, the date and the place between commas, which
# prose writes "on Saturday" ('The rally was held on Saturday, Aug. 13, 2016, in …').
_DATED_CAPTION_PLACE_LAST = re.compile(
    rf", {_WEEKDAY}, {_MONTH_DAY_YEAR}, (?:in|at|near) [A-Z][^;!?]{{0,60}}\.$")
_PROSE_DATE = re.compile(r"\bon " + _CAPTION_DATE)
# A caption opening on its photographer's credit: 'Bill Ingalls/NASA A supermoon behind
# the Colorado State Capitol Building on Sunday, Sept. 27, 2015.' (not 'The Times/CBS News
# poll was conducted …')
_CREDIT_FIRST = re.compile(  # (and its agencies, spaced: 'Gerard Julien / AFP / Getty Images
    # Pope John Paul II prays …', 'Luigi Garlaschelli / Via youtube.com A screengrab …')
    r"^(?!The |A |An )[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}"
    r"(?: ?/ ?[A-Z][\w.]*(?: [A-Z][\w.]*)?(?: [a-z][\w-]*\.[a-z]{2,})?){1,3} (?=[A-Z])")
# '"Why now?" Ms. Moseley-Braun said in an interview.': a quotation ending in '?' or '!'
# and the speaker after it are one sentence ('The tweet said.', 'Trump later said.',
# "Corbyn's spokesman said."), as they are with 'he said' (which opens low, so never
# looks like a new sentence).
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:[a-z]+\s+){0,2}?(?:" + SPEECH_VERBS
    + r")\b[^.!?\"“”]{0,80}[.!?]"
)
# (a bullet sign needs no space after it: '•The number of overweight …' had kept its
# bullet in a digest sentence; a hyphen, a number or a letter does: '-based', '1.5')
_LIST_MARKER = re.compile(r"^(?:[•·▪●◦■►]\s*|(?:[-*–]|\d{1,2}[.)]|[a-z][.)])\s+)")
_SENTENCE_END = re.compile(r"(?:[.!?…]|\.\.\.)[\"'”’»)\]]*$")


def segment(article: Article) -> tuple[Sentence, ...]:
    """Split an article's text into sentences and other segments, with exact spans."""
    return tuple(segments(article))


def segments(article: Article) -> Iterator[Sentence]:
    """`segment`'s sentences one by one, for a caller that may stop early (whether an
    article holds any body text is known at its first body sentence)."""
    paragraphs = list(_paragraphs(article.text))
    kinds = _paragraph_kinds(article.text, paragraphs)
    index = 0
    for number, ((start, end), kind) in enumerate(zip(paragraphs, kinds, strict=True)):
        opened = _quote_open(article.text[start:end])
        for s, e in _spans_in_paragraph(article.text, start, end, kind):
            text = article.text[s:e]
            in_quote = opened[s - start]
            seg_kind = _sentence_kind(text, kind, in_quote)
            yield Sentence(article.id, index, text, s, e, number, seg_kind, in_quote)
            index += 1


def _sentence_kind(text: str, paragraph: SentenceKind, in_quote: bool) -> SentenceKind:
    """A body paragraph's sentence may still be no body text: unfinished, a caption run
    into the text, or the page's own furniture (never inside someone's quoted words)."""
    if paragraph is not SentenceKind.BODY:
        return paragraph
    if text.endswith(" Read more"):
        return SentenceKind.FURNITURE  # a link to another article: its headline, 'Read more'
    if not _SENTENCE_END.search(text):
        if in_quote:
            return SentenceKind.FRAGMENT
        low = text.lower()
        # (the page's line, though unfinished, is no heading: 'Story Continued Below' had
        # become the speaker of the quotation after it, as a transcript's name would)
        if _CALL_TO_ACTION.match(text) or (  # ('Add a location to your Tweets')
                any(w in low for w in _NOTICE_WORDS) and _NOTICE.search(text)):
            return SentenceKind.FURNITURE
        # (a caption and its credit before a headline: '"My rallies are not covered …,"
        # Donald Trump tweeted. | Getty Trump blames …', which had titled a story)
        if any(w in low for w in _CAPTION_WORDS) and _INLINE_CAPTION.search(text):
            return SentenceKind.CAPTION
        return SentenceKind.FRAGMENT
    if in_quote:
        return paragraph
    # (substring tests first: the patterns searched anywhere in a sentence are slow to
    # fail, and nearly every sentence fails them)
    low = text.lower()
    if (any(w in low for w in _CAPTION_WORDS) and _INLINE_CAPTION.search(text)) or (
            text[-5:-1].isdigit() and _DATED_CAPTION.search(text)
            and not _PROSE_DATE.search(text)) or (
            "day, " in text and _DATED_CAPTION_PLACE_LAST.search(text)) or (
            "/" in text[:40] and _CREDIT_FIRST.match(text)):
        return SentenceKind.CAPTION
    if _CALL_TO_ACTION.match(text) or (
            any(w in low for w in _NOTICE_WORDS) and _NOTICE.search(text)):
        return SentenceKind.FURNITURE
    return paragraph


# one in every _INLINE_CAPTION
_CAPTION_WORDS = ("photo", "image", "picture", "portrait", "getty", "released this",
                  "shown in this", "this video", "this still")
# (one in every _NOTICE)
_NOTICE_WORDS = ("javascript", "element", "tweet", "subscrib", "reserved", "newsletter",
                 "robot", "you agree", "crawl", "wayback", "embed", "archive",
                 "live when the page", "broken links", "uncorrected",
                 "writethru", " graf", "your questions", "comment box", "livechat")


def split_sentences(text: str) -> list[str]:
    """Convenience: the segments of a bare text, as strings."""
    return [s.text for s in segment(Article(id="text", text=text))]


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each non-blank paragraph, joining soft-wrapped lines."""
    start: int | None = None
    prev_end = pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue  # the line before decided whether the paragraph runs on past it
        if start is None:
            start = line_start
        prev_end = line_end
        # (the next non-blank line: text taken from a PDF may break a sentence over a
        # blank line, '... who worked\n\nclosely with ...')
        if not _soft_wrap(line, _next_text(lines, i)):
            yield _trim(text, start, line_end)
            start = None
    if start is not None:
        yield _trim(text, start, prev_end)


def _next_text(lines: list[str], i: int) -> str:
    """The first non-blank line after line `i` ("" if none)."""
    for j in range(i + 1, len(lines)):
        if lines[j].strip():
            return lines[j]
    return ""


def _soft_wrap(line: str, nxt: str) -> bool:
    """A line continues on the next when it does not end a sentence and the next starts
    low, or when it stops on a word no sentence or heading ends on ('… of Rule of the House
    of' / 'Representatives, the Committee has …', a PDF's line) and the next is no
    heading or page footer in capitals ('EXTENDED SUMMARY …') nor a footnote ('1 See …')."""
    stripped = nxt.lstrip()
    if not stripped or _SENTENCE_END.search(line.rstrip()) or line.rstrip().endswith(":"):
        return False
    if stripped[0].islower():
        return True
    last = line.rsplit(None, 1)[-1]
    return last in _RUNS_ON and not stripped[0].isdigit() and not _CAPITALS_LINE.match(stripped)


# the words a line of prose can stop on only when the sentence runs on past it
_RUNS_ON = frozenset("the a an of to for with by from and or its their his her our your "
                     "whose than".split())
_CAPITALS_LINE = re.compile(r"[A-Z]+[.,]?\s+[A-Z]{2,}\b")  # 'PROPERTY OF THE US.', 'EXTENDED …'


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_kinds(text: str, paragraphs: list[tuple[int, int]]) -> list[SentenceKind]:
    """Classify whole paragraphs: bylines, captions and embedded tweets are not body text."""
    kinds: list[SentenceKind] = []
    for i, (start, end) in enumerate(paragraphs):
        para = text[start:end]
        if _TWEET_SIGNATURE.match(para):
            kinds.append(SentenceKind.TWEET)
            if i > 0 and _TWEETISH.search(text[slice(*paragraphs[i - 1])]):
                kinds[i - 1] = SentenceKind.TWEET
        elif _TWEETISH.search(para) and len(para.split()) < 60:
            kinds.append(SentenceKind.TWEET)
        elif (_BYLINE.match(para) and not _SENTENCE_END.search(para)) or _CREDIT_LINE.search(
            para
        ):
            kinds.append(SentenceKind.BYLINE)
        elif _CAPTION.match(para) or _MEDIA_PLAYER.match(para) or _CREDIT_TAIL.search(para) \
                or _PHOTO_PARAGRAPH.match(para) or _PORTRAIT.fullmatch(para):
            kinds.append(SentenceKind.CAPTION)
        elif _PUBLISHER_NOTE.match(para) or _SIGN_UP_BOX.match(para):
            kinds.append(SentenceKind.FURNITURE)
        else:
            kinds.append(SentenceKind.BODY)
        if i and para == text[slice(*paragraphs[i - 1])]:
            # a line the page printed twice, one after the other: its title and the
            # story's, a picture's caption and its alt text ('Frail Robert Durst sentenced
            # on gun charge …' had opened a digest), 'Advertisement Continue reading …'
            kinds[i - 1] = kinds[i] = SentenceKind.FURNITURE
    return kinds


def _spans_in_paragraph(
    text: str, start: int, end: int, kind: SentenceKind
) -> Iterator[tuple[int, int]]:
    if kind is not SentenceKind.BODY:
        yield start, end
        return
    para = text[start:end]
    offset = 0
    marker = _LIST_MARKER.match(para)
    if marker:
        offset = marker.end()
    else:  # (any paragraph: pages put a headline, a date or a standfirst before it)
        dateline = _DATELINE.match(para)
        if dateline and dateline.end() < len(para):
            offset = dateline.end()
    inside = _inside_closed_quote(para)
    sent_start = offset
    for m in _CANDIDATE.finditer(para, offset):
        cut = m.end()
        # Inside a quotation that closes later: not a boundary. A terminator followed by
        # the closing quote itself ('… "isn't perfect." He added') does end a sentence.
        if inside[cut - 1] or not _is_boundary(para, m.start(), cut):
            continue
        glued = cut < len(para) and not para[cut].isspace()
        if glued and para[cut - 1] in "\"”" and not inside[m.start()]:
            continue  # a stop glued to a mark ends a sentence only where the mark closes
            # a quotation: in '… taking place."Each of …' it opens one
        s, e = _trim(text, start + sent_start, start + cut)
        if e > s:
            yield from _credit_apart(text, s, e)
        sent_start = cut
    s, e = _trim(text, start + sent_start, end)
    if e > s:
        yield from _credit_apart(text, s, e)


def _credit_apart(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence's span, with a credit in brackets that opens it as a span of its own:
    a picture's credit left between its caption and the text ('… in Medicine Hat.
    (Medicine Hat Police Service) "I wanted this to end in August. …"' had made the
    police's name part of a woman's words)."""
    credit = _CREDIT_OPENING.match(text, start, end) if text[start] == "(" else None
    if credit:
        yield start, credit.end(1)
        start = credit.end()
    yield start, end


# a bracketed run of capitalised words, and then the sentence: 'Medicine Hat Police
# Service', 'AP Photo/John Locher', 'CNN'
_CREDIT_OPENING = re.compile(r"(\((?:[A-Z][\w.&'’/-]*\s){0,5}[A-Z][\w.&'’/-]*\))\s+(?=[\"“A-Z])")


def _inside_closed_quote(para: str) -> list[bool]:
    """For each character: is it inside a double quotation that closes in this paragraph?"""
    inside = [False] * (len(para) + 1)
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(para):  # (the marks only: a loop over every character
        i, ch = m.start(), m.group()  # had been a tenth of a digest's time)
        if ch in _OPEN_QUOTES or (ch == '"' and open_at is None and _opens(para, i)):
            if open_at is None:
                open_at = i
        elif open_at is not None:  # a closing mark, or a straight one
            inside[open_at:i] = [True] * (i - open_at)
            open_at = None
    return inside


def _quote_open(para: str) -> list[bool]:
    """For each position: is a double quotation open there (opened before, not yet closed)?

    Unlike `_inside_closed_quote`, a quotation left open runs to the paragraph's end."""
    state: list[bool] = []
    is_open = False
    for m in _QUOTE_MARK.finditer(para):
        i, ch = m.start(), m.group()
        # (open after an opening mark; else the mark closes, curly or straight)
        now = ch in _OPEN_QUOTES or (ch == '"' and not is_open and _opens(para, i))
        if now != is_open:  # (the mark's own position still has the state before it)
            state.extend([is_open] * (i + 1 - len(state)))
            is_open = now
    state.extend([is_open] * (len(para) + 1 - len(state)))
    return state


_QUOTE_MARK = re.compile(f'[{_OPEN_QUOTES}{_CLOSE_QUOTES}"]')


def _opens(para: str, i: int) -> bool:
    """A straight double quote opens when it is not glued to the end of a word."""
    before = para[i - 1] if i > 0 else " "
    return before.isspace() or before in "([—–-:" or i == 0


def _is_boundary(para: str, dot: int, cut: int) -> bool:
    """Decide whether the terminator at `dot` (its run ending at `cut`) ends a sentence."""
    # (positions, not copies of the rest: a copy per terminator made a long paragraph
    # of short sentences quadratic)
    rest = cut
    while rest < len(para) and para[rest].isspace():  # where the next sentence would open
        rest += 1
    if rest == len(para):
        return False
    at = rest
    while at < len(para) and para[at] in _OPENERS_CHARS:
        at += 1
    if at == len(para) or not (para[at].isupper() or para[at].isdigit()):
        return False
    first = para[at]
    if para[dot] != ".":
        # '"Why now?" Ms. Moseley-Braun said.': the attribution belongs to its quotation
        closes_quote = any(q in para[dot + 1:cut] for q in "\"”")
        return not (closes_quote and _ATTRIBUTION.match(para, rest))
    if para[dot : dot + 3] == "..." or para[dot] == "…":
        return True
    if para[dot - 1 : dot + 1] == "..":
        return True  # an abbreviation's point and the sentence's: 'I don’t know Louis C.K.. I’ve'
    word = _word_before(para, dot)
    bare = word.lower().rstrip(".")
    next_word = _WORD.match(para, at)
    next_lower = next_word.group(0).lower() if next_word else ""
    if bare in _NEVER_FINAL:
        return False
    if bare in _TITLES and first.isupper() and cut == dot + 1:
        return False
    if bare in _NUMBER_ABBREVIATIONS and first.isdigit() and word[:1].isupper():
        return False
    if re.fullmatch(r"[A-Z]", word):
        # An initial ("George W. Bush") — unless a sentence opener follows ("Plan B. The").
        return next_lower in _OPENERS and next_lower not in {"a", "i"}
    if bare in {"a.m", "p.m"}:
        # "at 11:15 a.m. Senate leaders …" ends; "2:30 a.m. Sunday", "a.m. GMT" and the
        # hour elsewhere in brackets ("at 3 p.m. (0700 GMT), the typhoon …") do not; a
        # credit in brackets does ("… at 5 p.m. (Reporting by …)").
        return next_lower not in _TIME_FOLLOWERS and not (
            para[rest] == "(" and para[rest + 1 : rest + 2].isdigit())
    if "." in word.rstrip(".") or bare in _ABBREVIATIONS:
        # U.S., a.m., Inc., Jan.: ends a sentence only before a usual opener.
        if bare in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                    "oct", "nov", "dec"} and first.isdigit():
            return False
        return next_lower in _OPENERS or first in "\"“'‘"
    return True


def _word_before(para: str, dot: int) -> str:
    """The token ending at `dot` (dots inside it kept: 'U.S', 'a.m')."""
    i = dot
    while i > 0 and (para[i - 1].isalnum() or para[i - 1] in ".'’&-"):
        i -= 1
    return para[i:dot].lstrip("'’-")
