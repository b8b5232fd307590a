//! The actors stage: the seed article's actors, role resolution by date,
//! names the gazetteer lacks, identities, groups, a user-extended
//! gazetteer, TSV errors, and robustness on arbitrary text.

use news_model::extract::{Entry, EntryKind, Tenure};
use news_model::{
    Actor, ActorKind, Analysis, Article, CountryCode, Date, Extractor, GazetteerBuilder, Role,
};
use proptest::prelude::*;

const SEED: &str = include_str!("../../examples/data/khaama-2024-12-09.txt");

fn analyze(text: &str) -> Analysis {
    Extractor::new().analyze(text).expect("text is an article")
}

/// Analyses `text` as published on `date` (or undated).
fn analyze_on(text: &str, date: Option<&str>) -> Analysis {
    let mut article = Article::parse(text).expect("text is an article");
    article.published = date.map(|d| d.parse::<Date>().expect("valid date"));
    Extractor::new().extract(article)
}

fn actor<'a>(a: &'a Analysis, name: &str) -> &'a Actor {
    a.actors
        .iter()
        .find(|x| x.name == name)
        .unwrap_or_else(|| panic!("no actor {name:?} in {:?}", names(a)))
}

fn names(a: &Analysis) -> Vec<&str> {
    a.actors.iter().map(|x| x.name.as_str()).collect()
}

fn has_actor(a: &Analysis, name: &str) -> bool {
    a.actors.iter().any(|x| x.answers_to(name))
}

fn country(code: &str) -> Option<CountryCode> {
    Some(code.parse().expect("valid code"))
}

// ---- the seed article ---------------------------------------------------

#[test]
fn seed_actors_names_kinds_and_countries() {
    let a = analyze(SEED);
    let expected = [
        ("Donald Trump", ActorKind::Person, Some("USA")),
        ("Vladimir Putin", ActorKind::Person, Some("RUS")),
        ("Volodymyr Zelensky", ActorKind::Person, Some("UKR")),
        ("Dmitry Peskov", ActorKind::Person, Some("RUS")),
        ("United States", ActorKind::State, Some("USA")),
        ("Russia", ActorKind::State, Some("RUS")),
        ("Ukraine", ActorKind::State, Some("UKR")),
        ("China", ActorKind::State, Some("CHN")),
        ("NATO", ActorKind::Organization, None),
        ("Western countries", ActorKind::Group, None),
        ("analysts", ActorKind::Group, None),
    ];
    for (name, kind, code) in expected {
        let x = actor(&a, name);
        assert_eq!(x.kind, kind, "{name}");
        assert_eq!(x.country, code.and_then(country), "{name}");
    }
    assert_eq!(a.actors.len(), expected.len(), "{:?}", names(&a));
    // Ids follow the order of first mention, from a1.
    for (i, x) in a.actors.iter().enumerate() {
        assert_eq!(x.id.to_string(), format!("a{}", i + 1));
    }
}

#[test]
fn seed_identities_and_aliases() {
    let a = analyze(SEED);
    let putin = actor(&a, "Vladimir Putin");
    // "Russian President Vladimir": a name cut short beside a known role.
    assert!(
        putin.answers_to("Russian President Vladimir"),
        "{:?}",
        putin.aliases
    );
    assert!(putin.answers_to("Putin"));
    let peskov = actor(&a, "Dmitry Peskov");
    assert!(
        peskov.answers_to("Kremlin spokesperson"),
        "{:?}",
        peskov.aliases
    );
    assert!(
        peskov.roles.iter().any(|r| r.title() == "Press Secretary"),
        "{:?}",
        peskov.roles
    );
    let russia = actor(&a, "Russia");
    assert!(russia.answers_to("Moscow"), "{:?}", russia.aliases);
    let trump = actor(&a, "Donald Trump");
    assert!(trump.answers_to("Trump"));
    assert!(trump.answers_to("U.S. President"), "{:?}", trump.aliases);
    assert_eq!(trump.roles, ["President@USA".parse::<Role>().unwrap()]);
    assert_eq!(trump.cameo.as_ref().map(|c| c.as_str()), Some("USAGOV"));
    let zelensky = actor(&a, "Volodymyr Zelensky");
    assert!(
        zelensky.answers_to("President Zelensky"),
        "{:?}",
        zelensky.aliases
    );
    let ukraine = actor(&a, "Ukraine");
    assert!(ukraine.answers_to("Kyiv"));
    // Every mention is text naming the actor, in order.
    for x in &a.actors {
        assert!(!x.mentions.is_empty(), "{} has no mention", x.name);
        assert!(x.mentions.windows(2).all(|w| w[0].start() < w[1].start()));
        for m in &x.mentions {
            assert!(a.article.slice(*m).len() > 1);
        }
    }
    let moscow = russia
        .mentions
        .iter()
        .any(|m| a.article.slice(*m) == "Moscow");
    assert!(moscow);
}

