"""Sentence segmentation survives news text; measured on a hand-checked fixture."""

from __future__ import annotations

import json

import pytest

from storyline.model import Article, SentenceKind
from storyline.segment import segment, split_sentences

from .conftest import FIXTURES


def kinds(text: str) -> list[SentenceKind]:
    """What each segment of a text is, in order."""
    return [s.kind for s in segment(Article("a", text))]


def _boundaries(text: str, sentences: list[str]) -> set[int]:
    """End offsets of all but the last sentence, found in order in `text`."""
    ends, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        pos = start + len(s)
        ends.append(pos)
    return set(ends[:-1])


def load_fixture() -> list[dict]:
    with open(FIXTURES / "segmentation.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_fixture_has_enough_hand_checked_boundaries() -> None:
    assert sum(len(d["sentences"]) - 1 for d in load_fixture()) >= 150


def test_boundary_accuracy_on_the_fixture_is_at_least_98_percent() -> None:
    gold_total = found = predicted_total = 0
    for doc in load_fixture():
        gold = _boundaries(doc["text"], doc["sentences"])
        pred = _boundaries(doc["text"], split_sentences(doc["text"]))
        gold_total += len(gold)
        predicted_total += len(pred)
        found += len(gold & pred)
    precision, recall = found / predicted_total, found / gold_total
    assert precision >= 0.98 and recall >= 0.98, (precision, recall)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Corbyn said no. Dr. Smith agreed.", ["Mr Corbyn said no.", "Dr. Smith agreed."]),
        ("The U.S. Army left. It was late.", ["The U.S. Army left.", "It was late."]),
        ("He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."]),
        (
            "A deficit of £14.8bn was found. It grew.",
            ["A deficit of £14.8bn was found.", "It grew."],
        ),
        ("They met at No. 10 today. Talks ended.", ["They met at No. 10 today.", "Talks ended."]),
        (
            "It lived ~161 Myr ago (Supplementary Figs. 1–5; Notes 1 and 2). It was small.",
            ["It lived ~161 Myr ago (Supplementary Figs. 1–5; Notes 1 and 2).", "It was small."],
        ),
        ("George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        ("He said: “I won’t. I will.” She left.", ["He said: “I won’t. I will.”", "She left."]),
        ('The bill "isn\'t perfect." He left.', ['The bill "isn\'t perfect."', "He left."]),
        ("Polls closed at 8 p.m. Counting began.", ["Polls closed at 8 p.m.", "Counting began."]),
        # an abbreviation's point and the sentence's, both written, end it before any word
        ("I don’t know Louis C.K.. I’ve never met him.",
         ["I don’t know Louis C.K..", "I’ve never met him."]),
        (
            "At 3 p.m. (0700 GMT), the typhoon was far out. It moved on.",
            ["At 3 p.m. (0700 GMT), the typhoon was far out.", "It moved on."],
        ),
        ("Talks ended at 5 p.m. (Reporting by Jo Lee)",
         ["Talks ended at 5 p.m.", "(Reporting by Jo Lee)"]),
        (
            "It ended at 2 a.m. Sunday. All went home.",
            ["It ended at 2 a.m. Sunday.", "All went home."],
        ),
        ('"Why?" he asked. Nobody knew.', ['"Why?" he asked.', "Nobody knew."]),
        # a named speaker after a quotation ending in '?' or '!' is still its sentence
        (
            '"Have I not done well?" Ms. Moseley-Braun said in an interview. "No."',
            ['"Have I not done well?" Ms. Moseley-Braun said in an interview.', '"No."'],
        ),
        ('"Why?" Smith asked. "Because."', ['"Why?" Smith asked.', '"Because."']),
        ("“Lock her up!” Trump said to cheers.", ["“Lock her up!” Trump said to cheers."]),
        ('"Expose them!" The tweet said. He went on.', ['"Expose them!" The tweet said.',
                                                       "He went on."]),
        # ... but what follows it is a new sentence when it is no attribution
        ('"Go now!" The crowd left.', ['"Go now!"', "The crowd left."]),
        ("“Is it over?” Nobody knew.", ["“Is it over?”", "Nobody knew."]),
    ],
)
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_dateline_is_left_out_of_the_first_sentence() -> None:
    (first, second) = segment(Article("a", "LONDON (Reuters) - Shares fell. Bonds rose."))
    assert first.text == "Shares fell."
    assert second.text == "Bonds rose."


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Seoul (CNN) North Korea is moving a missile.", "North Korea is moving a missile."),
        ("(CNN) Kenyan rangers killed a lion.", "Kenyan rangers killed a lion."),
        # a page puts its headline and date before the dateline
        ("Lion shot dead\nMay 9, 2018\nNAIROBI (AP) — A lion was shot. It had escaped.",
         "A lion was shot."),
        # no dateline: a ticker in brackets
        ("Amazon (AMZN) shares rose.", "Amazon (AMZN) shares rose."),
        # Reuters' dateline with its day
        ("LONDON, Dec 17 (Reuters) - A ticket frenzy grew.", "A ticket frenzy grew."),
        ("Dec 17 (Reuters) - A ticket frenzy grew.", "A ticket frenzy grew."),
        # stations sharing a story
        ("(WRDW/WAGT) – Investigations began after a boy was hurt.",
         "Investigations began after a boy was hurt."),
    ],
)
def test_datelines_in_any_style_and_paragraph_are_left_out(text: str, first: str) -> None:
    body = [s for s in segment(Article("a", text)) if s.kind is SentenceKind.BODY]
    assert body[0].text == first


