"""Direct quotations and their speakers, as each report gives them (`quote_groups`
groups them across a story's reports).

A quotation is text between double quotes (straight or curly) of at least two words.
Its speaker comes from the attribution in the same sentence — after it ('..., said
Corbyn', '..., he added') or before it ('Mr Corbyn said: "..."', 'Sturgeon told
journalists ... that she'd "..."') — or, for a paragraph that is all quotation, from the
quotation it continues (news runs a long quote over several paragraphs, each opening
with a quote mark) or that a paragraph ending in a colon announced ('Goddard's lawyers
responded:'). Pronouns resolve to the last speaker or named person before them, of
the pronoun's sex when the story tells it; roles ("the Labour leader") and surnames
to the person the story names in full (`names.People`). In an interview transcript or
an oral history, a quotation nothing else attributes is the turn's speaker's
(`turns.voices`), and in a post a page embeds (a tweet) its signer's (`turns.signer`).
Scare quotes — a quoted phrase with no speech verb near it — and names in title case
("Lord of the Rings") are not quotations.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storyline.analyze.entities import ORG_WORDS
from storyline.analyze.names import (
    FEMININE,
    HONORIFICS,
    MASCULINE,
    NOT_NAMES,
    PARTICLE,
    PRONOUNS,
    ROLE,
    RUN,
    SPEECH,
    TITLES,
    People,
    opens_sentence,
    tidy,
    unpossessive,
)
from storyline.analyze.places import place_name
from storyline.analyze.turns import paragraphs, signer, voices
from storyline.model import Document, Sentence, SentenceKind
from storyline.segment import GALLERY_CAPTION
from storyline.text import STOPWORDS

_OPEN = "\"“"
# Inside a quotation, straight marks a wire did not alternate: a short phrase quoted
# within it ('"We need to relieve his stress, so the "greatest artist of all time" can do
# what he does best."'), and a mark opening words quoted within it after a clause, the
# mark closing them closing both ('"… when I asked him, `What are you doing here,' he
# said: "I wouldn't miss it for the world." Similarly, …' had paired every mark after it
# wrongly). (After a sentence's end a mark closes: '… end up in prison. "But you …'.)
_QUOTE = re.compile(r"[\"“]((?:[^\"“”]|(?<=[^.!?]\s)\"[^\"“”.!?]{1,60}\"(?=[\s,])"
                    r"|(?<=[^.!?]\s)\"(?=\w))++)(?:[\"”]|$)")
# ('the family said': an -ly word that speaks is no adverb)
_ADVERBS = r"(?:also\s+|later\s+|then\s+|previously\s+|earlier\s+|has\s+|had\s+|have\s+|" \
           r"(?!(?:family|ally|assembly|daily|weekly|monthly|quarterly)\s)[a-z]+ly\s+)*"
# Speakers named by what they are, as a group or an office: 'Swissair officials said'.
_COLLECTIVE = (r"(?:officials|police|prosecutors|investigators|authorities|sources|analysts|"
               r"experts|witnesses|residents|officers|aides|lawyers|diplomats|doctors|"
               r"scientists|researchers|protesters|spokesman|spokeswoman|spokesperson)\b")
# trades named by their suffix, beyond `names.ROLE_NOUNS`: 'biologist', 'paleontologist',
# 'physician', 'historian'
_TRADE = r"[a-z]{3,}(?:ist|ian)s?\b"
# words that cannot describe a speaker between the verb and the name ('said on Tuesday ...')
_FUNCTION = (r"(?:of|in|at|from|on|for|to|with|by|and|or|but|a|an|the|that|this|it|he|she|"
             r"they|we|you|his|her|its|their|our|my|not|no|so|then|also|later|now|last|"
             r"next|yesterday|today|tonight|recently|once|again|as|when|while|if|goodbye)")
# (a rank of two words is one title: 'Maj. Gen. Syamsul Ma'arif', 'Lt. Col. …')
_TITLE = (r"(?:(?:(?:Maj|Lt|Brig)\.?\s+Gen|Lt\.?\s+Col|"
          r"Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Maj|Sgt|Capt|Adm|Rev|St)\.?\s+)")
_NAME = rf"{_TITLE}?(?:{RUN.pattern})"
# a name as an attribution after the quotation gives it, its particle first ('…," da
# Silva, a former salesman, said'); anchored patterns only, where it costs nothing
_LED_NAME = rf"(?:{PARTICLE})?{_NAME}"
_WAS_QUOTED = r"(?:was|were|is|has\s+been)\s+quoted\b"  # '... was quoted ... as saying'
_PRONOUN = r"(?:he|she|they|He|She|They)"
_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
# 'Driver called him "tone deaf"', 'He called the incident "disgusting" and "a sad ...':
# calling someone or something a quoted phrase speaks it (never 'a film called "X"')
_CALLED = re.compile(r"\bcall(?:ed|s|ing)\b(?=\s+(?:[\w'’\"“”-]+\s+){1,4}$)"
                     # ('what he called "fake news" stories': the phrase itself)
                     r"|(?:(?<=\bhe )|(?<=\bshe )|(?<=\bwe ))call(?:ed|s)(?=\s+$)")
# 'mocked the BBC as "…"', 'dismissed the story … as "a joke" and "fake news"': to
# brand something with a quoted phrase is to say it
_CALLED_AS = re.compile(r"\b(?:(?:mock|dismiss|derid|brand|label|ridicul|lambast|deris)"
                        r"(?:ed|es|s|ing|led|ling)?\b(?=[^.;:!?]{0,100}?\sas\s+"
                        r"(?:[\"“][^\"“”]{1,60}[\"”],?\s+(?:and|or)\s+)?$)"
                        # ('branded Yugoslavia a "rogue state"', 'dubbed it the "…"',
                        # 'termed Pinochet a "brutal dictator"')
                        r"|(?:brand(?:ed|s|ing)|dubb?(?:ed|s|ing)|term(?:ed|ing))\b"
                        r"(?=[^.;:!?\"“”]{0,60}?\s(?:an?|the)\s+$)"
                        # ('a scene … Lennart Olin likened to a "gas chamber"')
                        r"|liken(?:ed|s|ing)\b(?=[^.;:!?\"“”]{0,100}?\bto\s+(?:an?\s+|the\s+)?$))")
# A news outlet speaks by reporting ('Tehran radio reported "unprecedented and unique"
# voting levels'); not a cue that a name is a person's, so not in `SPEECH` (which
# `names` reads so: 'Christian Science Monitor reported')
_SPOKEN = rf"(?:{SPEECH}|reported\b)"
# After a quotation, a text speaks too: '..., the statement read.' (never before one:
# 'he read "War and Peace"' quotes no one)
_SAID = rf"(?:{_SPOKEN}|read\b|reads\b)"
# '..., Jeffrey Stenger from Polson, Montana, told ABC News': where the speaker is from;
# 'expert Jonathyn Priest of Bevel, Gardner and Associates Inc. told': where they work
_FROM = (r"(?:\s+(?:of|from)\s+[A-Z][\w.’'-]*"
         r"(?:(?:\s+|,\s+|\s+(?:and|&)\s+)[A-Z][\w.’'-]*)*,?)?")
# '..., researchers at APL, which …, wrote': where a speaker named first is, without
# commas (', the head of the Burgas Museum of History, Milen Nikolov, explains' is `s7`)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHERE = r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
# '..., said Ms. Clywd' / '..., said the spokesman' / '..., he said' / '..., Clywd said'
_AFTER = re.compile(
    # '..., said Melquan's former football coach, Don Clark.', '..., said the friend,
    # Ellen Fink.' (a stray mark may close an inner quotation: '…else,"' the man recalled')
    rf"^['’]?\s*+[,.!?]?\s*+(?:{_SAID}\s+(?:{_NAME}(?<=['’]s)|the|a|an|his|her|their)\s+"
    rf"[^,.;:!?\"“”]{{1,50}}?,\s+"
    rf"(?P<s5>{_NAME})(?=\s*[,.;:!?]|\s*$)"
    # '..., said Labour leader Jeremy Corbyn.', '..., said Spears flack Jeff Raymond.'
    # '..., says National Geographic explorer Ryan Carney,': any trade after a name's run
    # '..., said evolutionary biologist Chad Eliason of the Field Museum': a trade in -ist
    # or -ian, and where the speaker works
    # ('…," opined former CNN correspondent Frank Sesno': what they were, then the run)
    rf"|{_SAID}\s+(?:(?:(?!{_FUNCTION}\s)[a-z]+\s+)?(?:(?:{RUN.pattern}|[A-Z]{{2,6}})\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{ROLE}|{_TRADE})"
    rf"|{RUN.pattern}\s+(?!{_FUNCTION}\s)[a-z]+"
    # '..., says his skateboard buddy McDonald, who …'
    rf"|(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}[a-z]+"
    # '..., said former student Matt Preprost', '..., says study co-author Christopher
    # Murray': what the speaker is, in lower case, then the name
    # '..., said 16-year-old Jennie Steinberg'
    rf"|(?:(?!{_FUNCTION}\s)[a-z0-9][a-z0-9-]+\s+){{0,2}}(?!{_FUNCTION}\s)[a-z0-9][a-z0-9-]+)"
    rf"\s+(?P<s8>{_NAME})"
    rf"(?:\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][^,.;:!?\"“”]{{0,60}}?)?"
    rf"(?=\s*[,.;:!?]|\s+in\s+an?\s|\s*$)"
    # '…," said the Rev. Al Sharpton, the civil rights leader': a title after 'the'
    rf"|{_SAID}\s+the\s+(?P<s10>{_TITLE}{RUN.pattern})(?=\s*[,.;:!?]|\s*$)"
    # not 'told': '"the man who killed Pluto" told BBC News' names the listener
    # '..., says another former colleague', '..., says someone who worked with him'
    # (a day is when, not who: '…, one of the disc jockeys at the bash said Friday')
    # ('…," said one senior U.S. intelligence official.': an abbreviation's points)
    rf"|(?!told\b|tells\b){_SAID}\s+(?P<s1>(?!{_WEEKDAY}\b){_LED_NAME}|{_PRONOUN}\b|(?:(?:the|a|an|one|another|this)\s+"
    rf"(?:[^,.;:!?\"“”]|\.(?=[A-Z]\.|\s[a-z])){{1,50}}?|someone|somebody)"
    # ('said a Middle Eastern diplomat posted in Turkey': where they serve is no part)
    rf"(?=\s*[,;:!?]|\s*\.(?![A-Z]\.|\s[a-z])|\s+(?:(?:posted|based|stationed)\s+)?"
    rf"(?:in|on|at|to|who|that|during|after|before|while|as)\b|\s*$))"
    # '..., another tweeted'
    rf"|(?P<s2>(?:{RUN.pattern}\s+)?{_COLLECTIVE}|{_LED_NAME}|{_PRONOUN}|[Aa]nother|"
    # ('…?" an older, heavyset woman said': adjectives a comma apart)
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his)\s+"
    rf"(?:[a-z]+,\s+(?!who\b|which\b)(?=[a-z]+\s))?[^,.;:!?\"“”]{{1,50}}?)"
    # '..., researchers at APL, which manages the mission for NASA, wrote'
    rf"{_WHERE}(?:,\s+(?:which|who)\s+[^,.;:!?\"“”]{{1,80}},)?\s+{_ADVERBS}{_SAID}"
    # '..., Sarah Murray, South Korean women's hockey head coach, told Reuters'
    # ('…," Dwyer Astaphan, minister of tourism for St. Kitts and Nevis, said')
    # ('…," Alice Stewart, a former reporter and current CNN contributor, GOP strategist
    # and Trump supporter, said': an apposition of several parts)
    # ('…," 17-year-old Zuhir Hersi, one of the disc jockeys at the bash, said': an age first)
    rf"|(?:\d{{1,3}}-year-old\s+)?(?P<s4>{_LED_NAME}),\s+"
    rf"(?:(?:[^,.;:!?\"“”]|\.(?=\s[A-Z][a-z])){{1,100}}?,\s+){{1,3}}"
    rf"{_ADVERBS}{_SAID}"
    # ('…," 17-year-old Zuhir Hersi, one of the disc jockeys at the bash said Friday': an
    # apposition the writer forgot to close, a description the verb ends)
    rf"|(?:\d{{1,3}}-year-old\s+)?(?P<s11>{_LED_NAME}),\s+(?:one\s+of\s+the|an?|the)\s+"
    rf"(?:(?!(?:who|which|that)\b)[^,.;:!?\"“”]){{1,60}}?\s+{_ADVERBS}{_SAID}"
    rf"(?=\s*[,.;:!?]|\s+(?:{_WEEKDAY}|on|in|at|to|after|before|during|while)\b|\s*$)"
    # '..., the Sun's royal editor, Duncan Larcombe, said'
    # "..., Williams' agent, Jill Smoller, said"
    # '…," a third lawyer, Bruce McIntyre, who represents Wadih el Hage, told the judge.'
    rf"|(?:the|a|an|his|her|its|their|{RUN.pattern}(?<=['’]s|s['’]))\s+"
    rf"[^,.;:!?\"“”]{{1,60}}?,\s+(?P<s7>{_NAME}),\s+"
    rf"(?:(?:who|which)\s+[^,.;:!?\"“”]{{1,80}},\s+)?{_ADVERBS}{_SAID})"
)
_LATER = re.compile(rf"(?P<s2>(?:{RUN.pattern}\s+)?{_COLLECTIVE}|{_NAME}|\b{_PRONOUN}){_FROM}\s+"
                    rf"{_ADVERBS}{_SAID}|"
                    rf"\b(?!told\b|tells\b){_SAID}\s+(?P<s1>(?!{_WEEKDAY}\b){_NAME})|"
                    # '"…" to discuss going private, the statement said.': a description
                    # after a comma, its verb ending the sentence
                    # ('…," the Hong Kong-based Information Center of Human Rights and
                    # Democratic Movement in China reported.')
                    # ('a U.N. source said': an abbreviation's points inside it)
                    rf"(?:,\s+|^\s*)(?P<s4>(?:the|a|an)\s+(?:[^,.;:!?\"“”]|\.(?=\S|\s[a-z])){{1,90}}?)"
                    rf"\s+{_ADVERBS}{_SAID}"
                    # ('…" to trial, a U.N. source said on condition of anonymity.')
                    rf"(?:\s+(?:on|in|at|during|after|before|while|to|from|with)\s"
                    rf"[^,.;:!?\"“”]{{1,60}})?\s*+[.!?]?\s*+$|"
                    # ('…," the newspaper quoted Zhang Xiong, the national team's head
                    # coach, as saying.')
                    rf"\bquoted\s+(?P<s3>{_NAME}|him|her|them)(?:,\s+[^,\"“”]{{1,80}},)?"
                    rf"\s+as\s+saying|"
                    # '..., he was quoted by Fars news agency as saying.', '..., Deputy
                    # Mission Control chief Viktor Blagov was quoted as saying by …'; not
                    # '…, and Yilmaz was quoted … as saying, "…"': that is the next one's
                    # ('…," the girls' uncle, Hassan Bakir, was quoted as saying in
                    # Expressen.', '…," Johansson was quoted as telling the newspaper')
                    # ('…," chief prosecutor Ulf Noren, who is leading the fire
                    # investigation, was quoted as saying': a relative clause between)
                    rf"(?P<s7>{_NAME}|\b{_PRONOUN})(?:,\s+(?:who|which)\s+[^,.;:!?\"“”]{{1,80}})?"
                    rf",?\s+{_WAS_QUOTED}[^,.;:!?\"“”]{{0,60}}?"
                    rf"\bas\s+(?:saying|telling)(?![,:]?\s*$)|"
                    # '..., as Nozer Singpurwalla, a professor ..., put it in an email.',
                    # '"…" as a top EU legal adviser put it'
                    rf"\bas\s+(?P<s6>{_NAME}|(?:the|a|an)\s+[^,.;:!?\"“”]{{1,50}}?)"
                    rf"(?:,\s+[^,.;:!?\"“”]{{1,100}}?,)?\s+put\s+it\b")
# the words one of `_LATER`'s attributions needs: most sentences have none, and a search
# for the cue is far cheaper than for the attributions
_LATER_CUE = re.compile(rf"\b(?:{_SAID}|quoted\b|put\s+it\b)")
# ('said one posting, by a woman named Mette': the one named speaks through it)
_NAMED_AS = re.compile(r"(?:\s+who\s+(?:identified\s+(?:himself|herself)|gave\s+(?:his|her)\s+"
                       r"(?:first\s+)?name)\s+(?:only\s+|simply\s+)?as|,?\s+by\s+(?:a|an)\s+"
                       r"(?:[a-z]+\s+){1,2}(?:named|called))\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_BEFORE_VERB = re.compile(rf"\b{_SPOKEN}")
# 'in the states of', 'his claims', "Trump's tweets": a determiner makes the word a noun
# ... and an auxiliary makes it passive ('he was accused of'): no one speaks
_NOUN_AHEAD = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|these|those|of|in|such|"
                         r"with|by|many|some|was|were|been|being|is|are|"
                         # 'When asked for documentation, the 79-year-old demurred': a
                         # passive clause of its own, not the subject speaking
                         r"when|if|once|unless|until)|\w['’]s)\s+$",
                         re.IGNORECASE)
# '… by saying the world now has "…"': a gerund after 'by' is the subject's speech
# (where 'hurt by claims that …' is a noun)
_BY = re.compile(r"\bby\s+$")
_NARRATOR = re.compile(r"\b(?:I|[Ww]e)\b")
# 'what aides described as "..."': a group right before the verb
# ('swarmed by anti-abortion protesters who screamed, "…"')
_GROUP_END = re.compile(rf"(?:^|\s)((?:[Aa]n?\s+(?={RUN.pattern}\s))?(?:{RUN.pattern}\s+)?"
                        rf"{_COLLECTIVE})(?:\s+(?:who|that))?$")  # ('a State Department
# spokesman': the article kept with the body's name, one spokesman of several)
_QUOTED_AS = re.compile(rf"({_NAME})\s+{_WAS_QUOTED}.*\bas\s+"
                        r"saying\W*$")
# "Tony Blair's office": the name's token takes the 's itself (see `names._TOKEN`)
_POSSESSIVE = re.compile(rf"({_NAME}(?<=['’]s))\s+((?:[a-z]+\s+){{0,2}}[a-z]+)$")
# "Kanye West's claim that he has met "…"", 'his decree that the media are "…"': what a
# person's claim holds, they said (the clause must reach the quotation unbroken). The
# noun is searched first, then its owner: a search led by the name is 4x slower.
_SAYING = re.compile(r"\b(?:claims?|assertions?|insistence|decree|promise|pledge|vow|"
                     r"warning|boast|declaration|contention|remarks?|comments?|words)"
                     r"(?:\s+that\b[^.!?;\"“”]{0,120}|[,:]?\s*)$")
_SAYING_OF = re.compile(rf"(?:({_NAME}(?<=['’]s))|\b([Hh]is|[Hh]er|[Tt]heir))\s+(?:[a-z]+\s+)?$")
_SUBJECT_OF = {"his": "he", "her": "she", "their": "they"}
_RELATIVE = re.compile(r",\s+(?:who|which|whose|where)\b[^,]*(?:,|$)")
# a sentence's subject: a name, a pronoun or 'the pope' ('the Brexit-supporting Daily
# Express newspaper'), with a relative clause after it; or the pronoun a clause opens on
# ('When he came out and said, "…"')
_SUBJECT = re.compile(r"\s*(?:(?:When|As|After|Once|While|If|Because|Since)\s+"
                      r"(?=(?:he|she|they|the)\s))?"
                      rf"([Tt]he\s+(?:[A-Z][\w’'-]+\s+){{0,4}}[a-z]+|{_NAME}|{_PRONOUN})"
                      r"(?:,\s+(?:who|which)\b[^,]*,)?\s+[a-z]")
_OPENING_CLAUSE = re.compile(r"\s*(?:When|As|After|Before|Once|While|If|Although|Though|"
                             r"Because|Since|Until|In|On|At|During|Despite)\b[^,;:\"“”]{1,120},\s*")
# 'Leary believes the purpose must have been status. "…"': a sentence opening on what
# someone believes or says, and the quotation after it that bears it out
_HOLDS = re.compile(rf"\s*({_NAME}|{_PRONOUN})\s+{_ADVERBS}(?:believes?|believed|thinks?|"
                    rf"thought|feels?|felt|hopes?|hoped|fears?|feared|suspects?|suspected|"
                    rf"maintains?|maintained|contends?|contended|{SPEECH})\b")
# the subject of a participle in an absolute clause: 'with one person writing'
_WITH = re.compile(rf"\bwith\s+((?:one|a|an|the|some|many)\s+[a-z]+(?:\s+[a-z]+)?|{_NAME})$")
# 'The executives, according to Rosen's memo, told …': the source of the report is an
# aside; the subject speaks
_ACCORDING = re.compile(r",\s+according\s+to\s+[^,;:\"“”]+,\s*$")
# '("Once all potential leads have been exhausted," according to Young.)'
# ('…," according to her agent.', '…," according to a statement from several board
# members.', 'to "change the facts …," in the words of David Boies, …')
_ACCORDING_AFTER = re.compile(rf"^['’]?\s*+,?\s*+(?:according\s+to|in\s+the\s+words\s+of)\s+"
                              rf"(?P<s9>{_LED_NAME}|(?:the|a|an|his|her|their|its)\s+"
                              r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"
                              # ('according to court documents given to his wife')
                              r"|(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)"
                              r"(?=\s*[,.;:!?)]|\s*$|\s+(?:given|obtained|seen|released|"
                              r"published|filed)\s)")
# an attribution turned round, its name then the quotation: 'said Wang, a surgeon, "…"';
# or set in its sentence as an aside: 'The difference, said Trump, is that this week's
# stories involve "…"'
_SAID_NAME = re.compile(rf"(?:said|says|added|adds|continued|explained)\s+({_NAME})"
                        # ('said Rep. John Boehner of Ohio, a member of …, Republicans
                        # "want to stay here"': what he said the Republicans want)
                        r"(?:\s+of\s+[A-Z][\w.]*)?"
                        r"(?:(?:,\s+[^,\"“”]{1,80})?,\s*(?:[A-Z][a-z]+\s+)?$"
                        r"|,\s+(?:is|was|are|were)\s.*$)")
_SAID_BY = re.compile(rf"\b(?:is|was|are|were)\s+said\s+by\s+({_NAME})\s+to\s+(?:be|have)\b"
                      r"[^\"“”]*$")
# ('during what Camdessus called "the most uncertain year ever"': a name too)
_WHAT_THEY_CALLED = re.compile(r"\bwhat\s+((?:one|a|an|the|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
                               rf"[a-z-]+|{_NAME})\s+(?:called|calls|said\s+was|says\s+is)\s+$")
# a name before the verb of a relative clause: '…, which Barksdale says was "…"'
_RELATIVE_NAME = re.compile(rf"\b(?:which|that|who|whom)\s+({_NAME})$")
_PRONOUN_END = re.compile(r"(?:^|\b)(he|she|they|He|She|They|I|[Ww]e|[Yy]ou)$")
_PRONOUN_AT = re.compile(rf"\b{_PRONOUN}\b")
# 'The paper quoted a senior official as saying': the one quoted speaks, not the paper
# (the passive, 'Yilmaz was quoted … as saying', is `_QUOTED_AS`); see `_quotes_as`
_QUOTES = re.compile(r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )\bquot(?:ed|es|ing)\s+")
_AS_END = re.compile(r"\sas$")
# a clause that goes on from the one before it, with no subject of its own
_NO_SUBJECT = re.compile(r"\s*(?!(?:the|a|an|this|that|these|those|one|some|many|his|her|its|"
                         r"their|our)\s)[a-z](?!.*\b(?:I|he|she|we|they|there|it|you)\b)")
# the noun phrase ending a clause, which a relative clause after it speaks of
_RELATIVE_OPEN = re.compile(r"\s*(?:which|who)\b")
# (the last one: 'a member of the Trinity Elite Titans football team, which issued a
# statement' is the team's)
_ANTECEDENT = re.compile(rf"(?:^|.*\s)((?:the|a|an)\s+[^,;]*|{RUN.pattern})$")
# how the last speaker spoke, when it is what speaks next: '"…," the parks service said in
# a statement. … the statement said'; '"…," Trump tweeted. … The tweet said'
_SPOKE_IN = {
    "the statement": re.compile(r"\bin\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?statement\b"),
    "the tweet": re.compile(r"\b(?:tweeted|tweets|in\s+a\s+tweet)\b"),
    "the post": re.compile(r"\b(?:posted|in\s+a\s+post)\b"),
}
# what a person wrote, speaking for them: the one the story just said wrote it
_WRITTEN = frozenset({"the message", "the letter", "the memo", "the e-mail", "the email",
                      "the note"})
_WROTE = re.compile(r"\b(?:wrote|writes|sent)\b")
_SENT_BY = re.compile(rf"\b(message|letter|memo|e-?mail|note),?\s+from\s+({_NAME})")
_COORDINATED = re.compile(r"(?:^|[\s,])(?:and|but)$")
# (a subject, not a possessive: '… on Zamora's and Espiritu's statements and said')
_AND_SUBJECT = re.compile(rf"\b(?:and|but)\s+(?:then\s+)?({_NAME}|{_PRONOUN})(?<!['’]s)\s+[a-z]+\b"
                          r"(?=.*\s(?:and|but)$)")
# a named person described again by what they are ('the Texas congressman and GOP
# presidential contender said'): an office or a calling that someone just named holds,
# not a new voice such as a spokesman, an official or a lawyer
_RESTATED = re.compile(
    r"the\s+(?:[\w.’'-]+\s+){0,3}?(?:congressman|congresswoman|senator|president|"
    r"president-elect|nominee|candidate|contender|director|governor|mayor|premier|"
    r"chancellor|lawmaker|actor|actress|singer|rapper|comedian|filmmaker|billionaire|mogul|"
    # ('the New York native told Glenn Close', 'the "Modern Family" star said')
    r"native|star)"
    r"(?:\s+and\s+(?:[\w.’'-]+\s+){0,3}?[a-z-]+)?")
_WHO = re.compile(r"\s+(?:who|which|that|,)\b.*$")
# what a description of a speaker may carry that is not the speaker: where it was said
# and when ('in a government statement Saturday')
_IN_FIRST = re.compile(r"^(?:in|on|at|through)\s+(?=(?:a|an|the|its|their|his|her)\s)", re.I)
# and the connective its sentence opened on ('But a senior Japanese official noted …')
_CONNECTIVE_FIRST = re.compile(r"^(?:But|And|Yet|However,?)\s+(?=[a-z])")
# a time before the subject, and an aside after it ('Earlier on Wednesday, state media',
# 'Mondelez, meanwhile,')
_WHEN_FIRST = re.compile(r"^(?:earlier|later|meanwhile|separately|tomorrow|today|yesterday|"
                         r"tonight|last|on|this|next)\b[^,\"“]{0,30},\s+", re.I)
_ASIDE_LAST = re.compile(r",\s+(?:meanwhile|however|though|too|instead|also|in turn),?$")
# (case as written: 'USA Today' is a newspaper's name)
_WHEN_LAST = re.compile(r"(?:\s+(?:issued|released|published|reported))?\s+(?:on\s+|late\s+|"
                        rf"early\s+)?(?:{_WEEKDAY}|today|yesterday|tonight)$"
                        # ('An Intel note a few weeks later said')
                        r"|\s+(?:a\s+few|several|some|\w+)\s+(?:days|weeks|months|years)"
                        r"(?:\s+later)?$")

# Patterns built from the name pattern, compiled once (each is asked per quotation)
_ADVERB_END = re.compile(r"\s+" + _ADVERBS + r"$")
_AUXILIARY_END = re.compile(r"(?:\s+(?:has|had|have|nevertheless|now|still|already|just|"
                            r"since|again|once))+$")
_OPENING = re.compile(rf"\s*({_NAME}),\s+(?:also\s+|who\b|whose\b|[a-z]+ing\b)")
# a name after its employer's possessive: "CNN's Jim Acosta"
_OWNED_NAME = re.compile(rf"[\w.’'-]['’]s\s+({_NAME})$")
_DESCRIBED_FIRST = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),"
                              r"\s+(?:published|written|issued|released|posted|broadcast)\b"
                              r"[^;:\"“”]*,\s*$")
_NAME_OF = re.compile(rf"\s*({_NAME}),?\s+(?:of|from|at)\s")
# a body named over 'of' or 'for', whole: 'The International Committee of the Red Cross'
_BODY_OF = re.compile(rf"\s*({_NAME}\s+(?:of|for)\s+(?:the\s+)?{_NAME})\s*")
_PLACE_PREPOSITION_END = re.compile(r"\s(?:in|at|from|near|across|throughout)\s+$")
# 'Mr Lewis, the Shadow Defence Secretary', "Dick DeGuerin, Durst's longtime attorney",
# 'Ammar Qurabi, head of the National Organisation for Human Rights'
# ('Rep. John Conyers Jr. of Michigan, the committee's senior Democrat, retorted')
# 'A spokesman for Microsoft, the world's largest software company,': someone by their
# tie to a name the apposition after it describes (not the name, nor the apposition)
_TIED_APPOSED = re.compile(rf"(?:^|[,;:]\s*|\b(?:and|but|when|while)\s+)((?:[Tt]he|[Aa]n?|[Oo]ne|"
                           rf"[Aa]nother)\s+(?:[a-z][\w-]*\s+){{1,3}}(?:of|for|with|at|from)\s+"
                           rf"(?:the\s+)?{_NAME}),\s+(?:the|a|an)\s+[^,;:\"“”]{{1,80}}$")
_APPOSED = re.compile(rf"({_NAME})\.?(?:\s+(?:of|from)\s+[A-Z][\w.’'-]*)?,\s+"
                      rf"(?:(?:the|a|an|another|one|his|her)\s|[A-Z][\w.’'-]*['’]s\s|{ROLE}\b)"
                      # (and the apposition's own: 'Stephen Stott, director for satellite
                      # engineering at Intelsat, the international satellite consortium,')
                      r"[^,;:]{1,120}(?:,\s+(?:the|a|an)\s[^,;:]{1,60})?$")
# a name's office before it, opening a clause: 'Meanwhile, PAL executive vice president '
# (not 'he had selected federal appeals court judge ')
_ROLE_END = re.compile(rf"(?:^|[.!?]\s+|,\s+|\n\s*)(?:[A-Z][\w.&-]*\s+){{0,2}}"
                       rf"(?:[a-z-]+\s+){{0,4}}?{ROLE}\s$")
# a speech verb inverted after what was said ('…, admits Horbury.'), not one with its
# subject before it ('He said Jane, 53, … went ahead': Jane is what he spoke of)
_SPEECH_END = re.compile(rf"[,\"”]\s*(?:[a-z]+\s+)?{SPEECH}\s+$")
# a gallery's heading ("18 show all Donald Trump's most controversial quotes") and its
# numbered captions ('1/18 On Mexicans "…"'); see `_gallery`
_GALLERY_NOUNS = ("quotes", "quotations", "sayings")
_GALLERY_HEAD = re.compile(rf"(?:\d+\s+show\s+all\s+)?({_NAME}(?<=['’]s))\s+(?:[a-z-]+\s+){{0,4}}"
                           rf"(?:{'|'.join(_GALLERY_NOUNS)})\s*$")
_GALLERY_ITEM = re.compile(r"\d+/\d+\s")
_OPENING_PARTICIPLE = re.compile(r"\s*(?:Saying|Declaring|Insisting|Arguing|Warning|"
                                 r"Claiming|Noting|Calling|Describing|Telling|Writing|"
                                 r"Asking|Stating|Adding)\b[^\"“”]*$")
_PARTICIPLE_AFTER = re.compile(r"(?:\s*+,\s++|\s++)"
                               r"(?:saying|adding|calling|noting|arguing|insisting)\b")
# a person named by a relation to someone ('his mother'), whom a pronoun of that sex can be
_RELATION = re.compile(r"\b((?:his|her|their|the)\s+(?:[a-z-]+\s+)?("
                       + "|".join(sorted(FEMININE | MASCULINE)) + r"))\b")
_TITLED = re.compile(r"\b(?:titled|entitled|called|named|headlined)\s*:\s*$")
_VERB_FIRST = re.compile(r"^\s*(?:Says|Said|Adds|Added|Writes|Wrote|Explains|Explained|Notes|"
                         r"Noted|Recalls|Recalled)(?=\s)")
_QUOTE_ENDS = re.compile(r",[”\"]\s*$")  # a quotation whose attribution comes next
_MARK = re.compile(r"[\"“”]")  # a quotation mark, straight or curly
# a short aside in brackets after a name, which attribution reads past: 'House Speaker
# John Boehner (R-Ohio) said', 'Ms Sturgeon (pictured) told'
_ASIDE = re.compile(r"([A-Z][\w.’'-]*)\s+\([^()\"“”]{1,20}\)(?=[\s,.;:])"
                    # or between commas, a wire's party and state: 'Rep. Robert Livingston,
                    # R-La., said'
                    r"|([A-Z][\w.’'-]*),\s+[DRI]-[A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?)?,(?=\s)")
_WORD = re.compile(r"[\w'’]+")
# the first or second person, the subject of a verb ('I'd go', 'I just said', 'you say')
_FIRST_OR_SECOND = re.compile(r"(?:^|\s)(?:I|[Ww]e|[Yy]ou)(?:['’][a-z]+)?(?:\s[a-z]+)?$")
# where a sentence opens: the text's start, after a stop, or a paragraph's start
_OPENS = r"(?:^|[.!?]\s+|\n\s*)"
# a description that brings in someone new: 'an official', 'another senator'
# a sentence opening on someone unnamed: 'The man described …', 'The survivor, who …'
# ('One hostage, released this year …, described being held …': 'he' next is that one)
# ('The pope seemed to address … "…," he said': a role, if the story gives it to someone)
_UNNAMED = re.compile(rf"{_OPENS}((?:The|the|One)\s+(?:[a-z-]+\s+)?(?:(?:man|woman|boy|"
                      r"girl|survivor|victim|witness|teenager|driver|passenger|hostage)"
                      rf"|(?P<role>{ROLE})))\b"
                      r"(?=,?\s+[a-z])")
# a sentence opening on a group ('Soldiers and police held back the crowds. "…" they
# shouted'): whom a 'they' after it means, rather than the one person who spoke before
_GROUP_OPENING = re.compile(rf"{_OPENS}((?:[A-Z][a-z]+s\s+and\s+)?"
                            rf"(?i:{_COLLECTIVE}))(?=\s+[a-z])")
# a body opening a sentence on what it said ('The British Foreign Office initially said')
_BODY_SAID = re.compile(rf"{_OPENS}((?:The\s+)?{RUN.pattern})\s+(?:[a-z]+ly\s+)?"
                        rf"{SPEECH}")
# a news medium, which reports what others said ('…," the official Libyan news agency said')
_MEDIUM = re.compile(r"\b(?:news\s+agency|newspaper|radio|television|TV|broadcaster)$")
# a thing a relative clause's verb makes speak: 'a party manifesto that states, in part, "…"',
# or a noun a comma apposes ('…, coverage that recalled the "trial of the century"')
_RELATIVE_END = re.compile(r"\b((?:(?:the|a|an|its|his|her|their)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?"
                           r"|(?<=,\s))[a-z][\w-]*),?\s+(?:that|which)$")
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
# a sentence opening on someone new and unnamed, before their verb or a name in a clause
# of their own ('A former student Vogelsang had been dating got a protection order')
_SOMEONE_UNNAMED = re.compile(rf"{_OPENS}((?:A|An|Another)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)"
                              r"(?=\s+(?:[A-Z][\w'’-]*\s+)?[a-z])")
# 'The Los Gatos, California, company': a description by its place
_DESCRIBED_BY_PLACE = re.compile(r"(?:[Tt]he|[Aa]n?)\s.*,\s+[a-z]+$", re.DOTALL)
# 'a White House spokesman': a person by their office, not the body named in it (unlike
# 'the Brexit-supporting Daily Express newspaper', which is the paper)
_DESCRIBED_BY_OFFICE = re.compile(rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s.*\s{ROLE}s?$")
# 'a former colleague of Ross' (not Ross), 'Another former colleague' (a description
# as a whole clause), an aside (', who requested anonymity,'), 'X issued a statement'
_DESCRIBED_BY_TIE = re.compile(r"(?:the|a|an|another|one)\s+(?:[a-z-]+\s+){1,3}"
                               r"(?:of|for|to|with)\s+(?:the\s+)?[A-Z]")
# 'The chief prosecutor in Hosni Mubarak's trial': a person by their part in something,
# whoever the story names in it (not Mubarak; the prosecutor, if the story names one)
_DESCRIBED_IN = re.compile(r"((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)"
                           r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
# (unlike `_RELATIVE`, only an aside closed by a comma: a relative clause ending the
# text before a colon is what speaks, '… the football team, which issued a statement:')
_ASIDE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;:]*(?=,)")
_DESCRIPTION = re.compile(r"(?:[Tt]he|[Aa]nother|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,3}[a-z-]+")
# a clause opening on someone new by their role ('A top Republican aide who …')
_SOMEONE_FIRST = re.compile(rf"\s*((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?{ROLE})\b"
                            r"(?!['’])")
_ISSUES = r"(?:issued|released|put\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+)?statement"
_STATEMENT = re.compile(rf"(?:has\s+|have\s+|had\s+)?(?:also\s+)?{_ISSUES}\b")  # its verb
_ISSUED = re.compile(rf"\s+{_ISSUES}$")  # the phrase's end, after who issued it
_ISSUER = re.compile(rf"({RUN.pattern})\s+{_STATEMENT.pattern}")
# where a mention stands (`_subject_like`, asked of every capitalised run before a quote)
_SENTENCE_OPENS = re.compile(rf"{_OPENS}(?:[\w.]+\s+){{0,3}}$")
_AFTER_A_STOP = re.compile(r"[.!?\n]\s*(?:[A-Z][\w.]*\s+){0,3}$")
_STOPS = frozenset(".,;!?")
_AFTER_COMMA = re.compile(r",[\"”’']?\s$")
# a sentence's opening phrase of time, written without its comma ('During the same
# interview Dickson Wright also explained …'): the name after it is the subject
_TIME_OPENING = re.compile(rf"{_OPENS}(?:During|After|Before|Later|Earlier|Since|Throughout)"
                           r"\s+(?:[\w'’-]+\s+){1,5}$")
_AFTER_THE_NOUN = re.compile(r"\s(?:of|in|for|at|from|with|who|whose)\s")
_QUALIFIED_ROLE = re.compile(rf" (?:{ROLE})\b")
_WHERE_FROM = re.compile(r"\s+(?:of|from|at)\s+[^,.;:!?\"“”]{1,40}[.,;]")
_ASIDE_SAID = re.compile(rf"\b{SPEECH},\s$")
# (where the name is from may come between: 'Baker of Rutgers noted', not 'James Jeffords
# of Vermont and John Chafee' in a list)
_VERB_NEXT = re.compile(r"\s+(?:(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
                        r"\s+)?(?!(?:and|or|who|which|whose|of|in|at|from|for|to|on|with)\b)"
                        r"[a-z]+\b")
# (an apposition holds no speech verb: not '…, said he planned to vote for Cardoso, …')
_APPOSITION_OPEN = re.compile(rf",\s(?![^,]*\b{SPEECH})[^,]{{0,30}}$")


@dataclass(frozen=True)
class Found:
    """One quotation as one article gives it."""

    article_id: str
    sentence_id: str
    text: str  # the words inside the quotes
    start: int  # offset of the opening quote mark in the article text
    end: int
    speaker: str  # resolved name, a description, or ""


def find_quotes(doc: Document, people: People) -> list[Found]:
    """Every quotation of one article, with its speaker, in reading order."""
    text = doc.article.text
    people = people.reading(text)
    # whom a pronoun or a bare 'the singer said' means is looked for in the narrative:
    # a photo caption set between paragraphs ('Image caption Paterson, right, died …')
    # is not what the next 'she said' continues
    told_in = ""  # (made at the first paragraph that quotes anyone)
    found: list[Found] = []
    last = ("", -1)  # the last speaker and where their quotation was
    carry = ""  # speaker of a quotation left open at the end of the previous paragraph
    paras = paragraphs(doc.sentences)
    gallery = ""  # whose words a page's gallery of captioned quotations holds
    spoken = voices(text, doc.sentences, people)  # (a transcript's turns, by sentence)
    for para in paras:
        p_start, p_end = para[0].start, para[-1].end
        ptext = text[p_start:p_end]
        if gallery or ptext.endswith(_GALLERY_NOUNS):  # (a heading
            gallery = _gallery(ptext, people, gallery)  # ends on its noun: ask no other)
        if '"' not in ptext and "“" not in ptext:  # most paragraphs quote no one; some
            carry = _announced(text, para[-1], people, last) if ptext.endswith(":") else ""
            continue  # announce the quotation below ('Goddard's lawyers responded:')
        all_quote = ptext.lstrip()[:1] in _OPEN
        starts = [s.start for s in para]
        para_found: list[Found] = []
        told_in = told_in or _without_captions(text, doc.sentences)
        for m in _QUOTE.finditer(ptext):
            words = m.group(1).strip()
            if len(words.split()) < 2 or _is_title(words):
                continue  # a word is no quotation; "Sons of Anarchy" is a show's name
            start, end = p_start + m.start(), p_start + m.end()
            sentence = _sentence_at(para, starts, start)
            if sentence.kind is SentenceKind.FURNITURE:
                continue  # the page's own line quotes no one ('"No member, 5th graf, 1st
                # Ld-Writethru', a wire's note to its editors)
            sent_text = text[sentence.start:sentence.end]
            rel_s, rel_e = start - sentence.start, end - sentence.start
            rest = _read_after(sent_text, rel_e)
            read_from = _read_from(sent_text, max(rel_s, 0))
            prefix = sent_text[read_from:max(rel_s, 0)]
            after = _after(rest)
            # ('The Foreign Ministry said Libya "…," the official Libyan news agency said':
            # the medium reports whom a verb before the quotation makes its speaker)
            phrase = (_before(prefix, people) or after) if after and _MEDIUM.search(after) \
                else after or _before(prefix, people)
            if phrase is None and rest.count("”") + rest.count('"') >= 2:
                # 'Xu and Qin were "suspected of …" and their "behavior breached …," Zhu
                # said': an attribution after the sentence's last quotation covers all
                after = _after(rest[max(rest.rfind("”"), rest.rfind('"')) + 1:])
                phrase = after
            if phrase is None and _OPENING_PARTICIPLE.match(prefix):
                # 'Declaring that "history is about to be rewritten," the show started
                # off …': the subject of the clause the participle opens
                subject = _SUBJECT.match(rest.lstrip(" ,"))
                phrase = subject.group(1) if subject else None
            if phrase is None and words.endswith(",") and not prefix.strip():
                # '"…," Don Clark was able to hold his emotions while he spoke to us': a
                # person named right after the quotation opening the sentence, which its
                # comma leaves open, spoke it (not '… listed as "voluntary missing,"
                # Vikki Joseph doesn't believe …')
                phrase = _person_after(rest, people)
            if phrase is None and _PARTICIPLE_AFTER.match(rest):
                # 'Wyatt called the trial "…," saying …': the clause's subject speaks
                phrase = _clause_subject(prefix, people)
            # (a quotation a colon opens that ends its sentence is what someone said:
            # 'Kudpong made his wish: "I already have a daughter. …"'; not a title's)
            whole = len(words) >= 0.6 * len(sent_text) or all_quote or (
                prefix.rstrip().endswith(":") and not rest.strip(" .!?,”\"")
                and not _TITLED.search(prefix))
            # (in a post a page embeds, its signer's: '"…"@hunterwalk — darth (@darth) …')
            voice_here = spoken.get(sentence.id, "") or signer(text, end, people)
            if phrase is None and not whole and not voice_here and \
                    not _BEFORE_VERB.search(sent_text):
                continue  # a scare quote or a title, not speech (in an interview: speech)
            if phrase:
                # a pronoun opening the sentence means someone named before it ('He …
                # mocked Handel's challenger, Jon Ossoff, saying …' is not Ossoff)
                own = None if after else _PRONOUN_AT.search(prefix)
                told = told_in[:sentence.start + read_from + own.start()] \
                    if own and own.group().lower() == phrase.lower() else told_in[:start]
                speaker = _resolve(phrase, people, last, told, words)
            elif para_found:
                speaker = para_found[-1].speaker
            elif all_quote:  # a quotation continued, the one whose occasion the next
                # sentence tells, or the person the story turned to
                occasion = None if carry else _occasion(para, sentence, text)
                speaker = carry or (
                    _resolve(occasion, people, last, told_in[:start], words) if occasion
                    else _turned_to(told_in[:start], people, last))
            elif whole:  # '..., she said. "Those claims are illogical ..."'
                phrase = _said_before(text, para, sentence, people)
                speaker = _resolve(phrase, people, last, told_in[:start], words) \
                    if phrase else ""
            else:
                speaker = ""
            if (phrase and _FIRST_OR_SECOND.search(phrase)) or (voice_here and phrase is None):
                speaker = voice_here  # in an interview, the one whose turn it is voices it;
                # elsewhere an 'I' or a 'you' is no one the reader knows
            speaker = speaker or gallery
            para_found.append(Found(doc.article.id, sentence.id, _trim(words), start, end,
                                    speaker))
            if speaker:
                last = (speaker, start)
        open_at_end = ptext.count("“") > ptext.count("”") or ptext.count('"') % 2 == 1
        if para_found and open_at_end:
            carry = para_found[-1].speaker
        else:  # 'Stapledon described … in his 1937 novel "Star Maker":' announces too
            carry = _announced(text, para[-1], people, last) if ptext.endswith(":") else ""
        found.extend(para_found)
    return found


# An attribution stands near its quotation: the longest text before or after a quotation
# in its sentence, over the shared pile's 564 reports, is 321 characters. The attribution
# patterns read at most `_REACH` characters on either side, as some are quadratic in what
# they read: a hostile sentence of 32,000 characters (spaces, capitalised words) before
# its quotation had taken 30–100 s (benchmarks/growth.py).
_REACH = 600


def _read_from(sentence: str, quotation: int) -> int:
    """Where the text read before a quotation opening at `quotation` starts: at most
    `_REACH` characters back, at a word's start."""
    if quotation <= _REACH:
        return 0
    start = quotation - _REACH
    space = sentence.find(" ", start, quotation)
    return space + 1 if space >= 0 else start