#[test]
fn seed_has_no_places_channels_or_nationalities_as_actors() {
    let a = analyze(SEED);
    for not in [
        "Paris",
        "France",
        "Telegram",
        "Truth Social",
        "NBC News",
        "NBC",
        "Ukrainian",
        "October",
        "Despite",
    ] {
        assert!(
            !has_actor(&a, not),
            "{not} is not an actor: {:?}",
            names(&a)
        );
    }
}

// ---- roles and dates ----------------------------------------------------

#[test]
fn a_role_is_resolved_against_the_article_date() {
    let text = "The U.S. president said on Tuesday that the talks would continue.";
    let a2016 = analyze_on(text, Some("2016-06-01"));
    assert!(has_actor(&a2016, "Barack Obama"), "{:?}", names(&a2016));
    assert!(!has_actor(&a2016, "Donald Trump"));
    assert!(actor(&a2016, "Barack Obama").answers_to("U.S. president"));
    let a2025 = analyze_on(text, Some("2025-06-01"));
    assert!(has_actor(&a2025, "Donald Trump"), "{:?}", names(&a2025));
    assert!(!has_actor(&a2025, "Barack Obama"));
}

#[test]
fn without_a_date_a_role_is_resolved_only_when_one_holder_is_named() {
    let text = "The U.S. president said on Tuesday that the talks would continue.";
    let undated = analyze_on(text, None);
    for holder in ["Barack Obama", "Donald Trump", "Joe Biden"] {
        assert!(!has_actor(&undated, holder), "{:?}", names(&undated));
    }
    let named = analyze_on(
        "Barack Obama met the envoy. The U.S. president said the talks would continue.",
        None,
    );
    let obama = actor(&named, "Barack Obama");
    assert!(obama.answers_to("U.S. president"), "{:?}", obama.aliases);
    assert_eq!(
        named
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .count(),
        1
    );
}

#[test]
fn a_first_name_beside_an_office_is_the_holder() {
    let a = analyze_on(
        "Russian President Vladimir said he was ready.",
        Some("2023-03-01"),
    );
    let putin = actor(&a, "Vladimir Putin");
    assert!(putin.answers_to("Russian President Vladimir"));
    // Before Putin's time the same words name nobody known.
    let early = analyze_on(
        "Russian President Vladimir said he was ready.",
        Some("1995-03-01"),
    );
    assert!(!has_actor(&early, "Vladimir Putin"), "{:?}", names(&early));
}

// ---- names the gazetteer lacks -----------------------------------------

#[test]
fn people_introduced_by_a_title_or_role() {
    let a = analyze(
        "Foreign Minister Ahmad Yasin said the border would reopen. \
         Spokeswoman Lena Marsh told reporters the plan was final. \
         Sen. Jane Doe warned that funding would lapse.",
    );
    for name in ["Ahmad Yasin", "Lena Marsh", "Jane Doe"] {
        assert_eq!(actor(&a, name).kind, ActorKind::Person, "{name}");
    }
    assert!(
        actor(&a, "Ahmad Yasin")
            .roles
            .iter()
            .any(|r| r.title() == "Foreign Minister")
    );
    assert!(actor(&a, "Jane Doe").answers_to("Sen. Jane Doe"));
    assert_eq!(a.actors.len(), 3, "{:?}", names(&a));
}

#[test]
fn a_surname_and_an_honorific_name_the_person_met_before() {
    let a = analyze(
        "Harold Penrose, a lawyer for the company, said the deal was fair. \
         Mr. Penrose added that talks would resume. Penrose later declined to comment.",
    );
    let p = actor(&a, "Harold Penrose");
    assert_eq!(p.mentions.len(), 4, "{:?}", p.aliases);
    assert!(p.answers_to("Mr. Penrose"));
    assert!(p.answers_to("lawyer"), "{:?}", p.aliases);
    assert_eq!(
        a.actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .count(),
        1
    );
}

#[test]
fn an_appositive_role_becomes_an_alias_and_is_resolved_later() {
    let a = analyze(
        "Jane Roe, the Acme spokesperson, said the plant would close. \
         The Acme spokesperson later said the decision was final.",
    );
    let roe = actor(&a, "Jane Roe");
    assert!(roe.answers_to("Acme spokesperson"), "{:?}", roe.aliases);
    assert_eq!(roe.mentions.len(), 3, "{:?}", roe.mentions);
    assert_eq!(
        a.actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .count(),
        1
    );
}