@pytest.mark.parametrize("item", ["•The number rose.", "• The number rose.",
                                  "■ The number rose.", "- The number rose."])
def test_a_list_item_s_bullet_is_no_part_of_its_sentence(item: str) -> None:
    (sentence,) = segment(Article("a", item))
    assert sentence.text == "The number rose."


def test_spans_index_the_article_text_exactly() -> None:
    text = "WASHINGTON (AP) _ One here.\n\nTwo “three. four” five.\n- item one\nBy Jo Bloggs"
    a = Article("a", text)
    for s in segment(a):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_a_byline_after_the_page_s_date_and_time_is_a_byline() -> None:
    # (it had titled a story: 'March 10, 2012 10:54 am ET by MMFA Staff')
    text = ("March 10, 2012 10:54 am ET by MMFA Staff\n\nRadio-Info.com reported that 98 "
            "advertisers left.\n\nMarch 10, 2012 by the sea was a fine day.")
    assert kinds(text) == [SentenceKind.BYLINE, SentenceKind.BODY, SentenceKind.BODY]


def test_embedded_tweet_byline_caption_are_not_body() -> None:
    text = (
        "By Jane Smith\n"
        "The leader spoke in Glasgow.\n"
        "Rally tonight in Glasgow https://t.co/abc & tomorrow in Dundee.\n"
        "— Jeremy Corbyn (@jeremycorbyn) August 25, 2016\n"
        "Photo: The leader in Glasgow (PA)\n"
        "He left for Dundee."
    )
    assert kinds(text) == [
        SentenceKind.BYLINE,
        SentenceKind.BODY,
        SentenceKind.TWEET,
        SentenceKind.TWEET,
        SentenceKind.CAPTION,
        SentenceKind.BODY,
    ]


def test_unfinished_lines_are_fragments_but_the_page_s_own_are_furniture() -> None:
    assert kinds("Scotland's future\nA full sentence here.") == [SentenceKind.FRAGMENT,
                                                                  SentenceKind.BODY]
    assert kinds("Read more\nA full sentence here.") == [SentenceKind.FURNITURE,
                                                          SentenceKind.BODY]


def test_a_sentence_glued_after_a_year_is_two() -> None:
    text = "He assaulted a woman at his home in 2004.Officials say he is being processed."
    assert [s.text for s in segment(Article("a", text))] == [
        "He assaulted a woman at his home in 2004.", "Officials say he is being processed."]