def _read_after(sentence: str, end: int) -> str:
    """The text read after a quotation ending at `end`: at most `_REACH` characters, to a
    word's end."""
    if len(sentence) - end <= _REACH:
        return sentence[end:]
    space = sentence.rfind(" ", end + 1, end + _REACH)
    return sentence[end:space if space > end else end + _REACH]


def _is_title(words: str) -> bool:
    """Whether quoted words are a name in title case ('Lord of the Rings', 'I Feel
    Pretty', 'Fox News Sunday'): every word capitalised but the small ones. Speech is
    not written so; an all-capitals bulletin and an exclamation are speech."""
    tokens = _WORD.findall(words)
    if len(tokens) < 2 or words.rstrip()[-1:] in "!?":  # 'Glory to GOD!'
        return False
    return all(t[0].isupper() or t.isdigit() or t in _SMALL_WORDS for t in tokens) and \
        sum(t[0].isupper() for t in tokens) >= 2 and \
        2 * sum(t.isupper() for t in tokens) <= len(tokens)  # not a pull quote in capitals
    # ('I REALLY DIDN'T THINK The Daily Show WAS GOING TO GO ANYPLACE')


_SMALL_WORDS = frozenset("a an the of and or in on at to for from by with is are as vs".split())


def _gallery(ptext: str, people: People, owner: str) -> str:
    """Whose quotations a paragraph of a page's gallery holds: the person its heading
    names ("Donald Trump's most controversial quotes"), for as long as numbered
    captions ('1/18 On Mexicans "…" Getty Images') follow it; else no one."""
    if owner and _GALLERY_ITEM.match(ptext):
        return owner
    head = _GALLERY_HEAD.match(ptext) if len(ptext) < 160 else None  # (a heading is short)
    if head:
        name = head.group(1)[:-2]
        return people.resolve(name) or name
    return ""


