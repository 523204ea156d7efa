"""Turns of a transcript: who speaks in each paragraph."""

from __future__ import annotations

from storyline.analyze.names import People
from storyline.analyze.turns import paragraphs, signer, turn_voices, voices
from storyline.model import Article, Document
from storyline.segment import segment


def voices_of(text: str) -> list[str]:
    """Who speaks each paragraph (its first sentence)."""
    sentences = segment(Article("a", text))
    spoken = voices(text, sentences, People([text]))
    return [spoken.get(p[0].id, "") for p in paragraphs(sentences)]


def test_labels_by_name_and_initials_give_each_turn_its_speaker() -> None:
    assert voices_of("Read part of the conversation below.\n\n"
                     "Peter Travers: How do you react to that?\n\n"
                     "Matt Damon: I think we're in this watershed moment.\n\n"
                     "And I think it's great.\n\n"
                     "PT: Do you talk to them?\n\n"
                     "MD: It depends.") == ["", "Peter Travers", "Matt Damon", "Matt Damon",
                                            "Peter Travers", "Matt Damon"]


def test_an_oral_historys_narrative_between_turns_is_no_ones() -> None:
    assert voices_of("JON STEWART (host, 1999-2015):\n\n"
                     "I wanted to stay on TV longer than nine months.\n\n"
                     "The show premiered in 1996 with Craig Kilborn as host.\n\n"
                     "JAMES DIXON (manager):\n\n"
                     "We had this nice deal.\n\n"
                     "JON STEWART: It was the turning point for me.") == [
        "Jon Stewart", "Jon Stewart", "", "James Dixon", "James Dixon", "Jon Stewart"]


def test_one_voice_or_a_pages_labels_make_no_transcript() -> None:
    assert set(voices_of("Photo Gallery: pictures.\n\nRead More: the story.\n\n"
                         "Related Coverage: more.\n\nWe asked readers.")) == {""}
    assert set(voices_of("TRUMP: We won.\n\nTHE FACTS: He did not.\n\n"
                         "TRUMP: We won big.")) == {""}  # a fact check's one voice


ORAL_HISTORY = ("JON STEWART (host, 1999-2015):\n\n"
                "My wildest dream for the show was that it would be fun.\n\n"
                "The show premiered in 1996 with Craig Kilborn as host.\n\n"
                "JAMES DIXON (manager):\n\n"
                "We had this nice deal. I was sure of it.\n\n"
                "JON STEWART: It was the turning point for me.")


def test_a_transcript_s_sentences_are_each_its_turn_s_speaker_s() -> None:
    article = Article("a", ORAL_HISTORY)
    doc = Document(article, segment(article))
    voice = turn_voices(doc)
    assert {s.text: voice.get(s.id, "") for s in doc.sentences if s.text[-1] == "."} == {
        "My wildest dream for the show was that it would be fun.": "Jon Stewart",
        "The show premiered in 1996 with Craig Kilborn as host.": "",
        "We had this nice deal.": "James Dixon",
        "I was sure of it.": "James Dixon",
        "JON STEWART: It was the turning point for me.": "Jon Stewart",
    }


def test_turns_run_into_one_paragraph_are_each_their_speaker_s() -> None:
    # a transcript pasted into a report, an interviewer's role for a label
    article = Article("a", "Donald Trump met the press on Thursday.\n\n"
                           "REPORTER: Can you say it? Is it fake news? TRUMP: Well, the leaks "
                           "are real. I mean, the leaks are real.\n\n"
                           "Trump then left the room.\n\n"
                           "REPORTER: Will you meet them? TRUMP: I would. I think it's great.")
    doc = Document(article, segment(article))
    voice = turn_voices(doc)
    assert [voice.get(s.id, "") for s in doc.sentences] == [
        "", "", "", "Donald Trump", "Donald Trump", "", "", "Donald Trump", "Donald Trump"]


def test_a_report_that_is_no_transcript_has_no_turns() -> None:
    article = Article("a", "Labour leader Jeremy Corbyn ruled out a pact.\n\n"
                           "He said: we will win.\n\nNote: the vote is on Thursday.")
    assert turn_voices(Document(article, segment(article))) == {}


def test_a_post_is_signed_by_its_signature_on_its_line_or_the_next() -> None:
    people = People(["Donald Trump spoke."])
    post = ("My rallies are not covered properly. — Donald J. Trump (@realDonaldTrump) "
            "August 14, 2016")
    assert signer(post, 0, people) == "Donald Trump"  # (as the story names him)
    alone = '"We are outraged."\n\n— Alyssa Milano (@Alyssa_Milano) Oct 15, 2017'
    assert signer(alone, alone.index("\n"), people) == "Alyssa Milano"  # (a line below)
    assert signer("We are outraged. — Alyssa Milano", 0, people) == ""  # (no post's)
    assert signer("He wrote it - and won - on May 5, 2016", 0, people) == ""
    assert signer('"First line." Said.\nAnother. — X (@x) May 5, 2016', 14, people) == ""