#[test]
fn organisations_by_their_organisation_words() {
    let a = analyze(
        "The National Salvation Front said it would boycott the vote. \
         The Ministry of Water Resources warned of shortages. \
         Officials at the Popular Defence Committee rejected the plan.",
    );
    for name in [
        "National Salvation Front",
        "Ministry of Water Resources",
        "Popular Defence Committee",
    ] {
        assert_eq!(actor(&a, name).kind, ActorKind::Organization, "{name}");
    }
}

#[test]
fn an_acronym_in_parentheses_names_the_organisation_again() {
    let a = analyze(
        "The Northern Liberation Movement (NLM) said it would talk. Later the NLM said it would not.",
    );
    let nlm = actor(&a, "Northern Liberation Movement");
    assert!(nlm.answers_to("NLM"));
    assert_eq!(nlm.mentions.len(), 3);
}

#[test]
fn sentence_openers_months_and_places_are_not_names() {
    let a = analyze(
        "Despite the rain, talks in Paris went on. In October, Meanwhile Street was closed. \
         The talks resumed on Monday in Geneva.",
    );
    assert!(a.actors.is_empty(), "{:?}", names(&a));
}

#[test]
fn a_nationality_adjective_is_not_an_actor_but_gives_a_country() {
    let a = analyze(
        "Troops left four Ukrainian regions. Ukrainian Foreign Minister Olga Brand said so.",
    );
    assert!(!has_actor(&a, "Ukraine"), "{:?}", names(&a));
    let brand = actor(&a, "Olga Brand");
    assert_eq!(brand.country, country("UKR"));
    assert_eq!(
        brand.roles,
        ["Foreign Minister@UKR".parse::<Role>().unwrap()]
    );
}

#[test]
fn an_outlet_is_an_actor_only_as_a_source() {
    let channel = analyze("In an NBC News interview, the mayor spoke. He posted on Truth Social.");
    assert!(!has_actor(&channel, "NBC News"), "{:?}", names(&channel));
    assert!(!has_actor(&channel, "Truth Social"));
    let source = analyze("The New York Post reported that the mayor had resigned.");
    assert_eq!(
        actor(&source, "New York Post").kind,
        ActorKind::Organization
    );
}

// ---- one identity per entity ---------------------------------------------

#[test]
fn spelling_variants_are_one_person() {
    let a = analyze(
        "Zelenskyy said the front held. Zelensky added that aid was needed. \
         Volodymyr Zelenskiy spoke later.",
    );
    let z = actor(&a, "Volodymyr Zelensky");
    for v in ["Zelenskyy", "Zelensky", "Volodymyr Zelenskiy"] {
        assert!(z.answers_to(v), "{v}: {:?}", z.aliases);
    }
    assert_eq!(z.mentions.len(), 3);
    assert_eq!(a.actors.len(), 1, "{:?}", names(&a));
}

#[test]
fn state_metonyms_merge_with_the_state() {
    let a = analyze(
        "Moscow said it was ready. The Kremlin warned Washington. \
         The White House rejected the offer, and Russia's envoy left.",
    );
    let russia = actor(&a, "Russia");
    assert!(
        russia.answers_to("Moscow") && russia.answers_to("Kremlin"),
        "{:?}",
        russia.aliases
    );
    let us = actor(&a, "United States");
    assert!(
        us.answers_to("Washington") && us.answers_to("White House"),
        "{:?}",
        us.aliases
    );
    assert_eq!(a.actors.len(), 2, "{:?}", names(&a));
}

#[test]
fn groups_that_speak() {
    let a = analyze(
        "Analysts said the deal was fragile. U.S. officials warned that sanctions would follow. \
         A senior official said the talks had stalled, according to sources.",
    );
    assert_eq!(actor(&a, "analysts").kind, ActorKind::Group);
    let officials = actor(&a, "U.S. officials");
    assert_eq!(officials.kind, ActorKind::Group);
    assert_eq!(officials.country, country("USA"));
    assert!(has_actor(&a, "senior officials"), "{:?}", names(&a));
    assert!(has_actor(&a, "sources"), "{:?}", names(&a));
    // The United States is not an actor here: "U.S." only modifies.
    assert!(!has_actor(&a, "United States"));
}

#[test]
fn a_surname_met_first_joins_the_full_name_met_later() {
    let a = analyze(
        "Mrs. Penwright said the vote was close. Alice Penwright, the council leader, \
         later said she would resign.",
    );
    let p = actor(&a, "Alice Penwright");
    assert!(p.answers_to("Mrs. Penwright"), "{:?}", p.aliases);
    assert_eq!(
        a.actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .count(),
        1
    );
}

