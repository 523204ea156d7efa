"""People: a story's own words tell who a name, a surname or a pronoun can be."""

from __future__ import annotations

import re

from storyline.analyze.given_names import same_given
from storyline.analyze.names import RUN, People, inside, runs_outside, tidy


def test_a_title_or_a_relation_next_to_a_name_tells_the_sex() -> None:
    people = People([
        "In a post, mother Aimee Hardy praised the decision. Todd Hardy, Josh's father, "
        "got the call. Mrs Jones and Mr Smith were there, with her father, David Veatch."
    ])
    assert people.gender("Aimee Hardy") == "f"
    assert people.gender("Todd Hardy") == "m"
    assert people.gender("Jones") == "f"
    assert people.gender("Smith") == "m"
    assert people.gender("David Veatch") == "m"


def test_the_pronoun_after_a_subject_tells_the_sex_and_no_cue_tells_nothing() -> None:
    # (Jean and Kim are given to men and women alike: the name cannot tell either)
    people = People([
        "Autumn Veatch, 16, was alive. She was taken to hospital. Kim Lee said the plane was "
        "lost. President Vladimir Putin is in China. He spoke. Warren questioned John "
        "Stumpf, who presided over the bank. She ripped into its culture. "
        "A report by Jean Lee, an expert at the Wilson Center, was read."
    ])
    assert people.gender("Autumn Veatch") == "f"
    assert people.gender("Putin") == "m"
    assert people.gender("John Stumpf") != "f"  # 'She' is Warren, the sentence's subject
    assert people.gender("Jean Lee") is None
    assert people.gender("Kim Lee") is None  # 'said the plane': no pronoun follows


def test_a_family_surname_names_its_member_of_the_pronoun_s_sex() -> None:
    people = People([
        "Todd Hardy, Josh's father, said he was glad. Mother Aimee Hardy wrote a post. "
        "Hardy said so. Hardy thanked everyone."
    ])
    assert people.of_sex("Hardy", "f") == "Aimee Hardy"
    assert people.of_sex("Hardy", "m") == "Todd Hardy"
    assert people.of_sex("Aimee Hardy", "m") is None


def test_a_month_or_a_salutation_inside_a_name_is_part_of_it_but_a_weekday_ends_it() -> None:
    assert tidy("Theresa May") == "Theresa May"  # 'may' is also a month
    assert tidy("Mrs May") == "May"
    assert tidy("Dear Matt Damon") == "Matt Damon"
    assert tidy("Trump Monday") == "Trump"  # '..., said Trump Monday.'
    assert tidy("On Monday Trump") == "Trump"


def test_a_name_is_read_whole_with_its_accented_letters() -> None:
    runs = [m.group() for m in RUN.finditer(
        "Pedro Sánchez met Recep Tayyip Erdoğan in Malmö. Guantánamo Bay, said Ahmet Öztürk.")]
    assert runs == ["Pedro Sánchez", "Recep Tayyip Erdoğan", "Malmö", "Guantánamo Bay",
                    "Ahmet Öztürk"]
    people = People(["Spain's prime minister, Pedro Sánchez, spoke. Sánchez said no."])
    assert people.resolve("Sánchez") == "Pedro Sánchez"


def test_a_name_with_and_without_its_middle_initial_is_one_person() -> None:
    first = "Dr. Barnett A. Slepian was killed. His wife, Lynne Slepian, wept. Slepian spoke."
    people = People(["President Donald J. Trump spoke. Donald Trump said so. Donald Trump "
                     "left.", first, "Dr. Barnett Slepian, 52, was shot. Dr. Barnett Slepian "
                     "was a doctor."])
    assert people.resolve("Donald J. Trump") == people.resolve("Trump") == "Donald Trump"
    assert people.resolve("Barnett A. Slepian") == "Barnett Slepian"
    # an article's bare surname is still the one it named first (not his wife)
    assert people.reading(first).resolve("Slepian") == "Barnett Slepian"