def _without_captions(text: str, sentences: Sequence[Sentence]) -> str:
    """The text with its captions and the page's own lines blanked out, every offset
    kept ('Story Continued Below' is no one the story turned to); but not a gallery's
    captions, which tell the story ('Hide Caption 2 of 15 Photos: … President Barack
    Obama … "…," he said')."""
    parts: list[str] = []
    at = 0
    for s in sentences:
        if s.kind is SentenceKind.FURNITURE or (
                s.kind is SentenceKind.CAPTION and not GALLERY_CAPTION.match(s.text)):
            parts += (text[at:s.start], " " * (s.end - s.start))
            at = s.end
    return "".join(parts) + text[at:] if parts else text


def _sentence_at(para: list[Sentence], starts: list[int], offset: int) -> Sentence:
    """The sentence of a paragraph (`starts`: its sentences' starts) holding `offset`;
    between two, the last; before the first, the first."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < para[i].end:
        return para[i]
    return para[0] if offset < para[0].start else para[-1]


def _trim(words: str) -> str:
    return words.strip().rstrip(",").strip()


def _after(rest: str) -> str | None:
    """The speaker named after a quotation: '..., said Corbyn.', '..., he added', or an
    attribution later in the sentence ('" of murder ..., Ann Clywd said in ...')."""
    rest = _without_asides(rest)
    later = rest.split("“")[0].split('"')[0]
    m = _AFTER.match(rest) or _ACCORDING_AFTER.match(rest) or (
        _LATER.search(later) if _LATER_CUE.search(later) else None)
    if not m:
        return None
    named = _NAMED_AS.match(rest, m.end())
    if named:
        return named.group(1)  # '..., said a man who identified himself only as George.'
    phrase = _speaker_group(m)
    if len(phrase.split()) > 8:  # a long description by its head ('the Hong Kong-based
        # Information Center of Human Rights and Democratic Movement in China reported')
        phrase = _head_of(phrase)
    if not phrase or len(phrase.split()) > 8:
        return None
    return phrase


def _person_after(rest: str, people: People) -> str | None:
    """A person named first thing after a quotation, as the subject of a verb (not an
    owner: '"…," Smith's lawyer said')."""
    m = _SUBJECT.match(rest)
    return m.group(1) if m and not m.group(1).endswith(("'s", "’s")) \
        and people.is_person(m.group(1)) else None


def _speaker_group(m: re.Match[str]) -> str:
    """The speaker an attribution pattern (`_AFTER`, `_LATER`) matched: the one named
    group of its branch that took part."""
    return next((g for g in m.groupdict().values() if g), "").strip()


def _without_asides(text: str) -> str:
    """The text with the asides after names left out (`_ASIDE`), the names kept."""
    if "(" not in text and "-" not in text:
        return text  # (no aside without one or the other: most texts, not searched)
    return _ASIDE.sub(lambda m: m.group(1) or m.group(2), text)


def _said_before(text: str, para: list[Sentence], sentence: Sentence,
                 people: People) -> str | None:
    """The speaker of a quotation standing alone after narrative in its paragraph: whom
    the sentence before ends by attributing its words to ('The three had no idea ...,
    she said.', '..., President Trump said in a statement early Saturday.') or
    announces with a colon ('TRUMP:')."""
    i = para.index(sentence)
    if i == 0:
        return None
    before = text[para[i - 1].start:para[i - 1].end]
    if before.endswith(":"):  # a fact check's 'TRUMP:' on its own
        return _colon_speaker(before, people)
    said = _after(before.rsplit(",", 1)[-1])
    if said:
        return said
    believer = _HOLDS.match(before)  # 'Leary believes …. "…"'
    return believer.group(1) if believer else None


def _before(prefix: str, people: People) -> str | None:
    """The speaker of a quotation introduced before it: the subject of the last speech
    verb ahead of the quote ('Mr Findlay said:', 'Sturgeon told journalists ... that')."""
    prefix = _without_asides(prefix)
    # 'Says Wax: "…"', 'Adds another contemporary: "…"': a sentence opening on its verb
    prefix = _VERB_FIRST.sub(lambda m: m.group().lower(), prefix, count=1)
    quoted_as = _QUOTED_AS.search(prefix) if "quoted" in prefix else None
    if quoted_as:
        return quoted_as.group(1)  # 'Mesut Yilmaz was quoted ... as saying, "..."'
    said_by = _SAID_BY.search(prefix) if " by " in prefix else None
    if said_by:
        return said_by.group(1)  # 'Andreessen … is said by Barksdale to be an "…"'
    what = _WHAT_THEY_CALLED.search(prefix) if "what " in prefix else None
    if what:
        return what.group(1)  # 'what one friend called "…"', 'what one friend said was "…"'
    # (a verb inside a quotation is what was said: 'claims she "has nothing positive to
    # say …" and that her career has been "…"')
    # (the quotation's own mark is not in the prefix, so a verb that must not be followed
    # by one, 'pronounced "quick lunch"', is asked of the prefix and the mark)
    verbs = [v for v in _BEFORE_VERB.finditer(prefix + "\"")
             if v.end() <= len(prefix) and not _quoted_at(prefix, v.start())
             and (not _noun_ahead(prefix, v.start())
                  or (v.group().endswith("ing") and _BY.search(prefix, 0, v.start())))]
    called = _CALLED.search(prefix, max(0, len(prefix) - 80)) or (
        _CALLED_AS.search(prefix, max(0, len(prefix) - 160))  # (its 'as' or 'to' near the end)
        if " as " in prefix[-80:] or prefix.endswith((" a ", " an ", " the ")) else None)
    if called and not _noun_ahead(prefix, called.start()) and (
            not verbs or verbs[-1].start() < called.start()):
        verbs.append(called)
    noun = _SAYING.search(prefix, max(0, len(prefix) - 160))
    saying = _SAYING_OF.search(prefix, max(0, noun.start() - 60), noun.start()) if noun else None
    if saying and (not verbs or verbs[-1].start() < saying.start()):
        owner = saying.group(2)  # 'his claim' is his: the pronoun that resolves to him
        return _SUBJECT_OF[owner.lower()] if owner else saying.group(1)[:-2]
    if not verbs:
        label = prefix.strip()
        if (RUN.fullmatch(label) and 2 <= len(label.split()) <= 4
                and _names_someone(label, people)):
            return label  # a transcript names the speaker before the words: 'Art Iwasaki "…"'
        m = re.search(r"according to\s+([^,.;:]{2,60})[,:]?\s*$", prefix)
        if m:
            return m.group(1)
        if prefix.rstrip().endswith(":"):  # '..., Martin supports it: "I think ..."'
            # (an aside goes: 'Another former colleague, who requested anonymity, was
            # less circumspect:')
            clauses = re.split(r"[,;]", _ASIDE_CLAUSE.sub("", prefix.rstrip()[:-1]))
            clause = clauses[-1]
            if len(clauses) > 1 and _RELATIVE_OPEN.match(clause):
                # '… the Trinity Elite Titans football team, which issued a statement:'
                antecedent = _ANTECEDENT.search(clauses[-2])
                return antecedent.group(1) if antecedent else None
            if len(clauses) > 1 and _NO_SUBJECT.match(clause) and not any(
                    people.is_person(r.group()) for r in RUN.finditer(clause)):
                clause = clauses[-2]  # 'TRUMP, bragging about his vote total:', 'Stapledon
                # described spherical, energy-trapping structures …:': a clause without a
                # subject of its own shares the one before
                if _DESCRIPTION.fullmatch(clause.strip()):
                    return clause.strip()  # 'Another former colleague, … was less circumspect:'
            clause = re.sub(r"^\s*(?:But|And|Yet|So|Then|Still)\s+(?:then\s+)?", "", clause)
            if clause.strip().isupper() and people.is_person(clause.strip()):
                return tidy(clause.strip())  # a fact check's or a transcript's 'TRUMP:'
            subject = _SUBJECT.match(clause)  # (which ends on the verb's first letter)
            if subject and _STATEMENT.match(clause, subject.end() - 1):
                return subject.group(1)  # 'Stony Brook has also issued a statement about
                # the case:' — a body speaks by its statement, person or not
            shared = _clause_subject(clause, people)
            if shared:
                return shared  # 'he would swerve back to talking about Hillary Clinton:'
            # 'The hacker concluded the diatribe with a threat: "..."': the clause's subject
            subject = _SUBJECT.match(clause)
            if subject and subject.group(1)[:4].lower() == "the ":
                return subject.group(1)
            # ('A top Republican aide who spoke on the condition of anonymity put the
            # message in plain English:': someone by their role)
            someone = _SOMEONE_FIRST.match(clause)
            return someone.group(1) if someone else None
        return None
    head = prefix[:verbs[-1].start()]
    whole_head = head  # (before the words of any quotation in it are cut off below)
    participle = verbs[-1].group().endswith("ing")
    # '"People knew of him," says X, "but not …"' (not '… on "Fox News Sunday," saying')
    split = not participle and bool(_QUOTE_ENDS.search(head))
    if split or prefix.rstrip().endswith(":"):
        inverted = _AFTER.match(prefix[verbs[-1].start():])  # ('^' holds at 0 alone)
        named = _speaker_group(inverted) if inverted else ""
        if named and (split or not head.strip() or (RUN.fullmatch(tidy(named))
                      and _names_someone(named, people))):
            return named  # '…, said mission scientist Nicola Fox, of …: "It shouldn't happen."'
    if split:
        return None  # the attribution of the quotation before: its speaker's words go on
    inverted = _SAID_NAME.match(prefix, verbs[-1].start()) \
        if head.rstrip().endswith(",") else None  # (not 'The attorney said Cosme, who …,')
    if inverted:  # '… in 1996, said Wang, a former surgeon in Beijing, "so they …"'
        return inverted.group(1)
    # the verb's subject stands after any quotation before it ('"These are …," the
    # president said of his proposals, "and they …"')
    head = _ADVERB_END.sub(" ", _ACCORDING.sub("", head[_last_close(head):])).rstrip()
    head = _AUXILIARY_END.sub("", head)  # ('But Libya, …, has nevertheless now pronounced')
    absolute = (_quotes_as(head) or _with(head)) if participle else None
    if absolute:
        return absolute  # '..., with one person writing: "…"': that person
    if participle and head.endswith(" by"):
        narrator = _NARRATOR.search(head.rsplit(",", 1)[-1])
        if narrator:
            return narrator.group()  # 'when I greeted him by saying': the writer
    # (one of a list of verbs: 'He excoriated CNN …, mocked the BBC as "…"')
    listed = verbs[-1] is called and head.rstrip().endswith(",")
    if participle or listed or _COORDINATED.search(head):
        # a participle or a coordinated verb shares the sentence's subject: 'He
        # apologized ..., saying "..."', 'DeGuerin, describing Berman as …',
        # 'Trump said he feared Gianforte would lose, but then recalled, "..."'; a verb
        # coordinated with a clause of its own subject shares that one ('Madeleine saw
        # that …, and then Stephen called me and said, "…"')
        subjects = list(_AND_SUBJECT.finditer(head)) if not participle else []
        # a participle right after another speech verb shares its speaker ('…, Nuland
        # said, adding that he was greeted with a "…"', 'A spokesman … said it was
        # "saddened" by her death, adding on Twitter that she had "…"')
        shared = _before(prefix[:verbs[-2].end()] + " ", people) if participle and len(
            verbs) > 1 and verbs[-1].start() - verbs[-2].end() < 120 else None
        if not shared:
            shared = subjects[-1].group(1) if subjects else _clause_subject(head, people)
        if not shared and participle and len(whole_head) > len(head):
            # the subject stands before a quotation the clause holds ('He …, mocked the
            # BBC as "…," and responded to a question about anti-Semitism, saying …')
            shared = _clause_subject(whole_head, people)
        if shared:
            return shared
    tied = _TIED_APPOSED.search(head.rstrip(" ,")) if head.endswith(",") else None
    if tied:
        return tied.group(1)
    group = _GROUP_END.search(head)
    if group:
        return group.group(1)
    opening = _OPENING.match(head)
    if opening and _names_someone(opening.group(1), people):
        return opening.group(1)  # 'Monica Hawkins, whose cousin ... died, said'
    described = _DESCRIBED_FIRST.match(head)
    if described:  # 'A typical editorial, published Sunday in the al-Khaleej newspaper in
        return described.group(1)  # the United Arab Emirates, said': not the Emirates
    # a pronoun right before the verb is its subject, in a relative clause too ('classes,
    # which he said was "…"')
    relative = _RELATIVE_END.search(head) if head.endswith(("that", "which")) else None
    if relative:
        return relative.group(1)  # 'a party manifesto that states, in part, "…"'
    pronoun = _PRONOUN_END.search(head) or _RELATIVE_NAME.search(head)
    if pronoun:
        return pronoun.group(1)  # (the first and second persons are an interview's voice)
    # ', which has criticized Pinochet,' goes; a comma stays, lest 'from the Mar-a-Lago,
    # where he stays, Trump' run two names into one
    head = _RELATIVE.sub(", ", head).rstrip(" ,")
    possessive = _POSSESSIVE.search(head)
    # "Tony Blair's office said": the clause's subject; "Cosme's defense attorney said"
    # too, but after a comma a description of several words is the name's apposition
    # ('Dick DeGuerin, Durst's longtime attorney, said')
    if possessive and re.search(r"(?:^|[;:]|\band|\bbut)\s*$" if " " in possessive.group(2)
                                else r"(?:^|[,;:]|\band|\bbut)\s*$", head[:possessive.start()]):
        return possessive.group(0)
    subject = _NAME_OF.match(head)
    if subject and _names_someone(subject.group(1), people):
        body = _BODY_OF.fullmatch(head) if subject.group(1).rsplit(None, 1)[-1].lower() \
            in ORG_WORDS else None  # ('The International Committee of the Red Cross said')
        return body.group(1) if body else subject.group(1)  # 'Richard Bunting of the
        # human rights group ... said'

    m = _PRONOUN_END.search(head)
    if m:
        return m.group(1)  # 'He, who had been silent, said': the pronoun before an aside
    owned = _OWNED_NAME.search(head)
    if owned and _names_someone(owned.group(1), people):
        return owned.group(1)  # '…, CNN's Jim Acosta charged': not an apposition's name
    apposed = _APPOSED.search(head)
    if apposed and not _PLACE_OPENING.match(apposed.group(1)) and (
            _names_someone(apposed.group(1), people) or _opens_with_body(apposed, head)):
        return apposed.group(1)  # 'Mr Lewis, the Shadow Defence Secretary said'; a body
        # the clause opens on ('Harakat-ul-Ansar, a Pakistan-based organization labeled a
        # terrorist group by the United States, said': not the United States)
    # (a dash parts clauses as a comma does: '… and creativity _ one Netscape manager
    # quoted in the book described …', the wire's '_' among them)
    # ('… has risen to the point where the top Turkish military commander says')
    near = re.search(r"(?:^|[,;:]\s*|\s[—–_-]{1,2}\s+"
                     r"|\b(?:and|but|where|when|while|because|that)\s+)"
                     r"((?:(?:[Tt]he|[Aa]n?|[Oo]ne)\b|[A-Z])[^,;:—–]{0,60})$", head)
    # (a description in lower case is one, whatever names it holds: 'an official of the
    # U.S. Agency for International Development said')
    if near and (near.group(1)[:1].islower() or (
            near.group(1).split()[0] in {"The", "A", "An", "One"}
            and not people.is_person(near.group(1)))):
        return near.group(1)  # 'the Chilean government said', 'a diplomat said'
    runs = list(RUN.finditer(head))
    placed = bool(runs) and bool(_PLACE_PREPOSITION_END.search(head, 0, runs[-1].start()))
    if near and placed and _described_before(head[near.start(1):runs[-1].start()].split()[:-1]):
        return near.group(1)  # 'Federal prosecutors in Manhattan said', 'Officials in
        # Kabul said': not Manhattan, not Kabul
    if placed and place_name(tidy(runs[-1].group())):
        return None  # '… as leaflets the U.S. military distributed throughout Afghanistan
        # said': a place is where they were, not who speaks
    if runs and runs[-1].end() >= len(head.rstrip(" ,")) - 1 and tidy(runs[-1].group()):
        return runs[-1].group()  # the name right before the verb is its subject:
        # '…, although Japan urged', 'according to the Washington Trails Association'
    persons = [r.group() for r in runs if people.is_person(r.group())]
    if persons:
        return persons[-1]
    clause = re.split(r"[;:]|\b(?:and|but)\b", head)[-1].strip(" ,")
    before, _, last = clause.rpartition(",")
    if before and _OF_WHOM.match(last):  # a relative clause's subject is its antecedent:
        # 'police interviewed multiple women, many of whom admitted …' (not the clause)
        antecedent = _ANTECEDENT.match(before) or _PLURAL_END.search(before)
        return antecedent.group(1) if antecedent else None
    if 0 < len(clause.split()) <= 10:
        return clause
    return None


_OF_WHOM = re.compile(r"\s*(?:[a-z]+\s+of\s+)?(?:whom|who|which)\b")
# people counted or not, written last: 'multiple women', 'residents'
_PLURAL_END = re.compile(r"(?<!\S)((?:some|many|several|multiple|numerous|other|\d+|two|three|"
                         r"four|five|six|seven|eight|nine|ten)\s+[a-z-]+|[a-z-]+(?:s|men|children|"
                         r"people))$")


def _described_before(words: list[str]) -> bool:
    """Whether the words before a place's preposition describe someone: a word in lower
    case ('Federal prosecutors'), or the sentence's first word, capitalised, naming a
    group or an office ('Officials', 'Police')."""
    return any(w[:1].islower() for w in words) or (
        len(words) == 1 and bool(_GROUP_WORD.fullmatch(words[0].lower())))


_GROUP_WORD = re.compile(rf"{_COLLECTIVE}|{ROLE}s?")


def _sentence_start(text: str, at: int) -> int:
    """Roughly where the sentence holding `at` starts: after the last full stop or line
    break before it."""
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)