#[test]
fn laws_buildings_and_headlines_are_not_actors() {
    let a = analyze(
        "Lawmakers debated the Clean Water Act near Lakeside Tower. \
         The Affordable Housing Plan was delayed.",
    );
    for not in [
        "Clean Water Act",
        "Lakeside Tower",
        "Affordable Housing Plan",
    ] {
        assert!(!has_actor(&a, not), "{not}: {:?}", names(&a));
    }
}

#[test]
fn a_dateline_names_places_not_actors() {
    let a = analyze("KYIV, Ukraine (AP) \u{2014} The mayor said the shelling had stopped.");
    assert!(!has_actor(&a, "Ukraine"), "{:?}", names(&a));
}

#[test]
fn a_constituent_state_is_an_actor_only_when_it_acts() {
    let place = analyze("The rally in Ohio drew thousands of Ohio voters.");
    assert!(!has_actor(&place, "Ohio"), "{:?}", names(&place));
    let actor_ = analyze("Texas said it would sue the federal government.");
    let texas = actor(&actor_, "Texas");
    assert_eq!(texas.kind, ActorKind::State);
    assert_eq!(texas.country, country("USA"));
}

#[test]
fn a_title_with_an_office_gets_the_state_code() {
    let a = analyze("Chilean Foreign Minister Ana Torrealba said the talks would go on.");
    let t = actor(&a, "Ana Torrealba");
    assert_eq!(t.country, country("CHL"));
    assert_eq!(t.cameo.as_ref().map(|c| c.as_str()), Some("CHLGOV"));
}

// ---- extending the gazetteer -------------------------------------------

#[test]
fn a_user_gazetteer_from_tsv_makes_a_new_name_an_actor() {
    let text = "Yasin said the crossing would reopen next week.";
    // Without the entry, a bare surname: no full name, no country.
    let bare = analyze(text);
    assert!(!has_actor(&bare, "Ahmad Yasin"));
    assert!(bare.actors.iter().all(|a| a.country.is_none()));
    let mut builder = GazetteerBuilder::embedded();
    builder
        .add_tsv(
            "# extra entries\n\
             person\tAhmad Yasin\tJOR\tJORGOV\tYasin\trole=Foreign Minister@JOR:2024-01-01..\n",
        )
        .expect("valid TSV");
    let extractor = Extractor::with_gazetteer(builder.build());
    let a = extractor.analyze(text).expect("article");
    let yasin = actor(&a, "Ahmad Yasin");
    assert_eq!(yasin.kind, ActorKind::Person);
    assert_eq!(yasin.country, country("JOR"));
    assert_eq!(yasin.cameo.as_ref().map(|c| c.as_str()), Some("JORGOV"));
}

#[test]
fn a_user_gazetteer_from_code_with_a_tenure_resolves_its_role() {
    let mut builder = GazetteerBuilder::new();
    builder.add_entry(Entry::new(EntryKind::State, "Freedonia").with_adjective("Freedonian"));
    builder.add_entry(
        Entry::new(EntryKind::Person, "Rufus T. Firefly")
            .with_alias("Firefly")
            .with_tenure(
                Tenure::new("President@Freedonia".parse::<Role>().unwrap())
                    .from("1933-01-01".parse().unwrap()),
            ),
    );
    let gazetteer = builder.build();
    assert_eq!(gazetteer.len(), 2);
    let extractor = Extractor::with_gazetteer(gazetteer);
    let mut article = Article::parse("The Freedonian president declared war.").unwrap();
    article.published = Some("1933-11-17".parse().unwrap());
    let a = extractor.extract(article);
    assert!(has_actor(&a, "Rufus T. Firefly"), "{:?}", names(&a));
    // The empty gazetteer knows nothing else.
    assert!(!has_actor(&a, "Russia"));
}

#[test]
fn tsv_errors_name_line_and_column() {
    let cases = [
        (
            "state\tRuritania\tRUR\t-\t-\t-",
            "gazetteer line 1, column 3: invalid country code \"RUR\": not an ISO 3166-1 alpha-3 code",
        ),
        (
            "# comment\n\nperson\tJane Doe\t-\t-\t-",
            "gazetteer line 3, column 6: expected 6 TAB-separated columns, found 5",
        ),
        (
            "group\tAnalysts\t-\tXX\t-\t-",
            "gazetteer line 1, column 4: invalid CAMEO actor code \"XX\": expected one to five three-character segments",
        ),
        (
            "state\tRuritania\t-\t-\t-\tcapital=Strelsau",
            "gazetteer line 1, column 6: unknown attribute \"capital\" (expected adj, demonym, seat, title, role or part_of)",
        ),
        (
            "person\tJane Doe\t-\t-\t-\trole=President@USA:2020-01-01..2019-01-01",
            "gazetteer line 1, column 6: invalid role dates \"2020-01-01..2019-01-01\": the start is after the end",
        ),
        (
            "person\t-\t-\t-\t-\t-",
            "gazetteer line 1, column 2: the name is empty",
        ),
    ];
    for (tsv, message) in cases {
        let mut builder = GazetteerBuilder::new();
        let err = builder.add_tsv(tsv).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert!(builder.is_empty(), "nothing is added from bad TSV");
    }
    let err = GazetteerBuilder::new()
        .add_tsv("state\tA\t-\t-\t-\t-\nstate\tB\tXYZ\t-\t-\t-")
        .unwrap_err();
    assert_eq!((err.line(), err.column()), (2, 3));
}

