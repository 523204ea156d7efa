"""The digest's order: the reports' own, except where a reader would be lost."""

from __future__ import annotations

from storyline.model import SentenceKind
from storyline.pipeline import documents
from storyline.summarize.order import story_order

from ..conftest import article


def _ordered(*texts: str) -> list[str]:
    docs = documents([article(t, id=f"r{i}") for i, t in enumerate(texts)])
    chosen = [s for d in docs for s in d.sentences]
    return [s.text for s in story_order(chosen, docs)]


def test_sentences_keep_their_place_in_their_reports() -> None:
    assert _ordered("Floods hit York on Monday. The council opened shelters.",
                    "Rain fell for a week in the north. Boats reached stranded people.") == [
        "Floods hit York on Monday.", "Rain fell for a week in the north.",
        "The council opened shelters.", "Boats reached stranded people."]


def test_a_page_s_captions_before_its_lede_do_not_push_the_lede_down() -> None:
    caption = ("FILE - In this Aug. 11, 2015 file photo, actress Laverne Cox attends a "
               "screening in New York. (Associated Press)")
    docs = documents([article(t, id=f"r{i}") for i, t in enumerate((
        "An anonymous hacker released the episodes online. Variety was unable to verify "
        "the episodes. The files were shared on Saturday. Netflix set June 9 for the "
        "release. Reps for Netflix did not respond.",
        f"{caption}\n\n{caption}\n\nA hacker claims to have stolen the season. The "
        "hacker uploaded an episode. The FBI is investigating. New episodes are due in "
        "June."))])
    chosen = [s for d in docs for s in d.sentences if s.kind is SentenceKind.BODY]
    order = [s.text for s in story_order(chosen, docs)]
    assert order[:3] == ["An anonymous hacker released the episodes online.",
                         "A hacker claims to have stolen the season.",  # (its report's lede)
                         "Variety was unable to verify the episodes."]


def test_someone_named_in_full_is_met_before_their_bare_surname() -> None:
    order = _ordered(
        "Talks on East Timor resumed in Lisbon on Friday. Marker, who was appointed 20 "
        "months ago, met exiles.",
        "The dispute has lasted for decades. Officials from both sides met on Thursday. "
        "In Lisbon, Jamsheed Marker, the U.N. envoy for East Timor, said a plan was near.")
    assert order.index("In Lisbon, Jamsheed Marker, the U.N. envoy for East Timor, said a "
                       "plan was near.") < order.index(
        "Marker, who was appointed 20 months ago, met exiles.")
    order = _ordered("Chapman actually played another Lannister back in Season 3.",
                     "Dean-Charles Chapman is currently known for playing King Tommen.")
    assert order[0].startswith("Dean-Charles Chapman")
    # (another person of the surname, named in full, is no reason to move anything)
    assert _ordered("Bob Marker arrived on Friday. Officials met.",
                    "Rain fell. Jamsheed Marker, the envoy, said so.")[0] == \
        "Bob Marker arrived on Friday."


def test_a_writer_s_exclamation_does_not_open_the_digest() -> None:
    order = _ordered("Now that's a lot of dog treats! The actress set aside $10,000 for her dog.",
                     "Lauren Bacall left the bulk of her fortune to her family, her will shows.")
    assert order[0].startswith("Lauren Bacall")


def test_an_excerpt_opening_on_and_may_open_the_digest_its_report_opens_with_it() -> None:
    # (it had gone second, after the sentence that calls the deputy by surname alone)
    assert _ordered("And on Oct. 19, Deputy Jack Hopkins was gunned down. Officials said "
                    "Hopkins was killed as he entered a property.") == [
        "And on Oct. 19, Deputy Jack Hopkins was gunned down.",
        "Officials said Hopkins was killed as he entered a property."]
    # (a sentence of the kind deeper in its report still leans on the one before)
    assert _ordered("Rain fell. And then the river rose.",
                    "Boats went out.")[0] != "And then the river rose."


def test_two_sentences_naming_each_other_s_subject_in_full_end_in_an_order() -> None:
    # (each names in full whom the other calls by surname: they had traded places for ever)
    order = _ordered("John Smith said Jones was wrong about the plan.",
                     "Mary Jones said Smith was wrong about the plan.")
    assert sorted(order) == ["John Smith said Jones was wrong about the plan.",
                             "Mary Jones said Smith was wrong about the plan."]