# where a clause is set, before its subject: 'In Washington, a spokesman for …' (the
# capitalised run takes the preposition in; 'Washington' is a surname too)
_PLACE_OPENING = re.compile(r"(?:In|At|From|Near|Outside|Inside)\s")


def _opens_with_body(apposed: re.Match[str], head: str) -> bool:
    """Whether the name an apposition describes opens the clause whose verb speaks, as
    its subject, and describes what it is: 'Harakat-ul-Ansar, a Pakistan-based
    organization …,' (not 'In Washington, the president'; a body of no cue is no person)."""
    name = apposed.group(1)
    return not head[:apposed.start(1)].strip() and name.split()[0].lower() not in NOT_NAMES \
        and head.startswith((", a ", ", an ", ", the "), apposed.end(1))


def _noun_ahead(text: str, end: int) -> bool:
    """Whether `_NOUN_AHEAD` ends at `end`. Its words are short, so it is searched from
    eight characters before the spaces that end there, not over all the text before
    (which each verb of a long sentence asked again)."""
    words_end = end
    while words_end and text[words_end - 1].isspace():
        words_end -= 1
    return bool(_NOUN_AHEAD.search(text, max(0, words_end - 8), end))


def _quoted_at(text: str, pos: int, start: int = 0) -> bool:
    """Whether a point stands inside a quotation opened since `start`: after an odd
    number of quotation marks (the marks of a quotation are counted, not paired)."""
    return len(_MARK.findall(text, start, pos)) % 2 == 1