def test_a_name_with_and_without_its_middle_name_or_in_its_short_form_is_one_person() -> None:
    people = People([
        "Journalism instructor Steve Vogelsang was charged. Steve Vogelsang is 52. Court "
        "papers name Stephen Lane Vogelsang. Vogelsang said Steve Vogelsang was innocent.",
        "Former broadcaster Stephen Vogelsang was charged, police said.",
        "Mohammed Saddiq Odeh was arrested. Mohammed Odeh denied it. Mohammed Odeh spoke.",
    ])
    assert people.resolve("Stephen Lane Vogelsang") == people.resolve("Stephen Vogelsang") \
        == people.resolve("Vogelsang") == "Steve Vogelsang"
    assert people.resolve("Mohammed Saddiq Odeh") == "Mohammed Odeh"
    # different given names stay different people: father and son
    bogarts = People(["Humphrey Bogart starred. His son, Stephen Humphrey Bogart, spoke. "
                      "Stephen Bogart said so."])
    assert bogarts.resolve("Stephen Humphrey Bogart") == "Stephen Bogart"
    assert bogarts.resolve("Humphrey Bogart") == "Humphrey Bogart"


def test_two_initialled_names_of_one_plain_name_stay_two_people() -> None:
    people = People(["George W. Bush said on Monday that his father, George H.W. Bush, was "
                     "well. George Bush said more. George W. Bush left. George H.W. Bush "
                     "stayed."])
    assert people.resolve("George H.W. Bush") == "George H.W. Bush"  # (not 'H.W. Bush')
    assert people.resolve("George W. Bush") == "George W. Bush"
    assert people.resolve("George Bush") == "George Bush"  # either: no one's


def test_a_given_name_and_a_surname_make_a_person_when_the_story_gives_no_cue() -> None:
    people = People([
        "Martha Stewart doesn't like dirt. \"People don't have to be dirty,\" she said. "
        "Christian Science Monitor reported it. Hotels in Virginia Beach were full."
    ])
    assert people.is_person("Martha Stewart")
    assert people.gender("Martha Stewart") == "f"  # Martha: a woman's name, by the Census
    assert not people.is_person("Christian Science Monitor")  # 'Monitor' is no surname
    assert not people.is_person("Virginia Beach")  # a place: 'in Virginia Beach'


def test_a_city_the_lists_know_is_no_one_whatever_cue_seems_to_name_someone() -> None:
    people = People([
        "The office is outside New Orleans, meteorologist Robert Ricks said. This lifelong "
        "resident of New Orleans, who grew up there, stayed. Royal Caribbean canceled a "
        "cruise, and the Eastern Caribbean, which braced for the storm, was spared."
    ])
    assert not people.is_person("New Orleans")
    assert not people.is_person("Eastern Caribbean")  # a part of a listed place
    assert not people.is_person("Royal Caribbean")  # 'Royal' is a given name, but a
    # place is no surname of someone the story names with no other cue
    assert people.is_person("Robert Ricks")


def test_a_name_right_after_the_is_a_team_s_or_a_body_s_not_a_person_s() -> None:
    people = People([
        "In a statement, the Jets said they deny the claims. The New York Jets cheerleaders "
        "settled. The cheerleaders for the Buffalo Bills, the Jills, were given a date. "
        "Secretary of the Interior Bruce Babbitt spoke. The DNC and the Hillary Clinton "
        "campaign paid for it."
    ])
    assert not people.is_person("New York Jets") and not people.is_person("Jets")
    assert not people.is_person("Buffalo Bills")
    assert people.is_person("Bruce Babbitt")  # ('the' of 'the Interior')
    assert people.is_person("Hillary Clinton")  # a given name and a surname: someone


def test_a_first_word_the_story_uses_as_a_common_word_needs_a_cue() -> None:
    people = People(["May Day was quiet. The court may rule on Monday. Mr Green spoke."])
    assert not people.is_person("May Day")


