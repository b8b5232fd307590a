//! Article parsing tests: the seed, header / dateline / byline shapes after
//! real outlets' house styles, dates, boilerplate, paragraphs, sentences,
//! bad input, and properties that must hold for any input.
//!
//! Body sentences here are invented for the tests; no article text is
//! copied from the corpora.

use news_model::parse::Parser;
use news_model::{Article, Date, ParseError, ParseWarningKind, Span, Validate};
use proptest::prelude::*;

const SEED: &str = include_str!("../../examples/data/khaama-2024-12-09.txt");

fn date(s: &str) -> Date {
    s.parse().expect("test date")
}

fn parse(text: &str) -> Article {
    Article::parse(text).expect("parses")
}

fn parse_at(text: &str, reference: &str) -> Article {
    Parser::new()
        .reference_date(date(reference))
        .parse(text)
        .expect("parses")
}

/// The sentences of `text` as strings.
fn sentences(text: &str) -> Vec<String> {
    parse(text).sentence_texts().map(str::to_string).collect()
}

fn paragraphs(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| a.slice(*p)).collect()
}

fn boilerplate(a: &Article) -> Vec<&str> {
    a.boilerplate.iter().map(|p| a.slice(*p)).collect()
}

// ---------------------------------------------------------------------
// The seed article

#[test]
fn seed_done_when_facts() {
    let a = parse(SEED);
    assert_eq!(a.published, Some(date("2024-12-09")));
    assert_eq!(a.source.outlet.as_deref(), Some("Khaama Press"));
    assert_eq!(a.source.syndicator.as_deref(), Some("MENAFN"));
    assert_eq!(a.paragraphs.len(), 10);
    assert_eq!(a.sentences.len(), 16);
    let first = a.sentence_texts().next().unwrap();
    assert!(
        first.starts_with("The newly elected U.S. President"),
        "{first}"
    );
    assert!(first.ends_with("ceasefire with Ukraine."), "{first}");
}

#[test]
fn seed_structure() {
    let a = parse(SEED);
    assert_eq!(a.headline, None);
    assert_eq!(a.dateline, None);
    assert_eq!(a.updated, None);
    assert!(a.byline.is_empty());
    assert!(a.boilerplate.is_empty());
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert!(a.body_text().starts_with("The newly elected"));
    assert!(
        a.body_text()
            .ends_with("significant consequences for global stability.")
    );
    let s: Vec<&str> = a.sentence_texts().collect();
    // A period, a space, then lower case: still a boundary.
    assert!(
        s[1].starts_with("also indicated that, if necessary"),
        "{}",
        s[1]
    );
    assert!(s[1].ends_with("withdraw the U.S. from NATO."), "{}", s[1]);
    // The quotation glued to the word before it stays inside its sentence.
    assert!(s.iter().any(|x| x.contains("as“constructive,” though he")));
    let per_paragraph: Vec<usize> = a
        .paragraphs
        .iter()
        .map(|p| a.sentences.iter().filter(|s| p.contains(**s)).count())
        .collect();
    assert_eq!(per_paragraph, [2, 2, 2, 1, 2, 1, 2, 1, 2, 1]);
    assert!(a.validate().is_ok());
}

#[test]
fn seed_bytes_and_json_round_trip() {
    let a = Article::parse_bytes(SEED.as_bytes()).unwrap();
    assert_eq!(a, parse(SEED));
    let json = serde_json::to_string(&a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
}

// ---------------------------------------------------------------------
// Header, dateline and byline shapes after outlets' house styles

/// What a test text must parse to. Fields left at their default must be
/// absent from the article.
#[derive(Default)]
struct Expect {
    reference: Option<&'static str>,
    headline: Option<&'static str>,
    dateline: Option<&'static str>,
    place: Option<&'static str>,
    dateline_outlet: Option<&'static str>,
    dateline_date: Option<&'static str>,
    outlet: Option<&'static str>,
    syndicator: Option<&'static str>,
    published: Option<&'static str>,
    updated: Option<&'static str>,
    byline: &'static [&'static str],
    first: &'static str,
}

fn check(text: &str, e: Expect) {
    let a = match e.reference {
        Some(r) => parse_at(text, r),
        None => parse(text),
    };
    assert_eq!(a.headline_text(), e.headline, "headline");
    let dl = a.dateline.as_ref();
    assert_eq!(dl.map(|d| a.slice(d.span)), e.dateline, "dateline");
    assert_eq!(dl.and_then(|d| d.place.as_deref()), e.place, "place");
    assert_eq!(
        dl.and_then(|d| d.outlet.as_deref()),
        e.dateline_outlet,
        "dateline outlet"
    );
    assert_eq!(
        dl.and_then(|d| d.date),
        e.dateline_date.map(date),
        "dateline date"
    );
    assert_eq!(a.source.outlet.as_deref(), e.outlet, "outlet");
    assert_eq!(a.source.syndicator.as_deref(), e.syndicator, "syndicator");
    assert_eq!(a.published, e.published.map(date), "published");
    assert_eq!(a.updated, e.updated.map(date), "updated");
    assert_eq!(a.byline, e.byline, "byline");
    assert_eq!(a.sentence_texts().next(), Some(e.first), "first sentence");
    assert!(a.validate().is_ok(), "{:?}", a.validate());
    // Header parts never leak into the body.
    let body = a.body_text();
    if let Some(h) = e.headline {
        assert!(!body.contains(h), "headline in body");
    }
    if let Some(d) = e.dateline {
        assert!(!body.contains(d), "dateline in body");
    }
}

#[test]
fn ap_place_and_region() {
    check(
        "KYIV, Ukraine (AP) — Repairs to the power grid will take weeks, officials said.",
        Expect {
            dateline: Some("KYIV, Ukraine (AP) —"),
            place: Some("KYIV, Ukraine"),
            dateline_outlet: Some("AP"),
            outlet: Some("AP"),
            first: "Repairs to the power grid will take weeks, officials said.",
            ..Expect::default()
        },
    );
}