def _quoted_in_paragraph(text: str, pos: int) -> bool:
    """Whether a point stands inside a quotation its paragraph opened (marks counted from
    at most `_PARAGRAPH_REACH` characters back)."""
    return _quoted_at(text, pos, _paragraph_start(text, pos))


# How far back the quotation marks of a paragraph are read, to tell whether a point
# stands inside a quotation: further than the longest paragraph of the shared pile
# (5,750 characters), but bounded, as this is asked for every quotation. A page of
# thousands of quotations in one paragraph had made it quadratic (3 MB: over 10 minutes).
_PARAGRAPH_REACH = 10_000


def _paragraph_start(text: str, pos: int, floor: int | None = None) -> int:
    """Where the paragraph holding `pos` starts, or `floor` if it starts before that
    (by default `_PARAGRAPH_REACH` before `pos`)."""
    floor = max(0, pos - _PARAGRAPH_REACH) if floor is None else floor
    return max(text.rfind("\n", floor, pos) + 1, floor)


def _last_close(text: str) -> int:
    """Where the words after the text's last closed quotation begin; 0 if none closes or
    no words follow it (a participle's subject stands before a title: 'Pence declined
    … on "Fox News Sunday," saying')."""
    marks = list(_MARK.finditer(text))
    if len(marks) < 2 or len(marks) % 2 or not text[marks[-1].end():].strip(" ,"):
        return 0  # (an odd mark opens a quotation the verb stands in)
    return marks[-1].end()