def test_the_story_s_own_cue_outweighs_what_a_given_name_suggests() -> None:
    people = People(["Mr Leslie Martha Hughes arrived. Mr Hughes said it was late."])
    assert people.gender("Hughes") == "m"
    people = People(["Barry Sherman and his wife Honey Sherman were found. "
                     "Honey Sherman had said she was busy."])
    assert people.gender("Barry Sherman") == "m"
    assert people.gender("Honey Sherman") == "f"


def test_a_name_inside_a_longer_run_of_a_page_s_button_is_still_its_own() -> None:
    people = People(["President Donald Trump spoke. Add Donald Trump as an interest. "
                     "Donald Trump left."])
    assert people.resolve("Donald Trump") == "Donald Trump"


def test_initials_ending_a_paragraph_open_no_run_into_the_next() -> None:
    text = "Durst is headed to a prison in L.A.\n\nRobert Durst, the heir, said he was ill."
    assert [m.group() for m in RUN.finditer(text)] == ["Durst", "Robert Durst"]
    assert [m.group() for m in RUN.finditer("C.B. Thomas and U.S. Navy")] == [
        "C.B. Thomas", "U.S. Navy"]


def test_no_name_runs_on_past_the_end_of_its_line() -> None:
    # a line break ends a paragraph, as the segmenter reads text, whether a blank line
    # follows or not: a heading, a page's button or link list and the line after it are
    # no one's name
    text = ("Subscribe\n\nAnthony Kwan took the photo.\n· The Top 10 Star Trek Technologies\n"
            "Follow us on Twitter.\nRussia\nTrump said.")
    assert [m.group() for m in RUN.finditer(text)] == [
        "Subscribe", "Anthony Kwan", "The Top", "Star Trek Technologies", "Follow", "Twitter",
        "Russia", "Trump"]


def test_offices_of_a_house_are_roles_not_names() -> None:
    assert tidy("House Minority Whip Steny Hoyer") == "Steny Hoyer"
    assert tidy("House Speaker John Boehner") == "John Boehner"


def test_an_article_s_own_names_decide_first_then_the_story_s() -> None:
    mine = ("Tesla chief executive Elon Musk spoke. His brother Kimbal Musk did not. "
            "Mr Musk said so.")
    other = "Kimbal Musk and Elon Musk met. Kimbal Musk left. Kimbal Musk returned."
    people = People([mine, other])
    assert people.resolve("Musk") == "Kimbal Musk"  # the story names Kimbal most
    assert people.reading(mine).resolve("Musk") == "Elon Musk"  # introduced first here
    assert people.reading(other).resolve("Musk") == "Kimbal Musk"
    assert people.reading(mine).gender("Musk") == people.gender("Elon Musk")


def test_a_headline_s_capitalised_first_word_is_no_part_of_a_name() -> None:
    people = People(["Frail Robert Durst sentenced on gun charge\n"
                     "Frail Robert Durst sentenced on gun charge\n"
                     "Robert Durst, appearing frail in jail scrubs, spoke. Durst said little."])
    assert people.resolve("Durst") == "Robert Durst"
    assert tidy("Detective Constable Tim Bird") == "Tim Bird"


def test_a_person_s_thing_in_one_capitalised_word_names_the_person() -> None:
    # ('President Donald Trump's Cabinet' had been 'Cabinet', and Trump no president)
    assert tidy("President Donald Trump's Cabinet") == "Donald Trump"
    assert tidy("Jessica Yellin's Instagram") == "Jessica Yellin"
    assert tidy("EIA's Andrea Johnson") == "Andrea Johnson"  # (the owner a body)
    assert tidy("Hong Kong's Cathay Pacific") == "Cathay Pacific"  # (its thing a name)
    report = 'Trump spoke. "It was fine," the President declared.'
    people = People(["He was nominated to President Donald Trump's Cabinet.", report])
    assert people.reading(report).by_role("the President") == "Donald Trump"


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    assert tidy("Jeffrey Lord") == "Jeffrey Lord"
    assert tidy("Larry King") == "Larry King"
    assert tidy("Lord Ahmed") == "Ahmed"
    people = People(["CNN contributor Jeffrey Lord spoke. Lord said it was fine."])
    assert people.resolve("Lord") == "Jeffrey Lord"