#[test]
fn ap_headline_byline_and_affiliation_line() {
    check(
        "Grid repairs will take weeks, Ukraine says\n\n\
         By JANE DOE and JOHN ROE\n\
         Associated Press\n\n\
         KYIV, Ukraine (AP) — Repairs will take weeks. Crews are at work.",
        Expect {
            headline: Some("Grid repairs will take weeks, Ukraine says"),
            dateline: Some("KYIV, Ukraine (AP) —"),
            place: Some("KYIV, Ukraine"),
            dateline_outlet: Some("AP"),
            outlet: Some("AP"),
            byline: &["JANE DOE", "JOHN ROE"],
            first: "Repairs will take weeks.",
            ..Expect::default()
        },
    );
}

#[test]
fn ap_us_state_abbreviation_in_place() {
    check(
        "RENO, Nev. (AP) — The rally drew a large crowd.",
        Expect {
            dateline: Some("RENO, Nev. (AP) —"),
            place: Some("RENO, Nev."),
            dateline_outlet: Some("AP"),
            outlet: Some("AP"),
            first: "The rally drew a large crowd.",
            ..Expect::default()
        },
    );
}

#[test]
fn reuters_yearless_date_with_reference() {
    check(
        "WASHINGTON, Dec 9 (Reuters) - Lawmakers agreed on a stopgap bill.",
        Expect {
            reference: Some("2024-12-10"),
            dateline: Some("WASHINGTON, Dec 9 (Reuters) -"),
            place: Some("WASHINGTON"),
            dateline_outlet: Some("Reuters"),
            dateline_date: Some("2024-12-09"),
            outlet: Some("Reuters"),
            published: Some("2024-12-09"),
            first: "Lawmakers agreed on a stopgap bill.",
            ..Expect::default()
        },
    );
}

#[test]
fn reuters_yearless_date_without_reference_warns() {
    let text = "WASHINGTON, Dec 9 (Reuters) - Lawmakers agreed on a stopgap bill.";
    let a = parse(text);
    assert_eq!(a.published, None);
    assert_eq!(a.dateline.as_ref().unwrap().date, None);
    assert_eq!(a.warnings.len(), 1);
    assert_eq!(a.slice(a.warnings[0].span), "Dec 9");
    assert_eq!(
        a.warnings[0].kind,
        ParseWarningKind::YearlessDate {
            text: "Dec 9".into()
        }
    );
}

#[test]
fn reuters_by_two_names_and_place() {
    check(
        "By Jane Doe and John Roe\n\nLONDON (Reuters) - Oil prices held steady on Monday.",
        Expect {
            dateline: Some("LONDON (Reuters) -"),
            place: Some("LONDON"),
            dateline_outlet: Some("Reuters"),
            outlet: Some("Reuters"),
            byline: &["Jane Doe", "John Roe"],
            first: "Oil prices held steady on Monday.",
            ..Expect::default()
        },
    );
}

#[test]
fn reuters_name_comma_outlet_byline() {
    check(
        "Oil steadies as supply talks stall\nJane Doe, Reuters\n\nOil prices held steady. Traders waited.",
        Expect {
            headline: Some("Oil steadies as supply talks stall"),
            outlet: Some("Reuters"),
            byline: &["Jane Doe"],
            first: "Oil prices held steady.",
            ..Expect::default()
        },
    );
}

#[test]
fn xinhua_slashes_with_full_date() {
    check(
        "MOSCOW, Dec. 9, 2024 /Xinhua/ -- Russia said it was open to talks.",
        Expect {
            dateline: Some("MOSCOW, Dec. 9, 2024 /Xinhua/ --"),
            place: Some("MOSCOW"),
            dateline_outlet: Some("Xinhua"),
            dateline_date: Some("2024-12-09"),
            outlet: Some("Xinhua"),
            published: Some("2024-12-09"),
            first: "Russia said it was open to talks.",
            ..Expect::default()
        },
    );
}

#[test]
fn xinhua_brackets_with_yearless_date() {
    check(
        "BEIJING, Dec. 9 (Xinhua) -- China urged restraint.",
        Expect {
            reference: Some("2024-12-09"),
            dateline: Some("BEIJING, Dec. 9 (Xinhua) --"),
            place: Some("BEIJING"),
            dateline_outlet: Some("Xinhua"),
            dateline_date: Some("2024-12-09"),
            outlet: Some("Xinhua"),
            published: Some("2024-12-09"),
            first: "China urged restraint.",
            ..Expect::default()
        },
    );
}

#[test]
fn afp_capitals_en_dash() {
    check(
        "BEIJING (AFP) – China urged restraint on Monday.",
        Expect {
            dateline: Some("BEIJING (AFP) –"),
            place: Some("BEIJING"),
            dateline_outlet: Some("AFP"),
            outlet: Some("AFP"),
            first: "China urged restraint on Monday.",
            ..Expect::default()
        },
    );
}

#[test]
fn afp_mixed_case_place() {
    check(
        "Mexico City (AFP) - The vote was postponed.",
        Expect {
            dateline: Some("Mexico City (AFP) -"),
            place: Some("Mexico City"),
            dateline_outlet: Some("AFP"),
            outlet: Some("AFP"),
            first: "The vote was postponed.",
            ..Expect::default()
        },
    );
}

#[test]
fn tass_slashes_and_period() {
    check(
        "MOSCOW, December 9. /TASS/. The Kremlin declined to comment.",
        Expect {
            reference: Some("2024-12-10"),
            dateline: Some("MOSCOW, December 9. /TASS/."),
            place: Some("MOSCOW"),
            dateline_outlet: Some("TASS"),
            dateline_date: Some("2024-12-09"),
            outlet: Some("TASS"),
            published: Some("2024-12-09"),
            first: "The Kremlin declined to comment.",
            ..Expect::default()
        },
    );
}

#[test]
fn anadolu_agency_abbreviation() {
    check(
        "ANKARA (AA) - Türkiye called for a ceasefire.",
        Expect {
            dateline: Some("ANKARA (AA) -"),
            place: Some("ANKARA"),
            dateline_outlet: Some("AA"),
            outlet: Some("AA"),
            first: "Türkiye called for a ceasefire.",
            ..Expect::default()
        },
    );
}

#[test]
fn anadolu_byline_with_agency() {
    check(
        "By Jane Doe, Anadolu Agency\n\nANKARA (AA) - Talks resumed.",
        Expect {
            dateline: Some("ANKARA (AA) -"),
            place: Some("ANKARA"),
            dateline_outlet: Some("AA"),
            outlet: Some("AA"),
            byline: &["Jane Doe"],
            first: "Talks resumed.",
            ..Expect::default()
        },
    );
}