def test_soft_wrapped_lines_are_joined() -> None:
    text = "The minister said the plan\nwould be published soon. Critics disagreed."
    assert [s.text for s in segment(Article("a", text))] == [
        "The minister said the plan\nwould be published soon.",
        "Critics disagreed.",
    ]


def test_a_sentence_broken_over_a_blank_line_is_joined() -> None:
    # text taken from a PDF: the line stops mid-sentence and the next opens low
    text = "Steele kept in touch with Ohr, who worked\n\nclosely with Yates.\n\nHe left."
    assert [s.text for s in segment(Article("a", text))] == [
        "Steele kept in touch with Ohr, who worked\n\nclosely with Yates.",
        "He left.",
    ]


def test_a_line_stopping_on_a_word_no_sentence_ends_on_runs_on_past_a_blank_line() -> None:
    text = ("As provided by clause 11(g) of Rule of the House of\n\nRepresentatives, the "
            "Committee has forwarded this Memorandum.\n\nThe President agreed.")
    assert [s.text for s in segment(Article("a", text))] == [
        "As provided by clause 11(g) of Rule of the House of\n\nRepresentatives, the "
        "Committee has forwarded this Memorandum.", "The President agreed."]
    # (not into a page's footer in capitals, nor a footnote)
    for after in ("PROPERTY OF THE US. HOUSE OF REPRESENTATIVES", "1 See, e.g., S. Rept. 114."):
        assert segment(Article("a", f"It was submitted to\n\n{after}"))[0].text == \
            "It was submitted to"


def test_a_picture_s_credit_in_brackets_is_no_part_of_the_sentence_after_it() -> None:
    text = ('Police released this video still. (Medicine Hat Police Service) "I wanted this '
            'to end in August. I fear for my safety." He was charged. (Lorenda Reddekopp/CBC) '
            'The 53-year-old was a news director. (Laughter) He left.')
    assert [s.text for s in segment(Article("a", text))] == [
        "Police released this video still.", "(Medicine Hat Police Service)",
        '"I wanted this to end in August. I fear for my safety."', "He was charged.",
        "(Lorenda Reddekopp/CBC)", "The 53-year-old was a news director.", "(Laughter)",
        "He left."]
    # (a remark in brackets is a sentence of its own already)
    assert split_sentences("He agreed. (She escaped.) It ended.") == [
        "He agreed.", "(She escaped.)", "It ended."]


def test_a_blank_line_after_a_finished_sentence_or_a_heading_still_ends_it() -> None:
    text = "The talks ended.\n\nthen the rain came.\n\nLATEST HEADLINES\n\nBonds rose."
    assert [s.text for s in segment(Article("a", text))] == [
        "The talks ended.", "then the rain came.", "LATEST HEADLINES", "Bonds rose."]