def test_an_office_before_a_name_is_a_role_the_story_speaks_of_later() -> None:
    people = People(["Sen. Elizabeth Warren questioned John Stumpf. The senator asked.",
                     "Pope Francis sent word Tuesday. The pope said he was grieved."])
    assert people.by_role("the senator") == "Elizabeth Warren"
    assert people.by_role("The pope") == "Francis"
    assert people.by_role("the bishop") is None


def test_a_role_counts_each_person_s_mentions_however_named() -> None:
    people = People(["Barack Obama spoke first. President Obama left. President Obama "
                     "waved. President Obama sat. President Donald Trump spoke. President "
                     "Donald Trump stood. President Trump laughed. President Trump spoke."])
    assert people.by_role("the president") == "Donald Trump"


def test_a_role_does_not_reach_over_the_end_of_a_sentence() -> None:
    people = People(["\"This is not what happens,\" said a forensic investigator.\n"
                     "Gerard Julien / AFP / Getty Images Pope John Paul II prays."])
    assert people.by_role("a forensic investigator") is None


def test_a_word_that_opens_a_clause_is_no_part_of_a_name() -> None:
    assert tidy("Despite Swissair") == "Swissair"
    assert tidy("Until Susie") == "Susie"


def test_a_name_made_an_adjective_is_no_part_of_the_name_after_it() -> None:
    assert tidy("Brexit-supporting Daily Express") == "Daily Express"
    assert tidy("Kremlin-backed Rossiya Segodnya") == "Rossiya Segodnya"
    assert tidy("Jean-Pierre Raffarin") == "Jean-Pierre Raffarin"


def test_a_word_after_at_is_no_place_when_it_also_speaks() -> None:
    people = People(["The wide-eyed Susie Salmon loves photography.",
                     "Her father was staring right at Susie. \"I was 14,\" Susie narrates."])
    assert people.resolve("Susie") == "Susie Salmon"
    assert tidy("Resident Jason Parantai") == "Jason Parantai"


def test_a_question_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    people = People(["What Netscape, the Internet pioneer, has learned is what others did."])
    assert not people.is_person("What Netscape")
    assert tidy("What Netscape") == "Netscape"


def test_an_age_before_a_name_and_a_first_name_alone_tell_a_person() -> None:
    people = People(["Then 33-year-old Thamarong Kudpong made his wish.",
                     "A young woman who gave only her first name, Arezou, was there."])
    assert people.is_person("Thamarong Kudpong")
    assert people.is_person("Arezou")
    assert people.gender("Arezou") == "f"


def test_once_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    people = People(["Jon Stewart took over. Lizz Winstead said Jon was fine."])
    assert people.resolve("Once Jon") == "Jon Stewart"  # 'Once Jon realized he …'


def test_a_surname_misspelt_by_a_letter_is_the_one_person_it_misses() -> None:
    people = People(["White House spokesman Joe Lockhart said the United States deplored "
                     "it. \"We believe it,\" Lockart said. Spokesman Bob Smith agreed."])
    assert people.resolve("Lockart") == "Joe Lockhart"
    assert people.resolve("Lokart") == "Lokart"  # two letters from it: someone else
    assert people.resolve("Smit") == "Smit"  # too short to tell a slip from a name


def test_a_title_names_the_family_member_of_its_sex() -> None:
    # the story names Jane Wilson more often than her husband; 'Mr Wilson' is him, and his
    # title does not make her a man
    people = People([
        "Jane Wilson and her husband Gary Wilson set out. Jane Wilson fell. Mrs Wilson was "
        "a librarian. Jane Wilson was 53. Mr Wilson said his wife went ahead. Mr Wilson "
        "raised the alarm."
    ])
    assert people.resolve("Mr Wilson") == "Gary Wilson"
    assert people.resolve("Mrs Wilson") == "Jane Wilson"
    assert people.gender("Jane Wilson") == "f"