#[test]
fn the_embedded_gazetteer_is_shared_and_complete() {
    let g = news_model::Gazetteer::embedded();
    assert!(g.len() > 1500, "{}", g.len());
    let kremlin: Vec<&str> = g.find("Kremlin").map(|e| e.name()).collect();
    assert_eq!(kremlin, ["Russia"]);
    assert!(
        g.find("Ukrainian").next().is_none(),
        "adjectives are not names"
    );
    let putin = g.find("Vladimir Putin").next().unwrap();
    assert!(
        putin
            .tenures()
            .iter()
            .any(|t| t.role().title() == "President" && t.end().is_none())
    );
    fn shared<T: Send + Sync + Clone>() {}
    shared::<news_model::Gazetteer>();
}

// ---- sources of statements ------------------------------------------------

/// The speaker's name of the statement whose content holds `words`.
fn speaker_of<'a>(a: &'a Analysis, words: &str) -> &'a str {
    let s = a
        .statements
        .iter()
        .find(|s| s.content.iter().any(|c| a.text(*c).contains(words)))
        .unwrap_or_else(|| panic!("no statement with {words:?}"));
    a.actor(s.speaker).map_or("", |x| x.name.as_str())
}

#[test]
fn she_names_the_woman_named_paragraphs_before() {
    let a = analyze(
        "The bridge opened on Monday.\n\n\
         Maria Delacroix, the mayor of Port Ellis, cut the ribbon in the morning.\n\n\
         The bridge cost more than planned. Engineers had warned of delays.\n\n\
         Traffic was light at first.\n\n\
         \u{201c}We kept our promise,\u{201d} she said. Victor Lang, a rival, stayed away.",
    );
    assert_eq!(speaker_of(&a, "We kept our promise"), "Maria Delacroix");
}

#[test]
fn a_name_inside_the_quotation_is_not_the_speaker() {
    let a = analyze(
        "Talks stalled on Friday.\n\n\
         Harold Vane met with the city's new mayor, Maria Delacroix, on Friday to talk.\n\n\
         \u{201c}I told Victor Lang that the plan would work,\u{201d} she said.",
    );
    assert_eq!(speaker_of(&a, "the plan would work"), "Maria Delacroix");
}

#[test]
fn groups_are_named_by_the_phrase_that_speaks() {
    let a = analyze(
        "The count went on overnight.\n\n\
         Several economists said the forecast was too rosy. Another 19 percent said they \
         were unsure. Wexler supporters said the count was unfair. Senator Ruth Wexler \
         spoke later.",
    );
    assert_eq!(speaker_of(&a, "too rosy"), "economists");
    assert!(actor(&a, "economists").answers_to("Several economists"));
    assert_eq!(speaker_of(&a, "they were unsure"), "Another 19 percent");
    assert_eq!(actor(&a, "Another 19 percent").kind, ActorKind::Group);
    assert_eq!(speaker_of(&a, "count was unfair"), "Wexler supporters");
    assert!(has_actor(&a, "Ruth Wexler"), "{:?}", names(&a));
    // A noun that names a body ("cast", "staff") may modify "members".
    let a = analyze(
        "The show aired.\n\nSeveral cast members said the host was rude. Two staff \
         members said the set was unsafe.",
    );
    assert_eq!(speaker_of(&a, "host was rude"), "cast members");
    assert_eq!(speaker_of(&a, "set was unsafe"), "staff members");
}

#[test]
fn transcript_speakers_in_capitals_are_people() {
    let a = analyze(
        "Transcript of the evening show.\n\n\
         HOLLOWAY: Welcome back. The vote is tomorrow.\n\n\
         MARTINEZ: Thank you for having me.",
    );
    assert_eq!(speaker_of(&a, "Welcome back"), "Holloway");
    assert_eq!(speaker_of(&a, "Thank you"), "Martinez");
    assert_eq!(actor(&a, "Martinez").kind, ActorKind::Person);
    // With the full name in the text, the surname in capitals is that person.
    let named = analyze(
        "Transcript of the evening show.\n\n\
         Anchor Dana Holloway hosted the debate.\n\n\
         HOLLOWAY: Welcome back. The vote is tomorrow.",
    );
    assert_eq!(speaker_of(&named, "Welcome back"), "Dana Holloway");
}