def _names_someone(name: str, people: People) -> bool:
    """A person the story knows, or a name of two words or more though the story gives
    no other cue ('Monica Hawkins, whose cousin …', 'Dick DeGuerin, Durst's attorney')."""
    return people.is_person(name) or len(tidy(name).split()) >= 2


def _quotes_as(head: str) -> str | None:
    """Whom 'X quoted … as' names ('The paper quoted a senior official as'): read by
    position after the head's last comma, semicolon or colon, as one pattern with a
    lazy middle had backtracked cubically over a run of spaces (found by regexploit)."""
    if not _AS_END.search(head):
        return None
    clause = head[:-2].rstrip()
    clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1:]
    quoted = _QUOTES.search(clause)
    return clause[quoted.end():] if quoted and quoted.end() < len(clause) else None


def _with(head: str) -> str | None:
    """Whom '…, with one person writing' names."""
    found = _WITH.search(head)
    return found.group(1) if found else None


def _clause_subject(head: str, people: People) -> str | None:
    """The person a clause is about, whom a participle or a coordinated verb shares: its
    subject ('He apologized ..., saying'), else the first person it names ('Later this
    evening, Trump stepped out ..., and emphasized')."""
    def someone(subject: re.Match[str] | None) -> str | None:
        who = subject.group(1) if subject else ""
        return who if who and (who.lower() in PRONOUNS or people.is_person(who)
                               or people.by_role(who)) else None

    # (after an opening clause: 'When the Iran-Contra scandal rocked the Reagan
    # administration in 1986, Mr. Bush escaped censure by claiming …')
    opener = _OPENING_CLAUSE.match(head)
    who = someone(_SUBJECT.match(head)) or (
        someone(_SUBJECT.match(head, opener.end())) if opener else None)
    if who:
        return who
    return next((r.group() for r in RUN.finditer(head) if people.is_person(r.group())), None)