#[test]
fn al_jazeera_published_on() {
    check(
        "Israel and Hamas trade blame over stalled talks\n\nPublished On 9 Dec 2024\n\nMediators said the talks had stalled.",
        Expect {
            headline: Some("Israel and Hamas trade blame over stalled talks"),
            published: Some("2024-12-09"),
            first: "Mediators said the talks had stalled.",
            ..Expect::default()
        },
    );
}

#[test]
fn kyiv_independent_byline_and_date_line() {
    check(
        "Ukraine receives new air defense systems\nby Jane Doe\nDecember 9, 2024 10:15 PM\n\nThe systems arrived on Monday.",
        Expect {
            headline: Some("Ukraine receives new air defense systems"),
            byline: &["Jane Doe"],
            published: Some("2024-12-09"),
            first: "The systems arrived on Monday.",
            ..Expect::default()
        },
    );
}

#[test]
fn voa_capital_place_and_country() {
    check(
        "KYIV, UKRAINE — Officials reported new strikes overnight.",
        Expect {
            dateline: Some("KYIV, UKRAINE —"),
            place: Some("KYIV, UKRAINE"),
            first: "Officials reported new strikes overnight.",
            ..Expect::default()
        },
    );
}

#[test]
fn voa_byline_date_and_place_dateline() {
    check(
        "By Jane Doe\nDecember 09, 2024 01:25 PM\n\nWASHINGTON — The Senate passed the bill.",
        Expect {
            dateline: Some("WASHINGTON —"),
            place: Some("WASHINGTON"),
            byline: &["Jane Doe"],
            published: Some("2024-12-09"),
            first: "The Senate passed the bill.",
            ..Expect::default()
        },
    );
}

#[test]
fn menafn_header_on_its_own_line_then_headline() {
    check(
        "date 2024-12-10 (MENAFN- Trend News Agency)\nAzerbaijan hosts regional talks\n\nThe talks opened in Baku.",
        Expect {
            headline: Some("Azerbaijan hosts regional talks"),
            outlet: Some("Trend News Agency"),
            syndicator: Some("MENAFN"),
            published: Some("2024-12-10"),
            first: "The talks opened in Baku.",
            ..Expect::default()
        },
    );
}

#[test]
fn menafn_header_without_date() {
    check(
        "(MENAFN- Khaama Press) The ministry announced new rules.",
        Expect {
            outlet: Some("Khaama Press"),
            syndicator: Some("MENAFN"),
            first: "The ministry announced new rules.",
            ..Expect::default()
        },
    );
}

#[test]
fn khaama_press_colon() {
    check(
        "KABUL (Khaama Press): The ministry announced new rules.",
        Expect {
            dateline: Some("KABUL (Khaama Press):"),
            place: Some("KABUL"),
            dateline_outlet: Some("Khaama Press"),
            outlet: Some("Khaama Press"),
            first: "The ministry announced new rules.",
            ..Expect::default()
        },
    );
}

#[test]
fn bbc_published_without_colon() {
    check(
        "Ministers agree energy price cap\n\nPublished 9 December 2024\n\nThe cap will apply from January.",
        Expect {
            headline: Some("Ministers agree energy price cap"),
            published: Some("2024-12-09"),
            first: "The cap will apply from January.",
            ..Expect::default()
        },
    );
}

#[test]
fn cnn_outlet_only() {
    check(
        "(CNN) — The Pentagon announced a new aid package.",
        Expect {
            dateline: Some("(CNN) —"),
            dateline_outlet: Some("CNN"),
            outlet: Some("CNN"),
            first: "The Pentagon announced a new aid package.",
            ..Expect::default()
        },
    );
}

#[test]
fn cnn_byline_with_outlet() {
    check(
        "By Jane Doe, CNN\n\n(CNN) — The Pentagon announced a new aid package.",
        Expect {
            dateline: Some("(CNN) —"),
            dateline_outlet: Some("CNN"),
            outlet: Some("CNN"),
            byline: &["Jane Doe"],
            first: "The Pentagon announced a new aid package.",
            ..Expect::default()
        },
    );
}

#[test]
fn yonhap_resolves_across_new_year() {
    check(
        "SEOUL, Jan. 3 (Yonhap) -- North Korea fired a missile.",
        Expect {
            reference: Some("2024-12-20"),
            dateline: Some("SEOUL, Jan. 3 (Yonhap) --"),
            place: Some("SEOUL"),
            dateline_outlet: Some("Yonhap"),
            dateline_date: Some("2025-01-03"),
            outlet: Some("Yonhap"),
            published: Some("2025-01-03"),
            first: "North Korea fired a missile.",
            ..Expect::default()
        },
    );
}

#[test]
fn interfax_period_after_place() {
    check(
        "MOSCOW. Dec 9 (Interfax) - The ministry issued a statement.",
        Expect {
            reference: Some("2024-12-12"),
            dateline: Some("MOSCOW. Dec 9 (Interfax) -"),
            place: Some("MOSCOW"),
            dateline_outlet: Some("Interfax"),
            dateline_date: Some("2024-12-09"),
            outlet: Some("Interfax"),
            published: Some("2024-12-09"),
            first: "The ministry issued a statement.",
            ..Expect::default()
        },
    );
}

#[test]
fn upi_state_and_date() {
    check(
        "Candidate removed from debate site\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — A candidate was escorted out.",
        Expect {
            reference: Some("2016-09-27"),
            headline: Some("Candidate removed from debate site"),
            dateline: Some("HEMPSTEAD, N.Y., Sept. 26 (UPI) —"),
            place: Some("HEMPSTEAD, N.Y."),
            dateline_outlet: Some("UPI"),
            dateline_date: Some("2016-09-26"),
            outlet: Some("UPI"),
            published: Some("2016-09-26"),
            first: "A candidate was escorted out.",
            ..Expect::default()
        },
    );
}

#[test]
fn bloomberg_outlet_only_with_byline() {
    check(
        "By Jane Doe and John Roe\n\n(Bloomberg) -- Stocks rose for a third day.",
        Expect {
            dateline: Some("(Bloomberg) --"),
            dateline_outlet: Some("Bloomberg"),
            outlet: Some("Bloomberg"),
            byline: &["Jane Doe", "John Roe"],
            first: "Stocks rose for a third day.",
            ..Expect::default()
        },
    );
}