def test_british_police_ranks_are_titles() -> None:
    assert tidy("Det Con Tim Bird") == "Tim Bird"
    assert tidy("Det Insp Ann Lee") == "Ann Lee"
    assert tidy("Con Edison") == "Con Edison"  # 'Con' is a rank only after 'Det'


def test_a_clinic_s_services_are_no_person() -> None:
    # (an apposition would make a person of two capitalised words but for 'Services')
    people = People(["Doctors left the clinic, Women's Gynecological Services, said Ann Lee."
                     " Gynecological Services, the clinic, reopened."])
    assert not people.is_person("Gynecological Services")


def test_so_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert tidy("So Omar") == "Omar"


def test_a_lower_case_particle_is_part_of_a_name() -> None:
    people = People([
        "Osama bin Laden, the Saudi exile, met reporters. Later bin Laden left. Josue da "
        "Silva and Gilberto Manuel da Silva, 40, a cook, spoke. Sayeed el-Madhoun, 30, runs "
        "a shop."
    ])
    assert people.resolve("Laden") == "Osama bin Laden"  # 'bin Laden said': the run is 'Laden'
    assert people.is_person("Gilberto Manuel da Silva")
    assert people.resolve("Madhoun") == "Sayeed el-Madhoun"  # 'el-Madhoun said'


def test_a_run_after_a_place_word_is_a_place_for_all_its_apposition() -> None:
    people = People(["At Rocinha, in Rio de Janeiro, believed to be the largest slum, "
                     "voters queued. In New York, police said nothing."])
    assert not people.is_person("Rio de Janeiro")
    assert not people.is_person("New York")


def test_a_given_name_s_short_form_names_the_same_person() -> None:
    people = People(["Astronomer Michael Brown, 50, spoke. Mike Brown stands for a portrait. "
                     "Mike Brown, the Pluto killer, smiled. Brown said so."])
    assert people.resolve("Michael Brown") == people.resolve("Mike Brown") == "Mike Brown"
    assert people.resolve("Brown") == "Mike Brown"
    assert people.resolve("Jim Brown") == "Jim Brown"  # another given name: someone else


def test_short_forms_pair_only_with_their_formal_names() -> None:
    assert same_given("Mike", "Michael") and same_given("Bill", "William")
    assert same_given("Steve", "Stephen") and same_given("Steve", "Steven")
    assert not same_given("Stephen", "Steven")  # two formal names
    assert same_given("Bekah", "Rebekah")  # ('Bekah Martinez' had been someone apart)
    assert not same_given("Mike", "Bill") and not same_given("Jane", "Joan")


def test_clergy_titles_are_no_part_of_a_name() -> None:
    assert tidy("Grand Ayatollah Kazem Lankarani") == "Kazem Lankarani"
    assert tidy("Sheikh Ahmed Yassin") == "Ahmed Yassin"
    assert tidy("Wadih el Hage") == "Wadih el Hage"


def test_a_name_after_an_institution_s_of_is_no_person() -> None:
    people = People(["Emir Sader, a professor at the State University of Rio de Janeiro, "
                     "explaining the support, spoke."])
    assert people.is_person("Emir Sader")
    assert not people.is_person("Rio de Janeiro")


def test_an_article_s_role_is_a_holder_it_names() -> None:
    other = "President George W. Bush spoke in 2005. President George W. Bush left early."
    this = "President Donald Trump spoke at a rally in Iowa."
    people = People([other, this])
    assert people.by_role("the president") == "George W. Bush"  # the story's, by count
    assert people.reading(this).by_role("the president") == "Donald Trump"


def test_a_run_the_story_twice_puts_things_in_is_a_place() -> None:
    people = People([
        "Many homes in Puerto Rico are uninsured, and the cost will be borne in Puerto "
        "Rico by its people. The insurance commissioner of Puerto Rico, also sees no "
        "discrimination. The crowd cheered again Donald Trump said. It rose again Donald "
        "Trump said, and Donald Trump, the president, left."
    ])
    assert not people.is_person("Puerto Rico")
    assert people.is_person("Donald Trump")  # 'again' is not 'in'