def test_sentences_inside_a_running_quotation_are_marked() -> None:
    text = "“The SNP wants to break up the UK. Independence would lead to austerity.\nHe left."
    flags = [s.in_quote for s in segment(Article("a", text))]
    assert flags == [False, True, False]


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!",
        "Add Donald Trump as an interest to stay up to date on the latest news from ABC News.",
        "Follow us on Facebook, Twitter, Google+, Tumblr!",
        "Get breaking news and personal-tech reviews delivered right to your inbox.",
        "You can add location information to your Tweets, such as your city, from the web.",
        "You can switch location on/off before each Tweet and always have the option to "
        "delete your location history.",
        "We've detected that JavaScript is disabled in your browser.",
        "Copyright 2017 by WKMG ClickOrlando - All rights reserved.",
        "View all New York Times newsletters.",
        "Get The Beast In Your Inbox!",
        "(See the top 10 movies of 2009.)",
        "[Is there a Planet X, a ‘massive perturber,’ hidden beyond Pluto?]",
        "Watch the report from Chad Pradelli on Action News at 4 p.m. on September 25, 2018.",
        # a link to another article: its headline, then 'Read more'
        "Peter Jackson: I blacklisted Ashley Judd under pressure from Weinstein Read more",
        "Editor's note: If you capture an amazing photo of the eclipse and would like to "
        "share it with Space.com for a story or gallery, send images to us.",
        # where an advertisement cut the page, unfinished as a heading is
        "Story Continued Below",
        # a media player's or another page's label in capitals
        "TRAILER: Get a taste of Peter Jackson's adaptation of the book.",
        "SEE ALSO: Maisie Williams had the perfect response to this headline.",
        # the reporter's own lines, and a list page's widget
        "Follow John Simerman on Twitter, @johnsimerman.",
        "Reach Bob Dunn at bdunn@berkshireeagle.com, at @BobDunn413 on Twitter and 413-496-6249.",
        "internet The Dumbest GoFundMe Campaigns Ever Ashley Reign 115k votes 18k voters 9.8M "
        "views 25 items Follow Embed List Rules Vote up the campaigns that are so stupid.",
        # the site inviting its readers to write in (it had ended a digest)
        "We take your questions every week in our weekly livechat, Switchback, Fridays at 11.",
        "The comment box is open, so submit your questions now.",
        # a web archive's notice, scraped in place of the page it kept
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
        "Archive.",
        "Flowing in every day, these data are added to the Wayback Machine after an embargo "
        "period.",
        "These crawls are part of an effort to archive pages as they are created and archive "
        "the pages that they refer to.",
        "That way, as the pages that are referenced are changed or taken from the web, a link "
        "to the version that was live when the page was written will be preserved.",
        "Then the Internet Archive hopes that references to these archived pages will be put "
        "in place of a link that would be otherwise be broken.",
        "The goal is to fix all broken links on the web .",
        'Crawls of supported "No More 404" sites.',
        # a newsletter's box
        "Breaking News Emails Get breaking news alerts and special reports.",
        "The news and stories that matter, delivered weekday mornings.",
        "WARCZone is a collection of outsider-uploaded WARCs, which are contributed to the "
        "Internet Archive but may or may not be ingested into the Wayback Machine.",
        "They are being kept in this location for reference and clarity for the Wayback Team, "
        "while also being accessible to the general public.",
        # a pointer to what the page shows beside the text (the first had been a digest
        # sentence)
        "Read part of Damon’s conversation with Travers below.",
        "Watch the full clip below.", "Read the updated story here.",
    ],
)
def test_page_furniture_is_not_body(line: str) -> None:
    text = f"The council voted on Monday.\n{line}\nThe vote was close."
    assert kinds(text) == [SentenceKind.BODY, SentenceKind.FURNITURE, SentenceKind.BODY]


def test_news_of_what_was_watched_or_read_here_is_body() -> None:
    assert kinds("Watch parties were held here. Read aloud in court, the letter ran to "
                 "two pages.") == [SentenceKind.BODY, SentenceKind.BODY]


def test_a_poll_of_two_papers_is_no_credit() -> None:
    assert kinds("The Times/CBS News statewide telephone poll was conducted on Tuesday.") == [
        SentenceKind.BODY]


def test_a_sitter_in_the_past_is_prose() -> None:
    assert kinds("Brown posed for a portrait with his daughter in 2006.") == [
        SentenceKind.BODY]


def test_prose_about_a_figure_is_no_caption() -> None:
    assert kinds("Figure 2 shows that the rate rose by a third in a year.") == [
        SentenceKind.BODY]


def test_prose_that_dates_an_event_is_no_caption() -> None:
    text = ("There would be no charity if there hadn't first been this picture.\n"
            "The rally was held on Saturday, Aug. 13, 2016, in Fairfield, Conn.\n"
            "The president spoke in the East Room of the White House on Thursday, Feb. 16, "
            "2017.\nThe vote, held Tuesday, Nov. 8, 2016, was close.")
    assert kinds(text) == [SentenceKind.BODY] * 4