def _issuer(text: str) -> str | None:
    """The name the text last says issued a statement ('Georgia Power released a
    statement'), if any."""
    return next((m.group(1) for m in reversed(list(_ISSUER.finditer(text)))), None)


def _resolve(phrase: str, people: People, last: tuple[str, int], before: str,
             words: str = "") -> str:
    """A speaker phrase as a person's fullest name, or as the description it is. A
    pronoun is the person named most recently (`_pronoun`), unless the quotation's
    `words` speak of that person: then the one named before them."""
    phrase = _WHO.sub("", phrase.strip(" ,")).strip(" ,") or phrase.strip(" ,")
    # 'The Department of Commerce issued a statement saying …': the department speaks
    phrase = _ISSUED.sub("", phrase) or phrase
    low = phrase.lower()
    if low in PRONOUNS:
        pick = _pronoun(low, people, last, before)
        if _spoken_of(pick, words):
            sex = _SEX.get(low)
            other, _ = _last_named(before, people, lambda run: _other(run, people, words, sex))
            return other or pick
        return pick
    if low == "it":  # a newspaper or a body that spoke last, never a person (and no
        # speaker is better than 'it': 'It says they are safe. "…"' of a letter)
        # ('The British Foreign Office initially said …. It appealed to … "…"': a body
        # said something since)
        return _body_since(before, people, last[1]) or (
            last[0] if last[0] and not people.is_person(last[0]) else "")
    medium = _SPOKE_IN.get(low)
    if medium and last[0] and medium.search(before, _sentence_start(before, last[1])):
        return last[0]  # the statement, the tweet the last speaker was said to give
        # (since their last quotation's sentence began: 'The GOP nominee later tweeted
        # Sunday saying Hillary Clinton is "being protected by the media." / "She is not
        # …" The tweet said.')
    if low == "the statement":  # 'Georgia Power released a statement saying … "…," the
        # statement says.': the one the story last said issued one, since the last
        # quotation
        issuer = _issuer(before[max(last[1], 0):])
        if issuer:
            return people.resolve(issuer) or issuer
    if low in _WRITTEN:  # 'Gates wrote to Andrew Grove … "…," the message said'
        writer, at = _last_person(before, people)
        if writer and at > last[1] and _WROTE.search(before, at):
            return writer
        # 'The memo, from Dan Rosen, …' earlier: 'the memo said' is his
        sender = next((m.group(2) for m in reversed(list(_SENT_BY.finditer(before)))
                       if m.group(1) == low[4:]), None)
        if sender:
            return people.resolve(sender) or sender
    introduced = _just_introduced(phrase, before)
    if introduced:
        # 'the senator said' after 'One senior Democratic senator …': that one, as the
        # text brought them in when that tells more (its names as written: 'an Arab
        # official'; 'the local activist' rather than 'an activist', 'the Iridium filing'
        # rather than 'a recent federal filing')
        named = any(w[:1].isupper() for w in phrase.split()[1:])
        told = introduced if introduced.count(" ") > phrase.count(" ") and not named \
            else phrase
        return _as_told(_subject_only(told), people, first_only=True)
    # ('an official said' brings in someone new, whoever the story calls an official)
    described_in = _DESCRIBED_IN.match(phrase)
    role = None if _INDEFINITE.match(phrase) else people.by_role(
        described_in.group(1) if described_in else phrase)
    if role:
        return role
    if _RESTATED.fullmatch(phrase):
        pick = _pronoun("", people, last, before)  # the one the story is about
        if pick:
            return pick
    possessive = None if described_in else _POSSESSIVE.search(phrase)
    if possessive:  # an office or a spokesman speaks for the person: keep it so
        name = possessive.group(1)[:-2]
        return f"{people.resolve(name) or name}'s {possessive.group(2)}"
    # (a run that qualifies a person's role after it names no one the story does not
    # know: 'a Middle Eastern diplomat posted in Turkey'; but 'the Daily Express
    # newspaper' is its name)
    runs = [r.group() for r in RUN.finditer(phrase)
            if not (_QUALIFIED_ROLE.match(phrase, r.end()) and not people.is_person(r.group()))]
    honorific, _, rest = phrase.partition(" ")
    if honorific.lower().rstrip(".") in HONORIFICS and rest[:1].isupper() and " " not in rest:
        resolved = people.resolve(phrase)  # ('Ms. He', two runs, the second no name
        if " " in resolved and resolved != phrase:  # alone: He Xintong, as named)
            return resolved
    if len(runs) == 2 and runs[0].rsplit(None, 1)[-1].lower() in ORG_WORDS and \
            _BODY_OF.fullmatch(phrase):
        return _as_told(phrase.strip(), people, first_only=True)  # a body named over
        # 'of' is named whole: not 'Red Cross' of 'The International Committee of the …'
    if described_in or _DESCRIBED_BY_PLACE.match(phrase) or _DESCRIBED_BY_TIE.match(phrase) or \
            _DESCRIBED_BY_OFFICE.match(phrase):
        runs = []  # 'The Los Gatos, California, company': a description by its place;
        # 'a former colleague of Ross' is not Ross
    for run in reversed(runs):
        name = tidy(run)
        if place_name(name) and not people.is_person(name) and \
                phrase.partition(run)[2].strip()[:1].islower():
            continue  # a place describing someone: 'the New York native told'
        # (an age is a person's: 'said the 46-year-old Chmiel')
        if name and (_names_someone(name, people) or f"-year-old {run}" in phrase
                     or run.split()[0].lower().rstrip(".") in TITLES):
            return people.resolve(run)  # (with its title: 'Mr Wilson' is a man)
    # ('Earlier on Wednesday, state media warned', 'Mondelez, meanwhile, argued')
    description = _WHO.sub("", phrase).strip()
    description = _ASIDE_LAST.sub("", _WHEN_FIRST.sub("", description)) or description
    if len(runs) == 1 and runs[0] == description:  # 'On Friday Turkey' -> Turkey
        name = people.resolve(runs[0])
        if name and name.lower() not in ORG_WORDS:  # (but 'The Foreign Ministry' is not
            return name  # its last word alone: the body as told, below)
    if not any(c.isalpha() for c in description):
        return ""  # a dash left of '— which it described as "…"' names no one
    # ('and in a government statement Saturday confirmed "…"': the statement, whenever;
    # 'In a legal filing this week, his attorneys cited "…"': the attorneys)
    opening = _IN_FIRST.match(description)
    if opening:
        description = description[opening.end():].rsplit(", ", 1)[-1]
    description = _CONNECTIVE_FIRST.sub("", description)
    description = _WHEN_LAST.sub("", description) or description
    subject = _subject_only(description)
    told = _as_told(_ASIDE_LAST.sub("", subject) or subject, people, first_only=True)
    if told.partition(" ")[0].lower() in _PERSONAL and " " in told:
        return ""  # a clause, no one described: 'I remember people trading the kind of
        # glances that said, "…"', 'Tomorrow, they will say, "…"', 'He had known about
        # it, although she had not told him … when they sat down "with a bottle …"'
    return told


_DANGLING_WORDS = frozenset("on in of for at by with from to about".split())
_COPULAS = frozenset({"is", "are", "was", "were"})
_PERSONAL = frozenset({"i", "we", "they", "you", "he", "she", "it"})
_OWNERS = frozenset("his her their its my our".split())


def _subject_only(description: str) -> str:
    """A description without the verb or the participle the attribution left on it: 'a
    police official stormed in and said' is the official's, 'said the letter faxed to
    news agencies' the letter's (not 'the husband of the deceased', whose last word is
    the noun)."""
    words = description.split()
    while len(words) > 2 and words[-1] in _DANGLING_WORDS:
        words = words[:-1]  # ('The warrant on which he was arrested alleges')
    owner = next((i for i, w in enumerate(words[1:], 1)
                  if w in _OWNERS and (words[i - 1].lower() not in STOPWORDS
                                       or words[i - 1].lower() in {"from", "by"})), 0)
    if owner and len(words) - owner >= 2:
        words = words[owner:]  # ('a birthday her agent said "…"', 'I got a call from my
        # agent': the agent; not 'the wife of his brother', whose owner hangs on 'of')
    if len(words) > 1 and words[-1] in _COPULAS:
        return ""  # no one said it: 'The result is that … "a significant part"'
    if len(words) > 2 and words[-2] in _COPULAS and words[-1].endswith("ing"):
        words = words[:-2]  # ('the reporter was asking, "…"': the reporter)
    description = " ".join(words)
    if len(words) > 3 and words[-1] in {"and", "or"}:
        verb = next((i for i, w in enumerate(words[2:-1], 2) if w.endswith("ed")), None)
        return " ".join(words[:verb]) if verb else description
    if len(words) >= 3 and words[-1].endswith("ed") and words[-1].islower() \
            and words[-2].lower() not in STOPWORDS:
        return " ".join(words[:-1])
    return description


def _as_told(description: str, people: People, first_only: bool = False) -> str:
    """A description as it reads inside a sentence ('Police' -> 'police', 'The
    officials' -> 'the officials'), but its names as written: a word the story also
    capitalises inside a sentence ('Toronto police', 'Swissair officials' had become
    'toronto police'). Only the first word, or every word of a description that comes
    with capitals ('A Group Of Protesters')."""
    words = description.split(" ")
    for i, word in enumerate(words[:1] if first_only else words):
        core = unpossessive(word.rstrip(",.;:"))  # ("London's Guardian newspaper")
        if word[:1].isupper() and not (len(core) > 1 and core.isupper()) and \
                not _a_name(core, people) and not place_name(core) and \
                word.lower().rstrip(".") not in TITLES:  # ('Ms. He said'; 'TRUMP,')
            words[i] = word[:1].lower() + (word[1:] if first_only else word[1:].lower())
    return " ".join(words)


def _a_name(word: str, people: People) -> bool:
    """Whether the story capitalises a word inside a sentence somewhere, as only a name
    is ('Toronto'; not 'Police', capitalised only where it opens one)."""
    return word not in _DETERMINERS and any(
        not opens_sentence(text, m.start()) for text, m in people.lone_mentions(word))


_DETERMINERS = frozenset("The A An His Her Their Its One Another Some Two Three Several "
                         "Many Most All Both".split())


def _body_since(before: str, people: People, since: int) -> str:
    """The body that said something last in the paragraph, after a point (a capitalised
    run, no person, opening a sentence on a speech verb)."""
    # (from the line break itself, which opens the paragraph's first sentence)
    start = max(before.rfind("\n"), len(before) - 400, since, 0)
    bodies = [m.group(1) for m in _BODY_SAID.finditer(before, start)
              if tidy(m.group(1)) and not people.is_person(m.group(1))]  # (not 'It' itself)
    return bodies[-1] if bodies else ""