def test_a_role_apposed_without_an_article_and_the_head_of_its_body() -> None:
    people = People(["Michel Camdessus, IMF managing director, predicted growth. "
                     "Camdessus said Europe was strong."])
    assert people.by_role("the IMF chief") == "Michel Camdessus"
    assert people.by_role("the IMF spokesman") is None  # a head, not anyone of the body
    assert people.by_role("the World Bank chief") is None


def test_initials_never_open_inside_a_word() -> None:
    # 'PC. Microsoft' ends one sentence and opens the next: no 'C. Microsoft' in it (the
    # story of the Microsoft trial had made 'Microsoft' the surname of a 'C. Microsoft')
    runs = [m.group() for m in RUN.finditer("It called it the Palm PC. Microsoft backed down, "
                                            "said U.S. District Judge Thomas P. Jackson.")]
    assert "Microsoft" in runs and "C. Microsoft" not in runs
    assert "U.S. District Judge Thomas P. Jackson" in runs


def test_a_word_in_capitals_before_a_given_name_is_no_part_of_the_name() -> None:
    # a video player's 'CLOSE', an office's acronym; a shouted given name stays one
    assert tidy("CLOSE Ariel Winter") == "Ariel Winter"
    assert tidy("DAG Dana Boente") == "Dana Boente"
    assert tidy("JEREMY Corbyn") == "Jeremy Corbyn"
    assert tidy("NBC News").lower() == "nbc news"  # (no given name after it: kept whole)


def test_a_name_the_story_then_shortens_to_its_surname_is_a_person() -> None:
    # (no title, role, age or speech verb anywhere: only the later 'Cobain', 'Yellin')
    people = People(["He grew up with Kurt Cobain. The biographies of Cobain and Nirvana "
                     "sold; Cobain's guitar was shown.",
                     "Go to Jessica Yellin's page. On Yellin's page, and Yellin's alone."])
    assert people.is_person("Kurt Cobain") and people.is_person("Jessica Yellin")
    # but a team or an event is shortened after 'the' or a year, which no surname is
    people = People(["The Buffalo Bills cheered. The Bills lost, and the Bills' coach left.",
                     "He prepared for the Sydney Olympics. At the 1996 Olympics he won; the "
                     "2000 Olympics came next."])
    assert not people.is_person("Buffalo Bills") and not people.is_person("Sydney Olympics")


def test_page_furniture_names_no_one() -> None:
    from storyline.model import Article
    from storyline.pipeline import documents

    docs = documents([Article("a", (
        "Starting in 1996, Alexa Internet has been donating their crawl data to the "
        "Internet Archive.\n\nPiatt, a graphic designer, is no stranger to Internet fame. "
        "Jeremy Piatt said he would keep the page up."))])
    people = People.of(docs)
    assert "Alexa Internet" not in people.full
    assert not people.is_person("Internet")
    assert people.resolve("Piatt") == "Jeremy Piatt"


def test_runs_opening_in_any_of_the_page_s_lines_are_left_out() -> None:
    text = "Share this.\nJohn Smith said so.\nRead more.\nMary Jones agreed.\nPrint it."
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    page = [lines[0], lines[2], lines[4]]  # the page's own lines, in order
    kept = [m.group() for m in runs_outside(RUN.finditer(text), page)]
    assert kept == ["John Smith", "Mary Jones"]
    starts = [s for s, _ in page]
    assert inside(page[2][0], page, starts) and not inside(page[2][1], page, starts)
    assert not inside(0, [], []) and not inside(lines[1][0], page, starts)


def test_the_person_a_story_follows_is_its_bare_surname_despite_a_namesake() -> None:
    # called by first name too, as celebrities are: still not the child of a family
    people = People([
        "Kanye West said he was $53 million in debt. Kanye West asked Mark Zuckerberg for "
        "help. Fans of Kanye West set up a page. Kanye tweeted again. West said he would "
        "repay it.\n\nPhoto: Tabitha Renea West, a fan who set up another page."
    ])
    assert people.resolve("West") == "Kanye West"