def test_captions_run_into_the_text_are_captions() -> None:
    text = (
        "The actress won the award.\n"
        "In this Aug. 11, 2015 file photo, the actress attends a screening in New York.\n"
        "A surgeon examines a patient in France in this file photo taken January 24, 2013.\n"
        "FILE - In this Aug. 15, 2014 file photo, the heir leaves a Houston courtroom.\n"
        "The president speaks in the East Room of the White House in Washington, Thursday,"
        " Feb. 16, 2017.\n"
        "Shane Bauer sits with his mother during a news conference in Tehran May 20, 2010.\n"
        "Donald Trump speaks during a campaign rally at Sacred Heart University, Saturday, "
        "Aug. 13, 2016, in Fairfield, Conn.\n"
        "This image provided by the Montgomery County Correctional Facility shows Bill Cosby "
        "on Tuesday, Sept. 25, 2018, after he was sentenced.\n"
        "This undated photo shows the icy moon Mimas dwarfed by Saturn's rings.\n"
        "Police released this video still from the bank robbery in Medicine Hat.\n"
        "Mike Brown stands for a portrait in front of an artist portrayal of Planet Nine.\n"
        # a gallery's caption, its counter and title run into it
        "Hide Caption 5 of 23 Photos: The rise and fall of O.J. Simpson Simpson married Nicole "
        "Brown Simpson in 1985.\n"
        "Photos: Shooting at Oregon community college Community members attend a vigil.\n"
        # a caption, its credit after a bar, and the next article's headline run together
        "The president sparred with reporters Thursday. | Getty All the things he covered.\n"
        "She thanked her family."
    )
    assert kinds(text) == [SentenceKind.BODY] + [SentenceKind.CAPTION] * 13 + [SentenceKind.BODY]


def test_the_publisher_s_note_on_the_article_is_no_body_text_but_an_update_is() -> None:
    text = ("CORRECTION (March 18, 11:30 a.m.): An earlier version of this article said "
            "Metron joined the search two years after the crash.\n"
            "Editor’s note: This interview has been edited for length and clarity.\n"
            "UPDATE: A Microsoft spokesperson responded to our inquiry.\n"
            'Correction officers said: "We are tired."')
    assert kinds(text) == [SentenceKind.FURNITURE, SentenceKind.FURNITURE, SentenceKind.BODY,
                           SentenceKind.BODY]


def test_a_page_s_labels_and_newsletter_box_are_its_furniture() -> None:
    text = ("Photo Advertisement Continue reading the main story\n\n"
            "Newsletter Sign Up Continue reading the main story Please verify you're not a "
            "robot by clicking the box. Invalid email address. You agree to receive occasional "
            "updates and special offers for The New York Times's products and services.\n\n"
            "Tweet with a location\n\n936 SHARES Share Tweet\n\n"
            "Posted Tuesday, November 21, 2017 5:27 pm\n\n"
            "The Brotherhood won the vote.")
    assert kinds(text) == [SentenceKind.FURNITURE] * 5 + [SentenceKind.BODY]


@pytest.mark.parametrize("line", [
    "Story highlights The incident took place the night before the election",
    "LATEST HEADLINES", "Share On more Share On more", "× Close What is the Tomatometer®?",
    "Eds: UPDATES with four more deaths in Poland", "Please enable Javascript to watch this video",
    "Add a location to your Tweets", "Tuesday, October 16, 2018", "Enlarge Image GoFundMe",
    "Adapted from The Daily Show (The Book), by Chris Smith; © 2016 by Busboy Productions.",
    "Below is the uncorrected machine-read text of this chapter, intended to provide text.",
    '"No member, 5th graf, 1st Ld-Writethru', "Yaakov Perry, former, 5th graf pvs.",
    "Turkey amassed troops, pick up 4th graf pvs",
])
def test_a_page_s_labels_widgets_and_stamps_are_its_furniture(line: str) -> None:
    # (each had been a .txt file's first line, the story's title)
    assert kinds(f"{line}\n\nThe council met on Monday.") == [SentenceKind.FURNITURE,
                                                             SentenceKind.BODY]


def test_a_sentence_about_an_adaptation_is_news() -> None:
    assert kinds("Adapted from a 1972 novel, the film stars Al Pacino as a crime boss.") == [
        SentenceKind.BODY]


