"""Quote groups: the same quotation in several sources is one quote, under one speaker."""

from __future__ import annotations

from storyline.analyze.names import People
from storyline.analyze.quote_groups import group_quotes
from storyline.analyze.quotes import Found, find_quotes
from storyline.model import Article, Document
from storyline.pipeline import digest
from storyline.segment import segment


def test_the_same_quote_in_two_sources_is_one_quote_with_both_sources() -> None:
    a = Article("a", 'Mr Findlay, an MSP, said: "There will be no progressive alliance with '
                     'the SNP and I expect Jeremy Corbyn to rule that out this week."')
    b = Article("b", '"There will be no progressive alliance with the SNP," said Neil Findlay.')
    people = People([a.text, b.text])
    found = [f for x in (a, b) for f in find_quotes(Document(x, segment(x)), people)]
    (quote,) = group_quotes(found, {"a": 1, "b": 2})
    assert quote.speaker == "Neil Findlay" and quote.source_ids == (1, 2)
    assert quote.text.startswith("There will be no progressive alliance with the SNP and")


def test_a_speaker_named_with_and_without_its_article_is_one_speaker() -> None:
    # ('Quoting "well-placed sources," the Guardian said the charge … was "dereliction of
    # duty"' had given 'the Guardian' and 'Guardian', two speakers of one story)
    found = [Found("a", "a#0", "well-placed sources", 8, 29, "the Guardian"),
             Found("a", "a#0", "dereliction of duty", 68, 89, "Guardian")]
    assert {q.speaker for q in group_quotes(found, {"a": 1})} == {"the Guardian"}


def test_a_company_with_and_without_its_trade_is_one_speaker() -> None:
    found = [Found("a", "a#0", "certain issues which could not be resolved", 8, 50,
                   "Cathay Pacific Airways"),
             Found("b", "b#0", "certain issues which could not be resolved", 8, 50,
                   "Cathay Pacific"),
             Found("b", "b#1", "not willing to continue negotiations", 80, 120,
                   "Cathay Pacific")]
    quotes = group_quotes(found, {"a": 1, "b": 2})
    assert {q.speaker for q in quotes} == {"Cathay Pacific"}
    assert [q.source_ids for q in quotes] == [(1, 2), (2,)]


def test_the_same_quote_under_a_misspelt_name_is_one_quote_its_majority_spells() -> None:
    texts = ['"The earlier information was wrong," Hand Carlsson, the lead detective, said.',
             '"The earlier information was wrong," Hans Carlsson, the lead detective, said.',
             '"The earlier information was wrong," said Hans Carlsson, a detective.']
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    (quote,) = digest(articles, sections=("quotes",)).analysis.quotes
    assert quote.speaker == "Hans Carlsson" and quote.source_ids == (1, 2, 3)


def test_a_speaker_a_report_misspells_is_one_speaker_as_most_sources_spell_them() -> None:
    texts = ['"They are all liars," said Siavaash Mohseni, 24, a student.',
             '"It makes no difference," said Siavash Mohseni, 24, a student.',
             '"It makes no difference," said Siavash Mohseni, a student.',
             '"We will wait," said Joan Smith. "We will see," said John Smith.']
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    quotes = digest(articles, sections=("quotes",)).analysis.quotes
    assert {q.speaker for q in quotes} == {"Siavash Mohseni", "Joan Smith", "John Smith"}


def test_the_same_quote_under_a_plain_description_is_one_quote_telling_whose() -> None:
    texts = ["Lizandra Cosme was charged on Sunday. Lizandra Cosme's defense attorney said "
             'she had "screwed up" and was sorry.',
             'Lizandra Cosme was charged on Sunday. She "screwed up," the attorney said.']
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    quotes = digest(articles, sections=("quotes",)).analysis.quotes
    assert [(q.speaker, q.source_ids) for q in quotes] == [
        ("Lizandra Cosme's defense attorney", (1, 2))]


def test_the_same_long_quote_under_a_description_is_the_named_speaker_s() -> None:
    texts = ["The shroud's bloodstains match no single pose, a study of Liverpool John Moores "
             'University finds. "This is just not what happens to a person on a cross," '
             "Matteo Borrini said.",
             '"This is just not what happens to a person on a cross," said a forensic '
             "investigator. The cloth has long been the subject of debate and study in Turin."]
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    quotes = digest(articles, sections=("quotes",)).analysis.quotes
    assert [(q.speaker, q.source_ids) for q in quotes] == [("Matteo Borrini", (1, 2))]
    # (a short one may be anyone's: a slogan, a chant)
    short = [t.replace("This is just not what happens to a person on a cross", "No peace")
             for t in texts]
    quotes = digest([Article(f"t{i}", t) for i, t in enumerate(short)],
                    sections=("quotes",)).analysis.quotes
    assert len(quotes) == 2


def test_the_same_long_quote_under_two_descriptions_is_one_quote() -> None:
    found = [Found("a", "a#0", "This isn't the same as gluing a broken plate together", 1, 53,
                   "one of the signers"),
             Found("b", "b#0", "This isn’t the same as gluing a broken plate together", 1, 53,
                   "one person")]
    (quote,) = group_quotes(found, {"a": 1, "b": 2})
    assert quote.source_ids == (1, 2)


def test_the_same_words_of_two_people_are_two_quotes() -> None:
    texts = ['"We will not give up," said Hans Carlsson.',
             '"We will not give up," said Karin Svensson.']
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    quotes = digest(articles, sections=("quotes",)).analysis.quotes
    assert sorted(q.speaker for q in quotes) == ["Hans Carlsson", "Karin Svensson"]


def sources_of_quotes(*texts: str) -> dict[str, tuple[int, ...]]:
    """Each quote of a story's Quotes section, with the sources that carry it."""
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    return {q.text: q.source_ids for q in digest(articles, sections=("quotes",)).analysis.quotes}


def test_one_report_s_two_passages_are_two_quotes() -> None:
    quotes = sources_of_quotes(
        '"It was wonderful," Todd Hardy said. "Truly wonderful. It was overwhelming."',
        'Todd Hardy spoke. "Truly wonderful. It was overwhelming," Hardy said.')
    assert quotes == {"It was wonderful": (1,),
                      "Truly wonderful. It was overwhelming.": (1, 2)}


def test_a_few_words_join_a_longer_quote_only_if_it_holds_them() -> None:
    quotes = sources_of_quotes(
        '"There were many obstacles. We built an airport from zero," said Fayez Zaidan.',
        '"This is your airport," said Fayez Zaidan. "We built an airport from zero."')
    assert quotes["This is your airport"] == (2,)
    assert quotes["There were many obstacles. We built an airport from zero"] == (1, 2)


def test_the_rest_of_a_split_quote_joins_it_though_it_holds_no_content_word() -> None:
    quotes = sources_of_quotes(
        '"I\'m sure that there will be some surprises. There always are," Eugene Parker said.',
        '"I\'m sure that there will be some surprises," Eugene Parker said. "There always are."')
    assert quotes == {"I'm sure that there will be some surprises. There always are": (1, 2)}
    # (such words by no one named stand in too many quotations to tell which)
    quotes = sources_of_quotes(
        '"I\'m sure that there will be some surprises. There always are," Eugene Parker said.',
        '"I\'m sure that there will be some surprises," Eugene Parker said. "There always '
        'are," a neighbour added.')
    assert quotes["There always are"] == (2,)