#[test]
fn dpa_lower_case_outlet() {
    check(
        "Berlin (dpa) - The coalition agreed on a budget.",
        Expect {
            dateline: Some("Berlin (dpa) -"),
            place: Some("Berlin"),
            dateline_outlet: Some("dpa"),
            outlet: Some("dpa"),
            first: "The coalition agreed on a budget.",
            ..Expect::default()
        },
    );
}

#[test]
fn efe_period_dash() {
    check(
        "Madrid, Dec 9 (EFE).- The government approved the plan.",
        Expect {
            reference: Some("2024-12-09"),
            dateline: Some("Madrid, Dec 9 (EFE).-"),
            place: Some("Madrid"),
            dateline_outlet: Some("EFE"),
            dateline_date: Some("2024-12-09"),
            outlet: Some("EFE"),
            published: Some("2024-12-09"),
            first: "The government approved the plan.",
            ..Expect::default()
        },
    );
}

#[test]
fn nyt_place_only_double_hyphen() {
    check(
        "WASHINGTON -- The president signed the order on Friday.",
        Expect {
            dateline: Some("WASHINGTON --"),
            place: Some("WASHINGTON"),
            first: "The president signed the order on Friday.",
            ..Expect::default()
        },
    );
}

#[test]
fn wash_post_place_with_state() {
    check(
        "NEWPORT NEWS, Va. - The cookout drew hundreds.",
        Expect {
            dateline: Some("NEWPORT NEWS, Va. -"),
            place: Some("NEWPORT NEWS, Va."),
            first: "The cookout drew hundreds.",
            ..Expect::default()
        },
    );
}

#[test]
fn government_press_release_title() {
    check(
        "Statement on the Ceasefire in Lebanon\n\nThe United States welcomes the ceasefire. We urge all parties to respect it.",
        Expect {
            headline: Some("Statement on the Ceasefire in Lebanon"),
            first: "The United States welcomes the ceasefire.",
            ..Expect::default()
        },
    );
}

#[test]
fn title_case_headline_with_final_period() {
    check(
        "Senate Passes Stopgap Bill to Avert Shutdown.\n\nThe Senate passed the bill late on Friday.",
        Expect {
            headline: Some("Senate Passes Stopgap Bill to Avert Shutdown."),
            first: "The Senate passed the bill late on Friday.",
            ..Expect::default()
        },
    );
}

#[test]
fn headline_followed_directly_by_long_prose() {
    check(
        "Ceasefire talks resume in Cairo\nMediators from three countries met on Monday to discuss a new proposal for a ceasefire, officials said.",
        Expect {
            headline: Some("Ceasefire talks resume in Cairo"),
            first: "Mediators from three countries met on Monday to discuss a new proposal for a ceasefire, officials said.",
            ..Expect::default()
        },
    );
}

#[test]
fn published_and_updated_on_one_line() {
    check(
        "Talks stall in Geneva\nPublished: December 9, 2024 | Updated: Dec. 10, 2024 8:30 a.m. EST\n\nTalks stalled.",
        Expect {
            headline: Some("Talks stall in Geneva"),
            published: Some("2024-12-09"),
            updated: Some("2024-12-10"),
            first: "Talks stalled.",
            ..Expect::default()
        },
    );
}

#[test]
fn stamp_lines_in_every_date_form() {
    for (line, want) in [
        ("Published: 2024-12-09", "2024-12-09"),
        ("Published: 2024-12-09T14:30:00Z", "2024-12-09"),
        ("Published: December 9, 2024", "2024-12-09"),
        ("Published: 9 December 2024", "2024-12-09"),
        ("Published: Dec. 9, 2024", "2024-12-09"),
        ("Published: Monday, December 9, 2024", "2024-12-09"),
        // Dotted numeric dates are day.month.year.
        ("Published: 09.12.2024", "2024-12-09"),
        ("Published: 03.04.2024", "2024-04-03"),
        // Slashed numeric dates are month/day/year.
        ("Published: 12/09/2024", "2024-12-09"),
        ("Published: 03/04/2024", "2024-03-04"),
        ("Posted on Dec 9, 2024", "2024-12-09"),
        ("Date: 2024-12-09", "2024-12-09"),
        ("First published: 9 December 2024", "2024-12-09"),
    ] {
        let a = parse(&format!("{line}\n\nThe talks resumed."));
        assert_eq!(a.published, Some(date(want)), "{line}");
        assert_eq!(a.body_text(), "The talks resumed.", "{line}");
    }
    let a = parse("Last updated on 10 December 2024\n\nThe talks resumed.");
    assert_eq!((a.published, a.updated), (None, Some(date("2024-12-10"))));
}

#[test]
fn header_date_wins_over_dateline_date() {
    let a = parse_at(
        "Published: December 8, 2024\n\nWASHINGTON, Dec 9 (Reuters) - The vote passed.",
        "2024-12-10",
    );
    assert_eq!(a.published, Some(date("2024-12-08")));
    assert_eq!(a.dateline.unwrap().date, Some(date("2024-12-09")));
}

#[test]
fn syndication_outlet_wins_over_dateline_outlet() {
    let a = parse("(MENAFN- Khaama Press)\nKABUL (AFP) – The ministry spoke.");
    assert_eq!(a.source.outlet.as_deref(), Some("Khaama Press"));
    assert_eq!(a.source.syndicator.as_deref(), Some("MENAFN"));
    assert_eq!(a.dateline.unwrap().outlet.as_deref(), Some("AFP"));
}

#[test]
fn yearless_dates_nearest_year_never_over_a_month_ahead() {
    let text = |d: &str| format!("WASHINGTON, {d} (Reuters) - Text.");
    let cases = [
        ("Dec 30", "2025-01-05", "2024-12-30"),
        ("Jan 3", "2024-12-10", "2025-01-03"),
        ("Jan 20", "2024-12-10", "2024-01-20"),
        ("June 1", "2024-12-10", "2024-06-01"),
        ("Feb. 29", "2024-03-10", "2024-02-29"),
    ];
    for (d, reference, want) in cases {
        assert_eq!(
            parse_at(&text(d), reference).published,
            Some(date(want)),
            "{d} near {reference}"
        );
    }
}