#[test]
fn a_role_description_names_the_actor_introduced_with_that_role() {
    let a = analyze_on(
        "Republican presidential nominee Donald Trump spoke in Ohio.\n\n\
         The Republican nominee said the plan would create jobs.",
        None,
    );
    assert_eq!(speaker_of(&a, "create jobs"), "Donald Trump");
    assert!(actor(&a, "Donald Trump").answers_to("Republican nominee"));
    // Not introduced so: the party's nominee of the season, among those named.
    let b = analyze_on(
        "Donald Trump and Hillary Clinton campaigned in Ohio.\n\n\
         The Democratic nominee said the plan would create jobs.",
        None,
    );
    assert_eq!(speaker_of(&b, "create jobs"), "Hillary Clinton");
}

#[test]
fn documents_speak_for_their_authors() {
    let a = analyze(
        "The plant will close in May.\n\n\
         In a statement, the Atlantic Dockworkers Union said the closure would cost jobs.\n\n\
         The statement also noted that wages had fallen. A new Quinnipiac University poll \
         shows the mayor ahead.",
    );
    assert_eq!(
        speaker_of(&a, "wages had fallen"),
        "Atlantic Dockworkers Union"
    );
    assert_eq!(speaker_of(&a, "mayor ahead"), "Quinnipiac University");
    // With no author named, a document is no actor and its statement goes.
    let b = analyze("The vote is on Tuesday.\n\nPolls show a close race in the state.");
    assert!(b.actors.is_empty(), "{:?}", names(&b));
}

#[test]
fn people_known_by_a_description_or_a_peerage() {
    let a = analyze(
        "The council met on Monday.\n\n\
         A spokesman for Mayor Jane Roe of Springfield said the plan would go ahead. \
         A lawyer for the plaintiffs, Harold Vane, said the ruling would be appealed.\n\n\
         Baroness (Alice) Moor of Hampstead, the trade minister, said the deal was sound.",
    );
    assert_eq!(speaker_of(&a, "go ahead"), "spokesman for Mayor Jane Roe");
    assert!(!has_actor(&a, "Springfield"), "{:?}", names(&a));
    assert_eq!(speaker_of(&a, "be appealed"), "Harold Vane");
    assert_eq!(speaker_of(&a, "deal was sound"), "Alice Moor");
    assert!(actor(&a, "Alice Moor").answers_to("Baroness (Alice) Moor of Hampstead"));
}

#[test]
fn surnames_after_time_phrases_and_with_either_apostrophe() {
    let a = analyze(
        "Senator Alma Whitfield criticized the bill on Monday.\n\n\
         Opponents disagree. In a long speech, Whitfield on Tuesday said the bill was flawed.\n\n\
         Police Commissioner James O\u{2019}Neill said the street would reopen. \
         O'Neill said the cause was unknown.",
    );
    assert_eq!(speaker_of(&a, "was flawed"), "Alma Whitfield");
    assert_eq!(speaker_of(&a, "cause was unknown"), "James O\u{2019}Neill");
}

#[test]
fn institutions_and_campaigns_named_again_by_a_common_noun() {
    let a = analyze(
        "The Federal Widget Agency issued new rules on Monday.\n\n\
         Manufacturers objected. The agency said the rules would take effect in May.\n\n\
         Grace Whitfield said she would run again, and her campaign said the launch was \
         set for May.",
    );
    assert_eq!(speaker_of(&a, "take effect"), "Federal Widget Agency");
    assert_eq!(speaker_of(&a, "launch was set"), "Whitfield campaign");
    assert_eq!(
        actor(&a, "Whitfield campaign").kind,
        ActorKind::Organization
    );
}