def test_a_heading_with_a_number_is_no_date_stamp() -> None:
    assert kinds("Game 7\n\nThe Cubs won.") == [SentenceKind.FRAGMENT, SentenceKind.BODY]


def test_prose_about_copyright_or_photos_is_no_caption() -> None:
    assert kinds("Image copyright law is murky, lawyers said.\n\nPhoto by photo, the "
                 "exhibit grew.") == [SentenceKind.BODY, SentenceKind.BODY]


@pytest.mark.parametrize("line", [
    "Image copyright Reading University Image caption The body, which is about 1.5m long",
    "Photo by Ray Ault", "(European Pressphoto Agency)",
    "Actors Alyssa Milano and Matt Damon (Photo: Getty Images, WireImage)",
])
def test_a_picture_s_credit_and_copyright_are_captions(line: str) -> None:
    assert kinds(f"{line}\n\nThe council met on Monday.") == [SentenceKind.CAPTION,
                                                             SentenceKind.BODY]


def test_a_paragraph_closed_by_an_agency_s_credit_is_a_caption() -> None:
    # (its date had been the only event of a story's timeline)
    text = ("A girl survived the crash.\n\nDavid Veatch talks to the media in Bellingham, "
            "Wash., Monday, July 13, 2015. Autumn... (Associated Press)\n\nShe was found.")
    assert kinds(text) == [SentenceKind.BODY, SentenceKind.CAPTION, SentenceKind.BODY]
    gallery = ("1 of 10 Full Screen Autoplay Close Skip Ad × The moment a lion is shot View "
               "Photos Officials shot the lion. March 30, 2016 A stray lion passes in front of a "
               "car. AFP/Getty Images Buy Photo Wait 1 second to continue.\n\nIt was shot.")
    assert kinds(gallery) == [SentenceKind.CAPTION, SentenceKind.BODY]
    reuters = ("Players reach for the puck in Hamden, Connecticut, U.S., December 28, 2017. "
               "Picture taken December 28, 2017. REUTERS/Brian Snyder\n\nThey will march.")
    assert kinds(reuters) == [SentenceKind.CAPTION, SentenceKind.BODY]


def test_an_agency_caption_is_a_caption_in_all_its_sentences() -> None:
    # (its sentences after the picture's tell the news it illustrates, and had been a
    # digest's)
    text = ("FILE - In this Aug. 15, 2014 file photo, the heir leaves a Houston courtroom. "
            "A federal judge on Wednesday approved a plea agreement for Durst to serve seven "
            "years in prison. (Associated Press)\n"
            "A judge sentenced Durst to seven years in prison.")
    assert kinds(text) == [SentenceKind.CAPTION, SentenceKind.BODY]


@pytest.mark.parametrize(
    "player",
    [
        "CLOSE Ariel Winter is tired of being told what to wear. USA TODAY",
        "CLOSE Skip in Skip x Embed x Share FBI officials say there are no new threats. VPC",
        "EMBED More News Videos Bill Cosby heads to Montgomery County Correctional Facility.",
        "View Images The skull of Caihong juji.",
        "(Left to right) Nolan Gould and Ariel Winter attend the event.",
        "Craig Sjodin/ABC Via Getty Images Photo: Left: Attorney General's Office.",
        "Fig. 1 Caihong juji holotype specimen (PMoL-B00175). Photographs of the slab (a).",
        "Figure 2: Feather melanosomes of the holotype.",
        # a photographer and a paper or agency in brackets close the paragraph
        "President-elect Donald Trump answers questions from the media at the Mar-a-Lago "
        "Club on Dec. 28. (Ricky Carioti/The Washington Post)",
        "Singer arrives at a news conference on Monday. (KEVORK DJANSEZIAN/REUTERS)",
        # (several makers: a video's)
        "Astronomers say they have evidence of a ninth planet. Here's what they know. (Joel "
        "Achenbach,Gillian Brockell/The Washington Post)",
        "A reconstruction of the dinosaur is shown in this October 31, 2016 photo released "
        "on January 15, 2018.",
        # the photographer's credit opening the caption
        "Bill Ingalls/NASA A supermoon behind the Colorado State Capitol Building on Sunday, "
        "Sept. 27, 2015.",
        "Ruaraidh Gillies/Wikimedia Commons From supermoon to blood moon.",
        # (its agencies spaced, several)
        "Gerard Julien / AFP / Getty Images Pope John Paul II prays at the Turin Cathedral.",
        "Luigi Garlaschelli / Via youtube.com A screengrab of the research.",
    ],
)
def test_media_players_and_photo_credits_are_captions(player: str) -> None:
    text = f"The actress won the award.\n{player}\nClose to 500 people attended."
    found = kinds(text)
    assert found[0] is found[-1] is SentenceKind.BODY
    assert set(found[1:-1]) == {SentenceKind.CAPTION}