#[test]
fn impossible_header_date_is_a_warning_not_an_error() {
    let a = parse("date 2024-13-45 (MENAFN- Khaama Press) The ministry spoke.");
    assert_eq!(a.published, None);
    assert_eq!(a.source.outlet.as_deref(), Some("Khaama Press"));
    assert_eq!(a.body_text(), "The ministry spoke.");
    assert_eq!(a.warnings.len(), 1);
    assert_eq!(a.slice(a.warnings[0].span), "2024-13-45");
    assert_eq!(
        a.warnings[0].kind,
        ParseWarningKind::ImpossibleDate {
            text: "2024-13-45".into(),
            reason: "month 13 is not in 1..=12".into(),
        }
    );
}

#[test]
fn impossible_published_line_is_a_warning() {
    let a = parse("Published: February 30, 2024\n\nThe ministry spoke.");
    assert_eq!(a.published, None);
    assert!(matches!(
        &a.warnings[..],
        [w] if matches!(&w.kind, ParseWarningKind::ImpossibleDate { text, .. } if text == "February 30, 2024")
    ));
    assert_eq!(a.body_text(), "The ministry spoke.");
}

#[test]
fn plain_text_invents_nothing() {
    let text = "  Trump spoke with Putin on Monday. He said talks were possible.\n\nThe Kremlin did not comment.\n";
    let a = parse(text);
    assert_eq!(a.headline, None);
    assert_eq!(a.dateline, None);
    assert_eq!(a.published, None);
    assert_eq!(a.updated, None);
    assert_eq!(a.source.outlet, None);
    assert_eq!(a.source.syndicator, None);
    assert!(a.byline.is_empty());
    assert!(a.boilerplate.is_empty());
    assert!(a.warnings.is_empty());
    assert_eq!(a.body_text(), text.trim());
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(a.sentences.len(), 3);
}

#[test]
fn short_first_sentence_is_not_a_headline() {
    let a = parse("Talks failed.\n\nThe ministers left Geneva on Monday.");
    assert_eq!(a.headline, None);
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn lines_that_only_look_like_headers_stay_body() {
    for text in [
        "By the end of the year, Russia had lost ground.\n\nMore text.",
        "BREAKING - Talks collapsed in Geneva.",
        "Peace (at last) - that was the hope.",
        "Published in a hurry, the report drew criticism.",
    ] {
        let a = parse(text);
        assert_eq!(a.dateline, None, "{text}");
        assert!(a.byline.is_empty(), "{text}");
        assert_eq!(a.published, None, "{text}");
        assert_eq!(a.body.start(), 0, "{text}");
    }
}

#[test]
fn windows_line_endings() {
    let text = "Talks resume in Cairo\r\n\r\nCAIRO (AP) — Talks resumed. They went well.\r\n\r\nMore talks are planned.\r\n\r\nRead more: Talks stall\r\n";
    let a = parse(text);
    assert_eq!(a.headline_text(), Some("Talks resume in Cairo"));
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.place.as_deref()),
        Some("CAIRO")
    );
    assert_eq!(
        paragraphs(&a),
        ["Talks resumed. They went well.", "More talks are planned."]
    );
    assert_eq!(
        a.sentence_texts().collect::<Vec<_>>(),
        [
            "Talks resumed.",
            "They went well.",
            "More talks are planned."
        ]
    );
    assert_eq!(boilerplate(&a), ["Read more: Talks stall"]);
}

// ---------------------------------------------------------------------
// Trailing boilerplate

#[test]
fn boilerplate_markers_are_kept_out_of_the_body() {
    for tail in [
        "Read more: Talks stall in Geneva",
        "Follow us on Telegram",
        "Follow Jane Doe on X @janedoe",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "© 2024 Khaama Press",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "(Additional reporting by Jane Doe in Kyiv; Writing by John Roe)",
        "Subscribe to our newsletter",
        "Jane Doe in Kyiv contributed to this report.",
        "Legal Disclaimer: the provider accepts no liability.",
    ] {
        let text = format!("The talks resumed.\n\n{tail}");
        let a = parse(&text);
        assert_eq!(a.body_text(), "The talks resumed.", "{tail}");
        assert_eq!(boilerplate(&a), [tail], "{tail}");
        assert_eq!(a.sentences.len(), 1, "{tail}");
    }
}

#[test]
fn related_list_and_several_trailers() {
    let text = "The talks resumed.\n\nThey went well.\n\nRelated:\nTalks stall in Geneva\nAid package approved\n\nFollow us on Facebook\n© 2024 Example News";
    let a = parse(text);
    assert_eq!(paragraphs(&a), ["The talks resumed.", "They went well."]);
    assert_eq!(
        boilerplate(&a),
        [
            "Related:\nTalks stall in Geneva\nAid package approved",
            "Follow us on Facebook",
            "© 2024 Example News"
        ]
    );
}

#[test]
fn marker_words_inside_the_story_are_body() {
    let text = "Read more: the report says little.\n\nThe ministers left.\n\nFollowing the talks, aid resumed.";
    let a = parse(text);
    assert!(a.boilerplate.is_empty());
    assert_eq!(a.paragraphs.len(), 3);
}

// ---------------------------------------------------------------------
// Paragraphs

#[test]
fn paragraphs_split_on_blank_lines_and_are_trimmed() {
    let a = parse("  One.  \n\n\n\t Two.\n \nThree.  ");
    assert_eq!(paragraphs(&a), ["One.", "Two.", "Three."]);
}

#[test]
fn long_lines_are_paragraphs_short_lines_are_wrapped_prose() {
    let long1 = "The ministers met in Geneva on Monday to discuss a new proposal for a ceasefire, officials said late in the evening.";
    let long2 = "They agreed to meet again next week.";
    let a = parse(&format!("{long1}\n{long2}"));
    assert_eq!(paragraphs(&a), [long1, long2]);

    let wrapped = "The ministers met in Geneva on Monday\nto discuss a new proposal. They agreed\nto meet again.";
    let a = parse(wrapped);
    assert_eq!(paragraphs(&a), [wrapped]);
    assert_eq!(
        a.sentence_texts().collect::<Vec<_>>(),
        [
            "The ministers met in Geneva on Monday\nto discuss a new proposal.",
            "They agreed\nto meet again."
        ]
    );
}