def test_a_name_opening_on_an_acronym_is_no_person_s() -> None:
    people = People(["CKY, now known as CTV Winnipeg, beginning in the early 1990s, aired "
                     "it. The NCAR Electra, a research plane, flew into the storm. JOHN "
                     "McCAIN, the senator, spoke."])
    assert not people.is_person("CTV Winnipeg") and not people.is_person("NCAR Electra")
    assert people.is_person("JOHN McCAIN")


def test_a_roman_numeral_in_a_name_keeps_its_capitals() -> None:
    # ('Carl Xvi Gustav' had been listed among a story's people)
    assert tidy("King Carl XVI Gustav") == "Carl XVI Gustav"
    assert tidy("Henry VIII") == "Henry VIII"
    assert tidy("JEREMY CORBYN") == "Jeremy Corbyn"  # (a name in capitals is no numeral)


def test_a_surname_in_capitals_keeps_its_prefix_s_small_letter() -> None:
    # (an oral history's 'CINDY McCAIN:' had been quoted as "Cindy McCAIN")
    assert tidy("CINDY McCAIN") == "Cindy McCain"
    assert tidy("Ramsay MacDONALD") == "Ramsay MacDonald"
    assert tidy("Mack McDonald") == "Mack McDonald"


def test_spaced_initials_open_a_name() -> None:
    # ('Mr. P. W. Botha' had been 'W. Botha')
    text = "The Commission finds Mr. P. W. Botha accountable, and C. B. Thomas agreed."
    assert [m.group() for m in RUN.finditer(text)][-2:] == ["P. W. Botha", "C. B. Thomas"]


def test_a_particle_a_sentence_capitalised_opens_no_name() -> None:
    # ('De Soultrait wore a baseball cap' had made a person 'De Soultrait', apart from
    # Arthur de Soultrait; 'Van Morrison' opens on a given name)
    assert tidy("De Soultrait") == "Soultrait" and tidy("Bin Laden") == "Laden"
    assert tidy("Van Morrison") == "Van Morrison"
    people = People(["Vicomte Arthur de Soultrait threw a party. De Soultrait wore a cap."])
    assert people.resolve("De Soultrait") == "Arthur de Soultrait"


def test_a_thing_of_a_kind_or_a_body_s_title_is_no_one() -> None:
    people = People(["The second full moon of a month is popularly referred to as a Blue "
                     "Moon. Amanda Marcotte, an analyst at the publication RH Reality Check, "
                     "wrote Tuesday about it. DAG Dana Boente said nothing."])
    assert "Blue Moon" not in people.full and "Reality Check" not in people.full
    assert "Dana Boente" in people.full and "Amanda Marcotte" in people.full


def test_a_style_of_address_or_a_name_quoted_whole_is_no_one() -> None:
    people = People(["Pippa Middleton said nothing.\n\nFriend of Her Royal Hotness brandished "
                     "realistic-looking weapon\n\nPrince William's new sister-in-law, dubbed "
                     "Her Royal Hotness after her appearance at his wedding, is expected to be "
                     "questioned by police. Party girl: Pippa, dubbed 'Her Royal Hotness', "
                     "appeared relaxed."])
    assert "Royal Hotness" not in people.full and "Pippa Middleton" in people.full


def test_a_run_opens_on_a_word_s_first_letter() -> None:
    # ('iPhone', 'eBay', '@realDonaldTrump' had given 'Phone', 'Bay', 'DonaldTrump')
    assert [m.group() for m in RUN.finditer(
        "He sold an iPhone on eBay, tweeted @realDonaldTrump, and met Tim Cook.")] == [
        "He", "Tim Cook"]
    # (a word's lower-case letter is looked for near its start, 40 characters at most: a
    # hyphenated run of capitals had been read again from each of its letters)
    runs = [m.group() for m in RUN.finditer("A-" * 50 + "x said Tim Cook")]
    assert runs[-1] == "Tim Cook" and len(runs[0]) <= 42