def _pronoun(low: str, people: People, last: tuple[str, int], before: str) -> str:
    """Whom a pronoun means: the last speaker, or a person mentioned as a subject after
    that speaker's quotation; of the pronoun's sex when the story tells it."""
    mention, where = _last_person(before, people)
    # a new subject since the last quotation, else the last speaker; never a group for
    # 'he' or 'she' ('protesters who screamed, "…" … "…," she said')
    group = low in _SEX and bool(_GROUP_END.search(last[0])) and \
        not last[0].endswith(("man", "woman", "person"))
    fresh = bool(mention) and mention != last[0] and (not last[0] or where > last[1] or group)
    pick = mention if fresh else last[0] or mention
    if low == "they" and pick and people.is_person(pick):
        crowd = [m for m in _GROUP_OPENING.finditer(before, max(0, last[1], where))
                 if not _quoted_in_paragraph(before, m.start(1))]
        if crowd:
            return _as_told(crowd[-1].group(1), people)
    sex = _SEX.get(low)
    known = people.gender(pick) if pick and sex else None  # ('they' asks no sex)
    described = known is None and bool(sex) and pick[:1].islower()
    if described:
        known = _described_sex(pick)  # 'she' is not 'a spokesman for the university'
    # nor 'her agent': someone of hers ('…," according to her agent. … "…," she told')
    other_one = described and _SEX.get(pick.split(None, 1)[0]) == sex
    if sex and known != sex:  # 'she' is not the father who spoke last
        other, at = _last_named(before, people, lambda run: _of_sex(run, people, sex))
        # the pick is known to be of the other sex; or it is only the last speaker,
        # and someone of the pronoun's sex was named since
        # ('"…," Marker told reporters after a dinner with President Jorge Sampaio. ¶ He
        # said …': named in the attribution itself is no one named since)
        if other and (known is not None or other_one or group
                      or (not fresh and at > last[1]
                          and (last[1] < 0 or "\n" in before[last[1]:at]))):
            return other
        relation = _RELATION.findall(before[-300:]) if known is not None else []
        if relation and relation[-1][1] in (FEMININE if sex == "f" else MASCULINE):
            return relation[-1][0]  # 'his mother opened the door. "…," she says'
        if described and (known is not None or other_one) and not other:
            # ('A spokesman for the university said …' then '"…," she told The
            # Guardian', no woman named near): the woman the article names most
            return people.most_named(sex) or pick
        if known is not None and not other and not described and fresh:
            # the one named since the last quotation is known to be of the other sex and
            # no one of the pronoun's is named: the last one named whose sex the story
            # does not tell ('Jumaah told Turner that he … She told him … "…," she
            # said': Turner; the last speaker is kept, whom a wrong cue may have sexed)
            unknown, at_unknown = _last_named(
                before, people, lambda run: _of_unknown_sex(run, people))
            if unknown and at_unknown > where:  # (named after the man: 'told Turner')
                return unknown
        if known is not None and not described:
            # someone the story brings in unnamed since the last quotation ('A former
            # student Vogelsang had been dating … ¶ "…," she said'), not the man named last
            unnamed = [m for m in _SOMEONE_UNNAMED.finditer(before, max(0, last[1]))
                       if _described_sex(m.group(1)) in (None, sex)]
            if unnamed:
                return _as_told(unnamed[-1].group(1), people, first_only=True)
    return pick


def _of_unknown_sex(run: str, people: People) -> str | None:
    """The person a mention names if the story does not tell their sex (and no body the
    person cues took for someone: 'Granger Telecom')."""
    person = people.resolve(run)
    return person if person and people.gender(person) is None and \
        person.rsplit(None, 1)[-1].lower() not in ORG_WORDS else None


def _head_of(description: str) -> str:
    """A description without what follows its noun ('a spokesman for the university' ->
    'a spokesman'; 'the … Information Center of Human Rights …' -> '… Information Center')."""
    return _AFTER_THE_NOUN.split(description, maxsplit=1)[0]


def _described_sex(description: str) -> str | None:
    """The sex a description's own noun tells ('a spokesman for …', 'her mother'), if any."""
    nouns = set(_head_of(description.lower()).split())
    return "m" if nouns & MASCULINE else "f" if nouns & FEMININE else None


def _of_sex(run: str, people: People, sex: str) -> str | None:
    """The person a mention names if of this sex, or its family's one member of this sex
    when the mention's own sex is unknown ('Veatch' after the father spoke, for 'she'),
    never when it is known ('Slepian gave her a second chance' is the doctor, not his
    widow)."""
    person = people.resolve(run)
    known = people.gender(person) if person else None
    if known is not None:
        return person if known == sex else None
    return people.of_sex(run, sex)


def _announced(text: str, sentence: Sentence, people: People, last: tuple[str, int]) -> str:
    """The speaker a paragraph ending in a colon announces for the quotation below it."""
    phrase = _colon_speaker(text[sentence.start:sentence.end], people)
    return _resolve(phrase, people, last, text[:sentence.end]) if phrase else ""


def _colon_speaker(words: str, people: People) -> str | None:
    """Whom a sentence ending in a colon announces as the speaker of what follows it:
    the subject of its first speech verb ('Goddard's lawyers responded ... on Sunday:'),
    else its subject or label ('TRUMP:', 'The hacker ended with a threat:')."""
    verb = _BEFORE_VERB.search(words)
    return _before(words[:verb.end()] + " " if verb else words, people)


def _subject_like(text: str, m: re.Match[str]) -> bool:
    """A mention (in narrative) that can be the 'he' of the next sentence: the start of
    a sentence or an apposition (', Jackie Pash,'), never a possessive."""
    if text.startswith(("'s", "’s", "/"), m.end()) or m.group().endswith(("'s", "’s")) or \
            text.startswith("Dear ", m.start()):
        return False  # a possessive, a photo credit ('Jonathan Ernst/Reuters'), or the
        # one a letter is addressed to
    head = text[max(0, m.start() - 40):m.start()]
    if head.endswith(("the ", "The ")) or m.group().startswith("The "):
        return False  # 'The New York real-estate billionaire': a person's name takes no article
    if _SENTENCE_OPENS.search(head) and (
            not head.strip() or _AFTER_A_STOP.search(head)):
        return True
    if head.endswith(("interview with ", "interviewed ")):
        return True  # '… included an interview with Augusto Pinochet Hiriart, Pinochet's
        # son. "…," he said': the one interviewed speaks next
    if head.endswith("according to ") and text[m.end():m.end() + 1] in _STOPS:
        return True  # '… remain on the database, according to Young.': the one who spoke
    if _SPEECH_END.search(head) and (text[m.end():m.end() + 1] in _STOPS
                                     or _WHERE_FROM.match(text, m.end())):
        return True  # 'The stakes are high, admits Horbury.', '…, said Goldstein of the
        # industry group.': the verb's subject, not 'Pence says Trump was ...'
    if _VERB_NEXT.match(text, m.end(), m.end() + 40) and (
            _AFTER_COMMA.search(head) or _ROLE_END.search(head) or _TIME_OPENING.search(head)
    ) and not _ASIDE_SAID.search(head):
        # (not a clause someone is said to say: 'On the other hand, Severin said,
        # Spitzer did well …' — Severin is the one the next 'he said' means)
        return True  # 'After describing ..., Fourie earned', 'On "The Bachelor," Martinez got',
        # 'Meanwhile, PAL executive vice president Manolo Aquino said'
    return bool(_APPOSITION_OPEN.search(head)) and text[m.end():m.end() + 1] == ","


def _occasion(para: list[Sentence], sentence: Sentence, text: str) -> str | None:
    """'he' or 'she' when the sentence after a quotation tells the occasion of his or her
    speaking ('“We know what works …” 20 January, 1989, during his inaugural address.'):
    a page of someone's sayings names them once at its top, then each saying with when
    and where it was said."""
    after = next((s for s in para if s.start >= sentence.end), None)
    m = _OCCASION.match(text, after.start, after.end) if after else None
    return _SUBJECT_OF[m.group(1)] if m else None


_OCCASION = re.compile(r"[^\"“”]{0,60}?\b(his|her)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|"
                       r"remarks|statement|interview|testimony|toast|eulogy|debate|"
                       r"(?:news|press) conference)\b")


def _turned_to(before: str, people: People, last: tuple[str, int]) -> str:
    """The speaker of a paragraph that is all quotation, with no attribution: the
    person the story named after the last quotation ('He says they're worried ...'
    then a quote), else the last speaker."""
    mention, where = _last_person(before, people)
    return mention if mention and where > last[1] else last[0]


def _last_named(before: str, people: People,
                choose: Callable[[str], str | None]) -> tuple[str, int]:
    """The person named last before a point (in narrative, not in a quotation) whom
    `choose` accepts, as it names them, and where: who a 'he' or 'she' can be when the
    usual pick cannot."""
    for r in reversed(_narrative_mentions(before)):
        person = choose(r.group()) if people.is_person(r.group()) else None
        if person:
            return person, r.start()
    return "", -1


def _just_introduced(phrase: str, before: str) -> str:
    """The description a definite one ('the senator') takes up when the text has just
    brought someone in unnamed ('One senior Democratic senator, now in his fourth term,
    …'), the last if several (the definite one itself if that came after it); else
    nothing."""
    if not phrase.lower().startswith(("the ", "this ")):  # ('this official said')
        return ""
    noun = phrase.split()[-1].lower()
    window = before[-400:]
    found = list(re.finditer(
        rf"\b{_INDEFINITE.pattern}\s*(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", window,
    )) if noun in window else []  # (the noun itself first: most windows lack it)
    at = window.rfind(phrase)  # (brought in before it is taken up; not 'The president
    # explained that … Cohn, a former president of Goldman Sachs, "went from …"', where
    # the description is the phrase's own)
    ahead = [m for m in found if at < 0 or m.end() <= at]
    return ahead[-1].group() if ahead else phrase if found else ""


def _narrative_mentions(before: str) -> list[re.Match[str]]:
    """The capitalised runs of the last 600 characters before a point that stand outside
    quotation marks. Quotation marks are read within each paragraph (news opens a long
    quotation again at each paragraph, and one left open ends with it), in order: “
    opens, ” closes, and a straight mark does whichever is due — so a quotation opened
    straight and closed curly ('"Anyone climbing …,” he said') is closed again."""
    window = max(0, len(before) - 600)
    floor = max(0, window - _PARAGRAPH_REACH)  # (marks read from there at the earliest)
    return [r for r in RUN.finditer(before, window) if not _in_quotation(
        before, _paragraph_start(before, r.start(), floor), r.start())]


def _in_quotation(text: str, start: int, at: int) -> bool:
    """Whether the marks between `start` and `at` leave a quotation open, read as
    `_narrative_mentions` says: the last curly mark tells, and each straight one after
    it turns it (found by the string's own search, not a loop over every mark)."""
    last = max(text.rfind("“", start, at), text.rfind("”", start, at))
    opened = last >= 0 and text[last] == "“"
    return opened != (text.count('"', max(last + 1, start), at) % 2 == 1)


def _spoken_of(person: str, words: str) -> bool:
    """Whether a quotation names this person, in full or by surname alone: people rarely
    speak of themselves so ('“Barry Sherman was a reserved man …,” he said' is not
    Sherman). Another given name before the surname is a relative ('Barry Sherman' in
    Honey Sherman's words)."""
    if not person:
        return False
    if " " in person and person in words:
        return True
    surname = person.split()[-1]
    at = words.find(surname)
    while at >= 0:  # (a plain search: a pattern compiled for each name costs more)
        end = at + len(surname)
        if (at == 0 or not words[at - 1].isalnum()) and \
                (end == len(words) or not words[end].isalnum()):
            ahead = words[:at].split()[-1:]
            if not ahead or not ahead[0][:1].isupper() or \
                    ahead[0].rstrip(".").lower() in TITLES:
                return True
        at = words.find(surname, end)
    return False


def _other(run: str, people: People, words: str, sex: str | None) -> str | None:
    """The person a mention names if the quotation does not speak of them and they are
    not known to be of the other sex than the pronoun's."""
    person = people.resolve(run)
    known = people.gender(person) if person and sex else None
    return person if person and not _spoken_of(person, words) and known in (None, sex) \
        else None


def _last_person(before: str, people: People) -> tuple[str, int]:
    """The person named last before a point, as a subject, and where; or one the story
    never names, a sentence's subject since ('The man described the events …')."""
    person, at = "", -1
    for r in reversed(_narrative_mentions(before)):  # (the last one only: stop there)
        if people.is_person(r.group()) and _subject_like(before, r):
            person, at = people.resolve(r.group()), r.start()
            break
    for m in reversed(list(_UNNAMED.finditer(before, max(at + 1, len(before) - 600)))):
        if not _quoted_in_paragraph(before, m.start()):
            role = people.by_role(m.group(1))
            if role or not m.group("role"):  # (a role no one named holds: ask on)
                return role or _as_told(m.group(1), people), m.start(1)
    return person, at