// ---- robustness ---------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn actor_finding_never_panics_and_spans_are_sound(text in "\\PC{0,300}") {
        if let Ok(a) = Extractor::new().analyze(&text) {
            for x in &a.actors {
                for m in &x.mentions {
                    prop_assert!(m.end() <= a.article.text.len());
                    prop_assert!(a.article.text.is_char_boundary(m.start()));
                    prop_assert!(a.article.text.is_char_boundary(m.end()));
                }
            }
        }
    }

    #[test]
    fn news_like_text_never_panics(words in proptest::collection::vec(
        prop_oneof![
            Just("President"), Just("Putin"), Just("the"), Just("U.S."), Just("said"), Just(","),
            Just("Mr."), Just("Kremlin"), Just("spokesperson"), Just("analysts"), Just("("),
            Just(")"), Just("NATO"), Just("Ministry"), Just("of"), Just("Jane"), Just("\u{201c}"),
            Just("his"), Just("officials"), Just("Zelenskyy"), Just("."), Just("Sen."), Just("'s"),
            Just("Foreign"), Just("Minister"), Just("al-Qaeda"), Just("And"), Just("Twenty-seven"),
        ],
        0..60,
    )) {
        let text = words.join(" ");
        if let Ok(a) = Extractor::new().analyze(&text) {
            for x in &a.actors {
                prop_assert!(!x.name.trim().is_empty());
                for m in &x.mentions {
                    prop_assert!(a.article.text.get(m.range()).is_some());
                }
            }
        }
    }
}

