"""Behaviour of the core on the hard cases: what must go, and above all what must stay."""

from __future__ import annotations

import pickle
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cleaner import Cleaner, CleanerConfig
from cleaner.data_lines import (
    fact_label,
    is_closing_data,
)
from cleaner.restore import restore_text
from cleaner.rules import RuleError

PARAGRAPHS = [
    "The city council approved the new transit budget on Tuesday after a long debate.",
    "Opponents argued that the plan would raise fares for the poorest riders in the region.",
    "Supporters said the investment was overdue and would cut commuting times by a third.",
    "A final vote on the details is expected next month, officials told reporters.",
]


def article(*middle: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    lines = [*head, PARAGRAPHS[0], PARAGRAPHS[1], *middle, PARAGRAPHS[2], PARAGRAPHS[3], *tail]
    return "\n".join(lines) + "\n"


def kept_lines(cleaner: Cleaner, text: str) -> list[str]:
    return cleaner.clean(text).text.splitlines()


@pytest.mark.parametrize(
    "line",
    [
        "Why the vote matters",  # in-article subheading
        "- Fares rise by 5 percent from January.",  # bullet list item that is a sentence
        "1. The new line opens in 2026.",  # numbered list item
        "“Never again.”",  # short quoted line
        "Readers left hundreds of comments on the council's website within an hour.",
        "Investors who share the mayor's view bought bonds, and related stocks rose.",
        "Yes.",  # one-line paragraph
        "2019",  # a line that is only a year
        "3-1",  # a score
    ],
)
def test_content_that_looks_like_junk_is_kept(cleaner: Cleaner, line: str) -> None:
    assert line in kept_lines(cleaner, article(line))


@pytest.mark.parametrize(
    "dateline",
    [
        "MOSCOW (Reuters) -",
        "MADRID, 4 Mar. (EUROPA PRESS) -",
        "BAAR, SWITZERLAND",
        "MADRID, 5 (EUROPA PRESS)",  # no dash (probe round 73)
        "Heilbronn (ots)",  # a press portal's place in mixed case (probe round 77)
    ],
)
def test_dateline_above_the_first_paragraph_is_kept(cleaner: Cleaner, dateline: str) -> None:
    text = article(head=(dateline,))
    assert kept_lines(cleaner, text)[0] == dateline


def test_first_entry_stamp_of_a_live_blog_is_kept(cleaner: Cleaner) -> None:
    """The first entry's stamp stands where a date line would, above the first paragraph;
    the stamps of the later entries show what it is."""
    first, second, third, fourth = PARAGRAPHS
    head = ("Live updates: storm hits the coast", "11:58 a.m.")
    text = "\n".join((*head, first, second, "11:20 a.m.", third, "10:45 a.m.", fourth))
    kept = kept_lines(cleaner, text)
    assert kept[0] == "11:58 a.m."
    assert kept_lines(cleaner, "\n".join(kept)) == kept


@pytest.mark.parametrize(
    "body_times",
    [
        ("0:00 / 1:23",),  # a media player's position and length is no entry stamp
        ("Kick-off", "19:45"),  # one time in the body is no live blog
    ],
)
def test_publication_time_above_the_article_is_removed(
    cleaner: Cleaner, body_times: tuple[str, ...]
) -> None:
    text = article(*body_times, head=("Storm batters coast", "14:05 GMT"))
    kept = kept_lines(cleaner, text)
    assert "14:05 GMT" not in kept
    assert kept_lines(cleaner, "\n".join(kept)) == kept


def test_teasers_with_a_bracketed_label_below_the_article_are_removed(cleaner: Cleaner) -> None:
    teasers = (
        "Is this the worst storm in a decade? Experts weigh in (VIDEO)",
        "Watch the moment a wave sweeps a car off the road! (PHOTOS)",
        "Why are energy bills rising again? (Explainer)",
    )
    assert not set(teasers) & set(kept_lines(cleaner, article(tail=teasers)))


def test_first_entry_heading_of_a_live_blog_is_kept(cleaner: Cleaner) -> None:
    first, second, third, fourth = PARAGRAPHS
    entries = ("4:05 p.m. ET: Stocks close at records", first, second)
    later = ("2:41 p.m. ET: Talks near a deal", third, "1:10 p.m. ET: Oil slips", fourth)
    kept = kept_lines(cleaner, "\n".join(("Markets live", *entries, *later)))
    assert kept == [*entries, *later]


def test_time_and_date_above_the_article_are_no_entry_heading(cleaner: Cleaner) -> None:
    stamps = ("9:41 AM - 19 Nov 2019", "10:02 AM - 19 Nov 2019")
    text = article(*stamps, head=("5:50 PM - November 19, 2019",))
    assert "5:50 PM - November 19, 2019" not in kept_lines(cleaner, text)


def test_lone_clock_time_above_the_article_is_removed(cleaner: Cleaner) -> None:
    assert "11:58 a.m." not in kept_lines(cleaner, article(head=("11:58 a.m.",)))


@pytest.mark.parametrize(
    "closing",
    [
        "县里将于20日开始调查受灾情况，预计下月公布结果。（完）",
        "県は20日にも被害状況の調査を始める方針だ。（山田太郎）",
    ],
)
def test_last_paragraph_ending_in_a_bracketed_credit_is_kept(
    cleaner: Cleaner, closing: str
) -> None:
    """The credit after the full stop does not make the paragraph a headline-like line."""
    text = article(
        tail=(closing, "有料会員になると続きをお読みいただけます。", "台風19号、被害額は過去最大に")
    )
    assert closing in kept_lines(cleaner, text)


def test_subheading_under_a_read_also_box_between_paragraphs_is_kept(cleaner: Cleaner) -> None:
    box = (
        "Read also:",
        "Harbour ferry to run all night in summer, council confirms",
        "Storm damage closes the coastal road for a second week",
    )
    text = article(*box, "What changes now")
    kept = kept_lines(cleaner, text)
    assert "What changes now" in kept
    assert not set(box) & set(kept)
    assert kept_lines(cleaner, "\n".join(kept)) == kept


@pytest.mark.parametrize("where", ["after the first paragraph", "before the last"])
def test_table_with_bars_between_cells_is_kept(cleaner: Cleaner, where: str) -> None:
    """"Tom Brady | 64 | 100%" is no byline, "Player | Snaps | Pct" no breadcrumb."""
    rows = ("Player | Snaps | Pct", "Tom Brady | 64 | 100%", "Julian Edelman | 58 | 91%")
    first, second, third, fourth = PARAGRAPHS
    if where == "after the first paragraph":
        lines = (first, *rows, second, third, fourth)
    else:
        lines = (first, second, third, *rows, fourth)
    kept = kept_lines(cleaner, "\n".join(("Sports", "By Doug Renner", *lines)))
    assert kept == list(lines)


def test_menu_rows_with_bars_are_not_a_table(cleaner: Cleaner) -> None:
    menu = ("Terms | Privacy | Contact", "About | Careers | Advertise")
    assert not set(menu) & set(kept_lines(cleaner, article(tail=menu)))


def test_network_name_heading_a_how_to_step_is_kept(cleaner: Cleaner) -> None:
    """A share button's word inside the body, named again by the line under it, heads it."""
    steps = ("WhatsApp", "1. Open WhatsApp and tap Settings.", "2. Turn off Read receipts.")
    kept = kept_lines(cleaner, article(*steps, tail=("Share this:", "WhatsApp", "Twitter")))
    assert kept[2:5] == list(steps)
    assert kept.count("WhatsApp") == 1


def test_feedback_question_is_removed_inside_the_body_too(cleaner: Cleaner) -> None:
    """`markup-leftover` removes it wherever it stands; `comment-prompt` (below the article)
    has the same pattern, so that there it weighs against the body."""
    assert "Was this page helpful?" not in kept_lines(cleaner, article("Was this page helpful?"))


def test_last_list_item_above_a_screenshot_credit_is_kept(cleaner: Cleaner) -> None:
    items = ("* NetBox 6590 Cable (firmware 7.12)", "* NetBox 6660 Cable (firmware 7.13)")
    text = article("The update reaches these models first:", *items, "(Image: Example Online)")
    kept = kept_lines(cleaner, text)
    assert all(item in kept for item in items)
    assert "(Image: Example Online)" not in kept


def test_one_line_paragraph_above_a_photo_credit_and_short_lines_is_kept(
    cleaner: Cleaner,
) -> None:
    closing = "The game in Balashikha ended 3-2."
    text = article(
        closing, "Photo: Yuri Kuzmin/KHL", "Scorers", "Kovalev 12', Orlov 47'", "Ivanov 58'"
    )
    assert closing in kept_lines(cleaner, text)


def test_last_row_of_a_tab_separated_table_above_a_photo_credit_is_kept(
    cleaner: Cleaner,
) -> None:
    rows = ("Model\tBase\tTop", "Range\t250 mi\t310 mi", "Price\t$49,900\t$61,900")
    kept = kept_lines(cleaner, article(*rows, "Photo by: Vireo"))
    assert all(row in kept for row in rows)


def test_caption_above_a_credit_and_a_subheading_is_removed(cleaner: Cleaner) -> None:
    caption = "Volunteers carry sandbags along the river on Monday."
    text = article(caption, "Photo: Jane Doe/Reuters", "What happens next")
    kept = kept_lines(cleaner, text)
    assert caption not in kept
    assert "What happens next" in kept


ENTRY = "A fishing town, a missing trawler and a sergeant with secrets of her own to keep."


@pytest.mark.parametrize(
    ("heading", "sister"),
    [
        ("Cold Harbour (Netflix)", "The Orchard, season 2 (Hulu)"),
        ("Best on a Budget: Arlo Sound One", "Best Overall: Vireo Q7"),
    ],
)
def test_an_entry_heading_above_its_photo_credit_is_kept(
    cleaner: Cleaner, heading: str, sister: str
) -> None:
    """A list's entry over its photo: another entry of the same form heads its paragraph."""
    text = article(heading, "Photo: Netflix", ENTRY, sister, ENTRY)
    kept = kept_lines(cleaner, text)
    assert heading in kept
    assert "Photo: Netflix" not in kept


def test_a_short_caption_above_a_credit_goes_whatever_the_subheadings(cleaner: Cleaner) -> None:
    caption = "Caio Bernardes in action for Tricolor"
    text = article(caption, "(Image: Getty Images)", ENTRY, "What happens next", ENTRY)
    kept = kept_lines(cleaner, text)
    assert caption not in kept
    assert "What happens next" in kept


def test_a_network_named_in_an_announced_list_is_kept(cleaner: Cleaner) -> None:
    items = ("Facebook", "Instagram", "Snapchat", "YouTube")
    text = article("The companies named in the suit are:", *items, head=("Facebook", "Twitter"))
    kept = kept_lines(cleaner, text)
    assert all(item in kept for item in items)
    assert kept[0] == PARAGRAPHS[0]  # the share row above the article still goes


def test_a_share_row_under_the_sites_own_announcement_goes(cleaner: Cleaner) -> None:
    text = article("Follow us on:", "Facebook", "Twitter", "Instagram")
    kept = kept_lines(cleaner, text)
    assert "Facebook" not in kept and "Twitter" not in kept


def test_buttons_an_announced_list_names_are_kept(cleaner: Cleaner) -> None:
    """Comment prompts under an announcement with the article going on under them are its
    list's items, not the foot of the page."""
    text = article("Under each story, readers now see two buttons:", "Reply", "Leave a comment")
    kept = kept_lines(cleaner, text)
    assert "Reply" in kept and "Leave a comment" in kept
    assert PARAGRAPHS[3] in kept


@pytest.mark.parametrize(
    ("caption", "sister"),
    [
        ("Above: the Pena Palace in Sintra", "Day 1: Lisbon's old town"),
        ("Nvidia chief executive Jensen Huang (centre)", "The new chips (RTX 4090)"),
    ],
)
def test_a_caption_of_an_entrys_form_but_no_sisters_goes(
    cleaner: Cleaner, caption: str, sister: str
) -> None:
    text = article(caption, "Photo: Jane Doe/Reuters", ENTRY, sister, ENTRY)
    assert caption not in kept_lines(cleaner, text)


def test_a_teasers_kicker_over_a_result_does_not_close_the_body(cleaner: Cleaner) -> None:
    tail = ("Highlights: Inverness Caledonian Thistle 2 Heart of Midlothian 1",)
    assert tail[0] not in kept_lines(cleaner, article(tail=tail))


def test_timeline_item_above_a_credit_and_a_year_is_kept(cleaner: Cleaner) -> None:
    items = (
        "January 9, 2022: A leaked memo shows ministers knew of the cracks.",
        "June 30, 2022: Work stops.",
        "(AP Photo/Kirsty Doe)",
        "2023",
        "April 2, 2023: The National Audit Office publishes a critical report on the bridge.",
    )
    assert "June 30, 2022: Work stops." in kept_lines(cleaner, article(*items))


def test_caption_starting_with_a_club_number_is_removed(cleaner: Cleaner) -> None:
    caption = "1. FC Köln: the coach on Saturday."
    assert caption not in kept_lines(cleaner, article(caption, "Foto: Jane Doe/dpa"))


def test_last_button_of_a_share_row_is_removed_even_when_the_text_names_it(
    cleaner: Cleaner,
) -> None:
    row = ("Share this:", "Facebook", "Email")
    text = article(*row, "Email the planning office before Friday to object to the plan.")
    assert not set(row) & set(kept_lines(cleaner, text))


def test_network_names_heading_steps_and_a_sister_section_are_kept(cleaner: Cleaner) -> None:
    sections = (
        "WhatsApp",
        "1. Open Settings and tap Account.",
        "Facebook",
        "1. Go to Settings and privacy, then Accounts Center.",
        "Email",
        "Most providers hide the option under Security, next to the password settings.",
    )
    assert kept_lines(cleaner, article(*sections))[2:8] == list(sections)


@pytest.mark.parametrize(
    ("button", "below"),
    [
        ("Print", "1. Mortgage rates rose for a third week."),  # a button's verb above a list
        ("Email", "2.4 million homes were sold last year, the agency said."),  # no step
    ],
)
def test_lone_share_button_inside_the_body_is_removed(
    cleaner: Cleaner, button: str, below: str
) -> None:
    assert button not in kept_lines(cleaner, article(button, below))


def test_teasers_with_a_kicker_and_a_figure_stay_a_list(cleaner: Cleaner) -> None:
    box = ("Related", "Premier League: 5 things we learned", "Emery: 3 changes needed now")
    assert not set(box) & set(kept_lines(cleaner, article(*box)))


def test_heading_whose_word_takes_an_ending_below_is_kept(cleaner: Cleaner) -> None:
    steps = ("Телеграм", "В Телеграме откройте настройки и выберите раздел «Конфиденциальность».")
    assert kept_lines(cleaner, article(*steps))[2:4] == list(steps)


def test_teaser_box_ends_at_a_fact_box_with_figures(cleaner: Cleaner) -> None:
    facts = ("Referee: Michael Oliver", "Attendance: 60,218", "Goals: Lacazette 21, Jimenez 91")
    box = ("RELATED ARTICLES", "Emery insists he has the backing of the board")
    kept = kept_lines(cleaner, article(*box, facts[1], facts[2], tail=(facts[0],)))
    assert facts[1] in kept and facts[2] in kept
    assert not set(box) & set(kept)


def test_box_of_facts_under_the_last_paragraph_past_its_header_is_kept(cleaner: Cleaner) -> None:
    """A review's specifications under an ad marker, a header and the model's name: the box
    of facts weighs enough to draw the body down to it; the teasers under it go."""
    box = (
        "Advertisement",
        "Technical data",
        "2021 Volvo XC40 Recharge Twin",
        "Motor: two electric, 402 hp, 486 lb-ft",
        "Battery: 78 kWh",
        "Range (EPA): 208 miles",
        "Base price: $53,990",
    )
    teasers = ("More Reviews", "Kia EV6 Is a Hatchback With a Hidden Talent")
    kept = kept_lines(cleaner, article(tail=(*box, *teasers)))
    assert kept[-6:] == list(box[1:])


@pytest.mark.parametrize("end", ["!", "?", '!"'])
def test_two_sentences_under_a_box_between_paragraphs_are_no_teaser(
    cleaner: Cleaner, end: str
) -> None:
    """A headline may end with "!" or "?" but never starts a second sentence: the line under
    a box's teaser is the article's, whatever its last mark."""
    box = ("Related Articles", "Wild boar spotted on the ring road for the third time this week")
    line = (
        'One neighbour posted: "It was the size of a pony. The kids will never forget the day'
        f" it walked down our street{end}"
    )
    line = line if end.endswith('"') else line.replace('"', "")
    kept = kept_lines(cleaner, article(*box, line))
    assert line in kept
    assert not set(box) & set(kept)


@pytest.mark.parametrize(
    "last",
    [
        "Residents can check whether their street is affected at www.example-water.gov.",
        "The full ruling has been published at https://courts.example.org/rulings/2024-113.",
    ],
)
def test_last_paragraph_that_ends_with_a_link_and_a_full_stop_is_kept(
    cleaner: Cleaner, last: str
) -> None:
    assert kept_lines(cleaner, article(tail=(last,)))[-1] == last


def test_last_entries_of_a_live_page_under_dated_stamps_are_kept(cleaner: Cleaner) -> None:
    """Stamps that give the same day with a clock time stamp a live page's entries, not the
    article: the short last entries under them stay."""
    entries = [
        ("6:05 p.m. ET, March 3, 2021", "Polls close in the east", PARAGRAPHS[0]),
        ("5:40 p.m. ET, March 3, 2021", "Turnout above forecast", PARAGRAPHS[1]),
        ("5:12 p.m. ET, March 3, 2021", "Lines at two schools", PARAGRAPHS[2]),
    ]
    lines = [line for entry in entries for line in (*entry, "Share")]
    text = "\n".join([PARAGRAPHS[3], *lines, "Read more"]) + "\n"
    assert kept_lines(cleaner, text) == [PARAGRAPHS[3], *(line for e in entries for line in e)]


def test_a_british_live_page_s_dotted_stamps_keep_its_last_entries(cleaner: Cleaner) -> None:
    """A British live page writes its stamps with a dotted time before the zone ("Sat 14 Nov
    2020 20.14 GMT"): they stamp the entries as colon times do, and the short last entry
    under the last one stays."""
    entries = [
        ("Sat 14 Nov 2020 20.14 GMT", "Power cut? Here's who to call", PARAGRAPHS[0]),
        ("Sat 14 Nov 2020 19.40 GMT", "Readers' pictures", PARAGRAPHS[1]),
        ("Sat 14 Nov 2020 19.02 GMT", "The winds should ease after midnight."),
    ]
    lines = [line for entry in entries for line in entry]
    text = "\n".join([PARAGRAPHS[3], *lines, "Topics", "UK weather"]) + "\n"
    assert kept_lines(cleaner, text)[-1] == "The winds should ease after midnight."


def test_teaser_in_title_case_that_ends_with_an_initialism_stays_in_its_box(
    cleaner: Cleaner,
) -> None:
    """A headline whose last word is "N.Y.C." ends with a full stop but is no sentence: the
    box under the article keeps its teasers; a last paragraph that ends with "U.S." stays."""
    last = "The chain now runs more than 400 stores across the U.S."
    box = (
        "More from Celebrity",
        "Pop Star and Boyfriend Step Out for Dinner in N.Y.C.",
        "Reality Couple Confirm Split After Six Years",
    )
    assert kept_lines(cleaner, article(tail=(last, *box))) == [*article().splitlines(), last]


def test_teasers_of_two_short_sentences_stay_in_their_box(cleaner: Cleaner) -> None:
    """A teaser may be two short sentences that end with a question."""
    box = (
        "Read also",
        "The heat returns this weekend. Is your garden ready for it?",
        "Hosepipe bans loom for millions. Will your street be next?",
    )
    assert not set(box) & set(kept_lines(cleaner, article(*box)))


@pytest.mark.parametrize(
    "block",
    [
        (
            "Main card",
            "Ruth Okafor def. Nina Lind via TKO (punches) – R3, 2:41",
            "Sam Baker def. Jon Price via unanimous decision (29-28, 30-27, 29-28)",
            "Prelims",
            "Tim Galt def. Chris Mall via split decision (28-29, 29-28, 29-28)",
        ),
        (
            "Other results",
            "Millbrook 0 Castleton 0",
            "Penrose United 3 Harwell Town 2",
            "Stanbury 1 Oakridge 4",
        ),
        (
            "Harbour Kitchen",
            "12 Quay Street, Leith",
            "Hours: Tue.-Sat. 5-10 p.m.",
            "Prices: small plates $9-$16",
            "Rating: 4 stars",
        ),
    ],
    ids=["fight-card", "scores", "fact-box"],
)
def test_block_of_data_that_closes_the_article_is_kept(
    cleaner: Cleaner, block: tuple[str, ...]
) -> None:
    """Results or a venue's box under a heading after the last paragraph,
    past a photo's caption and an ad marker, with the page's share row under them."""
    photo = ("The crowd at the arena on Saturday. (AP Photo/Jane Doe)", "Advertisement")
    kept = kept_lines(cleaner, article(tail=(*photo, *block, "Share this article", "Tweet")))
    assert kept == [*article().splitlines(), *block]


def test_box_of_teasers_ends_above_a_table_and_its_heading(cleaner: Cleaner) -> None:
    box = ("Read Also:", "Mercedes confirms grid penalty for Harcourt in Austin")
    table = (
        "Race results",
        "Pos\tDriver\tTeam\tTime/Gap",
        "1\tM. Sandoval\tFerrari\t1h36m48.904s",
        "2\tL. Harcourt\tMercedes\t+1.766s",
        "3\tP. Nyberg\tMercedes\t+4.338s",
    )
    kept = kept_lines(cleaner, article(tail=(*box, *table, "Next article")))
    assert kept == [*article().splitlines(), *table]


@pytest.mark.parametrize(
    "widget",
    [
        (
            "Trending",
            "Top 10 films of 2019, ranked from worst to best",
            "5 stocks to buy in 2020: 3 picks for the long run",
            "UFC 246: 3 fights to watch on Jan. 18",
        ),
        (
            "Today's best deals",
            "Noise-cancelling headphones $199.99 at Amazon (was $249.99)",
            "Robot vacuum $149 at Walmart (was $229)",
            "Air fryer $59.99 at Target (was $89.99)",
        ),
        ("Markets", "Dow 28,036.22 +0.68%", "S&P 500 3,145.91 +0.29%", "Nasdaq 8,665.47 +0.46%"),
        (
            "1. Police identify victim of Route 9 crash",
            "2. School board delays vote on start times",
            "3. New bakery opens on Main Street",
        ),
    ],
    ids=["teasers", "deals", "tickers", "most-read"],
)
def test_widgets_with_figures_are_no_block_of_data(
    cleaner: Cleaner, widget: tuple[str, ...]
) -> None:
    """A teaser's year, a count, a price or a place in a list is no score, time or range."""
    assert kept_lines(cleaner, article(tail=widget)) == article().splitlines()


def test_list_of_short_items_announced_by_a_colon_is_kept(cleaner: Cleaner) -> None:
    items = ("Arrowhead bottled water", "baby carrier", "healthy snack bars", "camera")
    text = article("Our hiking survival kit is really very simple:", *items)
    assert all(item in kept_lines(cleaner, text) for item in items)


def test_table_of_figures_after_the_last_paragraph_is_kept(cleaner: Cleaner) -> None:
    rows = ("1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex Jr. 5035 7 0 15 24")
    text = article(tail=("Final standings after 36 races:", *rows))
    assert all(row in kept_lines(cleaner, text) for row in rows)


def test_trailing_headline_list_becomes_related(cleaner: Cleaner) -> None:
    tail = (
        "-",
        "Business7 days ago",
        "Iconic Sand Dollar Social Club Listed for $3 Million in Folly Beach",
        "-",
        "Politics1 week ago",
        "Afghan Refugee Detained by ICE After Asylum Hearing in New York",
    )
    result = cleaner.clean(article(tail=tail))
    assert result.text == article()
    related = result.meta.to_dict()["related"]
    assert [story["category"] for story in related] == ["Business", "Politics"]
    assert related[1]["age"] == "1 week ago"
    assert {removal.rule for removal in result.meta.removed} == {"related-stories"}


def test_crlf_line_endings_are_kept(cleaner: Cleaner) -> None:
    text = article(tail=("0 Comments",)).replace("\n", "\r\n")
    result = cleaner.clean(text)
    assert result.text == article().replace("\n", "\r\n")
    assert restore_text(result.text, result.meta.to_dict()) == text


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\n\n\n", "Only a line without newline"])
def test_degenerate_inputs(cleaner: Cleaner, text: str) -> None:
    result = cleaner.clean(text)
    assert restore_text(result.text, result.meta.to_dict()) == text


def test_single_huge_line_is_linear(cleaner: Cleaner) -> None:
    text = "word " * 2_000_000  # 10 MB on one line: must not go quadratic or hang
    result = cleaner.clean(text)
    assert result.text == text


def test_disabled_rule_does_not_fire() -> None:
    text = article(tail=("0 Comments",))
    result = Cleaner(CleanerConfig(disabled=frozenset({"comment-counter"}))).clean(text)
    assert all(removal.rule != "comment-counter" for removal in result.meta.removed)


def test_unknown_disabled_rule_is_an_error() -> None:
    with pytest.raises(ValueError, match="no-such-rule"):
        Cleaner(CleanerConfig(disabled=frozenset({"no-such-rule"})))


def write_rule(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_rule_file_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    write_rule(tmp_path, "broken.toml", 'id = "broken"\ncategory = "ad"\nwhere = [\n')
    with pytest.raises(RuleError) as caught:
        Cleaner(CleanerConfig(rules_dirs=(tmp_path,)))
    assert "broken.toml" in str(caught.value)
    assert caught.value.line is not None


def test_catastrophic_user_pattern_times_out_with_a_warning(tmp_path: Path) -> None:
    write_rule(
        tmp_path,
        "slow.toml",
        """
        id = "slow"
        category = "ad"
        where = "anywhere"
        max_words = 5
        [patterns]
        any = ['(a|aa)+$']
        """,
    )
    cleaner = Cleaner(CleanerConfig(rules_dirs=(tmp_path,)))
    result = cleaner.clean(article("a" * 40 + "!"))
    assert any("slow" in warning and "timed out" in warning for warning in result.meta.warnings)


def test_user_rule_pack_adds_a_rule(tmp_path: Path) -> None:
    write_rule(
        tmp_path,
        "promo.toml",
        """
        id = "house-promo"
        category = "promo"
        where = "anywhere"
        [patterns]
        en = ['Collect your loyalty stamps at the counter']
        """,
    )
    cleaner = Cleaner(CleanerConfig(rules_dirs=(tmp_path,)))
    result = cleaner.clean(article("Collect your loyalty stamps at the counter"))
    assert [removal.rule for removal in result.meta.removed] == ["house-promo"]


def test_a_named_group_nothing_reads_is_an_error(tmp_path: Path) -> None:
    """A count captured under another name than ``value`` was never recorded: the file is
    refused, naming the group."""
    write_rule(
        tmp_path,
        "counter.toml",
        """
        id = "house-counter"
        category = "comments"
        where = "tail"
        harvest = "comment_count"
        [patterns]
        en = ['(?P<count>\\d+) reader comments']
        """,
    )
    with pytest.raises(RuleError, match="count") as caught:
        Cleaner(CleanerConfig(rules_dirs=(tmp_path,)))
    assert "counter.toml" in str(caught.value)


def test_duplicate_rule_id_is_an_error(tmp_path: Path) -> None:
    write_rule(
        tmp_path,
        "dup.toml",
        'id = "comment-counter"\ncategory = "comments"\n[patterns]\nen = ["x"]\n',
    )
    with pytest.raises(RuleError, match="already defined"):
        Cleaner(CleanerConfig(rules_dirs=(tmp_path,)))


def test_cleaner_pickles_and_gives_the_same_result(cleaner: Cleaner) -> None:
    text = article(tail=("0 Comments", "Share this:", "Facebook"))
    clone = pickle.loads(pickle.dumps(cleaner))
    assert clone.clean(text).meta.to_json() == cleaner.clean(text).meta.to_json()


def test_threads_share_one_cleaner(cleaner: Cleaner) -> None:
    texts = [article(tail=(f"{n} Comments",)) for n in range(40)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        counts = list(pool.map(lambda t: cleaner.clean(t).meta.comment_count, texts))
    assert counts == list(range(40))


@pytest.mark.parametrize(
    "text",
    [
        # found by hypothesis: removing the counter joined the header to its item
        "Related stories\n0 Comments\nMore from World\n",
        article(tail=("Related stories", "Share this:", "Markets rally as inflation cools")),
    ],
)
def test_cleaning_twice_changes_nothing_more(cleaner: Cleaner, text: str) -> None:
    once = cleaner.clean(text).text
    assert cleaner.clean(once).text == once


def test_run_of_figures_after_the_last_paragraph_is_kept(cleaner: Cleaner) -> None:
    results = ("Yes 54%", "No 38%", "Undecided 8%")
    assert all(row in kept_lines(cleaner, article(tail=results)) for row in results)


def test_harvest_keeps_the_first_scalar_and_all_tags() -> None:
    from cleaner.harvest import Harvest

    harvest = Harvest()
    harvest.add_line("byline", {"value": "Jane Doe"}, "By Jane Doe")
    harvest.add_line("byline", {"value": "John Roe"}, "By John Roe")
    harvest.add_line("tags", {"value": "a, b"}, "Tags: a, b")
    harvest.add_list("tags", ["b", "c"])
    harvest.add_line("comment_count", {}, "Comments")
    fields = harvest.as_fields()
    assert fields["byline"] == "Jane Doe"
    assert fields["tags"] == ("a", "b", "c")
    assert "comment_count" not in fields


@pytest.mark.parametrize(
    "line",
    [
        "(Chart: Bus ridership since 2010 - here)",  # a reference to a graphic
        "[Harbor Gazette]",  # the source of the quoted paragraph above
        "[The River Chronicles, p. 212]",  # a citation
        "[3] Annual ridership report, Metro Transit Authority, 2018",  # a footnote
        "www.example-transit.org",  # the site the article points readers to
        'Study: Lind K et al, "Bus lanes and travel times", Transport Review, 2023',
        "Reference: Lind K, Marsh P. Urban Transit 12, 44-51. doi:10.1000/ut.2023.12",
    ],
)
def test_reference_line_after_the_last_paragraph_is_kept(cleaner: Cleaner, line: str) -> None:
    text = article(tail=(line, "Share this:", "Facebook"))
    assert line in kept_lines(cleaner, text)


def test_practical_details_after_the_last_paragraph_are_kept(cleaner: Cleaner) -> None:
    details = (
        "Tickets",
        "www.example-hall.org",
        "Adults : 25 euros",
        "Children : 12 euros",
        "Box office",
        "555-0142",
    )
    text = article(tail=(*details, "Share this:", "Facebook"))
    assert kept_lines(cleaner, text)[-6:] == list(details)


def test_labels_alone_do_not_make_a_run_of_details(cleaner: Cleaner) -> None:
    menu = ("Home", "World", "Business", "2019", "Contact")
    assert not set(menu) & set(kept_lines(cleaner, article(tail=menu)))


def test_a_section_path_with_a_separator_is_not_taken_for_the_title(cleaner: Cleaner) -> None:
    # "Business | Markets" has three tokens but two words: the headline is the line under it
    text = article(head=("Business | Markets", "Transit budget passes after a long night"))
    meta = cleaner.clean(text).meta
    assert meta.title == "Transit budget passes after a long night"


def test_a_menu_whose_items_runs_of_spaces_separate_is_not_the_title(cleaner: Cleaner) -> None:
    menu = "Home  Local  Politics  Sport  Weather  Opinion"
    text = article(head=(menu, "Transit budget passes after a long night"))
    assert cleaner.clean(text).meta.title == "Transit budget passes after a long night"


def test_a_long_headline_under_a_section_path_is_the_title(cleaner: Cleaner) -> None:
    """A path with two separators is no headline; a headline of 19 words still is one."""
    headline = (
        "El Ayuntamiento aprueba el plan de movilidad pese a las críticas de los comerciantes"
        " del centro histórico"
    )
    text = article(head=("Local · Movilidad · Centro", headline))
    assert cleaner.clean(text).meta.title == headline


def test_the_site_name_that_the_copyright_line_repeats_is_not_the_title(
    cleaner: Cleaner,
) -> None:
    text = article(
        head=("The Lakeside Herald Online", "Ferry fares rise by a fifth"),
        tail=("© 2021 Lakeside Herald Online. All rights reserved.",),
    )
    assert cleaner.clean(text).meta.title == "Ferry fares rise by a fifth"


def test_a_related_list_of_headlines_and_dates_keeps_each_date_with_its_story(
    cleaner: Cleaner,
) -> None:
    tail = (
        "Bus drivers vote to strike over pay",
        "March 3, 2024",
        "New tram line opens in 2026",
        "March 1, 2024",
    )
    meta = cleaner.clean(article(tail=tail)).meta
    assert [(story.headline, story.age) for story in meta.related] == [
        ("Bus drivers vote to strike over pay", "March 3, 2024"),
        ("New tram line opens in 2026", "March 1, 2024"),
    ]
    assert meta.published is None  # a story's date is not the article's


def test_a_dash_in_a_headline_is_a_word_of_it_not_a_separator(cleaner: Cleaner) -> None:
    meta = cleaner.clean(article(head=("Ukraine – latest",))).meta
    assert meta.title == "Ukraine – latest"


def test_the_time_stamps_of_a_live_blog_do_not_cut_its_body(cleaner: Cleaner) -> None:
    entries = [
        "The weather service has issued a red warning for the coast, with strong gusts expected.",
        "Train services between the two cities have been suspended until further notice.",
        "Schools across the county will close early today, the council announced.",
    ]
    text = "".join(
        f"{stamp}\n{entry}\n"
        for stamp, entry in zip(["10:45 GMT", "10:32 GMT", "10:15 GMT"], entries, strict=True)
    )
    kept = kept_lines(cleaner, text)
    assert all(entry in kept for entry in entries)
    assert "10:32 GMT" in kept  # a stamp between entries is part of the blog


def test_a_market_ticker_above_the_headline_is_not_the_title(cleaner: Cleaner) -> None:
    text = (
        "CAC 40 7 612,35 +0,52 %\n"
        "La Bourse de Paris termine la semaine en hausse\n"
        "Les valeurs bancaires ont porté la cote vendredi, après des résultats meilleurs que"
        " prévu chez plusieurs grands établissements européens.\n"
        "Le luxe, en revanche, a reculé pour la troisième séance consécutive, pénalisé par des"
        " chiffres de ventes décevants en Chine.\n"
    )
    assert cleaner.clean(text).meta.title == "La Bourse de Paris termine la semaine en hausse"


def test_a_kicker_above_the_headline_is_not_the_title(cleaner: Cleaner) -> None:
    text = (
        "Football - Ligue 1\n"
        "L'OM renverse Lens au Vélodrome et reprend la quatrième place\n"
        "Par Jean Dupont\n"
        "Menés à la pause, les Marseillais ont marqué trois fois en seconde période samedi soir"
        " devant plus de soixante mille spectateurs.\n"
        "L'entraîneur a salué la réaction de son équipe, qui reste sur quatre victoires de"
        " suite en championnat.\n"
    )
    title = "L'OM renverse Lens au Vélodrome et reprend la quatrième place"
    assert cleaner.clean(text).meta.title == title


def test_a_short_headline_above_an_unpunctuated_deck_is_the_title(cleaner: Cleaner) -> None:
    text = (
        "Trump wins Iowa caucus\n"
        "Former president beats his rivals by a wide margin in the first contest\n"
        "The former president won the Iowa caucuses on Monday night by a wide margin, taking"
        " more than half of the vote and every county but one.\n"
        "His nearest rival finished a distant second and vowed to fight on in New Hampshire.\n"
    )
    assert cleaner.clean(text).meta.title == "Trump wins Iowa caucus"


def test_a_time_series_with_spaced_cells_keeps_the_lead_above_it(cleaner: Cleaner) -> None:
    """Rows that open with a date ("Oct 4  212") are a table's rows, not date lines: as
    date lines they outweighed the lead above them and the body started under the table."""
    lead = [
        "Geneva — Flu admissions rose for a fifth week, the health office said on Friday.",
        "Hospitals in the canton have added beds and postponed some routine operations.",
        "Admissions by week",
        "Week to  Admissions",
        "Oct 4  212",
        "Oct 11  260",
        "Oct 18  301",
        "Source: cantonal health office",
    ]
    text = "\n".join(["Health", "Flu admissions climb again", *lead, *PARAGRAPHS]) + "\n"
    assert kept_lines(cleaner, text) == [*lead, *PARAGRAPHS]


def test_a_menu_row_of_spaced_words_is_no_table(cleaner: Cleaner) -> None:
    menu = "Home  News  Sport  Weather  Culture"
    text = "\n".join([menu, menu.replace("Home", "Start"), *PARAGRAPHS]) + "\n"
    assert kept_lines(cleaner, text) == PARAGRAPHS


@pytest.mark.parametrize(
    "result",
    [
        ["Rovers 3 Athletic 1"],
        ["FC Nordhafen – SpVgg Oberau 1:2 (1:0)", "Hafenstadion, 2.400 Zuschauer, SR Brandt"],
        ["Club Atlético Ríos 2", "Deportivo Sur 2"],
        ["Carlton 10.12 (72) d Richmond 9.8 (62)"],
        ["Rovers 3 Athletic 1", "How it went"],
        ["«Зенит» — «Спартак» — 2:1 (1:0)"],
        ["«Сибирь» — «Авангард» — 2:3 ОТ (1:0, 0:2, 1:0, 0:1)"],
        ["Hornets 71, Wildcats 68 (2OT)"],
    ],
    ids=[
        "one-line",
        "with-facts",
        "two-line-board",
        "goals-behinds-total",
        "with-label",
        "quoted-names",
        "overtime-and-periods",
        "double-overtime",
    ],
)
def test_a_match_result_above_the_report_is_kept(cleaner: Cleaner, result: list[str]) -> None:
    report = [
        "The home side took the lead after eleven minutes when their captain headed in a corner.",
        "The visitors pressed for the rest of the half but found the goalkeeper in fine form.",
        "A late penalty settled a game that had turned on two disputed decisions.",
    ]
    text = "\n".join(["Sport", "Late penalty settles a tense derby", *result, *report]) + "\n"
    assert kept_lines(cleaner, text) == [*result, *report]


@pytest.mark.parametrize("counts", [["Comments 3"], ["Likes 45", "Shares 12"]])
def test_a_team_name_and_a_number_alone_above_the_body_is_no_result(
    cleaner: Cleaner, counts: list[str]
) -> None:
    """One side of a board needs its partner, and a page's counters are no teams."""
    text = "\n".join([*counts, *PARAGRAPHS]) + "\n"
    assert kept_lines(cleaner, text) == PARAGRAPHS


def test_a_box_between_blank_separated_answers_ends_at_its_blank_line(cleaner: Cleaner) -> None:
    """In a document with a blank line between blocks, a "related" box whose teasers stand
    line by line ends at the blank line under them: the interview's next question stays."""
    qa = [
        "How did the harvest go this year?",
        "Better than we feared. The spring frost spared the higher slopes entirely.",
        "And the prices?",
        "They held up well, although the buyers from abroad were more careful than usual.",
        "Many growers had hedged early, so the losses stayed small across the region.",
        "Did the weather help the quality as well?",
        "It did. The grapes were small but the sugar levels were the best in a decade.",
    ]
    box = ["More on this topic", "Frost costs orchards half their crop", "Wine exports fall again"]
    question = "What do you expect from the new farm minister?"
    answer = "Clear rules that last longer than one season, and less paperwork for small farms."
    blocks = [*qa[:5], "\n".join(box), question, answer, *qa[5:]]
    text = "\n\n".join(blocks) + "\n"
    kept = [line for line in kept_lines(cleaner, text) if line]
    assert kept == [*qa[:5], question, answer, *qa[5:]]


@pytest.mark.parametrize("greeting", ["Hi everyone,", "Dear Editor,", "Liebe Leserinnen,"])
def test_a_greeting_above_the_first_paragraph_is_kept(cleaner: Cleaner, greeting: str) -> None:
    text = "\n".join(["Opinion", "Share", greeting, *PARAGRAPHS]) + "\n"
    assert kept_lines(cleaner, text) == [greeting, *PARAGRAPHS]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"], ids=["space", "nbsp", "narrow-nbsp"])
def test_a_closing_french_quote_after_a_space_ends_a_sentence(
    cleaner: Cleaner, space: str
) -> None:
    """French sets a space before "»": the last quote of an article is still a sentence."""
    body = [
        "Le conseil municipal a voté mardi soir la fermeture de la piscine pour deux ans.",
        "Les travaux doivent commencer au printemps, selon la mairie, qui promet un bassin neuf.",
        f"« Nous n'avions plus le choix. Sinon, le bâtiment était perdu.{space}»",
    ]
    text = "\n".join(body) + "\n"
    assert kept_lines(cleaner, text) == body


SECTIONED_BODY = [
    "The council approved the new transit budget on Tuesday after a long debate.",
    "Opponents argued that the plan would raise fares for the poorest riders.",
    "What happens next",
    "A final vote on the details is expected next month, officials told reporters.",
]


@pytest.mark.parametrize(
    "label", ["What changed", "Our verdict", "Ce qui change", "Verdict", "Fazit"]
)
def test_a_first_subheading_is_kept_when_the_body_has_another(
    cleaner: Cleaner, label: str
) -> None:
    head = ["Transport", "Council passes the transit budget after a long session", "By Jane Roe"]
    text = "\n".join([*head, label, *SECTIONED_BODY]) + "\n"
    kept = kept_lines(cleaner, text)
    assert kept == [label, *SECTIONED_BODY]
    assert kept_lines(cleaner, "\n".join(kept) + "\n") == kept  # and again


@pytest.mark.parametrize(
    "label",
    ["FOR IMMEDIATE RELEASE", "Updated 3 March 2021", "Premium", "Homes", "Summary", "Overview"],
)
def test_a_label_of_the_page_above_the_body_is_no_first_subheading(
    cleaner: Cleaner, label: str
) -> None:
    text = "\n".join(["Council passes the transit budget", label, *SECTIONED_BODY]) + "\n"
    assert kept_lines(cleaner, text) == SECTIONED_BODY


def test_a_table_under_a_label_at_the_end_closes_the_body(cleaner: Cleaner) -> None:
    """"The standings" over a table whose cells runs of spaces separate is the article's
    last part, not a list of teasers below it."""
    table = ["The standings", "Team  P  W  Pts", "Hollin Bay  12  9  28", "Corbridge  12  8  26"]
    text = "\n".join([*PARAGRAPHS, *table]) + "\n"
    assert kept_lines(cleaner, text) == [*PARAGRAPHS, *table]


@pytest.mark.parametrize(
    "above",
    [
        ["Half-time: Rovers 2, Athletic 2.", "The second half begins."],
        ["“Absurd,” said one neighbour."],
    ],
    ids=["live-report", "short-quote"],
)
def test_a_subheading_under_a_box_inside_the_article_is_kept_below_short_sentences(
    cleaner: Cleaner, above: list[str]
) -> None:
    """The box's last line, much shorter than its teaser and over a paragraph, is the next
    section's subheading, also when short sentences stand between the box and the paragraph
    above it."""
    lead = "The council voted on Tuesday to close the car parks in the old town on Sundays."
    box = ["Read also", "City to scrap 800 parking spaces in the centre by the end of the year"]
    after = ["Opposition", "The opposition voted against the plan, saying it hurts churchgoers."]
    text = "\n".join([lead, *above, *box, *after]) + "\n"
    assert kept_lines(cleaner, text) == [lead, *above, *after]


def test_a_box_under_a_list_of_points_keeps_its_last_teaser(cleaner: Cleaner) -> None:
    """Above a list's items, the box is not known to stand between paragraphs: its short last
    line is a teaser like the first."""
    lead = "The cabinet agreed the budget on Wednesday after a night of talks in Berlin."
    points = ["- Child benefit rises by ten euros.", "- Rail funding grows by two billion."]
    box = ["Read also", "Debt brake: what economists now demand", "Senate approves package"]
    after = ["Whether the draft passes parliament in this form is still open, deputies said."]
    text = "\n".join([lead, *points, *box, *after]) + "\n"
    assert kept_lines(cleaner, text) == [lead, *points, *after]


def test_a_sentence_after_the_last_photo_and_its_credit_closes_the_body(
    cleaner: Cleaner,
) -> None:
    """A photo's caption and credit between the last paragraphs do not end the article: the
    one-line paragraph under them is its close."""
    body = [
        "The central bank held its main rate at 27.5 per cent on Tuesday, as expected.",
        "Analysts at Lagos-based brokers said the decision was in line with expectations.",
    ]
    photo = ["Bank Governor, Olayemi Cardoso", "Photo: Twitter/@centralbank"]
    close = "The next meeting is scheduled for May."
    foot = ["Kindly share this story:", "Facebook", "X"]
    text = "\n".join([*body, *photo, close, *foot]) + "\n"
    assert kept_lines(cleaner, text) == [*body, close]


def test_a_gallery_of_captions_between_credits_and_buttons_is_kept_to_its_last_caption(
    cleaner: Cleaner,
) -> None:
    lead = "The county fair returned this week with record crowds, prize livestock and rides."
    slides = [
        "Racers round the final turn during the pig races on the opening Friday of the fair.",
        "Fairgoers wait out a thunderstorm under the grandstand on Aug. 9.",
        "The Zipper ride lights up the midway after dark.",
    ]
    lines = [lead]
    for number, caption in enumerate(slides, start=1):
        lines += [f"{number} / 3", caption, "Leah Brandt / The Carrow Courier", "Buy Photo"]
    text = "\n".join(lines) + "\n"
    assert kept_lines(cleaner, text) == [lead, *slides]


def test_a_sentence_of_two_words_above_a_credit_is_no_caption(cleaner: Cleaner) -> None:
    body = [
        "The sequel fixes this almost immediately: within an hour you unlock a dash move.",
        "It works.",
        "The bosses, too, have been rebuilt from the ground up, and most of them are fair.",
    ]
    text = "\n".join([body[0], body[1], "Screenshot by Jane Roe/GamerPulse", body[2]]) + "\n"
    assert kept_lines(cleaner, text) == body


def test_a_sister_subheading_may_stand_under_a_one_line_paragraph(cleaner: Cleaner) -> None:
    """"It works." above "Combat and bosses" is the article's prose as much as a long
    sentence: the sister vouches for the first subheading."""
    head = ["Games", "Hollow Tide review: a sequel that finally learns to breathe", "By Jane Roe"]
    body = [
        "The Verdict",
        "Hollow Tide is the rare sequel that understands what made the first game sing.",
        "The new dash lets you skip whole caverns once you have cleared them.",
        "It works.",
        "Combat and bosses",
        "The bosses have been rebuilt from the ground up, and most of them are fair.",
    ]
    text = "\n".join([*head, *body]) + "\n"
    assert kept_lines(cleaner, text) == body


def test_a_caption_and_credit_under_the_first_paragraph_leave_the_head_alone(
    cleaner: Cleaner,
) -> None:
    """A caption weighs nothing for or against the body, wherever it stands: the match's
    result, its scorers and the first paragraph above the first photo stay."""
    head = ["Ekstraklasa", "Legia crush Cracovia as Pekhart scores three", "12 May 2024, 20:31"]
    body = [
        "Legia Warszawa - Cracovia 4:0 (2:0)",
        "Goals: Pekhart 12', 39', 71', Kapustka 88'",
        "Tomas Pekhart had his night on Sunday. The Czech striker beat the keeper three times.",
        "The visitors did not have a single shot on target in the first half.",
        "Nothing changed after the break.",
        "Legia moved up to third place in the table.",
    ]
    photo = ["Tomas Pekhart (right) celebrates a goal", "Photo: Michal Chwieduk / Fokus"]
    text = "\n".join([*head, *body[:3], *photo, *body[3:]]) + "\n"
    assert kept_lines(cleaner, text) == body


@pytest.mark.parametrize("subheading", ["What the experts say", "What should you do now?"])
def test_a_short_line_apart_from_a_box_over_a_sentence_heads_the_next_section(
    cleaner: Cleaner, subheading: str
) -> None:
    """The box's teasers stand line by line under their header; a blank line, then a short
    line over a sentence: that line is the article's next subheading, not a teaser, also
    when no paragraph stands right above the box to compare it with (a photo's caption)."""
    lead = [
        "The central bank kept its key rate at 21 per cent on Friday, as most analysts expected.",
        "The governor said inflation was slowing, but more slowly than the bank had hoped.",
    ]
    box = [
        "Read also",
        "Governor names the main risk for the economy next year",
        "The rouble weakens past 97 to the dollar on the exchange",
    ]
    rest = [
        "Most economists expect the first cut in the spring, after the new budget is passed.",
        "Some warn that the weaker rouble could push prices up again before the summer.",
    ]
    photo = ["Photo: Bank of Russia press service", "The governor at a press conference"]
    text = "\n".join([*lead, *photo, "", *box, "", subheading, "", rest[0], "", rest[1]]) + "\n"
    kept = [line for line in kept_lines(cleaner, text) if line]
    assert [line for line in kept if line not in photo] == [*lead, subheading, *rest]


@pytest.mark.parametrize("time", ["", ", 9 a.m."])
def test_dates_that_a_sentence_announces_are_a_list_of_the_article(
    cleaner: Cleaner, time: str
) -> None:
    """Bare dates under "... extra days for the holidays:" are the list it announces, not
    date lines of the page; the sentences under them close the article."""
    body = [
        "Demand at the food bank is up 22 percent from last year, its director said on Monday.",
        "The food bank has added extra distribution days for the holidays:",
        *(f"Saturday, {day}{time}" for day in ("Nov. 2", "Nov. 16", "Dec. 7", "Dec. 21")),
        "Each runs from 9 a.m. to noon at the Hillside Market parking lot.",
        "Liu is donating the space.",
    ]
    assert kept_lines(cleaner, "\n".join(body) + "\n") == body


def test_a_read_more_label_over_a_box_takes_the_box_not_its_header(cleaner: Cleaner) -> None:
    """"Read More" over "Related Articles" and its links: the label, the box and its links
    go, and the sentence under them still closes the article."""
    body = [
        "Almost 16,000 drivers were fined at the bus gate in its first month, figures show.",
        "A spokesperson for the motoring group said the signs were not clear enough.",
    ]
    box = [
        "Read More",
        "Related Articles",
        "Drivers caught out by new bus gate in Stockport",
        "Fury as parking charges at the hospital go up again",
    ]
    close = "The council said it would review the signs but had no plans to suspend the cameras."
    text = "\n".join([*body, *box, close, "Follow us on Twitter"]) + "\n"
    assert kept_lines(cleaner, text) == [*body, close]


def test_a_subheading_over_lines_of_figures_is_apart_from_the_box_above(
    cleaner: Cleaner,
) -> None:
    lead = [
        "Stephen Curry scored 46 points as the Warriors beat the Grizzlies 117-112 on Sunday.",
        "The Warriors will play for the West's eighth seed on Friday.",
    ]
    box = ["Recommended", "Lakers eyeing veteran guard in offseason", "Ranking every team's needs"]
    stats = [
        "Notable performances",
        "Stephen Curry, GSW: 46 PTS, 5 REB, 6 AST",
        "Ja Morant, MEM: 35 PTS, 6 REB, 6 AST",
    ]
    rest = ["Curry put the game away with a step-back three with 38 seconds left."]
    text = "\n".join([*lead, "", *box, "", *stats, "", *rest]) + "\n"
    assert [line for line in kept_lines(cleaner, text) if line] == [*lead, *stats, *rest]


@pytest.mark.parametrize("label", ["Lo mejor y lo peor", "Contro"])
def test_a_reviews_pros_and_cons_under_their_label_close_it(cleaner: Cleaner, label: str) -> None:
    body = [
        "El híbrido gasta poco en ciudad y el precio es de los más ajustados de su categoría.",
        "En autovía, sin embargo, el ruido aerodinámico se cuela en el habitáculo.",
        label,
        "+ Relación precio-equipamiento",
        "+ Consumo en ciudad",
        "- Aislamiento acústico en autovía",
        "Veredicto: 8/10",
    ]
    text = "\n".join([*body, "Publicidad", "Te puede interesar", "Los 10 SUV más vendidos"]) + "\n"
    assert kept_lines(cleaner, text) == body


def test_a_subheading_under_a_bare_read_more_in_a_spaced_document_is_the_articles(
    cleaner: Cleaner,
) -> None:
    """Blank lines between all blocks: "READ MORE", then a subheading over a paragraph that
    ends with a full stop. The subheading is the article's; the box has no link to take."""
    head = ["Politics", "Budget 2025: what the chancellor announced", "By Tom Clarke"]
    blocks = [
        "The chancellor has raised employers' national insurance by 1.2 percentage points.",
        "The Treasury says the rise will raise 25 billion pounds a year by 2029.",
        "READ MORE",
        "How the tax rise works",
        "From April, employers will pay 15 percent on salaries above 5,000 pounds a year.",
        "Small firms will be able to claim a larger allowance than before, officials said.",
        "RELATED STORY",
        "What it means for workers",
        "Economists say most of the cost will be passed on to workers through lower pay.",
        "The budget office will publish its full assessment of the measures next week.",
    ]
    text = "\n\n".join([*head, *blocks, "Share this article"]) + "\n"
    kept = [line for line in kept_lines(cleaner, text) if line]
    assert kept == [block for block in blocks if block not in ("READ MORE", "RELATED STORY")]


def test_a_media_player_s_time_is_no_publication_date(cleaner: Cleaner) -> None:
    """An audio player's "00:00 / 02:13" above the article goes, and the sidecar's
    ``published`` does not take it; a real date line under it does."""
    text = "\n".join(["00:00 / 02:13", "March 3, 2021", *PARAGRAPHS[:2]]) + "\n"
    result = cleaner.clean(text)
    assert "00:00 / 02:13" not in result.text
    assert result.meta.to_dict()["published"] == "March 3, 2021"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("C/D Observed Fuel Economy: 47 mpg", "c/d observed fuel economy"),
        ("Rear camera and sensors: 48MP + 16MP + 8MP", "rear camera and sensors"),
        ("Images expected per day: about 2,000", "images expected per day"),
        ("Coronavirus latest Ireland figures: 1,240 cases", None),
        ("Premier League title race: 3 games that will decide it", None),
    ],
)
def test_a_long_label_makes_a_fact_only_before_a_measure(line: str, label: str | None) -> None:
    """Four or five words label a fact before a measure with its unit; a teaser's kicker of
    as many words stands before a count of things (review 47)."""
    assert fact_label(line) == label


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("Ciudad con mayor subida: Málaga (+11,4%)", True),
        ("planning@plymouthtownship.org", True),
        ("Phone 610-277-4100", True),
        ("700 Belvoir Road, Plymouth Meeting", True),
        ("PHOTOS: Pius X vs. Norris football, 9.13", False),  # a teaser's kicker
        ("$179: Apple AirPods Pro (2nd gen) at Amazon", False),  # a deal
        ("Why did rents rise? 5 reasons", False),
        ("Schools to reopen for Year One, Two pupils on March 1", False),
    ],
)
def test_closing_data(line: str, closes: bool) -> None:
    """What the walk down from the last paragraph counts as a box's data: a fact box's long
    labels and an office's contact details, not a teaser's kicker or a deal."""
    assert is_closing_data(line) is closes
