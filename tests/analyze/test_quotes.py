"""Quotations: who said what, resolved across sources (grouping: test_quote_groups.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from storyline.analyze.names import People
from storyline.analyze.quotes import find_quotes
from storyline.model import Article, Document
from storyline.pipeline import digest, load
from storyline.segment import segment

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "corbyn-snp"


def quotes_of(*texts: str) -> list[tuple[str, str]]:
    articles = [Article(f"a{i}", t) for i, t in enumerate(texts)]
    people = People(a.text for a in articles)
    found = [f for a in articles for f in find_quotes(Document(a, segment(a)), people)]
    return [(f.speaker, f.text) for f in found]


def test_the_example_quotes_the_people_it_should_with_the_right_speakers() -> None:
    story = digest([EXAMPLE], sections=("quotes",))  # all three reports as one story
    by_speaker: dict[str, list[str]] = {}
    for q in story.analysis.quotes:
        by_speaker.setdefault(q.speaker, []).append(q.text)
    for person in ("Jeremy Corbyn", "Neil Findlay", "Dave Anderson", "Kezia Dugdale",
                   "Chris Stephens"):
        assert person in by_speaker, person
    assert any(t.startswith("I won’t be looking for an alliance") for t in
               by_speaker["Jeremy Corbyn"])
    assert any(t.startswith("It would be simply unforgivable") for t in
               by_speaker["Chris Stephens"])
    assert "just wouldn't work" in by_speaker["Kezia Dugdale"]


def test_attribution_after_before_and_by_pronoun() -> None:
    got = quotes_of(
        'Labour leader Jeremy Corbyn spoke in Glasgow.\n\n'
        '"We will win," said Mr Corbyn.\n\n'
        'Mr Corbyn said: "The SNP has failed Scotland."\n\n'
        '"It is time for change," he added.')
    assert got == [("Jeremy Corbyn", "We will win"),
                   ("Jeremy Corbyn", "The SNP has failed Scotland."),
                   ("Jeremy Corbyn", "It is time for change")]


def test_a_speaker_with_accented_letters_is_named_whole() -> None:
    assert quotes_of('"We will not give in," said Recep Tayyip Erdoğan on Monday.') == [
        ("Recep Tayyip Erdoğan", "We will not give in")]


def test_the_page_s_own_line_between_paragraphs_is_no_one_turned_to() -> None:
    found = quotes_of(
        "In a series of tweets Sunday, Donald Trump launched a new tirade against the media, "
        "calling it “disgusting” and blaming it for his drop in polls.\n\nHis latest tweet "
        "storm first targeted The New York Times, which published an article Saturday about "
        "the GOP nominee’s allegedly failing campaign, but quickly expanded as an indictment "
        "of the media in general.\n\nStory Continued Below\n\n“Their reporting is fiction. "
        "The media protects Hillary!”")
    assert found == [("Donald Trump", "Their reporting is fiction. The media protects "
                                      "Hillary!")]


def test_a_saying_whose_occasion_is_told_after_it_is_the_one_the_pronoun_names() -> None:
    # a page of someone's sayings, each with when it was said (the subject named in full
    # by the story's other report)
    found = quotes_of(
        "George Bush, the 41st US president, has died aged 94.",
        "“It is my considered judgment that you should now resign.” August 1974, speaking "
        "to President Richard Nixon shortly before he resigned, when Bush was Republican "
        "national chairman.\n\n___\n\n“And my opponent won’t rule out raising taxes. But I "
        "will.” 18 August, 1988, during his acceptance speech at the Republican National "
        "Convention.")
    assert found[-1] == ("George Bush", "And my opponent won’t rule out raising taxes. But "
                                        "I will.")


def test_a_quote_continued_over_paragraphs_keeps_its_speaker() -> None:
    got = quotes_of(
        'Scottish Labour leader Kezia Dugdale said: "We will not do a deal.\n\n'
        '"Not now, not ever.\n\n'
        '"The voters deserve better."')
    assert [s for s, _ in got] == ["Kezia Dugdale"] * 3


def test_a_role_resolves_to_the_person_the_story_names() -> None:
    got = quotes_of('Labour leader Jeremy Corbyn visited Dundee on Friday.\n\n'
                    'The Labour leader added: "Only Labour can win this election."')
    assert got == [("Jeremy Corbyn", "Only Labour can win this election.")]


def test_scare_quotes_are_not_quotations() -> None:
    assert quotes_of('The so-called "progressive alliance" was debated in parliament.') == []


def test_the_example_timeline_keeps_2017_apart_from_2016() -> None:
    stories = load([EXAMPLE])
    dated = {a.id: a.published for a in stories}
    assert dated["buzzfeed-news-2017-04-19"] == datetime(2017, 4, 19)


def test_long_title_case_text_does_not_hang_the_analysis() -> None:
    """A regression: an ambiguous name pattern backtracked exponentially on runs of
    capitalised words (25 s for eight words, hours on a real pile). Hostile or odd
    input must never hang a digest; the alarm turns a hang into a failure."""
    import signal

    from storyline.analyze import SECTIONS

    title_case = " ".join(["Abcdefghij"] * 60)
    texts = [f'"{title_case} xyz," {title_case} said.', f"{title_case}, {title_case} xyz.",
             f'{title_case} told "{title_case}" to {title_case}.']
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError()))
    signal.alarm(10)
    try:
        d = digest([Article(f"t{i}", t) for i, t in enumerate(texts)], sections=SECTIONS)
    finally:
        signal.alarm(0)
    assert d.analysis is not None


def speaker_of(text: str, opening: str) -> str:
    return next(s for s, t in quotes_of(text) if t.startswith(opening))


def speakers_of(text: str) -> list[str]:
    return [s for s, _ in quotes_of(text)]


def test_offices_and_possessives_before_a_name_are_not_part_of_it() -> None:
    assert speaker_of('Chancellor of the Exchequer Gordon Brown said: "Strong, decisive '
                      'leadership is needed now."', "Strong") == "Gordon Brown"
    assert speaker_of("The EIA's Andrea Johnson says so. \"This is a new normal,\" says "
                      "the EIA's Andrea Johnson.", "This is") == "Andrea Johnson"


def test_an_office_speaking_for_a_person_stays_the_office() -> None:
    text = ('Prime Minister Tony Blair said nothing. Prime Minister Tony Blair\'s office '
            'said it was "a matter for the magistrates and the police."')
    assert speaker_of(text, "a matter") == "Tony Blair's office"


def test_the_subject_before_an_apposition_is_the_speaker() -> None:
    text = ('Spanish Foreign Minister Abel Matutes, also attending the summit in Porto, said '
            'his government "respects the decisions taken by courts."\n'
            'Monica Hawkins, whose cousin, Jay Jasan, died on the flight, said the site "kind '
            'of felt funny," partly because staff read the postings.')
    assert speaker_of(text, "respects") == "Abel Matutes"
    assert speaker_of(text, "kind of") == "Monica Hawkins"


def test_raised_voices_and_asides_are_speech() -> None:
    assert quotes_of('A crowd of protesters shouted, "Death to the dictator!" as police '
                     'watched.') == [("protesters", "Death to the dictator!")]
    assert speaker_of('Mayor Ann Lee opened the bridge on Monday. "It only took nine '
                      'years," Lee quipped.', "It only") == "Ann Lee"


def test_groups_and_the_quoted_as_saying_form() -> None:
    text = ('Investigators have found "heat damage" in wires from the plane, Swissair '
            'officials said Thursday.\nOn Friday Turkey strongly warned Syria that its '
            '"patience was running out," and Prime Minister Mesut Yilmaz was quoted by the '
            'daily Hurriyet as saying, "the soldier is awaiting an order."')
    assert speaker_of(text, "heat") == "Swissair officials"  # (a name keeps its capital)
    assert speaker_of(text, "patience") == "Turkey"
    assert speaker_of(text, "the soldier") == "Mesut Yilmaz"


def test_a_description_reads_as_inside_a_sentence_but_keeps_its_names() -> None:
    assert speaker_of('Toronto police were called to the home in Toronto. "The cause of '
                      'death was ligature neck compression," Toronto police said.',
                      "The cause") == "Toronto police"
    assert speaker_of('Officers searched the house. The officers said: "We found nothing."',
                      "We found") == "the officers"


def test_a_plural_noun_is_not_a_speech_verb() -> None:
    text = ('"Governors have always exerted influence," said Luciano Dias, a consultant.\n'
            'He said that if opponents win in the states of Sao Paulo and Minas Gerais, '
            '"the going will get tough."')
    assert speaker_of(text, "the going") == "Luciano Dias"


def test_the_listener_is_not_the_speaker_and_a_colon_introduces_the_subjects_words() -> None:
    text = ('"I really don\'t have any thoughts about him," Jeffrey Stenger from Polson, '
            'Montana, told ABC News.\n"There was a coup," Chris Martin says. And while some '
            'say the Lacey Act, a century-old law, is burdensome, Martin supports it: "I '
            'think it\'s a wonderful thing."')
    assert speaker_of(text, "I really") == "Jeffrey Stenger"
    assert speaker_of(text, "I think") == "Chris Martin"


def test_in_a_family_the_bare_surname_is_not_the_one_called_by_first_name() -> None:
    text = ("Autumn Veatch, 16, called her father, David Veatch, from hospital. Autumn "
            "had walked out of the mountains. Veatch drove four hours to see her.\n"
            '"I just can\'t believe she went through all that," the 49-year-old father '
            'said.\n"I hear there\'s one down the hill," Veatch said.')
    assert speaker_of(text, "I just") == "David Veatch"
    assert speaker_of(text, "I hear") == "David Veatch"


def test_a_quoted_paragraph_after_a_new_person_is_theirs() -> None:
    text = ('"There was a coup," Chris Martin says.\nAttorney Ronald Bienstock says the '
            'raids have aroused guitar builders. He says they are worried.\n'
            '"There hasn\'t been that moment where people have tested the case."')
    assert speaker_of(text, "There hasn") == "Ronald Bienstock"


def test_a_name_given_family_name_first_is_found_by_its_first_word() -> None:
    text = ("Unification minister Cho Myoung-gyon met Chun Hae-sung, the South's lead "
            "delegate, in Seoul.\n\"Our players were nervous,\" Sarah Murray, the women's "
            "hockey head coach, told Reuters.\nChun, the lead delegate, said the decision "
            "was not final.\n\"We're well aware of the concerns,\" he told a news "
            "conference.\n\"Under the circumstances it is hard,\" Chun said.")
    assert speaker_of(text, "Our players") == "Sarah Murray"  # the apposition is skipped
    assert speaker_of(text, "We're well") == "Chun Hae-sung"
    assert speaker_of(text, "Under the") == "Chun Hae-sung"


def test_a_place_is_never_taken_for_a_first_name() -> None:
    people = People(["Chris Stephens, the SNP MP for Glasgow South West, said no. A rally "
                     "in Glasgow followed. Sadiq Khan, the mayor, spoke. Sadiq backed Smith."])
    assert not people.is_person("Glasgow")
    assert people.resolve("Sadiq") == "Sadiq Khan"


def test_initials_titles_and_the_elect_belong_to_the_name() -> None:
    text = ("C.B. Thomas, the first responder, said she arrived at 2:45 p.m. He said she had "
            'not eaten for "about three days."\nPresident-elect Donald Trump said he had a '
            '"nice conversation" with Obama.\nTrump praised Rep. Greg Gianforte. Gianforte '
            'apologized that night, saying, "When you make a mistake you have to own it."')
    assert speaker_of(text, "about three") == "C.B. Thomas"
    assert speaker_of(text, "nice conversation") == "Donald Trump"
    assert speaker_of(text, "When you") == "Greg Gianforte"


def test_two_people_of_one_family_name_stay_two() -> None:
    text = ('"You can sit down and write," said Jane B. Lathem of Alpharetta, whose son, '
            'Ray W. Lathem, died in the crash.')
    assert speaker_of(text, "You can") == "Jane B. Lathem"


def test_a_verb_that_shares_the_sentence_subject_is_the_subject_s() -> None:
    text = ('"It was a big success," Donald Trump said.\nTrump said he was afraid Gianforte would '
            'lose, but then recalled, "Wait a moment, I know Montana."\nLater, Trump stepped '
            'out with Don King by his side, and emphasized that he had a "good talk" with '
            'Obama.\nThe pope, who battled communism, praised Stepinac, saying his last years '
            '"were a continual succession of trials."\nPope John Paul II spoke in Zagreb.')
    assert speaker_of(text, "Wait a") == "Donald Trump"
    assert speaker_of(text, "good talk") == "Donald Trump"
    assert speaker_of(text, "were a") == "John Paul"


def test_an_attribution_after_an_exclamation_and_a_possessive_noun() -> None:
    text = ('"Any guy that can do a body slam, he is my type!" Donald Trump said to cheers.\n'
            "Asked about it, his press secretary, Sean Spicer, said he would let Trump's "
            'tweets "speak for themselves."')
    assert speaker_of(text, "Any guy") == "Donald Trump"
    assert speaker_of(text, "speak for") == "Sean Spicer"


def test_a_possessive_role_then_the_name_and_a_group_before_the_verb() -> None:
    text = ('"He had the grit to keep going," said Melquan\'s former football coach, Don '
            'Clark.\nDonald Trump will speak in Ohio, replacing it with what aides described '
            'as "foreign policy realism" in a speech.')
    assert speaker_of(text, "He had") == "Don Clark"
    assert speaker_of(text, "foreign policy") == "aides"


def test_asserted_and_accused_speak_but_the_passive_does_not() -> None:
    text = ("Jeff Herman, the lawyer, spoke on Monday. And he asserted that the client came "
            'forward after "very aggressive denials."\nAs Elizabeth Warren accused John '
            'Stumpf of "gutless leadership," the stock dipped.\nStumpf was accused of "gross '
            'misconduct" by nobody in particular.')
    assert speaker_of(text, "very aggressive") == "Jeff Herman"
    assert speaker_of(text, "gutless leadership") == "Elizabeth Warren"
    # (nobody's words: no quotation since stop 37, never Stumpf's)
    assert all(speaker != "John Stumpf" for speaker, words in quotes_of(text)
               if words.startswith("gross misconduct"))


def test_a_paragraph_ending_in_a_colon_announces_the_quotation_below() -> None:
    text = ("Gary Goddard, a producer, was named in the suit.\nGoddard's lawyers responded "
            "Monday with a statement to what they had said on Sunday:\n"
            '"Gary Goddard vehemently denies the false allegations made against him."')
    assert speaker_of(text, "Gary Goddard vehemently") == "Gary Goddard's lawyers"


def test_a_double_barrelled_surname_resolves_to_the_full_name() -> None:
    text = ("Clarissa Dickson Wright, who has died aged 66, was a cook. Producer Patricia "
            'Llewellyn met her in 1996.\n"It was all good quality," Dickson Wright said.\n'
            '"She was a force of nature," said Llewellyn.')
    assert speaker_of(text, "It was all") == "Clarissa Dickson Wright"
    assert speaker_of(text, "She was a force") == "Patricia Llewellyn"


def test_a_long_apposition_and_as_x_put_it() -> None:
    text = ('"Search managers assume it will be quick," Colleen M. Keller, a Metron senior '
            "analyst who worked with Stone on the Air France hunt, said by email.\n"
            'Bayesians quantify judgment, "using expert testimonies and imagination," as Nozer '
            "Singpurwalla, a professor of risk analysis at the City University of Hong Kong, "
            "put it in an email.")
    assert speaker_of(text, "Search managers") == "Colleen M. Keller"
    assert speaker_of(text, "using expert") == "Nozer Singpurwalla"


def test_he_is_the_person_a_speech_verb_just_named_not_the_subject_of_its_clause() -> None:
    text = ('"It is far closer than anything," said David McComas.\nThe stakes are high, '
            'admits Tim Horbury.\n"We are only left with the difficult things," he said.\n'
            'Mike Pence says Donald Trump was trying to make a point.\n'
            '"This is about anxiety," he said.')
    assert speaker_of(text, "We are only left") == "Tim Horbury"
    assert speaker_of(text, "This is about anxiety") == "Mike Pence"


def test_a_role_apposed_before_the_name_and_a_text_that_reads() -> None:
    text = ('"Pippa is a party girl," the Sun\'s royal editor, Duncan Larcombe, said of them.\n'
            'A campaign was organised by Robert Kulik.\n"Just give what you can as soon as '
            'you can," the campaign read.')
    assert speaker_of(text, "Pippa is") == "Duncan Larcombe"
    assert speaker_of(text, "Just give") == "the campaign"


def test_a_colon_after_a_clause_without_a_speech_verb_gives_its_subject() -> None:
    text = ("The hacker concluded the diatribe with a threat to the networks: "
            '"And to the others: there is still time."\n'
            "President Donald Trump spoke in Montana. But "
            'then he would swerve back to Elizabeth Warren: "It is too bad because I can\'t '
            'call her that anymore."')
    assert speaker_of(text, "And to the others") == "the hacker"
    assert speaker_of(text, "It is too bad") == "Donald Trump"


def test_a_trade_introduces_a_person_who_is_then_she() -> None:
    text = ('"The arts must be funded," Jeremy Piatt said.\nKanye West boasts he made pop star '
            'Taylor Swift\'s fame.\nOn Monday, Swift artfully responded while accepting a Grammy.\n'
            '"To all the young women out there: keep going," she said.')
    assert speaker_of(text, "To all the young") == "Taylor Swift"


def test_a_name_after_an_opening_phrase_of_time_is_the_subject_the_pronoun_names() -> None:
    # ('During the same interview' wants a comma it is often written without)
    text = ("Clarissa Dickson Wright, the cook, has died, her agent said.\n"
            '"She was utterly non-PC," said agent Heather Holden-Brown.\n'
            "During the same interview Dickson Wright also explained her hatred of carrots.\n"
            '"My father used to pull them out of the ground," she said.')
    assert speaker_of(text, "She was utterly") == "Heather Holden-Brown"
    assert speaker_of(text, "My father used") == "Clarissa Dickson Wright"


def test_she_is_not_the_father_who_spoke_last_but_the_mother_named_before() -> None:
    text = ("Todd Hardy, Josh's father, said he got the call.\n"
            '"It was wonderful," Todd Hardy said.\n'
            "In an emotional Facebook post, mother Aimee Hardy praised the decision.\n"
            '"Glory to God!" she wrote. "They are releasing the drug for Josh!"')
    assert speaker_of(text, "It was wonderful") == "Todd Hardy"
    assert speaker_of(text, "Glory to God") == "Aimee Hardy"
    assert speaker_of(text, "They are releasing") == "Aimee Hardy"


def test_he_after_a_speaker_of_unknown_sex_is_the_man_named_since() -> None:
    text = ('"This is not the time," said Jean Lee, an expert at the Wilson Center.\n'
            "They will be joined by Russian President Vladimir Putin, who is in China.\n"
            '"Russia condemns these exercises," he said.')
    other_report = "Vladimir Putin said he would attend."  # the story tells Putin is a he
    found = {t: s for s, t in quotes_of(text, other_report)}
    assert found["Russia condemns these exercises"] == "Vladimir Putin"
    assert speaker_of(text, "Russia condemns") == "Jean Lee"  # alone, nothing tells


def test_he_after_a_new_subject_of_unknown_sex_stays_that_subject() -> None:
    text = ('"She looked dazed," said Serena Lockwood, a friend of her father, David '
            "Veatch.\nC.B. Thomas, the first responder, said Veatch arrived at 2:45 p.m. "
            "wearing jeans. "
            'He said she had not eaten for "about three days."')
    assert speaker_of(text, "about three days") == "C.B. Thomas"


def test_a_role_between_said_and_the_name_is_not_the_speaker() -> None:
    assert speaker_of('"We will not," said Labour leader Jeremy Corbyn.', "We will") \
        == "Jeremy Corbyn"
    assert speaker_of('"As with all tours," said Spears flack Jeff Raymond.', "As with") \
        == "Jeff Raymond"


def test_told_after_a_quotation_names_the_listener() -> None:
    text = ('But Dr Mike Brown, who rejoices in the name of "the man who killed Pluto" '
            "told BBC News that they should stop.\n"
            '"The people you hear most are those in the mission," he said.')
    assert speaker_of(text, "The people") == "Mike Brown"


def test_calling_someone_a_quoted_phrase_speaks_it_but_a_title_called_is_not() -> None:
    text = ("Detective Ken Greco said the suspects showed no remorse. He called the incident "
            '"disgusting" and "a sad state of affairs." His co-star Minnie Driver called '
            'him "tone deaf" on Twitter. They saw a film called "Escape Plan" later.')
    found = dict((t, s) for s, t in quotes_of(text))
    assert found["a sad state of affairs."] == "Ken Greco"
    assert found["tone deaf"] == "Minnie Driver"
    assert "Escape Plan" not in found


def test_our_source_and_her_lawyer_speak_as_described() -> None:
    text = ('"The only person she touched was him," our source said. "It was over," '
            "her lawyer said.")
    assert speaker_of(text, "The only") == "our source"
    assert speaker_of(text, "It was over") == "her lawyer"


def test_the_one_a_letter_is_addressed_to_is_not_the_next_speaker() -> None:
    text = ('"There is a continuum," Matt Damon said.\n'
            "Alyssa Milano spoke up in a series of tweets.\nDear Matt Damon,\n"
            "It's the micro that makes the macro.\n"
            "(Thread) — Alyssa Milano (@Alyssa_Milano) December 16, 2017\n"
            '"We are in a culture of outrage because it is outrageous," she wrote.')
    assert speaker_of(text, "We are in") == "Alyssa Milano"


def test_a_name_in_title_case_is_no_quotation_but_an_exclamation_is() -> None:
    text = ('Jackson made "Lord of the Rings" and she starred in "I Feel Pretty," the '
            'actor said. "Glory to GOD!" she wrote. "MOST OF THE AREA WILL BE '
            'UNINHABITABLE," the bulletin said.')
    quoted = [t for _, t in quotes_of(text)]
    assert not any(t.startswith(("Lord of", "I Feel")) for t in quoted)
    assert any(t.startswith("Glory to GOD") for t in quoted)
    assert any(t.startswith("MOST OF THE AREA") for t in quoted)


def test_a_quotation_alone_after_narrative_takes_the_attribution_before_it() -> None:
    got = quotes_of(
        "Ms. Shourd said that she was mystified. The three had not been warned, she "
        "said. “Those claims are illogical and unsubstantiated.”\n\n"
        "Mr. Bush inspired many, President Donald Trump said in a statement. “Along with "
        "his full life of service, we will remember him.”")
    assert got == [("Shourd", "Those claims are illogical and unsubstantiated."),
                   ("Donald Trump", "Along with his full life of service, we will "
                                    "remember him.")]


def test_before_a_colon_the_clause_s_subject_speaks_not_a_person_it_names() -> None:
    got = quotes_of(
        "Donald Trump spoke in Montana. “We will win,” Trump said.\n\n"
        "But then he would swerve back to talking about Senator Elizabeth Warren and her "
        "DNA test: “It’s too bad because I can’t call her that anymore.”")
    assert got[-1][0] == "Donald Trump"


def test_a_photo_credit_is_no_one_a_pronoun_can_refer_to() -> None:
    got = quotes_of(
        "Reuters photographer Jonathan Ernst was there. Donald Trump spoke in Montana. "
        "“We will win,” Trump said.\n\n"
        "Jonathan Ernst/Reuters\n\n"
        "Then he turned to the press: “They are dishonest people, very dishonest.”")
    assert got[-1][0] == "Donald Trump"


def test_a_bracketed_aside_after_a_name_does_not_hide_the_speaker() -> None:
    text = ("“The president says we have to have another tax increase,” House Speaker John "
            "Boehner (R-Ohio) said at a news conference Monday.\n"
            "Rep. Steny Hoyer (D-Md.) said: “It is time to abandon this reckless policy.”")
    assert speaker_of(text, "The president says") == "John Boehner"
    assert speaker_of(text, "It is time") == "Steny Hoyer"


def test_a_fact_check_s_capitalised_label_names_the_speaker() -> None:
    text = ("WASHINGTON (AP) — President Donald Trump made a messy case on Thursday.\n\n"
            'TRUMP: "To be honest I inherited a mess. It\'s a mess."\n\n'
            'THE FACTS: A mess is in the eye of the beholder.\n\n'
            'TRUMP, bragging about his Electoral College vote total: "We got 306 because '
            'people came out and voted."')
    assert speaker_of(text, "To be honest") == "Donald Trump"
    assert speaker_of(text, "We got 306") == "Donald Trump"
    # the same label on a line of its own announces the paragraph below
    text = ('President Donald Trump spoke on Thursday. Mike Pence was there.\n\nTRUMP:\n\n'
            '"ISIS has spread like cancer, another mess I inherited."')
    assert speaker_of(text, "ISIS has spread") == "Donald Trump"


def test_a_caption_posted_under_a_photo_is_its_poster_s() -> None:
    text = ("Comedian Pete Davidson got serious on Monday. His friend, Nick Kroll, is proud.\n"
            "“I quit drugs and am happy and sober for the first time in 8 years,” Davidson "
            "captioned a photo on Instagram.")
    assert speaker_of(text, "I quit drugs") == "Pete Davidson"


def test_a_compound_surname_is_the_person_named_in_full_most_often() -> None:
    text = ("Clarissa Dickson Wright, the cook, has died. Her father, Arthur Dickson Wright, "
            "was a surgeon. Clarissa Dickson Wright wrote books.\n"
            "On lard: “Just in case you think it’s unhealthy,” Ms. Dickson Wright said. "
            "“Don’t be put off,” Ms. Dickson Wright said. Ms. Dickson Wright laughed.")
    assert speaker_of(text, "Just in case") == "Clarissa Dickson Wright"


def test_a_transcript_s_name_before_the_words_is_their_speaker() -> None:
    text = ("It has been a long time since the veterans came home.\n\n"
            "Art Iwasaki “In my company, half of them were from the Hawaiian Islands. They "
            "were professional people.”\n\n"
            "Kenji Yaguchi was class valedictorian.\n\n"
            "Kenji Yaguchi “I was one of the first to volunteer. No better, no worse.”")
    assert speaker_of(text, "In my company") == "Art Iwasaki"
    assert speaker_of(text, "I was one") == "Kenji Yaguchi"


def test_as_someone_described_put_it_and_a_name_given_only_as_are_speakers() -> None:
    text = ('It applied for the shape of a Kit Kat - or "four trapezoidal bars aligned on a '
            'rectangular base" as a top EU legal adviser put it.\n'
            '"I\'ve lived through hurricanes all my life," said a man who identified himself '
            "simply as George.")
    assert speaker_of(text, "four trapezoidal") == "a top EU legal adviser"
    assert speaker_of(text, "I've lived") == "George"


def test_a_description_attributing_at_the_end_of_the_sentence_speaks() -> None:
    text = ("Tesla's board will consider the plan. The board had \"met several times over the "
            "last week\" to discuss going private, the statement said.")
    assert speaker_of(text, "met several") == "the statement"


def test_a_company_described_by_its_town_is_not_the_town() -> None:
    text = ("Netflix said a vendor had suffered a breach. The Los Gatos, California, company "
            "described it as an \"active situation\" that is under investigation.")
    assert speaker_of(text, "active situation") == "the Los Gatos, California, company"


def test_a_participle_after_the_quotation_shares_the_clause_s_subject() -> None:
    text = ("Andrew Wyatt spoke to reporters. Wyatt also called Cosby’s trial that resulted in "
            "a conviction “the most racist and sexist trial in history,” saying that Cosby "
            "was a great man.")
    assert speaker_of(text, "the most racist") == "Andrew Wyatt"


def test_a_surname_is_first_the_person_its_own_article_names() -> None:
    other = ("Alexander Acosta, the labor secretary nominee, spoke. Alexander Acosta said "
             "little. Alexander Acosta left.")
    mine = ("CNN's Jim Acosta asked a question. \"Just for the record, we don't do fake news,\" "
            "Acosta said.")
    got = quotes_of(other, mine)
    assert ("Jim Acosta", "Just for the record, we don't do fake news") in got


def test_a_name_apposed_by_an_office_or_a_possessive_description_speaks() -> None:
    assert speaker_of("Dick DeGuerin, Durst’s longtime attorney, said the deal “cleared the "
                      "decks, at a cost.” Robert Durst said nothing.", "cleared") == \
        "Dick DeGuerin"
    assert speaker_of("Ammar Qurabi, head of the National Organisation for Human Rights, said "
                      "that troops had brought \"killings and arrests in the city\".",
                      "killings") == "Ammar Qurabi"


def test_a_trade_after_an_organisation_s_name_introduces_the_speaker() -> None:
    text = ("“Who knows what the functions of this tail were?” says National Geographic "
            "explorer Ryan Carney, a biologist who studies Archaeopteryx.")
    assert speaker_of(text, "Who knows") == "Ryan Carney"
    text = ('"People find it easier to open up," said Jane B. Lathem of Alpharetta, Ga., '
            "whose son died.")
    assert speaker_of(text, "People find") == "Jane B. Lathem"  # not the town after 'of'


def test_a_quotation_opened_straight_and_closed_curly_is_closed() -> None:
    text = ("Chris Lloyd described the route.\n"
            "\"Anyone climbing the North Ridge should go with someone,” he said.\n"
            "Today, Andy Simpson, a spokesman for Mountain Rescue, urged walkers to use a map.\n"
            "He said: “Mountain Rescue would always advocate using a map and compass.”")
    assert speaker_of(text, "Mountain Rescue would") == "Andy Simpson"


def test_a_name_after_the_is_a_description_not_the_next_he() -> None:
    text = ("Donald Trump told Chuck Todd: “I have to say, you’re gonna have problems.\n"
            "“Because you have sick people.”\n"
            "The New York real-estate billionaire said he did not see the need.\n"
            "He amplified the argument, saying: “The gun laws have nothing to do with this.”")
    assert speaker_of(text, "The gun laws") == "Donald Trump"


def test_denouncing_describing_and_citing_quote_words() -> None:
    assert speaker_of("China denounced the talks as demonstrating \"Cold War mentality.\"",
                      "Cold War") == "China"
    assert speaker_of("Dick DeGuerin, his attorney, spoke. DeGuerin, describing Berman as "
                      "Durst’s “best friend,” again insisted that Durst didn't kill her.",
                      "best") == "Dick DeGuerin"


def test_the_name_right_before_the_speech_verb_is_its_subject() -> None:
    text = ("North and South Korea have been talking, offering a respite from a standoff, "
            "although Japan urged caution over the North’s “charm offensive”.")
    assert speaker_of(text, "charm") == "Japan"


def test_an_office_before_a_surname_makes_a_person_a_later_he_can_be() -> None:
    text = ("Valerie Kelly, 28, a schoolteacher, said the course was closed.\n"
            "President Obama praised first responders. \"If you want to know who we are, "
            "that's it,\" he said.")
    assert speaker_of(text, "If you want") == "Obama"


def test_a_speaker_named_by_a_relation_after_the_verb() -> None:
    text = ("“Dallas is really bummed out,” says his skateboard buddy McDonald, who we reached "
            "by phone.")
    assert speaker_of(text, "Dallas is") == "McDonald"


def test_she_after_a_man_s_quotation_is_the_woman_named_by_her_relation() -> None:
    text = ("“Sorry, dude,” Dallas Swonger says. As Swonger stood outside talking to a "
            "reporter, his mother suddenly opened the front door. “Dallas, don’t do anything "
            "stupid,” she says.")
    assert speaker_of(text, "Dallas, don’t") == "his mother"


def test_a_surname_that_is_also_a_title_names_the_person() -> None:
    text = ("CNN contributor Jeffrey Lord had a different take. Speaking with hosts Jake "
            "Tapper and Wolf Blitzer, Lord said, “I think we saw two different press "
            "conferences.”")
    assert speaker_of(text, "I think we saw") == "Jeffrey Lord"


def test_a_word_ending_in_ly_that_speaks_is_no_adverb() -> None:
    text = ("The couple were found dead on Friday. In a statement released Saturday, the "
            "family said “our parents shared an enthusiasm for life.”")
    assert speaker_of(text, "our parents") == "the family"


def test_telling_and_bragging_quote_words() -> None:
    text = ("Former premier Bob Rae remembered Barry Sherman fondly, telling CBC that he "
            "“didn't hesitate to let you know when he was happy.”\n"
            "“It's going to be a big loss.”\n"
            "Trump bragged that his White House is “a fine-tuned machine” and more.")
    assert speaker_of(text, "didn't hesitate") == "Bob Rae"
    assert speaker_of(text, "It's going") == "Bob Rae"
    assert speaker_of(text, "a fine-tuned") == "Trump"


def test_a_pronoun_is_not_the_person_the_quotation_speaks_of() -> None:
    text = ("Barry Sherman founded Apotex in 1974. He counted many people among his friends, "
            "including Toronto Mayor John Tory who commented on his contributions.\n"
            "“Barry Sherman was a reserved man, but a man who created hundreds of jobs,” he "
            "said.")
    assert speaker_of(text, "Barry Sherman was") == "John Tory"
    # a relative of the same surname, named with another given name, is spoken of instead
    family = ("Honey Sherman stood by the door with his friend Paul Godfrey. “Barry Sherman "
              "built it all from nothing,” she said.")
    assert speaker_of(family, "Barry Sherman built") == "Honey Sherman"


def test_a_trade_in_ist_or_ian_and_an_employer_after_the_speaker() -> None:
    text = ("The discovery “suggests a more colorful Jurassic World than we imagined,” said "
            "evolutionary biologist Chad Eliason of the Field Museum in Chicago, one of the "
            "researchers.")
    assert speaker_of(text, "suggests a more") == "Chad Eliason"


def test_answering_back_and_revealing_quote_words() -> None:
    text = ("Rick Santorum said little at first. When host Candy Crowley said she was "
            "surprised, he shot back: \"Well, those straw polls are rigged, you know.\"\n"
            "Jamie Spears filed a petition. He reveals, “I continue to have significant "
            "oversight duties.”")
    assert speaker_of(text, "Well, those") == "Rick Santorum"
    assert speaker_of(text, "I continue") == "Jamie Spears"


def test_what_a_person_s_claim_holds_they_said() -> None:
    text = ("There appears to be some truth to Kanye West’s claim that he has met “all the "
            "tech guys”. But for Trump, it amplified his chief strategist Stephen Bannon's "
            "decree that the media are \"the opposition party.\"\n"
            "Labour MP Ann Clwyd spoke on Monday. She repeated her claim that the police "
            "\"did nothing at all\".")
    assert speaker_of(text, "all the tech") == "Kanye West"
    assert speaker_of(text, "the opposition") == "Stephen Bannon"
    assert speaker_of(text, "did nothing") == "Ann Clwyd"
    # a verb after the claim speaks for itself: the co-star called him so
    called = ("Milano was not alone in calling Damon out for his comments — his co-star "
              "Minnie Driver called him \"tone deaf\" on Twitter.")
    assert speaker_of(called, "tone deaf") == "Minnie Driver"


def test_a_quotation_after_what_someone_believes_is_theirs() -> None:
    text = ("Dr Jim Leary directs the dig. Leary believes the purpose must have been status, "
            "showing off wealth and power. “Avebury had the huge ditches, Marden had this "
            "enormous enclosure.”")
    assert speaker_of(text, "Avebury had") == "Jim Leary"


def test_quoted_as_saying_after_the_quotation() -> None:
    text = ("Foreign Ministry spokesman Ramin Mehmanparast spoke on Monday. \"Iran will pursue "
            "all channels regarding the matter,\" he was quoted by Fars news agency as saying.\n"
            "\"Due to the absence of the third person, the court has delayed the trial,\" "
            "Qolamhossein Mohseni-Ejei was quoted as saying by the Fars news agency.\n"
            # a clause after the quotation's own is another attribution, not this one's
            "On Friday Turkey warned Syria that its \"patience was running out,\" and Prime "
            "Minister Mesut Yilmaz was quoted by a daily as saying, \"the soldier is waiting.\"")
    assert speaker_of(text, "Iran will") == "Ramin Mehmanparast"
    assert speaker_of(text, "Due to") == "Qolamhossein Mohseni-Ejei"
    assert speaker_of(text, "patience was") == "Turkey"


def test_a_speaker_of_an_organisation_after_commas() -> None:
    text = ("Duncan Wilson, of Historic England, said: \"Bigger than Avebury, little is known "
            "about this ancient landscape.\"")
    assert speaker_of(text, "Bigger than") == "Duncan Wilson"


def test_it_is_the_newspaper_that_spoke_last_never_a_person() -> None:
    text = ("North Korea's Rodong Sinmun newspaper said relations were \"going towards "
            "detente\".\nBut it criticised Japan's leader, Shinzo Abe.\n"
            "It said: \"The detente on the Korean peninsula is unfavourable for the Abe "
            "group.\"")
    assert speaker_of(text, "The detente") == "Rodong Sinmun"


def test_the_subject_of_a_participle_in_an_absolute_clause_speaks() -> None:
    text = ("The most popular petition has 11,000 signatures, with one person writing: \"This "
            "is not the same as gluing a broken plate together\".")
    assert speaker_of(text, "This is not") == "one person"


def test_what_the_speaker_is_in_lower_case_before_the_name() -> None:
    text = ("\"There were no weapons seen,\" said Joe West, a police inspector.\n"
            "“I'm shocked and upset,” said former student Matt Preprost in an emailed "
            "statement.\n"
            "\"It's going up everywhere,\" says study co-author Christopher Murray, director of "
            "the institute.\n"
            "\"We will appeal,\" said the lawyer for the family on Tuesday.")
    assert speaker_of(text, "I'm shocked") == "Matt Preprost"
    assert speaker_of(text, "It's going") == "Christopher Murray"
    assert speaker_of(text, "We will") == "the lawyer for the family"


def test_a_paragraph_ending_in_a_colon_announces_the_quotation_below_it() -> None:
    text = ("Science fiction author Olaf Stapledon described spherical, energy-trapping alien "
            "structures in his 1937 novel \"Star Maker\":\n"
            "\"Not only was every solar system now surrounded by a gauze of light traps.\"")
    assert speaker_of(text, "Not only") == "Olaf Stapledon"


def test_a_relative_clause_before_the_colon_speaks_for_its_antecedent() -> None:
    text = ("Melquan was a member of the Trinity Elite Titans football team, which issued a "
            "statement on Facebook: \"Good morning everyone, this is a sad moment for our "
            "family.\"\n"
            # a clause with a subject of its own is not the one before it
            "When I met Mike Brown, there was a gleam in his eye when I greeted him by "
            "saying: \"You're the guy who killed Pluto.\"")
    assert speaker_of(text, "Good morning") == "Trinity Elite Titans"
    assert speaker_of(text, "You're the guy") != "Mike Brown"


def test_the_statement_is_its_issuer_s_when_the_last_speaker_spoke_in_one() -> None:
    text = ("\"The loss of human life poses a danger,\" the parks service said in a statement.\n"
            "Trackers are concerned about \"a possible ambush\" by the lion, the statement "
            "said.\n"
            # a statement no speaker was said to speak in stays the statement
            "A statement was issued by the board. The board had \"met several times\" to "
            "discuss it, the statement said.")
    assert speaker_of(text, "a possible") == "the parks service"
    assert speaker_of(text, "met several") == "the statement"


def test_uttering_words_is_speaking_them() -> None:
    text = ("Susie Salmon is lured into a lair. It's more moving when she utters simply: \"I was "
            "here for a moment, and then I was gone.\"")
    assert speaker_of(text, "I was here") == "Susie Salmon"


def test_a_newspaper_s_headline_is_its_words_and_it_is_the_newspaper() -> None:
    text = ("In 2015, the Brexit-supporting Daily Express newspaper headlined a story on an "
            "earlier ruling: “End of the KitKat?”. It said an EU “diktat” might “spell the end "
            "of” the wafer bars.")
    assert speaker_of(text, "End of the") == "Daily Express"
    assert speaker_of(text, "spell the end") == "Daily Express"


def test_another_speaks_and_a_firm_s_name_may_hold_commas() -> None:
    text = ("\"Ariel is trying too hard,\" one user wrote. \"That girl oozes insecurity,\" "
            "another tweeted.\n"
            "“Overall, the approach is sound,” bloodstain pattern expert Jonathyn Priest of "
            "Bevel, Gardner and Associates Inc. told BuzzFeed News.")
    assert speaker_of(text, "That girl") == "another"
    assert speaker_of(text, "Overall") == "Jonathyn Priest"


def test_what_the_speaker_is_may_open_on_an_age_or_a_possessive() -> None:
    text = ("\"It's not safe there at all,\" said 16-year-old Jennie Steinberg, whose mother "
            "let her transfer.\n"
            "Serena Williams is back. “She was out there hitting balls,” Williams’ agent, "
            "Jill Smoller, said by telephone.\n"
            "Lizandra Cosme was charged. Cosme's defense attorney said in court his client "
            "\"screwed up\" but did not act out of malice.\n"
            # after a comma, a possessive's description is the name's apposition
            "Dick DeGuerin, Durst’s longtime attorney, said the deal “cleared the decks, at "
            "a cost.”")
    assert speaker_of(text, "It's not safe") == "Jennie Steinberg"
    assert speaker_of(text, "She was out") == "Jill Smoller"
    assert speaker_of(text, "screwed up") == "Cosme's defense attorney"
    assert speaker_of(text, "cleared the decks") == "Dick DeGuerin"


def test_a_speaker_named_after_the_verb_announces_the_quotation_after_a_colon() -> None:
    text = ("This latter situation is akin to water flowing uphill, said mission scientist "
            "Nicola Fox, of the Johns Hopkins University in Laurel, Maryland: \"It shouldn't "
            "happen.\"\n"
            # a description after the verb is no speaker's name
            "Kang Kyung-wha said the talks were a step but acknowledged the serious "
            "challenges ahead: \"Despite these overtures, North Korea has yet to act.\"")
    assert speaker_of(text, "It shouldn't") == "Nicola Fox"
    assert speaker_of(text, "Despite these") == "Kang Kyung-wha"


def test_a_group_named_with_where_it_works_and_a_relative_clause_speaks() -> None:
    text = ("Nicola Fox spoke first. \"A huge solar event could cause $2 trillion in "
            "damage,\" researchers at APL, which manages the mission for NASA, wrote in an "
            "online description.\n"
            "\"We will send the probe to touch the sun,\" they added.")
    assert speaker_of(text, "A huge solar") == "researchers"
    assert speaker_of(text, "We will send") == "researchers"


def test_a_given_name_that_is_also_a_law_s_word_names_a_person() -> None:
    text = ("NASA’s senior photographer Bill Ingalls recommends a daylight white balance. He "
            "says that the moon is a moving object. “It’s a balancing act between exposure "
            "and speed.”")
    assert speaker_of(text, "It’s a balancing") == "Bill Ingalls"


def test_wire_prose_attributions_of_duc2003_s_held_out_set() -> None:
    # a description before a name that was quoted as saying; not the next quotation's
    text = ("\"It is better to be on the safe side,\" Deputy Mission Control chief Viktor "
            "Blagov was quoted as saying by the ITAR-Tass news agency.\n"
            "Turkey warned Syria that its \"patience was running out,\" and Prime Minister "
            "Mesut Yilmaz was quoted by the daily Hurriyet as saying, \"the soldier is "
            "awaiting an order.\"")
    assert speaker_of(text, "It is better") == "Viktor Blagov"
    assert speaker_of(text, "patience was") != "Mesut Yilmaz"
    assert speaker_of(text, "the soldier") == "Mesut Yilmaz"
    # an outlet reports; the wire's '_' is a dash between clauses
    assert speaker_of("State-controlled Tehran radio reported \"unprecedented and unique\" "
                      "voting levels.", "unprecedented") == "state-controlled Tehran radio"
    assert speaker_of("Its culture fostered creativity _ one Netscape manager quoted in the "
                      "book described its style as \"slightly out of control\" _ but also "
                      "led to buggy software.", "slightly out") == \
        "one Netscape manager quoted in the book"


def test_a_quotation_a_colon_opens_and_that_ends_its_sentence_is_speech() -> None:
    text = ("The star-fall came into view to a chorus of cheers, and 33-year-old Thamarong "
            "Kudpong made his wish: \"I already have a daughter. Now, I would like a son.\"\n"
            "A document came over the wires, titled: \"Urgent and special message.\"")
    assert speaker_of(text, "I already have") == "Thamarong Kudpong"
    assert not any(t.startswith("Urgent") for _, t in quotes_of(text))


def test_a_person_given_only_a_first_name_is_the_she_that_follows() -> None:
    text = ("\"It makes no difference,\" said Siavash Mohseni, 24, a student.\n"
            "A young woman who gave only her first name, Arezou, said she was also "
            "alienated from the polls.\n"
            "\"The behavior of the Council of Guardians was very insulting,\" she said.")
    assert speaker_of(text, "The behavior") == "Arezou"


def test_a_possessor_is_not_whom_the_story_turned_to() -> None:
    text = ("Deputies say Melquan Robinson, 12, climbed over the fence.\n"
            "\"He had the grit,\" said Melquan’s former football coach, Don Clark.\n"
            "\"This just happened yesterday,\" Clark said.\n"
            "Melquan's former coach is saying what his parents can't.\n"
            "“This young man was where he needed to be.”")
    assert speaker_of(text, "This young man") == "Don Clark"


def test_feature_writing_attributions_of_test26() -> None:
    text = ("\"You're not counting those,\" Wilbur Ross said. When asked for documentation, "
            "the 79-year-old demurred, citing \"privacy issues.\"\n"
            "\"He was very, very sharp,\" says someone who worked with him back then.\n"
            "\"People knew of him,\" says another former colleague, \"but not on his own.\"\n"
            "Says Wax: \"He viewed it as an opportunity to have a pulpit.\"\n"
            "\"Everyone knew it wasn't true,\" says a former colleague of Ross.\n"
            "Another former colleague, who requested anonymity, was less circumspect: "
            "\"He's lied to a lot of people.\"\n"
            "The Department of Commerce issued a statement saying the gift never happened. "
            "\"Contrary to the report in Forbes, there was no major asset transfer.\"")
    assert speaker_of(text, "privacy issues") == "Wilbur Ross"  # not the passive 'asked'
    assert speaker_of(text, "He was very") == "someone"
    assert speaker_of(text, "People knew") == "another former colleague"
    assert speaker_of(text, "but not on") == "another former colleague"
    assert speaker_of(text, "He viewed") == "Wax"
    assert speaker_of(text, "Everyone knew") == "a former colleague of Ross"
    assert speaker_of(text, "He's lied") == "another former colleague"
    assert speaker_of(text, "Contrary to") == "the Department of Commerce"


def test_an_interview_transcript_gives_each_turn_its_voice() -> None:
    text = ("Read part of Damon's conversation with Travers below.\n"
            "Peter Travers: We live now in a different age. How do you react to that?\n"
            "Matt Damon: I think we're in this watershed moment.\n"
            "And we're going to have to correct enough to kind of go, \"Wait, none of us "
            "came here perfect.\" When he came out and said, \"I did these things,\" I "
            "believed him.\n"
            "PT: Do you try to talk to them and say, \"What's going on? Can I help?\"\n"
            "MD: It depends. Ten years ago, you say, \"Matt Damon grabbed my butt,\" and "
            "I'd go, \"I don't care if it costs $10 million to fight this.\"\n"
            "Minnie Driver called him out.")
    assert speaker_of(text, "Wait, none") == "Matt Damon"  # a turn runs on unlabelled;
    # and what its voice quotes with no verb ('kind of go, "…"') is speech
    assert speaker_of(text, "What's going on") == "Peter Travers"  # initials: a turn's name
    assert speaker_of(text, "Matt Damon grabbed") == "Matt Damon"  # 'you say', 'I'd go':
    assert speaker_of(text, "I don't care") == "Matt Damon"  # the voice's own words


def test_an_i_or_a_you_outside_an_interview_is_no_one_known() -> None:
    text = ("Donald Trump spoke to reporters on Monday.\n"
            "Sometimes I'll say, \"Wow, that's going to be a great story.\"")
    assert speaker_of(text, "Wow") == ""


def test_a_speaker_named_only_after_the_verb_by_a_description() -> None:
    text = ("\"This is a bit strange for me,\" said one posting, by a woman named Mette, "
            "who said her father died in the crash.")
    assert speaker_of(text, "This is a bit") == "Mette"


def test_the_tweet_said_is_the_last_speakers_when_they_tweeted() -> None:
    text = ("\"False, I am who I am,\" Donald Trump tweeted.\n"
            "\"She is not a talented person or politician,\" the tweet said.")
    assert speaker_of(text, "She is not") == "Donald Trump"


def test_a_constitution_is_no_person_and_its_adjective_no_name() -> None:
    text = ("Under the Chilean Constitution, adopted while he was in power, Pinochet is "
            "immune.\n"
            "The Chilean government said it is \"filing a formal protest with the British "
            "government.\"")
    assert speaker_of(text, "filing a formal") == "the Chilean government"


def test_cautioned_reports_speech() -> None:
    text = ("During a ceremony Tuesday, Barack Obama cautioned against \"the urge to turn "
            "inward\" in a speech.")
    assert speaker_of(text, "the urge") == "Barack Obama"


def test_an_oral_history_gives_turns_by_labels_in_capitals() -> None:
    text = ("JAMES DIXON (manager for Jon Stewart, 1987-):\n"
            "I just said to him, \"You can put this through your prism.\"\n"
            "Stewart made his debut in January. His first joke was that Kilborn was \"on "
            "assignment in Kuala Lumpur.\"\n"
            "JON STEWART: The key then was \"What do we do with that?\"\n"
            "MO ROCCA (correspondent, 1998-2003):\n"
            "We were nervous, and so I just went for it: \"Senator, who became the hottest "
            "pop star?\"\n"
            "JAMES DIXON: I had to talk Jon down.\n"
            "MO ROCCA: I remember the CNN people looking at us like, \"O.K., that was "
            "funny.\"")
    assert speaker_of(text, "You can put") == "James Dixon"  # 'I just said'
    assert speaker_of(text, "What do we do") == "Jon Stewart"
    assert speaker_of(text, "Senator, who") == "Mo Rocca"  # introduced once
    assert speaker_of(text, "O.K., that") == "Mo Rocca"
    # the narrative between the turns is no one's turn
    assert not any(t.startswith("on assignment") for _, t in quotes_of(text))


def test_a_verb_coordinated_with_a_clause_shares_its_subject() -> None:
    text = ("Madeleine Smithberg, who had hired Stephen Colbert, saw that and asked who I "
            "was, and then Stephen called me and said, \"Would you be interested in doing a "
            "field piece?\"")
    assert speaker_of(text, "Would you") == "Stephen Colbert"


def test_a_pull_quote_in_capitals_is_no_title() -> None:
    text = ("\"I REALLY DIDN'T THINK The Daily Show WAS GOING TO GO ANYPLACE,\" says "
            "Stephen Colbert.")
    assert speaker_of(text, "I REALLY") == "Stephen Colbert"


def test_a_pages_labels_are_no_turns() -> None:
    text = ("Photo Gallery: pictures of the day.\n"
            "Read More: what happened next.\n"
            "Related Coverage: the full story.\n"
            "We asked readers, \"Tell us more about it,\" in the comments.")
    assert not {s for s, _ in quotes_of(text)} & {"Photo Gallery", "Read More",
                                                  "Related Coverage"}


def test_words_an_embedded_post_quotes_are_its_signer_s() -> None:
    text = ("After leaving the campaign, Corey Lewandowski got a job doing commentary on "
            "CNN.\n\n"
            '"ok so now even the WSJ is being a bitch at least we still have corey at CNN"'
            "@hunterwalk https://t.co/4B2RgCSdew — darth™ (@darth) August 15, 2016\n\n"
            "His friend Jay Smith said the rapper owed money.\n\n"
            '"my dreams brought me into debt and I’m close to seeing the light"\n\n'
            "— KANYE WEST (@kanyewest) February 16, 2016")
    assert speaker_of(text, "ok so now") == "darth"  # (not the man named last)
    assert speaker_of(text, "my dreams") == "Kanye West"  # (its signature on a line below)


def test_a_post_s_own_attribution_still_names_its_speaker() -> None:
    text = ("Bill Cosby's publicist, Andrew Wyatt, claims both men are victims of "
            '"a sex war that is going on in Washington today." pic.twitter.com/jRHOjzUZD7 '
            "— Aaron Rupar (@atrupar) September 25, 2018")
    assert speaker_of(text, "a sex war") == "Andrew Wyatt"


def test_a_relative_clause_s_subject_is_its_antecedent() -> None:
    text = ("While conducting patrols around First and Second streets, police interviewed "
            "multiple women, many of whom admitted to being prostitutes, but declined to "
            'identify who "tricked them out."')
    assert speaker_of(text, "tricked") == "multiple women"  # (had been the whole clause)


def test_the_page_s_own_line_quotes_no_one() -> None:
    text = ("Mbeki took a hard line against the report, the ANC said.\n\n"
            '"No member, 5th graf, 1st Ld-Writethru\n\n'
            '"We will read it," said Thabo Mbeki.')
    assert quotes_of(text) == [("Thabo Mbeki", "We will read it")]


def test_an_interviewer_named_by_its_initials_has_turns() -> None:
    text = ("Washington Post: How did you get into the planet-killing business?\n"
            "Mike Brown: I fell in love with this field.\n"
            "WP: Tell us more about that \"grand importance,\" as you said.\n"
            "MB: The objects in the outer solar system have not been messed with.")
    assert speaker_of(text, "grand importance") == "Washington Post"


def test_wire_attributions_of_test28() -> None:
    text = ("Luiz Claudio Silveira, a 34-year-old horse trainer, said he planned to vote for "
            "Fernando Henrique Cardoso, largely because he ended inflation. \"If you go to "
            "the supermarket, you can buy whatever you need now,\" he said.\n"
            "To which Rep. John Conyers Jr. of Michigan, the committee's senior Democrat, "
            "retorted: \"This is not about Watergate.\"\n"
            "Ilter Turan speculated there is a \"state of disarray and changing ideology\" "
            "within Virtue.")
    # 'said he planned to vote for Cardoso,' is no apposition that makes Cardoso the 'he'
    assert speaker_of(text, "If you go") == "Luiz Claudio Silveira"
    assert speaker_of(text, "This is not") == "John Conyers"
    assert speaker_of(text, "state of disarray") == "Ilter Turan"


def test_the_person_spoken_of_after_said_is_not_its_subject() -> None:
    # 'He said Jane, 53, … went ahead': Jane is what he spoke of, so the 'he' of the next
    # quotation is still Mr Wilson (not Jane, and not the coroner named in passing)
    found = quotes_of(
        "Climbers Jane and Gary Wilson headed down.\n\n"
        "In a statement, Mr Wilson described the inquest by John Gittins, the coroner.\n\n"
        "He said Jane, 53, a librarian who was also known as Jane Marshall, went a short "
        "distance ahead of him.\n\n"
        "\u201cI asked if it was safe and we said we would only go if we both agreed,\u201d "
        "he said."
    )
    assert found == [("Gary Wilson", "I asked if it was safe and we said we would only go "
                                     "if we both agreed")]


def test_a_pledge_speaks() -> None:
    found = quotes_of(
        "Greg Gianforte pleaded guilty on Monday.\n\n"
        "Gianforte has apologized to the journalist, Ben Jacobs, and also pledged to "
        "donate $50,000 to a charity, \"in the hope that perhaps some good can come of "
        "these events.\""
    )
    assert found == [("Greg Gianforte",
                      "in the hope that perhaps some good can come of these events.")]


def test_a_named_person_described_again_by_office_is_that_person() -> None:
    found = quotes_of(
        "Ron Paul counts himself among the baffled by Mitt Romney's description of "
        "himself.\n\n"
        "\"I think I share your interest in that,\" the Texas congressman and GOP "
        "presidential contender said Sunday."
    )
    assert found == [("Ron Paul", "I think I share your interest in that")]


def test_a_new_voice_described_by_its_job_stays_a_description() -> None:
    # a spokesman speaking after a named person is someone else
    found = quotes_of(
        "Ron Paul campaigned in Maine.\n\n"
        "\"We expect to do well,\" the campaign spokesman said."
    )
    assert found == [("the campaign spokesman", "We expect to do well")]


def test_a_quotation_resumed_after_a_subject_first_attribution_keeps_its_speaker() -> None:
    found = quotes_of(
        "President Clinton met Democrats on Monday.\n\n"
        "\"These are the priorities of the American people,\" the president said of his "
        "proposals, \"and they must be the priorities of Congress.\""
    )
    assert [speaker for speaker, _ in found] == ["Clinton", "Clinton"]


def test_a_participle_after_a_quoted_title_shares_the_sentence_s_subject() -> None:
    found = quotes_of(
        "Donald Trump's running mate, Mike Pence, spoke on Sunday.\n\n"
        "Pence declined to preview the plan in an interview on \"Fox News Sunday,\" saying "
        "only that Trump will offer a \"change of direction\" in policy."
    )
    assert ("Mike Pence", "change of direction") in found


def test_a_name_after_its_office_opening_a_clause_is_the_next_he() -> None:
    found = quotes_of(
        "\"If PAL will close down, so many businesses will be affected,\" Joseph Estrada "
        "said.\n\n"
        "Meanwhile, PAL executive vice president Manolo Aquino said the carrier has plans.\n\n"
        "\"It isn't a cause for concern,\" he told Dow Jones Newswires."
    )
    assert found[-1] == ("Manolo Aquino", "It isn't a cause for concern")


def test_an_official_of_an_agency_is_no_person_named_in_it() -> None:
    found = quotes_of(
        "The government denies those accounts, but an official of the U.S. Agency for "
        "International Development said it was clear that overall, \"when the thing hit, "
        "they were totally unprepared to respond.\""
    )
    assert found[0][0] == "an official of the U.S. Agency for International Development"


def test_a_relative_clause_that_issues_a_statement_speaks_for_the_nearest_noun() -> None:
    found = quotes_of(
        "Melquan was a member of the Trinity Elite Titans football team, which issued a "
        "statement on Facebook: \"Good morning everyone, this is a sad moment for our "
        "family.\""
    )
    assert found[0][0] == "Trinity Elite Titans"  # (not "a member of …")


def test_a_wire_s_party_and_state_tag_is_no_speaker() -> None:
    found = quotes_of(
        "Rep. Robert Livingston, R-La., said his provision \"could be dropped.\""
    )
    assert found == [("Robert Livingston", "could be dropped.")]


def test_a_long_apposition_between_the_name_and_said_is_read_past() -> None:
    found = quotes_of(
        "Diane Orentlicher, a law professor and director of the War Crimes Research Office "
        "at American University in Washington, said the actions put \"teeth into the legal "
        "principle\" that abusers are criminals."
    )
    assert found == [("Diane Orentlicher", "teeth into the legal principle")]


def test_a_spokesman_of_a_named_body_is_a_spokesman() -> None:
    found = quotes_of(
        "\"We will certainly continue our strategy,\" a White House spokesman said."
    )
    assert found == [("a White House spokesman", "We will certainly continue our strategy")]


def test_an_indefinite_official_is_someone_new() -> None:
    # the story calls Alun Michael an official; 'an official' is not him
    found = quotes_of(
        "Home Office official Alun Michael spoke on Friday.\n\n"
        "An official who spoke on condition of anonymity said Pinochet had been arrested "
        "\"at the direct, specific request of the Spanish authorities.\""
    )
    assert found == [("an official", "at the direct, specific request of the Spanish "
                                      "authorities.")]


def test_another_in_an_apposition_describes_the_name_before_it() -> None:
    found = quotes_of(
        "Dr. Barnett Slepian was shot on Friday.\n\n"
        "Shalom Press, another Amherst abortion provider who had known Slepian for years, "
        "said, \"He believed women had the right to have an abortion.\""
    )
    assert found == [("Shalom Press", "He believed women had the right to have an "
                                      "abortion.")]


def test_a_speech_verb_inside_a_quotation_attributes_nothing() -> None:
    # ('say' inside the first quotation is no attribution of the second)
    found = quotes_of(
        "He has described her as \"shrill,\" claims she \"has nothing positive to say about "
        "her own record\" and that her career has been \"obscured by numerous scandals.\""
    )
    assert all(not speaker or "positive" not in speaker for speaker, _ in found)
    assert found[-1][1] == "obscured by numerous scandals."


def test_a_she_is_never_a_surname_known_to_be_a_man_s() -> None:
    # 'Slepian' is the doctor here, so the 'she' is Nancy Roseboro, not his widow Lynne
    found = quotes_of(
        "Dr. Barnett Slepian was shot on Friday. His widow, Lynne Slepian, was at home.\n\n"
        "Nancy Roseboro, 31, remembers going to the clinic. As far as she is concerned, "
        "Slepian gave her a second chance.\n\n"
        "\"I was a child,\" she said."
    )
    assert found == [("Nancy Roseboro", "I was a child")]


def test_a_given_name_and_an_unlisted_surname_as_a_subject_is_a_person() -> None:
    found = quotes_of(
        "\"I was a child,\" said Nancy Roseboro.\n\n"
        "Betty Hodlen sees the issue in terms of class and race.\n\n"
        "\"He was a kind man,\" she said."
    )
    assert found[-1] == ("Betty Hodlen", "He was a kind man")


def test_a_surname_with_two_letters_swapped_is_the_person_meant() -> None:
    found = quotes_of(
        "Sharon Ashley, 43, recalled a friend's visit.\n\n"
        "\"They told her that they would help her,\" Ms. Ashely said."
    )
    assert found == [("Sharon Ashley", "They told her that they would help her")]


def test_said_then_a_description_then_the_name() -> None:
    found = quotes_of(
        "\"Right now, she is worried about the kids,\" said the friend, Ellen Fink.\n\n"
        "\"My husband is innocent,\" said his wife, Mary Smith."
    )
    assert found == [("Ellen Fink", "Right now, she is worried about the kids"),
                     ("Mary Smith", "My husband is innocent")]


def test_a_group_that_screamed_speaks_and_is_no_she() -> None:
    found = quotes_of(
        "The anger could be seen in people like Karen Jones, 25, who was swarmed by "
        "anti-abortion protesters who screamed, \"Save the baby!\"\n\n"
        "\"It's none of their business,\" she said."
    )
    assert found == [("protesters", "Save the baby!"),
                     ("Karen Jones", "It's none of their business")]


def test_a_stray_mark_closing_an_inner_quotation_does_not_hide_the_speaker() -> None:
    found = quotes_of(
        "\"They kept yelling, `Who among you is in the army? If you tell us, we will "
        "release everyone else,\"' the man recalled of the events of last Saturday."
    )
    assert found[0][0] == "the man"


def test_a_he_after_an_unnamed_subject_is_that_one() -> None:
    found = quotes_of(
        "A 42-year-old man who says he survived the massacre recalled the attack.\n\n"
        "\"This is not a historical inquiry,\" Kenneth Roth said of the tribunal.\n\n"
        "The man described the events leading up to the shootings.\n\n"
        "\"I was screaming and shouting,\" he said."
    )
    assert found[-1] == ("the man", "I was screaming and shouting")


def test_wire_attributions_of_test34() -> None:
    found = quotes_of(
        "\"That is God's hand,\" Dwyer Astaphan, minister of tourism for St. Kitts and "
        "Nevis, said resignedly.\n\n"
        "Only \"a handful\" of these satellites will be reoriented, said Maj. Perry L. "
        "Nouis of the Air Force.\n\n"
        "\"In my country,\" said one Indonesian during a question-and-answer period, "
        "\"IMF means I'm Finished.\""
    )
    assert [speaker for speaker, _ in found] == [
        "Dwyer Astaphan", "Perry L. Nouis", "one Indonesian", "one Indonesian"]


def test_wire_attributions_of_test35() -> None:
    found = quotes_of(
        "And Stephen Stott, director for satellite engineering at Intelsat, the "
        "international satellite consortium, said, \"Most of the industry expects no "
        "problems.\"\n\n"
        "Within days, the Libyan leader Moammar Gadhafi pronounced that \"the Arab world is "
        "finished.\"\n\n"
        "It also takes the pressure off Norway's Kvikk Lunsj - pronounced \"quick lunch\" - "
        "and opens the door."
    )
    assert found == [("Stephen Stott", "Most of the industry expects no problems."),
                     ("Moammar Gadhafi", "the Arab world is finished.")]


def test_wire_attributions_of_test36() -> None:
    found = quotes_of(
        "Bill Gates testified on tape.\n\n"
        "Leaving the courthouse, William H. Neukom, Microsoft's senior vice president of "
        "law, said the case was weak.\n\n"
        "\"These are the same tired old allegations,\" Neukomb said.\n\n"
        "In the summer of 1995, one memo showed, Gates wrote to Andrew Grove, chairman of "
        "Intel.\n\n"
        "\"I don't understand why Intel funds a program that is against Windows,\" the "
        "message said.\n\n"
        "Many families get one letter, said a tourism official. It says they are safe. "
        "\"Then they don't hear from them for years.\""
    )
    assert [speaker for speaker, _ in found] == ["William H. Neukom", "Bill Gates", ""]


def test_a_body_that_issued_a_statement_speaks_its_words() -> None:
    found = quotes_of(
        "Natalie Prosin said the case was novel. Stony Brook has also issued a statement "
        "about the case: \u201cThe University does not comment on the specifics.\u201d"
    )
    assert found == [("Stony Brook", "The University does not comment on the specifics.")]


def test_the_statement_is_the_words_of_whoever_the_story_said_issued_it() -> None:
    found = quotes_of(
        "Mayor Hardie Davis spoke. \"We grieve,\" Davis said. Georgia Power released a "
        "statement saying it will help.\n\n\"Our condolences are with the families,\" the "
        "statement says."
    )
    assert [speaker for speaker, _ in found] == ["Hardie Davis", "Georgia Power"]


def test_a_person_named_after_a_quotation_its_comma_leaves_open_spoke_it() -> None:
    found = quotes_of(
        "Coach Don Clark ran the practice. Whitney Winston watched. \"I was out here,\" "
        "Winston said.\n\n\"It is just heartbreaking,\" Don Clark was able to hold his "
        "emotions while he spoke to us.\n\nAlthough he was listed as \"voluntary "
        "missing,\" Whitney Winston doesn't believe it."
    )
    assert found == [("Whitney Winston", "I was out here"),
                     ("Don Clark", "It is just heartbreaking")]


def test_straight_marks_quoted_within_a_quotation_do_not_unpair_the_rest() -> None:
    found = quotes_of(
        "Karen, a patient, spoke of him.\n\n\"He came anyway and when I asked him, `What "
        "are you doing here,' he said: \"I wouldn't miss it for the world.\" Similarly, she "
        "said, he visited another patient. \"I thought I'd come over,\" Karen heard that he "
        "told the friend.\n\n\"We need to relieve his stress, so the \"greatest artist of "
        "all time\" can do his best,\" the campaign read. \"It ends here. \"But"
    )
    assert [text for _, text in found] == [
        "He came anyway and when I asked him, `What are you doing here,' he said: \"I "
        "wouldn't miss it for the world.",
        "I thought I'd come over",
        'We need to relieve his stress, so the "greatest artist of all time" can do his best',
        "It ends here."]


def test_one_the_article_names_by_one_word_only_is_no_namesake_named_in_full() -> None:
    found = quotes_of(
        "Susan Ward, a spokeswoman for the clinic, said a warning came. A woman who "
        "identified herself only as Susan stood outside, weeping.\n\n\"He was about "
        "babies,\" Susan said."
    )
    assert found == [("Susan", "He was about babies")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Officials in Kabul said, \u201cwe will stay.\u201d", "officials in Kabul"),
    ("Police across Texas said, \u201cwe will stay.\u201d", "police across Texas"),
    ("Enough money, as leaflets the U.S. military distributed throughout Afghanistan said, "
     "\u201cto care for your family.\u201d", ""),
    ("Speaking in Kabul, Karzai said, \u201cwe will stay.\u201d", "Karzai"),
])
def test_a_place_after_its_preposition_is_where_a_speaker_was_not_who(
        sentence: str, speaker: str) -> None:
    assert [s for s, _ in quotes_of(sentence)] == [speaker]


def test_a_surname_an_attribution_turned_round_ends_on_finds_the_full_name() -> None:
    # (a given name no list holds: 'Krzysztof' of 'Krzysztof Chmiel')
    found = quotes_of(
        "Krzysztof Chmiel knows about being homeless.\n\n\"They drink and then drop "
        "dead,\" said the 46-year-old Chmiel, in a coat.\n\nDeejays Roula and Ryan had "
        "their segment pulled. \"It was one-sided,\" said Roula."
    )
    assert [speaker for speaker, _ in found] == ["Krzysztof Chmiel", "Roula"]


def test_speakers_named_with_a_particle_keep_it() -> None:
    found = quotes_of(
        "Sayeed el-Madhoun runs a shop in Gaza. \"It is hard,\" el-Madhoun said. Bashar "
        "al-Assad spoke on Monday. \"We will win,\" Assad said. Luis del Valle, a farmer, "
        "agreed. \"We stay,\" del Valle said."
    )
    assert [speaker for speaker, _ in found] == [
        "Sayeed el-Madhoun", "Bashar al-Assad", "Luis del Valle"]


def test_attributions_of_test37() -> None:
    found = quotes_of(
        "The memo, from Dan Rosen, a senior executive, was written to Bill Gates.\n\n"
        "The first goal, the memo said, was to \"establish Microsoft ownership\" of the "
        "market.\n\n"
        "Rosen quotes another member of the team as telling the executives: \"We need to "
        "understand your plans.\"\n\n"
        "The Microsoft executives, according to Rosen's memo, told Netscape's leaders "
        "that their intention was to \"suck most of the functionality\" into Windows.\n\n"
        "The Brazilian finance minister, Pedro Malan, spoke. \"We interpret the election "
        "as a mandate,\" he added.\n\n"
        "He did evoke a breakdown by saying the world now has \"an historic opportunity "
        "to show how.\""
    )
    assert [speaker for speaker, _ in found] == [
        "Dan Rosen", "another member of the team", "the Microsoft executives", "Pedro Malan",
        "Pedro Malan"]


def test_one_quoted_by_a_paper_speaks_whether_active_or_passive() -> None:
    found = quotes_of(
        "The paper quoted a senior official as saying that the plan was \"dead in the "
        "water.\" Prime Minister Mesut Yilmaz was quoted Saturday by the daily Hurriyet as "
        "saying, \"the soldier is awaiting an order.\""
    )
    assert [speaker for speaker, _ in found] == ["a senior official", "Mesut Yilmaz"]


def test_a_pronoun_opening_the_sentence_means_someone_named_before_it() -> None:
    found = quotes_of(
        "Donald Trump spoke in Iowa. \"We are winning,\" Mr Trump said.\n\n"
        "He also applauded Ralph Norman, who won a special election, and mocked Handel's "
        "challenger, Jon Ossoff, saying the Democrats \u201cspent $30 million on this kid "
        "who forgot to live in the district.\u201d"
    )
    assert [speaker for speaker, _ in found] == ["Donald Trump", "Donald Trump"]


def test_attributions_of_test39() -> None:
    found = quotes_of(
        "Dr. Wang Bingzhang, 50, spoke later. The family business was shut by the "
        "government in 1996, said Wang, a former surgeon in Beijing, \"so they had no way "
        "of living.\"\n\n"
        "The attorney said Cosme, who has worked with children for years, \u201cscrewed "
        "up.\u201d\n\n"
        "\"The nation has watched the most shameful manipulation,\" said a statement from "
        "the coalition of parties that da Silva represented. It accused the pollsters of "
        "conspiring \"to influence public opinion.\""
    )
    assert [speaker for speaker, _ in found] == [
        "Wang Bingzhang", "the attorney",
        "a statement from the coalition of parties", "a statement from the coalition of parties"]


def test_attributions_of_test41() -> None:
    found = quotes_of(
        "Judge Leonard Sand spoke. \"I cannot give my client a dictionary,\" a third "
        "lawyer, Bruce McIntyre, who represents Wadih el Hage, told the judge."
    )
    assert found == [("Bruce McIntyre", "I cannot give my client a dictionary")]


def test_a_pronoun_before_the_verb_of_a_relative_clause_speaks() -> None:
    found = quotes_of(
        "O.J. Simpson spoke. Simpson also said he has taken two \"Alternative to "
        "Violence\" classes, which he said was \"the most important course any person in "
        "this prison can take.\""
    )
    assert found == [("O.J. Simpson", "the most important course any person in this "
                                      "prison can take.")]


def test_a_thing_a_relative_clause_apposes_is_what_recalled_a_phrase() -> None:
    assert speaker_of(
        "O.J. Simpson spoke. Simpson's appearance before the board garnered wall-to-wall "
        "coverage from cable news shows, coverage that recalled the \"trial of the "
        "century,\" and the months when it transfixed a nation.", "trial") == "coverage"


def test_attributions_of_test43() -> None:
    found = quotes_of(
        "Ross Baker, a professor at Rutgers, spoke. Mike Russell spoke too. \"Matt is a "
        "sharp candidate,\" Russell said.\n\n"
        "Moreover, Baker of Rutgers noted, maverick Republicans like Susan Collins of "
        "Maine, James Jeffords of Vermont and John Chafee of Rhode Island break ranks.\n\n"
        "\"It's such an individualistic institution,\" he said.\n\n"
        "One senior Democratic senator, now in his fourth term, summed up the situation, "
        "speaking on the condition of anonymity. \"When I came here, there were 64,\" the "
        "senator said.\n\n"
        "\"No help. No police,\" 17-year-old Zuhir Hersi, one of the disc jockeys at the "
        "bash said Friday."
    )
    speakers = [speaker for speaker, _ in found]
    assert speakers[1:3] == ["Ross Baker", "one senior Democratic senator"]
    assert speakers[3].lower() != "friday"  # a day says nothing


def test_an_attribution_after_the_quotation_may_open_on_a_particle() -> None:
    found = quotes_of(
        "When Josue da Silva stepped up, the ground felt solid. \"Prices rose,\" said "
        "Mariana Costa, an economist.\n\n"
        "\"I assumed commitments,\" da Silva, a former salesman in a building-supply store, "
        "said."
    )
    assert found[-1] == ("Josue da Silva", "I assumed commitments")


def test_according_to_names_a_source_who_may_speak_next() -> None:
    found = quotes_of(
        "Lt. Dennis Young spoke. Cody Conoboy, 15, was swept into the river in 2011. It is "
        "not uncommon for such cases to remain on the database, according to Young.\n\n"
        "\"Some of the people we will never be able to remove,\" he says. (\"Once all "
        "potential leads have been exhausted,\" according to Young.)"
    )
    assert [speaker for speaker, _ in found] == ["Dennis Young", "Dennis Young"]


def test_attributions_of_test45() -> None:
    found = quotes_of(
        "President Donald Trump took on the media. He excoriated CNN for its poor ratings, "
        "mocked the BBC as “that’s another beauty,” and responded to a question about "
        "anti-Semitism, saying to his questioner, “OK, sit down.”\n\n"
        "At a press conference with Israeli Prime Minister Benjamin Netanyahu, CNN’s Jim "
        "Acosta charged that the choice of questioners meant, “The fix is in.”\n\n"
        "“You can’t say he’s not responsive to the press,” Alice Stewart, a former reporter "
        "and current CNN contributor, GOP strategist and Trump supporter, said.\n\n"
        "Trump dismissed the story as “a joke” and “fake news.” The difference, said "
        "Trump, is that this week’s stories involve “highly-classified information.”\n\n"
        "“It’s just crazy,” opined former CNN correspondent Frank Sesno."
    )
    assert found == [
        ("Donald Trump", "that’s another beauty"),  # one verb of a list
        ("Donald Trump", "OK, sit down."),  # not 'Semitism' of 'anti-Semitism'
        ("Jim Acosta", "The fix is in."),  # a charge laid; the name after its employer's
        ("Alice Stewart", "You can’t say he’s not responsive to the press"),
        ("Donald Trump", "a joke"),  # to brand something with a phrase says it
        ("Donald Trump", "fake news."),
        ("Donald Trump", "highly-classified information."),  # 'said Trump' as an aside
        ("Frank Sesno", "It’s just crazy"),
    ]


def test_attributions_of_test47() -> None:
    found = quotes_of(
        "Clarissa Dickson Wright, one half of Two Fat Ladies with the late Jennifer "
        "Paterson, has died. Dickson Wright died on Saturday.\n\n"
        "Image caption Paterson, right, died during filming of the fourth series\n\n"
        "In her autobiography, she talked of \"a well-to-do, privileged upbringing\".\n\n"
        "Dickson Wright was proud of her time as Rector of the University of Aberdeen.\n\n"
        "A spokesman for the university said she had \"brought her individualism and "
        "style to many events.\"\n\n"
        "\"Her faith remained with her, in her own personal way,\" according to her "
        "agent.\n\n"
        "\"If you're fat you're fat. I hate this modern-day political correctness,\" she "
        "told The Guardian."
    )
    assert found == [
        ("Clarissa Dickson Wright", "a well-to-do, privileged upbringing"),  # not the caption's
        ("a spokesman for the university", "brought her individualism and style to many events."),
        ("her agent", "Her faith remained with her, in her own personal way"),
        # neither a spokesman nor her agent is 'she': the woman the article names most
        ("Clarissa Dickson Wright", "If you're fat you're fat. I hate this modern-day "
                                    "political correctness"),
    ]


def test_attributions_of_test48() -> None:
    found = quotes_of(
        "Raymond Louw, the publisher of a respected weekly newsletter, Southern Africa "
        "Report, says a new amnesty proposal could come. \"You simply can't have this "
        "country torn apart,\" he says.\n\n"
        "Wang Youcai was accused of \"inciting the overthrow of the government,\" the Hong "
        "Kong-based Information Center of Human Rights and Democratic Movement in China "
        "reported.\n\n"
        "Xu and Qin were \"suspected of involvement in activities endangering state "
        "security\" and their \"behavior breached relevant provisions,\" Zhu Bangzao said."
    )
    assert found == [
        ("Raymond Louw", "You simply can't have this country torn apart"),  # no one 'Report'
        ("Hong Kong-based Information Center", "inciting the overthrow of the government"),
        ("Zhu Bangzao", "suspected of involvement in activities endangering state security"),
        ("Zhu Bangzao", "behavior breached relevant provisions"),
    ]


def test_attributions_of_test49() -> None:
    found = quotes_of(
        "James Barksdale testified. Barksdale made few concessions, repeatedly replying, "
        "\"No, I don't agree.\"\n\n"
        "The government says the move is an effort to \"change the facts and change the "
        "subject,\" in the words of David Boies, special trial counsel.\n\n"
        "James Clark wrote to Microsoft. Clark concluded his e-mail appeal by noting, "
        "\"No one in my organization knows about this message.\"\n\n"
        "When the Iran-Contra scandal rocked the Reagan administration in 1986, George "
        "Bush escaped censure by claiming he had been \"out of the loop\" when decisions "
        "were made."
    )
    assert found == [
        ("James Barksdale", "No, I don't agree."),  # a participle shares the subject
        ("David Boies", "change the facts and change the subject"),
        ("James Clark", "No one in my organization knows about this message."),
        ("George Bush", "out of the loop"),  # the subject after the opening clause
    ]


def test_attributions_of_test50() -> None:
    found = quotes_of(
        "Ambassador Robert Ford visited a hospital in Hama, Victoria Nuland said, adding "
        "that he was greeted with a \"very warm welcome.\"\n\n"
        "\"Last week, Elon opened a discussion with the board,\" according to a statement "
        "from several board members.\n\n"
        "The event was big. Declaring that \"history is about to be rewritten,\" the show "
        "started off with acrobats.\n\n"
        "Congressman John Conyers sent letters Friday requesting \"immediate federal "
        "action\" on the problem."
    )
    assert found == [
        ("Victoria Nuland", "very warm welcome."),  # 'adding' shares the verb's speaker
        ("a statement from several board members",
         "Last week, Elon opened a discussion with the board"),
        ("the show", "history is about to be rewritten"),  # the clause a participle opens
        ("John Conyers", "immediate federal action"),
    ]


def test_a_gallery_of_captioned_quotations_is_its_headings_person() -> None:
    found = quotes_of(
        "Speaking at a rally in Iowa, Donald Trump defended his cabinet.\n\n"
        "Donald Trump's most controversial quotes\n\n"
        "1/18 On Mexicans “When Mexico sends its people, they’re not sending the best.” "
        "AFP/Getty Images\n\n"
        "2/18 On Senator McCain “He’s not a war hero. I like people who weren’t "
        "captured.” Getty Images\n\n"
        "The Commerce Department sent a statement. “Secretary Ross has filed all the "
        "paperwork.”"
    )
    assert found == [
        ("Donald Trump", "When Mexico sends its people, they’re not sending the best."),
        ("Donald Trump", "He’s not a war hero. I like people who weren’t captured."),
        ("", "Secretary Ross has filed all the paperwork."),  # the gallery has ended
    ]


def test_attributions_of_test51() -> None:
    found = quotes_of(
        "Timur Sklyavov, 16, saw a loudspeaker explode. \"When I saw the fire, I ran "
        "out,\" he said.\n\n"
        "\"Why wasn't I there?\" sobbed a young woman as she turned away from the flowers."
        "\n\n"
        "The exit was burning \"is a circumstance that indicates the fire could have been "
        "set,\" Ralf Johansson was quoted as telling the newspaper Aftonbladet.\n\n"
        "\"We left Iraq 18 years ago,\" the girls' uncle, Hassan Bakir, was quoted as "
        "saying in Expressen."
    )
    assert [speaker for speaker, _ in found] == [
        "Timur Sklyavov", "a young woman",  # sobbing says it
        "Ralf Johansson", "Hassan Bakir",  # quoted as telling; a name set off by commas
    ]


def test_attributions_of_test52() -> None:
    found = quotes_of(
        "\"I do not think they are as different as they say,\" said the Rev. Al Sharpton, "
        "the civil rights leader.\n\n"
        "Envoy Jamsheed Marker spoke. \"We've reached a critical moment,\" Marker told "
        "reporters after a dinner with President Jorge Sampaio.\n\n"
        "He said the plan includes \"a proposal for very wide-ranging autonomy.\"\n\n"
        "Lawmakers chided a Portuguese effort to extradite former President Suharto.\n\n"
        "Roestandi, a three-star general and chairman of the military faction, said such "
        "a handover would be impossible.\n\n"
        "\"Moreover, it is unreasonable,\" he said."
    )
    assert [speaker for speaker, _ in found] == [
        "Al Sharpton",  # not 'the Rev'
        "Jamsheed Marker",
        "Jamsheed Marker",  # not the president named in the attribution before
        "Roestandi",  # one name, and what he is
    ]


def test_attributions_of_test53() -> None:
    found = quotes_of(
        "UNITED NATIONS (AP) _ Secretary-General Kofi Annan said Wednesday that he is "
        "considering a trip to Libya.\n\n"
        "Because of some positive developments, \"there is now a good chance that the "
        "suspects might finally be brought\" to trial, a U.N. source said on condition of "
        "anonymity.\n\n"
        "There is \"a sense of optimism,\" he said.\n\n"
        "Annan said he had hoped for a breakthrough. \"I haven't made up my mind yet,\" "
        "he said."
    )
    assert [speaker for speaker, _ in found] == [
        "a U.N. source",  # an attribution with its circumstances after it
        "a U.N. source",
        "Kofi Annan",  # 'Secretary-General' is his office, not his first name
    ]


def test_attributions_of_test55_and_test56() -> None:
    found = quotes_of(
        "The fire left rescuers facing a scene that rescue leader Lennart Olin likened to a "
        "\"gas chamber.\"\n\n"
        "Jay Severin and Eliot Spitzer spoke. On the other hand, Severin said, Spitzer did "
        "well by responding quickly. \"It is evidence of some skill,\" he said.\n\n"
        "A Clinton administration official acknowledged the warning. \"It is "
        "embarrassing,\" this official said.\n\n"
        "\"We will not tolerate any activity,\" said military spokesman Maj. Gen. Syamsul "
        "Ma'arif."
    )
    assert [speaker for speaker, _ in found] == [
        "Lennart Olin",  # to liken something to a phrase says it
        "Jay Severin",  # who said the clause, not its subject
        "a Clinton administration official",  # 'this official', as brought in
        "Syamsul Ma'arif",  # a rank of two words
    ]


def test_attributions_of_test57_and_test58() -> None:
    found = quotes_of(
        "SAN JUAN, Puerto Rico _ Many homes in Puerto Rico are uninsured, and the cost "
        "will be borne in Puerto Rico by the people. \"Taxpayers foot the bill,\" said "
        "Steven Goldstein, a spokesman for the institute. Juan Antonio Garcia, the "
        "insurance commissioner of Puerto Rico, also sees no discrimination.\n\n"
        "The small size of the Puerto Rico market keeps big insurers away, said "
        "Goldstein of the industry group.\n\n"
        "\"If insurers felt they could add to their bottom line,\" he said, \"they'd be "
        "in there.\"\n\n"
        "\"This could be a sign of military frustration,\" said a Middle Eastern diplomat "
        "posted in Turkey.\n\n"
        "Tension has risen to the point where the top Turkish military commander says "
        "the neighbors have reached \"a state of undeclared war.\"\n\n"
        "President Trump decried what he called \"fake news\" stories."
    )
    assert [speaker for speaker, _ in found] == [
        "Steven Goldstein",
        "Steven Goldstein", "Steven Goldstein",  # the one 'said' names, not a place
        "a Middle Eastern diplomat",  # not a person called 'Middle Eastern'
        "the top Turkish military commander",  # the subject after 'where'
        "Trump",  # what he called it
    ]


def test_a_description_before_an_aside_on_its_publication_speaks() -> None:
    found = quotes_of(
        "Arab newspapers have suggested an alignment. A typical editorial, published "
        "Sunday in the independent al-Khaleej newspaper in the United Arab Emirates, said "
        "that it was \"notable that the sudden Turkish escalation has come now.\""
    )
    assert found == [("a typical editorial", "notable that the sudden Turkish escalation "
                                              "has come now.")]


def test_attributions_of_test61_and_test62() -> None:
    found = quotes_of(
        "But Libya, which earns 96 percent of its income from oil, has nevertheless now "
        "pronounced tourism to be \"the industry of the 21st century.\"\n\n"
        "Republican leaders met with Erskine Bowles, President Clinton's chief of staff, "
        "and Lawrence Stein, the administration's liaison with Congress.\n\n"
        "During a dinner break, Bowles expressed some confidence.\n\n"
        "\"I think we made some reasonable progress,\" he said.\n\n"
        "President Fidel Castro of Cuba, who was portrayed as the devil, was shown on "
        "television. The show included an interview with Augusto Pinochet Hiriart, "
        "Pinochet's son.\n\n"
        "\"Countries have lost wars,\" he said."
    )
    assert [speaker for speaker, _ in found] == [
        "Libya",  # not 'Libya, has nevertheless now'
        "Erskine Bowles",  # a name and a possessive's role: a person
        "Augusto Pinochet Hiriart",  # the one interviewed speaks next
    ]


def test_attributions_of_test63_and_test64() -> None:
    found = quotes_of(
        "\"What we knew about the ownership couldn't be established,\" said one senior U.S. "
        "intelligence official.\n\n"
        "\"We excel in freestyle,\" the newspaper quoted Zhang Xiong, the national team's "
        "head coach, as saying.\n\n"
        "\"Chechens made $16 million on journalists,\" Yelena Masyuk said.\n\n"
        "One hostage, released this year after several months of captivity, described "
        "being held in cold basements. \"Their goal was only money,\" he said."
    )
    assert [speaker for speaker, _ in found] == [
        "one senior U.S. intelligence official",  # an abbreviation inside
        "Zhang Xiong",  # quoted, with his apposition, as saying
        "Yelena Masyuk",
        "one hostage",  # the unnamed one the story turned to
    ]


def test_attributions_of_test65() -> None:
    found = quotes_of(
        "The president of the tribunal angrily branded Yugoslavia a \"rogue state\" "
        "Thursday.\n\n"
        "\"This conduct is a further example of disregard,\" said tribunal president "
        "Gabrielle Kirk McDonald of the United States.\n\n"
        "Kirk McDonald said she would report to the Security Council.\n\n"
        "\"In the final analysis, I have an obligation,\" Kirk McDonald said."
    )
    assert [speaker for speaker, _ in found] == [
        "the president of the tribunal",  # branding something with a phrase says it
        "Gabrielle Kirk McDonald",
        "Gabrielle Kirk McDonald",  # a compound surname: the whole name named once
    ]


def test_attributions_of_test67_and_test68() -> None:
    found = quotes_of(
        "James Barksdale testified. Netscape did not obtain the information until three "
        "months later, which Barksdale says was \"precisely what Microsoft had "
        "threatened.\"\n\n"
        "Marc Andreessen took notes. Andreessen is said by Barksdale to be an "
        "\"extraordinarily fast typist.\"\n\n"
        "Dr. Barnett Slepian performed abortions because he had what one friend called "
        "\"a stubborn kind of courage.\"\n\n"
        "\"The first victory was to reduce the losses,\" Castro proclaimed."
    )
    assert [speaker for speaker, _ in found] == [
        "James Barksdale",  # a name before the verb of a relative clause
        "James Barksdale",  # said by him
        "one friend",  # what one friend called it
        "Castro",
    ]


def test_attributions_of_test69_and_test70() -> None:
    found = quotes_of(
        "Pope John Paul II beatified the cardinal on Saturday.\n\n"
        "\"He tried to correct some of the worst aspects,\" Slavko Goldstein said.\n\n"
        "The pope seemed indirectly to address some of the questions. \"Blessed Alojzije "
        "Stepinac did not shed his blood,\" he said.\n\n"
        "\"There was hysteria, people were running,\" said Eliad Duan, an Israeli border "
        "policeman. Soldiers and police held back the crowds. \"It's dangerous _ stay "
        "back!\" they shouted.\n\n"
        "\"Please, please, is there a girl with red hair who is hurt?\" an older, heavyset "
        "woman said tearfully.\n\n"
        "Trade Minister Peter Mandelson termed Pinochet a \"brutal dictator\" in a "
        "television interview.\n\n"
        "The warrant alleges that Pinochet \"did murder Spanish citizens in Chile.\""
    )
    assert [speaker for speaker, _ in found] == [
        "Slavko Goldstein",
        "John Paul",  # 'the pope', whom the story names: the 'he' after him
        "Eliad Duan",
        "soldiers and police",  # a group since: the 'they'
        "an older, heavyset woman",  # adjectives a comma apart
        "Peter Mandelson",  # terming something a phrase says it
        "the warrant",  # alleging is saying
    ]


def test_attributions_of_test71_and_test72() -> None:
    found = quotes_of(
        "Pope John Paul II beatified the cardinal. John Paul appealed to a country that has "
        "suffered from war \"to forgive and reconcile.\"\n\n"
        "\"After long years of dictatorship,\" the pontiff said at the airport.\n\n"
        "\"No help. No police. No firemen,\" 17-year-old Zuhir Hersi, one of the disc "
        "jockeys at the bash, said Friday.\n\n"
        "A top Republican aide who spoke on the condition of anonymity put the message in "
        "plain English: \"We're not going to give them the ability to say it's our fault.\""
        "\n\n"
        "The British Foreign Office initially said the four were seized on Sunday. It "
        "appealed to Russian authorities \"for their cooperation.\""
    )
    assert [speaker for speaker, _ in found] == [
        "John Paul",  # appealing to someone is saying it
        "John Paul",  # 'the pontiff' is the pope
        "Zuhir Hersi",  # an age before the name
        "a top Republican aide",  # someone new by their role, before a colon
        "The British Foreign Office",  # the body whose 'it' speaks
    ]


def test_attributions_of_test73() -> None:
    found = quotes_of(
        "Michel Camdessus, IMF managing director, predicted world growth of 2.5 percent. "
        "Camdessus said Europe was strong.\n\n"
        "The IMF chief told reporters that Europe and the United States _ \"the two motors "
        "of the world economy\" _ were still going strong.\n\n"
        "The IMF has put together bailout packages during what Camdessus called \"the most "
        "uncertain year ever.\""
    )
    assert [speaker for speaker, _ in found] == [
        "Michel Camdessus",  # the IMF's head, by the one IMF role the story gives
        "Michel Camdessus",  # what a named person called it
    ]


def test_attributions_of_test77_and_test78() -> None:
    found = quotes_of(
        "\"They drink methylated spirit and then drop dead,\" said the 46-year-old Chmiel, "
        "bundled up in a long coat.\n\n"
        "\"It's a miracle,\" crowed Elizabeth Armstrong, general manager of the hotel.\n\n"
        "The ministry said Libya \"does not accept the claim,\" the official Libyan "
        "news agency said Wednesday.\n\n"
        "Wang is charged with helping draft a party manifesto that states, in part, \"Only "
        "by establishing an opposition party can we be rid of this despotism.\"\n\n"
        "He will be tried on a charge of colluding with foreign enemies \"to incite the "
        "subversion of state power,\" according to court documents given to his wife."
    )
    assert [speaker for speaker, _ in found] == [
        "Chmiel",  # an age is a person's
        "Elizabeth Armstrong",  # crowing is saying
        "the ministry",  # the agency reports what the ministry said
        "a party manifesto",  # what a relative clause's verb makes speak
        "court documents",  # according to bare plural nouns, a participle after them
    ]


def test_attributions_of_test79() -> None:
    found = quotes_of(
        "\"It's important that people have a clear understanding,\" chief prosecutor Ulf "
        "Noren, who is leading the fire investigation, was quoted as saying in the "
        "newspaper Dagens Nyheter."
    )
    assert [speaker for speaker, _ in found] == ["Ulf Noren"]  # a relative clause between


def test_a_speaker_described_is_not_where_or_when_it_spoke() -> None:
    found = quotes_of(
        "Syria denies sheltering the rebels and in a government statement Saturday confirmed "
        "\"its keenness for good neighborly relations with Turkey.\"\n\n"
        "The bank said its aim was \"to cover high-value targets,\" a joint statement "
        "issued Monday said.\n\n"
        "In a legal filing this week, his attorneys cited \"advanced age and poor health.\""
    )
    assert [speaker for speaker, _ in found] == [
        "a government statement", "a joint statement", "his attorneys"]


def test_a_gallery_s_captions_are_its_narrative() -> None:
    # (a gallery page's captions tell the story, counter and title run in: 'he' is the
    # president its caption names, not the candidate the prose named last)
    found = quotes_of(
        "Donald Trump on Saturday said guns are not the problem.\n\n"
        "Hide Caption 1 of 15 Photos: Shooting at Oregon community college In response to "
        "the shooting on October 1, President Barack Obama delivers a statement. "
        "\"Somehow this has become routine,\" he said. \"We've become numb to this.\""
    )
    assert ("Barack Obama", "Somehow this has become routine") in found


def test_the_connective_a_sentence_opens_on_is_no_part_of_its_speaker() -> None:
    text = ("The plan will first be debated by the Group of Seven.\nBut a senior Japanese "
            'official noted Saturday that the plan "seems aimed mostly at Latin America."')
    assert speaker_of(text, "seems aimed") == "a senior Japanese official"


def test_a_description_keeps_its_subject_not_the_verb_or_participle_after_it() -> None:
    text = ('During one meeting, a police official stormed in and said, "Don\'t take this '
            'case."\nThe authorities "are deceiving public opinion," said the letter faxed '
            'to foreign news agencies.\n"That is wrong," said the husband of the deceased.')
    assert speaker_of(text, "Don't take") == "a police official"
    assert speaker_of(text, "are deceiving") == "the letter"
    assert speaker_of(text, "That is wrong") == "the husband of the deceased"


def test_a_title_before_a_name_the_story_does_not_know_keeps_its_capital() -> None:
    text = '"My husband thought the time was right," Ms. He said.'
    assert speaker_of(text, "My husband") == "Ms. He"


def test_a_description_names_as_written_without_what_trails_it() -> None:
    text = ('An Arab official spoke to reporters. "U.S. officials have talked to the family," '
            'the Arab official said.\nThe warrant on which he was arrested alleges that '
            'Pinochet "did murder Spanish citizens."\nAn Intel note a few weeks later said, '
            '"Gates made vague threats."\nHer birthday would have marked her 27th year, a '
            'birthday her agent said "meant much more to her."')
    assert speaker_of(text, "U.S. officials") == "the Arab official"
    assert speaker_of(text, "did murder") == "the warrant"
    assert speaker_of(text, "Gates made") == "an Intel note"
    assert speaker_of(text, "meant much") == "her agent"
    assert speaker_of('"It was wrong," said the wife of his brother.', "It was") == \
        "the wife of his brother"


def test_an_inverted_attribution_before_the_subject_it_reports() -> None:
    text = ('Democrats pushed for a vote. But really, said Rep. John Boehner of Ohio, a member '
            'of the Republican leadership, Republicans "want to stay here and work."')
    assert speaker_of(text, "want to stay") == "John Boehner"


def test_the_passive_accused_of_speaks_not_and_a_place_after_the_subject_is_not_it() -> None:
    text = ('International law made it easier to apprehend suspects accused of torture and '
            'other "crimes against humanity."\nFederal prosecutors in Manhattan said '
            'Wednesday that one of the men had met bin Laden and "asked him for a mission."')
    assert quotes_of(text)[-1] == ("federal prosecutors in Manhattan", "asked him for a mission.")
    assert "crimes against humanity." not in [words for _, words in quotes_of(text)]


def test_a_body_before_its_verb_is_named_whole() -> None:
    text = ('The Foreign Ministry said Libya "does not accept the claim."\nThe Democratic '
            'National Committee said late Wednesday that it was "a simulated phishing test."')
    assert speaker_of(text, "does not accept") == "the Foreign Ministry"
    assert speaker_of(text, "a simulated") == "the Democratic National Committee"


def test_a_place_describing_someone_is_no_speaker_but_the_one_the_story_is_about() -> None:
    text = ('Lauren Bacall loved dogs. "I was always a dog yearner," the New York native told '
            'Glenn Close in a 2008 interview.')
    assert speaker_of(text, "I was always") == "Lauren Bacall"
    # (a description naming no one the story is about stays a description)
    assert speaker_of('"It rained," the New York native said.', "It rained") == \
        "the New York native"


def test_a_clause_of_the_writer_s_own_is_no_speaker() -> None:
    texts = ["We had a meeting where he said the show needed a point of view. I remember "
             "people trading the kind of glances that said, \u201cOh no, this is going to be "
             "a disaster.\u201d"]
    (quote,) = digest([Article("t", texts[0])], sections=("quotes",)).analysis.quotes
    assert quote.speaker == ""


def test_a_description_after_the_speaker_is_someone_else_s() -> None:
    text = ("The president explained that his adviser Gary Cohn, a former president of "
            "Goldman Sachs, \u201cwent from massive pay days to peanuts\u201d.")
    (quote,) = digest([Article("t", text)], sections=("quotes",)).analysis.quotes
    assert quote.speaker != "a former president"


def test_a_speaker_s_description_reads_as_it_would_inside_a_sentence() -> None:
    assert speakers_of('London\'s Guardian newspaper said Monday that the kidnappings "cast '
                       'fresh doubt on Foreign Office claims."') == ["London's Guardian newspaper"]
    assert speakers_of('TRUMP, saying the appeals court "has been overturned at a record '
                       'number."') == ["TRUMP"]
    assert speakers_of("Earlier on Wednesday, state media warned the U.S. of \u201cmeddling in "
                       "inter-Korean issues at a time when it had to mind its own destiny\u201d."
                       ) == ["state media"]
    assert speakers_of('Kit Kat is made by Mondelez. Mondelez, meanwhile, argued that it was '
                       'wrong to say Kit Kat had "distinctive character" anywhere.'
                       ) == ["Mondelez"]
    text = ("Tapper later mentioned a reporter from NBC who called out President Trump for "
            "calling the media \u201cfake news\u201d while also \u201csaying things that are "
            "not true,\u201d noting the reporter was asking, \u201cHow do you have "
            "credibility to call us fake news?\u201d")
    quotes = digest([Article("t", text)], sections=("quotes",)).analysis.quotes
    assert {q.text: q.speaker for q in quotes}["saying things that are not true"] == \
        "the reporter"


def test_a_quotation_no_one_is_said_to_say_has_no_speaker() -> None:
    assert speakers_of('Tomorrow, they will say, "Donald Trump rants and raves at the press."'
                       ) == [""]
    assert speakers_of("He had known about it, although she had not told him directly until "
                       "five years ago, when they sat down \u201cwith a bottle of Scotch\u201d and "
                       "talked properly.") == [""]
    assert speakers_of("The result is that the top court has now declared that it is not "
                       'enough to prove that a product has become iconic in "a significant '
                       'part" of the EU.') == [""]


def test_a_body_named_over_of_speaks_by_its_whole_name() -> None:
    assert speakers_of("The International Committee of the Red Cross said Tuesday that a team "
                       'it sent had found "no confirmation of large-scale atrocities."') == [
        "the International Committee of the Red Cross"]
    assert speakers_of('Richard Bunting of the human rights group Amnesty said it was "a '
                       'disgrace to the nation."') == ["Richard Bunting"]


def test_the_family_name_he_is_no_pronoun_inside_a_sentence() -> None:
    text = ("Xu's wife, He Xintong, said Wednesday night that she was worried.\n\n\"All this "
            'past week we felt something was going to happen," Ms. He said.')
    assert speakers_of(text) == ["He Xintong"]


def test_a_family_named_family_name_first_is_the_one_the_article_named_first() -> None:
    text = ("The dissident, Yao Zhenxian, who was released in 1997, arrived on Sunday. He "
            "and his younger brother, Yao Zhenxiang, 38, had been sent to camps. His "
            "daughter, Yao Yiting, 14, came with him.\n\n\"The Chinese government feels it "
            'expanded too quickly," Yao said at the airport.')
    assert speakers_of(text) == ["Yao Zhenxian"]


def test_she_is_not_the_man_just_named_but_the_woman_whose_sex_is_untold() -> None:
    text = ("On an August day four years ago, Swedish chemistry professor Charlotta Turner "
            "received a surprising text message that would change the life of one of her "
            "graduate students.\n\nFiras Jumaah had returned to his native Iraq days "
            "earlier, fearing for the safety of his wife and two children who had traveled "
            "there for a family wedding. He had initially stayed behind to complete his lab "
            "work at Lund University in southern Sweden.\n\nOver the phone, Jumaah told "
            "Turner that he and his family were preparing to go into hiding in Iraq\u2019s "
            "northern mountains. She told him not to give up and started looking for ways to "
            "rescue the family.\n\n\u201cIt was very spontaneous,\u201d she said. "
            "\u201cFor me, it was obvious that I should help and bring them home.\u201d")
    assert set(speakers_of(text)) == {"Charlotta Turner"}


def test_a_role_holder_an_article_never_mentions_is_not_whom_its_role_means() -> None:
    history = "One week later, President George W. Bush issued a stiff tariff on steel."
    rally = ("Donald Trump has said he does not want poor people in economic roles. "
             'Speaking at a rally in Iowa, the President declared: "I love all people, '
             'rich or poor."')
    assert quotes_of(history, rally) == [("the President", "I love all people, rich or poor.")]
    # (an article that mentions the holder still means them)
    told = rally.replace("Donald Trump", "Bush")
    assert quotes_of(history, told)[0][0] == "George W. Bush"


def test_a_person_described_by_their_part_in_something_is_not_what_it_names() -> None:
    named = ('The prosecutor, Mustafa Suleiman, told the court: "He deserves the harshest '
             'penalty."')
    trial = ("The chief prosecutor in Hosni Mubarak's trial accused the ousted leader of "
             'imposing "tyrannical rule" on the country.')
    assert speaker_of(named + "\n\n" + trial, "tyrannical") == "Mustafa Suleiman"
    assert speaker_of(trial, "tyrannical") == "the chief prosecutor in Hosni Mubarak's trial"


def test_the_tweet_is_its_writers_when_their_last_quotation_said_they_tweeted() -> None:
    text = ('Donald Trump later tweeted Sunday afternoon saying Hillary Clinton is "being '
            'protected by the media."\n\n"She is not a talented person or politician. The '
            'dishonest media refuses to expose!" The tweet said.')
    assert speaker_of(text, "She is not") == "Donald Trump"


def test_a_role_said_in_fewer_plain_words_is_the_same_role() -> None:
    text = ("GOP presidential nominee Donald Trump spoke in Ohio. Mike Pence spoke too.\n\n"
            '"We will win," the GOP nominee said.')
    assert speaker_of(text, "We will") == "Donald Trump"
    # (a qualifier makes another office: the Scottish Labour leader is not the Labour one)
    other = ("Scottish Labour leader Kezia Dugdale spoke in Glasgow.\n\n"
             '"We will win," the Labour leader said.')
    assert speaker_of(other, "We will") == "the Labour leader"


def test_averred_introduces_speech() -> None:
    assert speaker_of('"I would be beating Hillary by 20%," Mr. Trump averred on Twitter.',
                      "I would") == "Trump"


def test_an_apposition_left_open_before_the_verb_still_names_the_speaker() -> None:
    text = ("Per-Olof Ortarsen of the emergency services said the call was hard to follow."
            '\n\n"No help. No police. No firemen," 17-year-old Zuhir Hersi, one of the disc '
            "jockeys at the bash said Friday, hours after the blaze exploded.")
    assert speaker_of(text, "No help") == "Zuhir Hersi"


def test_someone_tied_to_a_name_an_apposition_describes_is_that_someone() -> None:
    text = ("After a meeting with Gates in 1996, an executive with America Online, the "
            "nation's largest on-line service, wrote to other executives in his company: "
            '"Gates delivered a characteristically blunt query."')
    assert speaker_of(text, "Gates delivered") == "an executive with America Online"
    spokesman = ("A spokesman for Microsoft, the world's largest software company, said: "
                 '"We will appeal the ruling."')
    assert speaker_of(spokesman, "We will") == "a spokesman for Microsoft"


def test_a_body_an_apposition_describes_speaks_not_the_name_ending_the_apposition() -> None:
    text = ("Harakat-ul-Ansar, a Pakistan-based organization labeled a terrorist group by the "
            'United States, said, however, that foreigners in Pakistan "have nothing to fear '
            'from us."')
    assert speaker_of(text, "have nothing") == "Harakat-ul-Ansar"


def test_a_place_setting_the_clause_is_not_its_subject() -> None:
    for opening, speaker in (("a spokesman for the State Department",
                              "a spokesman for the State Department"),
                             ("a State Department spokesman", "a State Department spokesman")):
        text = f'In Washington, {opening} said "we have nothing to fear from them."'
        assert speaker_of(text, "we have") == speaker
    assert speaker_of('A State Department spokesman said "we will wait."', "we will") == \
        "a State Department spokesman"


def test_she_after_a_woman_brought_in_unnamed_is_that_woman_not_the_man_named_last() -> None:
    got = quotes_of(
        "Steve Vogelsang worked at the station for ten years. He resigned in 2011.\n\n"
        "A former student Vogelsang had been dating got a protection order against him.\n\n"
        "She said she broke up with him last August.\n\n"
        '"He has gone to great lengths to reach me," she said in court documents.')
    assert got == [("a former student", "He has gone to great lengths to reach me")]