#[test]
fn sentences_never_cross_paragraphs() {
    let a = parse("Talks.\n\nThe talks went on and\n\non without end");
    assert_eq!(a.headline, None);
    assert_eq!(a.paragraphs.len(), 3);
    assert_eq!(
        a.sentence_texts().collect::<Vec<_>>(),
        ["Talks.", "The talks went on and", "on without end"]
    );
}

// ---------------------------------------------------------------------
// Sentences: the hard cases

#[test]
fn title_abbreviations_do_not_end_sentences() {
    let s = sentences(
        "Sen. Jane Doe met Gen. John Roe, Lt. Col. Max Moe, Dr. Ann Poe, Mr. and Mrs. Low, \
         Ms. Fay, Rep. Kim, Gov. Lee and Sgt. Ray at St. Mark's. They left.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[1] == "They left.");
}

#[test]
fn country_abbreviations() {
    assert_eq!(
        sentences(
            "The U.S. and the U.K. told the U.N. and the E.U. that they agreed. Talks went on."
        ),
        [
            "The U.S. and the U.K. told the U.N. and the E.U. that they agreed.",
            "Talks went on."
        ]
    );
    assert_eq!(
        sentences("The newly elected U.S. President spoke."),
        ["The newly elected U.S. President spoke."]
    );
    assert_eq!(
        sentences("Aid came from the U.S. The talks resumed."),
        ["Aid came from the U.S.", "The talks resumed."]
    );
}

#[test]
fn month_and_number_abbreviations() {
    assert_eq!(
        sentences(
            "Talks ran from Jan. 5 and Feb. 9 to Aug. 3, Sept. 11 and Dec. 24 at No. 10 Downing St. in London. They failed."
        )
        .len(),
        2
    );
}

#[test]
fn company_and_other_abbreviations() {
    assert_eq!(
        sentences(
            "Acme Inc. and Widget Corp. signed, vs. rivals, etc. and so on. Jane Doe Jr. said yes."
        ),
        [
            "Acme Inc. and Widget Corp. signed, vs. rivals, etc. and so on.",
            "Jane Doe Jr. said yes."
        ]
    );
}

#[test]
fn initials() {
    assert_eq!(
        sentences("Donald J. Trump met J.D. Vance and George W. Bush. They talked."),
        [
            "Donald J. Trump met J.D. Vance and George W. Bush.",
            "They talked."
        ]
    );
}

#[test]
fn decimals_and_numbers() {
    assert_eq!(
        sentences("Growth slowed to 3.5 percent in 2024. Prices rose 0.2 points. 10 people died."),
        [
            "Growth slowed to 3.5 percent in 2024.",
            "Prices rose 0.2 points.",
            "10 people died."
        ]
    );
}

#[test]
fn times_and_ordinals() {
    // A time abbreviation ends a sentence only before a word that starts
    // sentences.
    assert_eq!(
        sentences("The talks began at 5 p.m. The ministers left at 10 a.m. on Tuesday."),
        [
            "The talks began at 5 p.m.",
            "The ministers left at 10 a.m. on Tuesday."
        ]
    );
    assert_eq!(
        sentences("They met at 5 p.m. Monday in Geneva."),
        ["They met at 5 p.m. Monday in Geneva."]
    );
    assert_eq!(
        sentences("She finished 2nd. He came 21st in the race."),
        ["She finished 2nd.", "He came 21st in the race."]
    );
}

#[test]
fn ellipses() {
    assert_eq!(
        sentences("He paused... then he spoke."),
        ["He paused... then he spoke."]
    );
    assert_eq!(
        sentences("He paused... Then there was silence."),
        ["He paused...", "Then there was silence."]
    );
    assert_eq!(
        sentences("We waited … and waited. Nothing came."),
        ["We waited … and waited.", "Nothing came."]
    );
}

#[test]
fn quotation_with_sentence_ends_and_attribution_is_one_sentence() {
    assert_eq!(
        sentences("\"We will win. Russia will lose,\" he said."),
        ["\"We will win. Russia will lose,\" he said."]
    );
    assert_eq!(
        sentences("“We will win. Russia will lose,” Zelensky said. “We will not stop.”"),
        [
            "“We will win. Russia will lose,” Zelensky said.",
            "“We will not stop.”"
        ]
    );
}

#[test]
fn quotation_ending_a_sentence() {
    assert_eq!(
        sentences("\"We will win.\" He left."),
        ["\"We will win.\"", "He left."]
    );
    assert_eq!(
        sentences("He said: “We will win. Russia will lose.” Then he left."),
        [
            "He said: “We will win.",
            "Russia will lose.”",
            "Then he left."
        ]
    );
}

#[test]
fn question_and_exclamation_in_quotes() {
    assert_eq!(
        sentences("\"Will you stay?\" she asked. \"No!\" he shouted."),
        ["\"Will you stay?\" she asked.", "\"No!\" he shouted."]
    );
    assert_eq!(
        sentences("“Why not?” Zelensky asked. Talks resumed."),
        ["“Why not?” Zelensky asked.", "Talks resumed."]
    );
}

#[test]
fn curly_single_and_straight_quotes() {
    assert_eq!(
        sentences("He called it ‘absurd.’ She agreed. It's 'fine.' They left."),
        [
            "He called it ‘absurd.’",
            "She agreed.",
            "It's 'fine.'",
            "They left."
        ]
    );
}

#[test]
fn quote_glued_to_the_word_before() {
    assert_eq!(
        sentences("He described the talks as“constructive,” though he gave no details. He left."),
        [
            "He described the talks as“constructive,” though he gave no details.",
            "He left."
        ]
    );
}

#[test]
fn lower_case_sentence_start_after_a_plain_word() {
    assert_eq!(
        sentences(
            "Trump called for a ceasefire with Ukraine. also indicated that he would cut aid."
        ),
        [
            "Trump called for a ceasefire with Ukraine.",
            "also indicated that he would cut aid."
        ]
    );
}

#[test]
fn dashes() {
    assert_eq!(
        sentences("Kyiv—not Moscow—decides. The U.S.-led coalition met. — Officials said so."),
        [
            "Kyiv—not Moscow—decides.",
            "The U.S.-led coalition met.",
            "— Officials said so."
        ]
    );
}

#[test]
fn closing_brackets_after_the_period() {
    assert_eq!(
        sentences("(He did not elaborate.) Talks resumed. The group (based in the U.S.) spoke."),
        [
            "(He did not elaborate.)",
            "Talks resumed.",
            "The group (based in the U.S.) spoke."
        ]
    );
}

#[test]
fn multi_byte_text() {
    assert_eq!(
        sentences("Зеленський заявив. Türkiye spoke — «Oui.» 東京で会談。Done."),
        [
            "Зеленський заявив.",
            "Türkiye spoke — «Oui.»",
            "東京で会談。Done."
        ]
    );
}

#[test]
fn spans_index_the_original_text() {
    let text = "\u{feff} Talks  resumed.\u{a0}They went well.\r\n";
    let a = parse(text);
    for s in &a.sentences {
        let t = a.slice(*s);
        assert_eq!(t, t.trim(), "sentence not trimmed: {t:?}");
        assert_eq!(&text[s.range()], t);
    }
    assert_eq!(
        a.sentence_texts().collect::<Vec<_>>(),
        ["Talks  resumed.", "They went well."]
    );
}

// ---------------------------------------------------------------------
// Quotation warnings

#[test]
fn unclosed_quote_warns_unless_the_next_paragraph_opens_one() {
    let a = parse("“We will win.\n\n“We will not stop,” he said.");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    let a = parse("“We will win.\n\nHe left.");
    assert_eq!(a.warnings.len(), 1);
    assert_eq!(a.warnings[0].kind, ParseWarningKind::UnbalancedQuote);
    assert_eq!(a.slice(a.warnings[0].span), "“");
}

// ---------------------------------------------------------------------
// Bad input

#[test]
fn errors() {
    assert_eq!(Article::parse(""), Err(ParseError::Empty));
    assert_eq!(Article::parse(" \n\t\r\n "), Err(ParseError::Blank));
    assert_eq!(
        Article::parse("Kyiv\0said"),
        Err(ParseError::Binary { offset: 4, code: 0 })
    );
    assert_eq!(
        Article::parse("Kyiv \u{1b} said"),
        Err(ParseError::Binary {
            offset: 5,
            code: 0x1b
        })
    );
    // Dense control characters are binary, whatever the length.
    let dense = "Kyiv said \u{7}\u{8} that\u{1} talks".repeat(40);
    assert!(matches!(
        Article::parse(&dense),
        Err(ParseError::Binary {
            offset: 10,
            code: 7
        })
    ));
    assert!(matches!(
        Article::parse(&format!(
            "{}\0",
            "Kyiv said talks were possible. ".repeat(50)
        )),
        Err(ParseError::Binary { code: 0, .. })
    ));
    assert_eq!(
        Article::parse_bytes(b"Kyiv \xe2\x80 said"),
        Err(ParseError::InvalidUtf8 { offset: 5 })
    );
    assert_eq!(
        Parser::new().max_len(3).parse("Kyiv"),
        Err(ParseError::TooLong { len: 4, limit: 3 })
    );
    assert!(Parser::new().max_len(4).parse("Kyiv").is_ok());
    assert_eq!(
        ParseError::InvalidUtf8 { offset: 5 }.to_string(),
        "input is not valid UTF-8: invalid byte at offset 5"
    );
}

#[test]
fn tolerated_characters() {
    // Form feed, tab and C1 controls from double-decoded text are text.
    let a = parse("Talks\tresumed.\u{c}Fran\u{83}ois spoke.");
    assert_eq!(a.sentences.len(), 2);
}

#[test]
fn only_a_header_gives_an_empty_body() {
    let a = parse("date 2024-12-09 (MENAFN- Khaama Press)");
    assert_eq!(a.published, Some(date("2024-12-09")));
    assert!(a.body.is_empty());
    assert!(a.paragraphs.is_empty() && a.sentences.is_empty());
    assert!(a.validate().is_ok());
}

#[test]
fn large_and_pathological_input_is_fast() {
    let start = std::time::Instant::now();
    for piece in [
        "\"",
        "U.S. ",
        "a.",
        "(AP) — ",
        "... ",
        "“x,” ",
        "x\n",
        "Mr. ",
        "\"x.\" ",
        "By ",
        "(",
    ] {
        let text = piece.repeat(200_000 / piece.len());
        let a = Article::parse(&text).unwrap();
        check_invariants(&a);
    }
    assert_eq!(
        Article::parse(&"\n".repeat(100_000)),
        Err(ParseError::Blank)
    );
    let one_line = "The talks resumed and went on. ".repeat(30_000);
    check_invariants(&parse(&one_line));
    assert!(
        start.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
}

// ---------------------------------------------------------------------
// Properties

fn valid_span(text: &str, s: Span, what: &str) {
    assert!(text.get(s.range()).is_some(), "{what} {s} not in text");
}

fn trimmed(text: &str, s: Span, what: &str) {
    let t = &text[s.range()];
    assert!(!t.is_empty(), "{what} {s} empty");
    assert_eq!(
        t,
        t.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'),
        "{what} {s} not trimmed"
    );
}

fn ordered(spans: &[Span], what: &str) {
    for w in spans.windows(2) {
        assert!(
            w[0].end() <= w[1].start(),
            "{what} out of order: {} {}",
            w[0],
            w[1]
        );
    }
}

fn check_invariants(a: &Article) {
    let text = a.text.as_str();
    valid_span(text, a.body, "body");
    if !a.body.is_empty() {
        trimmed(text, a.body, "body");
    }
    if let Some(h) = a.headline {
        valid_span(text, h, "headline");
        trimmed(text, h, "headline");
        assert!(h.end() <= a.body.start(), "headline after body start");
    }
    if let Some(d) = &a.dateline {
        valid_span(text, d.span, "dateline");
        trimmed(text, d.span, "dateline");
        assert!(d.span.end() <= a.body.start(), "dateline inside body");
    }
    for (list, what) in [
        (&a.paragraphs, "paragraph"),
        (&a.sentences, "sentence"),
        (&a.boilerplate, "boilerplate"),
    ] {
        for s in list.iter() {
            valid_span(text, *s, what);
            trimmed(text, *s, what);
        }
        ordered(list, what);
    }
    for p in &a.paragraphs {
        assert!(a.body.contains(*p), "paragraph {p} outside body {}", a.body);
    }
    for b in &a.boilerplate {
        assert!(b.start() >= a.body.end(), "boilerplate {b} inside body");
    }
    // Every sentence lies inside one paragraph; every paragraph has one.
    let mut pi = 0;
    for s in &a.sentences {
        while pi < a.paragraphs.len() && a.paragraphs[pi].end() < s.end() {
            pi += 1;
        }
        assert!(
            a.paragraphs.get(pi).is_some_and(|p| p.contains(*s)),
            "sentence {s} not inside a paragraph"
        );
    }
    for p in &a.paragraphs {
        assert!(
            a.sentences.iter().any(|s| p.contains(*s)),
            "paragraph {p} has no sentence"
        );
    }
    for w in &a.warnings {
        valid_span(text, w.span, "warning");
    }
    assert!(a.validate().is_ok(), "{:?}", a.validate());
}

fn news_fragment() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "The",
        " ",
        "  ",
        "talks",
        "Trump",
        "said",
        ".",
        ". ",
        "!",
        "?",
        "...",
        "…",
        ",",
        ";",
        ":",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "''",
        "«",
        "»",
        "(",
        ")",
        "[",
        "]",
        "—",
        "–",
        "-",
        "--",
        "U.S.",
        "Mr.",
        "Dr.",
        "p.m.",
        "Dec.",
        "J.",
        "3.5",
        "2024",
        "2024-12-09",
        "2024-13-45",
        "Dec 9",
        "09.12.2024",
        "(AP)",
        "(Reuters)",
        "/Xinhua/",
        "(MENAFN- Khaama Press)",
        "date ",
        "KYIV, Ukraine",
        "WASHINGTON",
        "By Jane Doe",
        "Published: ",
        "Updated: ",
        "Read more: ",
        "© 2024",
        "Related:",
        "(Reporting by X; Editing by Y)",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u{a0}",
        "\u{feff}",
        "é",
        "Зеленський",
        "東京",
        "😀",
        "also",
        "http://x.y",
        "___",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_strings_never_panic_and_spans_are_valid(text in any::<String>()) {
        if let Ok(a) = Article::parse(&text) {
            check_invariants(&a);
        }
        if let Ok(a) = Parser::new().reference_date(date("2024-12-10")).parse(&text) {
            check_invariants(&a);
        }
    }

    #[test]
    fn news_like_strings_never_panic_and_spans_are_valid(
        pieces in prop::collection::vec(news_fragment(), 0..60)
    ) {
        let text = pieces.concat();
        match Article::parse(&text) {
            Ok(a) => check_invariants(&a),
            Err(e) => prop_assert!(
                matches!(e, ParseError::Empty | ParseError::Blank),
                "unexpected error {e} for {text:?}"
            ),
        }
        if let Ok(a) = Parser::new().reference_date(date("2025-01-05")).parse(&text) {
            check_invariants(&a);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        match Article::parse_bytes(&bytes) {
            Ok(a) => check_invariants(&a),
            Err(ParseError::InvalidUtf8 { offset }) => {
                prop_assert_eq!(std::str::from_utf8(&bytes).unwrap_err().valid_up_to(), offset);
            }
            Err(_) => {}
        }
    }
}

#[test]
fn a_stray_control_character_is_kept_with_a_warning() {
    // A scraper's escape in an otherwise real story: the story is read,
    // the character stays where it was (spans index the original text)
    // and is named in a warning.
    let text = "Russia and Ukraine exchanged prisoners on Monday after weeks of \
                talks in Abu Dhabi.\n\nKremlin spokesman Dmitry Peskov said further \
                talks\u{1b} were possible. Kyiv did not comment on the exchange, which \
                was the largest this year.";
    let a = Article::parse(text).unwrap();
    let at = text.find('\u{1b}').unwrap();
    assert_eq!(a.warnings.len(), 1);
    assert_eq!(
        a.warnings[0].kind,
        ParseWarningKind::ControlCharacter { code: 0x1b }
    );
    assert_eq!(a.warnings[0].span, Span::new(at, at + 1).unwrap());
    assert_eq!(
        a.warnings[0].to_string(),
        format!(
            "at {at}..{}: stray control character U+001B kept in the text",
            at + 1
        )
    );
    assert_eq!(a.paragraphs.len(), 2);
    let analysis = news_model::analyze(text).unwrap();
    assert!(analysis.statements.iter().any(|s| {
        analysis
            .article
            .slice(s.content[0])
            .starts_with("further talks")
    }));
    analysis.validate().unwrap();
}

#[test]
fn a_sentence_without_end_is_cut_into_bounded_pieces() {
    use news_model::parse::MAX_SENTENCE_LEN;
    // A transcript without punctuation: no sentence may grow unbounded.
    let text = "we will talk to them and they will listen to us ".repeat(400);
    let a = Article::parse(&text).unwrap();
    assert!(a.sentences.len() >= text.len() / MAX_SENTENCE_LEN);
    let mut covered = 0;
    for s in &a.sentences {
        assert!(s.len() <= MAX_SENTENCE_LEN, "{}", s.len());
        assert!(s.start() >= covered);
        covered = s.end();
        assert!(!a.slice(*s).starts_with(' ') && !a.slice(*s).ends_with(' '));
    }
    // Clause marks are preferred cut points.
    let text = "first part of a long list, ".repeat(200);
    let a = Article::parse(&text).unwrap();
    assert!(a.sentences.len() > 1);
    assert!(a.slice(a.sentences[0]).ends_with(','));
    // Text with no space at all is cut at the limit, on a char boundary.
    let text = "é".repeat(3 * MAX_SENTENCE_LEN);
    let a = Article::parse(&text).unwrap();
    assert!(a.sentences.iter().all(|s| s.len() <= MAX_SENTENCE_LEN));
    assert_eq!(
        a.sentences.iter().map(|s| s.len()).sum::<usize>(),
        text.len()
    );
}

#[test]
fn a_party_and_state_in_parentheses_ends_no_sentence() {
    // "(R-Fla.)", "(D-N.Y.)": the state's abbreviation after a hyphen.
    for text in [
        "Rep. John Mica (R-Fla.) said the talks failed.",
        "Sen. Jane Roe (D-N.Y.) said the talks failed.",
    ] {
        let a = Article::parse(text).unwrap();
        assert_eq!(a.sentences.len(), 1, "{text}");
    }
    // A hyphenated word at a sentence end still ends it.
    let a = Article::parse("The plan was well-known. Then it failed.").unwrap();
    assert_eq!(a.sentences.len(), 2);
}