def test_a_spoiler_warning_is_the_page_s_but_a_sentence_about_spoilers_is_not() -> None:
    text = ("Warning: Contains spoilers for Game of Thrones Season 6.\n\nThe episode contains "
            "spoilers, fans said.")
    assert kinds(text) == [SentenceKind.FURNITURE, SentenceKind.BODY]


def test_a_line_the_page_printed_twice_is_the_page_s() -> None:
    line = "Frail Robert Durst sentenced on gun charge in New Orleans."
    text = f"{line}\n\n{line}\n\nRobert Durst moved closer to leaving Louisiana.\n\nHe left."
    assert kinds(text) == [SentenceKind.FURNITURE] * 2 + [SentenceKind.BODY] * 2


def test_brackets_closing_prose_are_no_credit() -> None:
    text = "The actress won the award.\nThe bill was backed by Sen. Jane Doe (D-Calif.).\nShe left."
    assert set(kinds(text)) == {SentenceKind.BODY}


def test_a_tweet_quoted_by_its_address_is_a_tweet() -> None:
    text = ("The story went viral.\nhonestly the scariest thing about this story is my photo "
            "https://twitter.com/SFGate/status/959468739862323201 …\nShe laughed it off.")
    assert kinds(text) == [SentenceKind.BODY, SentenceKind.TWEET, SentenceKind.BODY]


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter said 90 percent of the wreckage has been recovered.",
        "The new privacy policy lets the company listen to everything users say.",
        "Tapper later mentioned a reporter from NBC.",
        "Readers can subscribe to the paper for $5 a month.",
        "In a photo posted to Instagram, the singer holds her newborn son.",
        "She was reported missing in Humboldt County on Nov. 18, 2017.",
        "The probe will launch from Kennedy Space Center in Florida on July 31, 2018.",
        "He said [the plan] was fine.",
        "See you in court, the lawyer wrote.",
    ],
)
def test_news_about_sites_and_photos_stays_body(line: str) -> None:
    assert kinds(line) == [SentenceKind.BODY]


def test_furniture_words_inside_a_quotation_stay_body() -> None:
    text = "“We had to act fast. Sign up for the programme by Friday.\n“It closes then,” she said."
    sentences = segment(Article("a", text))
    assert sentences[1].in_quote
    assert [s.kind for s in sentences] == [SentenceKind.BODY] * 3


def test_sentences_a_page_glued_together_are_split() -> None:
    text = ("Footage was reviewed.Cosme's defense attorney said she erred. \"Stay out of your "
            "backyard if you have trees there.\"Martin Luther King Jr. National Memorial "
            "postponed it.\n"
            # but not initials, titles, a domain, or a mark that opens a quotation
            "The U.S.Army said so. Mr.Smith went to example.com. It was taking "
            "place.\"Each of the victims winced,\" a prosecutor said.")
    assert split_sentences(text) == [
        "Footage was reviewed.", "Cosme's defense attorney said she erred.",
        "\"Stay out of your backyard if you have trees there.\"",
        "Martin Luther King Jr. National Memorial postponed it.",
        "The U.S.Army said so.", "Mr.Smith went to example.com.",
        "It was taking place.\"Each of the victims winced,\" a prosecutor said."]