#[test]
fn large_input_is_linear() {
    let start = std::time::Instant::now();
    let text = SEED.repeat(100);
    let a = analyze(&text);
    assert!(has_actor(&a, "Donald Trump"));
    assert!(
        start.elapsed() < std::time::Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_lone_surname_described_by_an_appositive_title_is_a_person() {
    let a = analyze(
        "Headline\n\nWalsh, a former labor leader, had close ties to Joe Biden.\n\n\
         \"We need someone who is battle tested,\" he said.",
    );
    assert_eq!(actor(&a, "Walsh").kind, ActorKind::Person);
    let walsh = a
        .statements
        .iter()
        .find(|s| a.actor(s.speaker).is_some_and(|x| x.name == "Walsh"));
    assert!(walsh.is_some(), "{:?}", a.statements);
    // A day, or a place described by no title, is no person.
    let a = analyze(
        "Headline\n\nOn Tuesday, the president spoke. Paris, the French capital, was calm.",
    );
    assert!(
        a.actors
            .iter()
            .all(|x| x.kind != ActorKind::Person || x.name != "Paris"),
        "{:?}",
        names(&a)
    );
    assert!(!has_actor(&a, "Tuesday"));
}

#[test]
fn a_month_that_is_a_given_name_starts_a_name() {
    let a = analyze(
        "Headline\n\nFormer Arizona governor Jan Brewer said the talks failed. \
         April Ryan said no deal was reached. In April Barack Obama spoke.",
    );
    assert!(has_actor(&a, "Jan Brewer"), "{:?}", names(&a));
    assert!(has_actor(&a, "April Ryan"), "{:?}", names(&a));
    // After "in", the month is a date.
    assert!(!has_actor(&a, "April Barack Obama"), "{:?}", names(&a));
    assert!(has_actor(&a, "Barack Obama"), "{:?}", names(&a));
}

#[test]
fn surnames_with_a_capitalised_prefix_and_names_opened_by_initials() {
    // "O'Brien", "McCain"-like surnames open a sentence before "said" as
    // plain ones do.
    let a = analyze("Headline\n\nThe vote was held. O'Brien said the plan had failed.");
    assert_eq!(actor(&a, "O'Brien").kind, ActorKind::Person);
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    // "J.J. Roe": initials open a name, and the surname alone later names
    // the same person.
    let a = analyze(
        "Headline\n\n\"It was bound to happen,\" says J.J. Roe, an expert on militias. \
         Roe says that the movement was ready.",
    );
    assert_eq!(actor(&a, "J.J. Roe").kind, ActorKind::Person);
    assert!(
        !has_actor(&a, "Roe") || names(&a) == ["J.J. Roe"],
        "{:?}",
        names(&a)
    );
    assert_eq!(a.statements.len(), 2, "{:?}", a.statements);
    assert!(
        a.statements
            .iter()
            .all(|s| a.actor(s.speaker).is_some_and(|x| x.name == "J.J. Roe"))
    );
    // A middle initial and a suffix are no words of their own: an unknown
    // given name with them still heads a person's name.
    let a = analyze(
        "Headline\n\n\"This framing is wrong,\" Vann R. Newkirk II, a writer for a \
         magazine, said on Twitter.",
    );
    assert_eq!(actor(&a, "Vann R. Newkirk II").kind, ActorKind::Person);
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    // "U.S." is the country, not initials.
    let a = analyze("Headline\n\nThe U.S. Senate voted on Tuesday.");
    assert!(
        names(&a)
            .iter()
            .all(|n| !n.starts_with("U.S. S") || *n == "U.S. Senate")
    );
}

#[test]
fn an_organisation_word_that_opens_no_name_ends_one() {
    // "Watch" opens no name ("Watch: ..."), but it ends "Judicial Watch",
    // and the title and person after it are read as after any name.
    let a = analyze(
        "Headline\n\n\"The email was hidden for years,\" said Judicial Watch President Tom Fitton.",
    );
    assert_eq!(actor(&a, "Judicial Watch").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Tom Fitton").kind, ActorKind::Person);
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    assert_eq!(a.actor(a.statements[0].speaker).unwrap().name, "Tom Fitton");
}

#[test]
fn an_appositive_headed_by_an_organisation_noun() {
    let a = analyze(
        "Headline\n\nTeck, the Canadian mining company, says it pays 50 million dollars in taxes.",
    );
    assert_eq!(actor(&a, "Teck").kind, ActorKind::Organization);
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    let a = analyze("Headline\n\nTeck Resources, a mining company, said it pays taxes.");
    assert_eq!(actor(&a, "Teck Resources").kind, ActorKind::Organization);
    // A person's title, or a coordinated head, keeps a person.
    let a = analyze(
        "Headline\n\nAngelique Brunner, a developer and spokeswoman for the coalition, said \
         the program helped.",
    );
    assert_eq!(actor(&a, "Angelique Brunner").kind, ActorKind::Person);
    let a = analyze("Headline\n\nJane Roe, a senior analyst at the firm, said it pays taxes.");
    assert_eq!(actor(&a, "Jane Roe").kind, ActorKind::Person);
}

#[test]
fn coordinated_modifiers_before_an_organisation_noun() {
    let a = analyze(
        "Headline\n\nField Promotions, a sports and celebrity talent agency, says that Walker \
         lost money.",
    );
    assert_eq!(actor(&a, "Field Promotions").kind, ActorKind::Organization);
}

#[test]
fn a_campaign_named_by_its_candidate_or_in_focus_speaks_as_an_organisation() {
    for (text, source) in [
        (
            "Jill Stein spoke in Ohio on Monday. Stein's campaign said it would protest.",
            "Stein's campaign",
        ),
        (
            "Jill Stein spoke in Ohio on Monday. Her campaign said it would protest.",
            "Her campaign",
        ),
        (
            "Jill Stein spoke in Ohio on Monday. The campaign said it would protest.",
            "The campaign",
        ),
    ] {
        let a = analyze(text);
        let c = actor(&a, "Stein campaign");
        assert_eq!(c.kind, ActorKind::Organization);
        assert_eq!(a.statements.len(), 1, "{text}");
        assert_eq!(a.statements[0].speaker, c.id, "{text}");
        let src = a.statements[0].source.and_then(|s| s.text(&a.article.text));
        assert_eq!(src, Some(source));
    }
    // "The campaign" is the campaign organisation named last.
    let a = analyze(
        "The Trump campaign spoke on Monday. Hillary Clinton answered. The campaign said it \
         would protest.",
    );
    let c = actor(&a, "Trump campaign");
    assert_eq!(a.statements[0].speaker, c.id);
}

#[test]
fn an_initiative_is_an_organisation() {
    let a = analyze("Douglas Band led the Clinton Global Initiative until 2011.");
    assert_eq!(
        actor(&a, "Clinton Global Initiative").kind,
        ActorKind::Organization
    );
}

#[test]
fn a_state_body_written_in_lower_case_is_an_organisation() {
    let a = analyze("The Russian foreign ministry said the talks had failed.");
    let m = actor(&a, "Russian foreign ministry");
    assert_eq!(m.kind, ActorKind::Organization);
    assert_eq!(m.country, country("RUS"));
    assert_eq!(a.statements.len(), 1);
    assert_eq!(a.statements[0].speaker, m.id);
    let a = analyze("The Chinese embassy said the report was false.");
    assert_eq!(actor(&a, "Chinese embassy").country, country("CHN"));
    // A body that is only a place is no actor.
    let a = analyze("He visited the Russian embassy on Monday.");
    assert!(!has_actor(&a, "Russian embassy"), "{:?}", names(&a));
    // A title after it still leads to the person.
    let a = analyze(
        "The Russian foreign ministry spokeswoman Maria Zakharova said the talks had failed.",
    );
    assert_eq!(
        a.actor(a.statements[0].speaker).unwrap().name,
        "Maria Zakharova"
    );
}

#[test]
fn a_spokesman_no_one_was_named_as_is_a_person_known_so() {
    let a = analyze("“We will respond,” the spokesman said.");
    assert_eq!(a.statements.len(), 1);
    let s = a.actor(a.statements[0].speaker).unwrap();
    assert_eq!((s.name.as_str(), s.kind), ("spokesman", ActorKind::Person));
    // One named before is the one meant.
    let a = analyze(
        "The Pentagon spokesman, John Kirby, spoke on Monday. “We will respond,” the \
         spokesman said.",
    );
    assert_eq!(a.actor(a.statements[0].speaker).unwrap().name, "John Kirby");
}
