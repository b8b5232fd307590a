//! Extraction: statements, threats and positions, on the seed article and
//! on invented sentences in the shapes news text takes.

use news_model::*;
use proptest::prelude::*;

use crate::seed_by_hand::SEED;

fn analyze(text: &str) -> Analysis {
    let a = news_model::analyze(text).expect("parses");
    if let Err(e) = a.validate() {
        panic!("extracted records must be valid: {e}\n{text}");
    }
    a
}

fn speaker(a: &Analysis, s: &Statement) -> String {
    a.actor(s.speaker)
        .map(|x| x.name.clone())
        .unwrap_or_default()
}

/// (speaker, cue, content joined) of every statement.
fn statements(text: &str) -> Vec<(String, String, String)> {
    let a = analyze(text);
    a.statements
        .iter()
        .map(|s| {
            let content: Vec<&str> = s.content.iter().map(|c| a.text(*c)).collect();
            (
                speaker(&a, s),
                a.text(s.cue).to_string(),
                content.join(" | "),
            )
        })
        .collect()
}

#[test]
fn seed_statements() {
    let a = analyze(SEED);
    let find = |cue: &str| {
        a.statements
            .iter()
            .find(|s| a.text(s.cue) == cue)
            .unwrap_or_else(|| panic!("no statement with cue {cue:?}"))
    };
    let called = find("called on");
    assert_eq!(speaker(&a, called), "Donald Trump");
    assert_eq!(
        a.text(called.content[0]),
        "Russian President Vladimir to take immediate action for a ceasefire with Ukraine"
    );
    assert_eq!(
        a.actor(called.addressees[0]).unwrap().name,
        "Vladimir Putin"
    );
    assert_eq!(called.speech_act, SpeechAct::Appeal);
    assert_eq!(
        called.channel.as_ref().map(Channel::label).as_deref(),
        Some("Truth Social")
    );
    // The subjectless "also indicated that" continues Trump.
    let indicated = find("indicated");
    assert_eq!(speaker(&a, indicated), "Donald Trump");
    assert!(
        a.text(indicated.content[0])
            .starts_with("if necessary, he is prepared")
    );
    assert_eq!(
        indicated.coding.unwrap().cameo().as_str(),
        "1311",
        "it carries a threat"
    );
    // "He later warned via Telegram" is Zelensky, on Telegram.
    let warned = a
        .statements
        .iter()
        .find(|s| a.text(s.cue) == "warned" && speaker(&a, s) == "Volodymyr Zelensky")
        .expect("Zelensky's warning");
    assert_eq!(
        warned.channel.as_ref().map(Channel::label).as_deref(),
        Some("Telegram")
    );
    // "In an NBC News interview, Trump once again warned NATO allies".
    let nato = a
        .statements
        .iter()
        .find(|s| a.text(s.cue) == "warned" && speaker(&a, s) == "Donald Trump")
        .expect("Trump's warning");
    assert_eq!(
        nato.channel.as_ref().map(Channel::label).as_deref(),
        Some("NBC News interview")
    );
    assert_eq!(a.actor(nato.addressees[0]).unwrap().name, "NATO");
    let analysts = find("believe");
    assert!(speaker(&a, analysts).eq_ignore_ascii_case("analysts"));
    assert_eq!(a.actor(analysts.speaker).unwrap().kind, ActorKind::Group);
    // Every statement has evidence covering its cue and content.
    for s in &a.statements {
        assert!(s.evidence.contains(s.cue));
        assert!(s.content.iter().all(|c| s.evidence.contains(*c)));
    }
}

#[test]
fn seed_threats() {
    let a = analyze(SEED);
    assert_eq!(a.threats.len(), 2, "{:?}", a.threats);
    let aid = &a.threats[0];
    assert_eq!(a.text(aid.action), "reduce military aid to Ukraine");
    assert_eq!(aid.kind, ActionKind::ReduceAid);
    assert_eq!(a.actor(aid.issuer).unwrap().name, "Donald Trump");
    assert_eq!(a.actor(aid.targets[0]).unwrap().name, "Ukraine");
    assert!(aid.is_conditional());
    assert_eq!(a.text(aid.condition.unwrap().span()), "if necessary");
    assert_eq!(aid.condition.unwrap().kind(), ConditionKind::IfNecessary);
    assert_eq!(aid.coding.unwrap().cameo().as_str(), "1311");
    assert_eq!(aid.coding.unwrap().plover(), Some(PloverEvent::Threaten));
    let nato = &a.threats[1];
    assert_eq!(a.text(nato.action), "withdraw the U.S. from NATO");
    assert_eq!(nato.kind, ActionKind::WithdrawFromAlliance);
    assert_eq!(a.actor(nato.targets[0]).unwrap().name, "NATO");
    assert_eq!(nato.targets.len(), 1, "the issuer's own state is no target");
    assert!(nato.is_conditional());
    assert_eq!(nato.coding.unwrap().cameo().as_str(), "1313");
    let st = a.statement(nato.statement.unwrap()).unwrap();
    assert_eq!(a.text(st.cue), "indicated");
}

#[test]
fn seed_positions() {
    let a = analyze(SEED);
    let has = |holder: &str, stance: Stance, evidence: &str| {
        a.positions.iter().any(|p| {
            a.actor(p.holder).is_some_and(|h| h.name == holder)
                && p.stance == stance
                && a.text(p.evidence).contains(evidence)
        })
    };
    assert!(
        has(
            "Russia",
            Stance::Support,
            "open to negotiating with Ukraine"
        ),
        "{:#?}",
        a.positions
    );
    assert!(has(
        "Western countries",
        Stance::Oppose,
        "a quick agreement"
    ));
    assert!(has(
        "Donald Trump",
        Stance::Support,
        "a ceasefire between Russia and Ukraine must be implemented"
    ));
}

#[test]
fn forward_attributions() {
    let s = statements(
        "Kremlin spokesman Dmitry Peskov said on Monday that talks with Kyiv were still possible.",
    );
    assert_eq!(
        s,
        [(
            "Dmitry Peskov".into(),
            "said".into(),
            "talks with Kyiv were still possible".into()
        )]
    );
    let s = statements("The minister told reporters in Ankara the border would stay closed.");
    assert_eq!(s[0].2, "the border would stay closed");
    let s = statements("Angela Merkel urged Belgrade to recognise the court's ruling.");
    assert_eq!(s[0].2, "Belgrade to recognise the court's ruling");
    let s = statements("Senator Jane Roe questioned whether the money had reached the front.");
    assert_eq!(s[0].2, "whether the money had reached the front");
}

#[test]
fn subjects_with_long_appositives_and_that_less_clauses() {
    // An appositive holding commas, or after a parenthesis.
    let s = statements(
        "Jillian Chase, 27, a shop owner in Lviv, said the blackouts had grown shorter.",
    );
    assert_eq!(
        s,
        [(
            "Jillian Chase".into(),
            "said".into(),
            "the blackouts had grown shorter".into()
        )]
    );
    let s = statements(
        "Rep. Elena Ruiz (D-Md.), chair of the panel on foreign aid, said the vote would slip.",
    );
    assert_eq!(s[0].0, "Elena Ruiz");
    assert_eq!(s[0].2, "the vote would slip");
    // A content clause whose subject runs several words before its verb.
    let s = statements("Police said people in the area should stay indoors until noon.");
    assert_eq!(s[0].2, "people in the area should stay indoors until noon");
    // A lone surname opening the sentence before a reporting verb...
    let s = statements("Okonkwo said much of the aid had not arrived.");
    assert_eq!(s[0].0, "Okonkwo");
    assert_eq!(s[0].2, "much of the aid had not arrived");
    // ...but not a plural noun, nor a word the article writes in lower case.
    let a = analyze("Engineers had warned of delays. The bridge opened late.");
    assert!(
        a.actors.iter().all(|x| x.kind != ActorKind::Person),
        "{:?}",
        a.actors
    );
    let a = analyze("Absent said the fine was unfair. The absent member paid it later.");
    assert!(a.actors.iter().all(|x| x.name != "Absent"));
}

#[test]
fn a_quotation_then_told_an_addressee_then_a_participle() {
    let s = statements("\"We will win,\" Jane Roe told reporters, adding that the vote was close.");
    assert_eq!(
        s[0],
        ("Jane Roe".into(), "told".into(), "We will win,".into())
    );
    assert_eq!(s[1].2, "the vote was close");
}

#[test]
fn a_free_relative_inside_an_adjunct_after_the_attribution() {
    let s = statements(
        "Commissioner James Roe spoke at noon. \"The cause has not been determined,\" \
         said Roe, on what was his first full day on the job.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(
        s[0],
        (
            "James Roe".into(),
            "said".into(),
            "The cause has not been determined,".into()
        )
    );
}

#[test]
fn a_reporting_verb_coordinated_after_the_content_is_a_new_statement() {
    let opening = "Donald Trump spoke in Ohio. ";
    for (sentence, first, second) in [
        (
            "Trump called on her to resign and said, \"Her mind is shot!\"",
            "her to resign",
            "Her mind is shot!",
        ),
        (
            "Trump called the deal \"careless,\" but said the talks should go on.",
            "the deal \"careless,\"",
            "the talks should go on",
        ),
        (
            "Trump called on Congress to pass a deal and said funding is needed.",
            "Congress to pass a deal",
            "funding is needed",
        ),
    ] {
        let s = statements(&format!("{opening}{sentence}"));
        assert_eq!(s.len(), 2, "{sentence}: {s:?}");
        assert_eq!(s[0].2, first, "{sentence}");
        assert_eq!(
            s[1],
            ("Donald Trump".into(), "said".into(), second.into()),
            "{sentence}"
        );
    }
    // A verb's bare form after "and" continues the clause it is in.
    let s = statements(&format!(
        "{opening}Trump hoped the two parties could come together and find a solution."
    ));
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(
        s[0].2,
        "the two parties could come together and find a solution"
    );
}

#[test]
fn a_participle_inside_the_adjunct_after_a_quotation_attribution() {
    let s = statements(
        "Jane Roe spoke on Monday. \"Equal rights are the promise of this country,\" she said \
         at a news conference announcing that her department would change.",
    );
    let said = s.iter().find(|x| x.1 == "said").expect("said");
    assert_eq!(said.0, "Jane Roe");
    assert_eq!(said.2, "Equal rights are the promise of this country,");
    // A subordinate clause after the attribution's object is no content.
    for tail in [
        "told CNN in an interview when asked which candidate she would back.",
        "told a crowd in Seattle, after the state was called.",
    ] {
        let s = statements(&format!(
            "Jane Roe spoke on Monday. \"It is everything but this,\" Roe {tail}"
        ));
        assert_eq!(s.len(), 1, "{tail}: {s:?}");
        assert_eq!(
            s[0],
            (
                "Jane Roe".into(),
                "told".into(),
                "It is everything but this,".into()
            ),
            "{tail}"
        );
    }
}

#[test]
fn calling_a_pronoun_object_a_quoted_name() {
    let s = statements("Jane Roe spoke on Monday. Roe called it \"absolute chaos.\"");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(
        s[0],
        (
            "Jane Roe".into(),
            "called".into(),
            "it \"absolute chaos.\"".into()
        )
    );
    // Without a quoted name, "called him" is a telephone call.
    let s = statements("Jane Roe spoke on Monday. Roe called him on Tuesday.");
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn a_headline_kicker_before_a_speaker_and_colon() {
    for headline in [
        "EXCLUSIVE \u{2013} Roger Stone: Don\u{2019}t trust the voting machines.",
        "EXCLUSIVE: Roger Stone: Don\u{2019}t trust the voting machines.",
    ] {
        let s = statements(&format!(
            "{headline}\n\nRoger Stone spoke on Monday about the election."
        ));
        assert_eq!(s.len(), 1, "{headline}: {s:?}");
        assert_eq!(s[0].0, "Roger Stone");
        assert_eq!(s[0].2, "Don\u{2019}t trust the voting machines");
    }
}

#[test]
fn a_place_and_its_state_inside_a_speakers_appositive() {
    let s = statements(
        "Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Brianne Stone");
    assert_eq!(s[0].2, "her biggest concern is global warming");
    let s = statements(
        "\"I don't think she has been truthful,\" Cecelia Purner, a retired teacher in \
         Allentown, Pa., said.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Cecelia Purner");
    // A region of two words after a one-word place.
    let s =
        statements("Dean Johnson, a salesman from Sumter, South Carolina, says the race is close.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Dean Johnson");
    // A name between commas is an appositive, not a state.
    let s = statements("The president, Donald Trump, called on Congress to act.");
    assert_eq!(s[0].0, "Donald Trump");
}

#[test]
fn a_cue_ending_in_on_takes_its_object_as_an_adjunct() {
    let s = statements("\"Another state is lost,\" one supporter wrote on Reddit.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "Another state is lost,");
    let s = statements("Jane Roe wrote on Facebook that the vote was rigged.");
    assert_eq!(
        s[0],
        (
            "Jane Roe".into(),
            "wrote on".into(),
            "the vote was rigged".into()
        )
    );
}

#[test]
fn a_clause_joined_by_and_is_no_appositive() {
    let s = statements(
        "The refusal did not go over well, and the meeting deteriorated from there, said Jane Roe.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Jane Roe");
    assert!(
        s[0].2.starts_with("The refusal did not go over well"),
        "{s:?}"
    );
}

#[test]
fn an_inverted_cue_before_a_colon() {
    let s = statements(
        "Joseph Ellis, a tax lawyer, has studied the plans.\n\n\
         Said Ellis: \"I don't get the sense she is interested.\"",
    );
    assert_eq!(
        s,
        [(
            "Joseph Ellis".into(),
            "Said".into(),
            "I don't get the sense she is interested.".into()
        )]
    );
}

#[test]
fn a_passive_reporting_verb_makes_no_speaker_of_its_subject() {
    let a = analyze("Mehmet Oz was called a charlatan by fellow physicians.");
    assert!(a.statements.is_empty(), "{:?}", a.statements);
    let a = analyze("Jane Roe was repeatedly told that the border would stay closed.");
    assert!(a.statements.is_empty(), "{:?}", a.statements);
    // The active forms are statements.
    let s = statements("Jane Roe called Mehmet Oz a charlatan.");
    assert_eq!(s.len(), 1, "{s:?}");
}

#[test]
fn a_release_headed_as_a_statement_gives_its_channel() {
    let text = "Foreign Secretary's statement on the hostage agreement\n\n\
                The Foreign Secretary has given a statement following the agreement.\n\n\
                Foreign Secretary Jane Roe said:\n\n\
                This agreement is a crucial step towards relief for the families.";
    let a = analyze(text);
    let s = a
        .statements
        .iter()
        .find(|s| a.text(s.cue) == "said")
        .expect("said");
    assert_eq!(
        s.channel.as_ref().map(|c| c.kind()),
        Some(ChannelKind::Statement),
        "{:?}",
        s.channel
    );
    // Without such an opening, no channel is invented.
    let a = analyze("The talks ended.\n\nJane Roe said:\n\nThis agreement is a crucial step.");
    let s = a
        .statements
        .iter()
        .find(|s| a.text(s.cue) == "said")
        .expect("said");
    assert!(s.channel.is_none(), "{:?}", s.channel);
}

#[test]
fn according_to_inside_a_parenthesis_or_after_an_opening_phrase() {
    let s = statements(
        "Trump repeated the claim (the real figure is closer to 15 percent, according to \
         the Pentagon).",
    );
    let acc = s
        .iter()
        .find(|x| x.1 == "according to")
        .expect("according to");
    assert_eq!(acc.0, "U.S. Department of Defense");
    assert_eq!(acc.2, "the real figure is closer to 15 percent");
    let s = statements(
        "In addition, according to the Pentagon, nine million more workers will be covered.",
    );
    assert_eq!(s[0].2, "nine million more workers will be covered");
}

#[test]
fn according_to_a_document_with_no_author_named() {
    // The document stands for itself, as a group, only after "according
    // to"; as a subject ("The report found") it is no speaker.
    let a = analyze(
        "Trump leads Clinton by four points in Ohio, according to a new poll. \
         The report found that turnout had fallen.",
    );
    let s = a
        .statements
        .iter()
        .find(|s| a.text(s.cue) == "according to")
        .expect("according to");
    assert_eq!(speaker(&a, s), "new poll");
    assert_eq!(a.actor(s.speaker).map(|x| x.kind), Some(ActorKind::Group));
    assert_eq!(
        a.text(s.content[0]),
        "Trump leads Clinton by four points in Ohio"
    );
    assert!(a.statements.iter().all(|s| a.text(s.cue) != "found"));
    assert!(
        a.actors.iter().all(|x| x.name != "report"),
        "{:?}",
        a.actors
    );
    // An author named in the phrase is the speaker.
    let s = statements("Turnout fell, according to a report by the Pentagon.");
    assert_eq!(s[0].0, "U.S. Department of Defense");
}

#[test]
fn nouns_and_adverbs_are_no_cues_or_sources() {
    // "in detail" is no cue; a lone adverb is no source.
    let a = analyze("A study by researchers shows in detail how companies avoid taxes.");
    assert!(
        a.statements.iter().all(|s| a.text(s.cue) != "detail"),
        "{:?}",
        a.statements
    );
    let a = analyze(
        "Obama and Clinton's gut reaction is to tell the American people that we're defeating \
         the Islamic State terrorist group abroad while systematically downplaying its attacks \
         in Europe.",
    );
    assert!(
        a.statements.iter().all(|s| a.text(s.cue) != "downplaying"),
        "{:?}",
        a.statements
    );
}

#[test]
fn content_stops_at_a_participle_clause_or_a_second_reporting_verb() {
    let s = statements(
        "The senator wondered whether the monitors would be fair, engaging in an old tactic.",
    );
    assert_eq!(s[0].2, "whether the monitors would be fair");
    // "including" continues the phrase.
    let s = statements("The minister said sanctions would follow, including a ban on imports.");
    assert_eq!(s[0].2, "sanctions would follow, including a ban on imports");
    let s =
        statements("Jane Roe criticized the old trade deals and called for new tariffs on steel.");
    assert_eq!(s[0].2, "the old trade deals");
    assert!(
        s.iter()
            .any(|x| x.1 == "called for" && x.2 == "new tariffs on steel"),
        "{s:?}"
    );
}

#[test]
fn backward_and_inverted_attributions() {
    let s = statements("The convoy was delayed at the border, two officials said on Tuesday.");
    assert_eq!(s[0].2, "The convoy was delayed at the border");
    let s = statements(
        "\u{201c}We will not give up an inch,\u{201d} said President Volodymyr Zelensky.",
    );
    assert_eq!(s[0].0, "Volodymyr Zelensky");
    assert_eq!(s[0].2, "We will not give up an inch,");
    let s = statements("The ceasefire held overnight, according to the United Nations.");
    assert_eq!(
        (s[0].0.as_str(), s[0].2.as_str()),
        ("United Nations", "The ceasefire held overnight")
    );
    let s = statements("According to Reuters, the talks will resume in Geneva.");
    assert_eq!(s[0].2, "the talks will resume in Geneva");
}

#[test]
fn split_and_continued_quotations() {
    let a = analyze(
        "Jane Roe, the mayor, spoke briefly.\n\n\"We will rebuild,\" Roe said, \"and we will do it fast.\" \"Nobody leaves.\"",
    );
    assert_eq!(a.statements.len(), 1);
    let s = &a.statements[0];
    assert!(s.direct);
    let parts: Vec<&str> = s.content.iter().map(|c| a.text(*c)).collect();
    assert_eq!(
        parts,
        [
            "We will rebuild,",
            "and we will do it fast.",
            "Nobody leaves."
        ]
    );
    // A name and a verb that go on after a quotation closed on a period
    // begin a new sentence: the quotation still continues the statement
    // before it, and "He added" is a statement of its own.
    let a = analyze(
        "\u{201c}It was booming,\u{201d} said Jane Roe, a farmer. \u{201c}Those days are gone.\u{201d} She added that she was angry.",
    );
    let texts: Vec<Vec<&str>> = a
        .statements
        .iter()
        .map(|s| s.content.iter().map(|c| a.text(*c)).collect())
        .collect();
    assert_eq!(
        texts,
        [
            vec!["It was booming,", "Those days are gone."],
            vec!["she was angry"]
        ]
    );
    // A quotation mark that never closes does not stop the article.
    let a = analyze(
        "\u{201c}We will rebuild, Roe said.\n\nThe council met later. Roe said the budget was ready.",
    );
    assert!(
        a.statements
            .iter()
            .any(|s| a.text(s.content[0]) == "the budget was ready")
    );
}

#[test]
fn quotations_running_over_paragraphs() {
    // Each paragraph reopens the quotation; only the last one closes it.
    let a = analyze(
        "Jane Roe arrived. Roe said: \u{201c}We will fight on. We shall go on to the end.\n\n\u{201c}We will never give up.\u{201d} Then she left.",
    );
    let s = a
        .statements
        .iter()
        .find(|s| a.text(s.cue) == "said")
        .unwrap();
    let parts: Vec<&str> = s.content.iter().map(|c| a.text(*c)).collect();
    assert_eq!(
        parts,
        [
            "We will fight on. We shall go on to the end.",
            "We will never give up."
        ]
    );
    assert!(s.direct);
}

#[test]
fn statements_introduced_by_a_colon() {
    let a = analyze(
        "Foreign Secretary David Cameron said:\n\nThis agreement is a crucial step.\n\nI urge all parties to deliver it in full.",
    );
    assert_eq!(a.statements.len(), 1);
    let s = &a.statements[0];
    assert_eq!(speaker(&a, s), "David Cameron");
    assert_eq!(
        a.text(s.content[0]),
        "This agreement is a crucial step.\n\nI urge all parties to deliver it in full"
    );
}

#[test]
fn pronouns_and_continuations() {
    let s = statements(
        "Jane Roe arrived in Kyiv on Monday. She said the talks had stalled, adding that a deal was near.",
    );
    assert_eq!(s.len(), 2);
    assert!(s.iter().all(|x| x.0 == "Jane Roe"));
    assert_eq!(s[1].1, "adding");
    assert_eq!(s[1].2, "a deal was near");
}

#[test]
fn threats_and_conditions() {
    let a = analyze(
        "Jane Roe, the president of Freedonia, threatened to impose sanctions on Sylvania unless the troops leave.",
    );
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    let t = &a.threats[0];
    assert_eq!(a.text(t.action), "impose sanctions on Sylvania");
    assert_eq!(t.kind, ActionKind::Sanction);
    assert_eq!(t.condition.unwrap().kind(), ConditionKind::Unless);
    assert_eq!(
        a.text(t.condition.unwrap().span()),
        "unless the troops leave"
    );
    assert_eq!(t.coding.unwrap().cameo().as_str(), "1312");
    // Someone else's action, predicted by a speaker, is no threat.
    let a = analyze("Jane Roe said the storm would destroy the harbour.");
    assert!(a.threats.is_empty(), "{:?}", a.threats);
    // An action already taken is no threat.
    let a = analyze("Russia imposed sanctions on the company last year.");
    assert!(a.threats.is_empty());
    // A negated action is no threat.
    let a = analyze("The president said he would not attack the city.");
    assert!(a.threats.is_empty(), "{:?}", a.threats);
}

#[test]
fn risks_and_harmless_promises_are_no_threats() {
    for text in [
        // A thing that "threatens to" only risks.
        "The primary in Ohio threatens to knock two governors out of the race.",
        "It was a debate that threatened to make or break some campaigns.",
        // Fighting for someone, acting in general, answering requests.
        "The senator vowed to fight for them as president.",
        "Jane Roe has pledged to act as well.",
        "The agency said it intends to respond to requests from the committee.",
        // Pulling out of a slump is no withdrawal from a pact.
        "Mr. Putin predicted that Russia would pull out of its current slump within two years.",
    ] {
        let a = analyze(text);
        assert!(a.threats.is_empty(), "{text}: {:?}", a.threats);
    }
    // Acting against someone is one.
    let a = analyze("Russia is ready to act against Ukraine, Peskov said.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    // A whole phrase: its subject triggers it, a condition only when it
    // may still happen.
    let a = analyze("The State Department said this decision will come with consequences.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert!(a.threats[0].condition.is_none());
    let a = analyze("Jane Roe said any attack on Goma would be met with a strong response.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    let c = a.threats[0].condition.expect("a condition");
    assert_eq!(a.text(c.span()), "any attack on Goma");
    // So is a whole phrase whose subject is what triggers it.
    let a = analyze(
        "The State Department said the decision will come with consequences for the Taliban.",
    );
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
}

/// The threatened actions of `text`.
fn actions(text: &str) -> Vec<String> {
    let a = analyze(text);
    a.threats
        .iter()
        .map(|t| a.text(t.action).to_owned())
        .collect()
}

#[test]
fn threats_split_by_a_date_and_measures_with_modifiers() {
    // A date between the verb and its "to".
    assert_eq!(
        actions("China threatened Tuesday to cut off aid to Japan."),
        ["cut off aid to Japan"]
    );
    assert_eq!(
        actions("China vowed on Sunday to strike back at Japan."),
        ["strike back at Japan"]
    );
    assert_eq!(
        actions("China threatened last week to expel ten Japanese diplomats."),
        ["expel ten Japanese diplomats"]
    );
    // A measure with its modifiers.
    assert_eq!(
        actions("China's foreign ministry said China would take firm countermeasures."),
        ["take firm countermeasures"]
    );
    let a = analyze("“We will impose sweeping new sanctions on Japan,” Jane Roe said.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert_eq!(a.threats[0].kind, ActionKind::Sanction);
    // A general measure needs a forceful modifier.
    assert!(actions("“We will take concrete steps to grow,” Jane Roe said.").is_empty());
    assert_eq!(
        actions("“We will take resolute steps against Japan,” Jane Roe said."),
        ["take resolute steps against Japan"]
    );
}

#[test]
fn threats_of_a_harm_named_as_a_noun() {
    assert_eq!(
        actions("The Houthis have threatened more attacks on shipping in the Red Sea."),
        ["more attacks on shipping in the Red Sea"]
    );
    let a = analyze("Jane Roe threatened Mexico with steep tariffs.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert_eq!(a.threats[0].kind, ActionKind::Sanction);
    assert_eq!(a.actor(a.threats[0].targets[0]).unwrap().name, "Mexico");
    assert_eq!(
        actions("China said it was considering new sanctions against Japan."),
        ["new sanctions against Japan"]
    );
    // A warning of a penalty is a threat when it has a condition or a
    // target.
    let a = analyze("China has warned of unspecified consequences if Japan sends troops.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert!(a.threats[0].condition.is_some());
    for text in [
        "Analysts warned of consequences for the economy.",
        "Jane Roe warned of consequences for the economy.",
        "The floods threatened the lives of thousands.",
        "The scandal threatens his career.",
    ] {
        assert!(actions(text).is_empty(), "{text}");
    }
}

#[test]
fn a_penalty_the_subject_will_suffer_is_the_speakers_threat() {
    let names = |a: &Analysis, t: &Threat| -> (String, Vec<String>) {
        let n = |x| a.actor(x).unwrap().name.clone();
        (n(t.issuer), t.targets.iter().map(|&x| n(x)).collect())
    };
    let a = analyze(
        "Jane Roe warned that Japan would face severe economic consequences if it \
         invaded China.",
    );
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    let t = &a.threats[0];
    assert_eq!(
        names(&a, t),
        ("Jane Roe".to_owned(), vec!["Japan".to_owned()])
    );
    assert_eq!(a.text(t.action), "would face severe economic consequences");
    assert_eq!(a.text(t.condition.unwrap().span()), "if it invaded China");
    let a = analyze("“Japan will pay a heavy price,” Jane Roe said.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert_eq!(
        names(&a, &a.threats[0]),
        ("Jane Roe".to_owned(), vec!["Japan".to_owned()])
    );
    let a = analyze("Jane Roe said there would be consequences if Japan moved troops.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert_eq!(names(&a, &a.threats[0]).1, ["Japan"]);
    // Who pays for something is predicted, not threatened.
    for text in [
        "Consumers will pay the price for the tariffs, economists said.",
        "Jane Roe said farmers would pay a heavy price for the drought.",
    ] {
        assert!(actions(text).is_empty(), "{text}");
    }
}

#[test]
fn threat_targets_skip_the_protected_and_fall_back_on_the_condition() {
    let name = |a: &Analysis, t: &Threat| -> Vec<String> {
        t.targets
            .iter()
            .map(|x| a.actor(*x).unwrap().name.clone())
            .collect()
    };
    let a =
        analyze("Russia will impose sanctions unless Ukraine withdraws its troops, Peskov said.");
    assert_eq!(name(&a, &a.threats[0]), ["Ukraine"]);
    let a = analyze(
        "The United States will take all necessary measures to ensure the security of the \
         homeland and the defense of Japan, the State Department said.",
    );
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert!(
        name(&a, &a.threats[0]).is_empty(),
        "{:?}",
        name(&a, &a.threats[0])
    );
    // Consequences for one actor, by isolating another: the first is the
    // target.
    let a = analyze(
        "The State Department said the decision will have damaging consequences for the \
         Taliban by further isolating Afghanistan.",
    );
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    assert_eq!(name(&a, &a.threats[0]), ["Taliban"]);
}

#[test]
fn we_in_an_officials_statement_is_the_officials_state() {
    // The office's body ("at the Foreign, Commonwealth and Development
    // Office") gives the official a country; "we" in what the official
    // says is then that state, and "further action" is a threatened action.
    let a = analyze(
        "The UK condemned the decision on Tuesday.\n\n\
         Jane Roe, Minister of State at the Foreign, Commonwealth and Development Office, \
         said:\n\nWe will consider further action to persuade the Taliban to reverse \
         their decisions.",
    );
    let roe = a
        .actors
        .iter()
        .find(|x| x.name == "Jane Roe")
        .expect("Jane Roe");
    assert_eq!(roe.country, Some("GBR".parse().unwrap()));
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    let t = &a.threats[0];
    assert_eq!(a.actor(t.issuer).unwrap().name, "United Kingdom");
    assert!(
        a.text(t.action)
            .starts_with("further action to persuade the Taliban")
    );
    // A company's "further steps" threaten no one.
    let a = analyze("The company will consider further steps to improve its products.");
    assert!(a.threats.is_empty(), "{:?}", a.threats);
}

#[test]
fn stances() {
    let a = analyze("The United States condemns the attack on the embassy.");
    let p = &a.positions[0];
    assert_eq!(p.stance, Stance::Oppose);
    assert_eq!(a.actor(p.holder).unwrap().name, "United States");
    let a = analyze("Germany welcomed the agreement reached in Doha.");
    assert_eq!(a.positions[0].stance, Stance::Support);
    let a = analyze("France said it would not support the proposal.");
    assert!(
        a.positions.iter().any(|p| p.stance == Stance::Oppose),
        "{:?}",
        a.positions
    );
}

/// The positions of `text`: holder, stance and topic.
fn positions_with_topics(text: &str) -> Vec<(String, Stance, String)> {
    let a = analyze(text);
    a.positions
        .iter()
        .map(|p| {
            (
                a.actor(p.holder).unwrap().name.clone(),
                p.stance,
                p.topic.clone(),
            )
        })
        .collect()
}

#[test]
fn concern_and_displeasure_as_nouns_are_stances() {
    let one = positions_with_topics;
    assert_eq!(
        one("Japan voiced concern over the missile launch."),
        [(
            "Japan".to_string(),
            Stance::Oppose,
            "missile launch".to_string()
        )]
    );
    assert_eq!(
        one("China expressed strong displeasure with the visit."),
        [("China".to_string(), Stance::Oppose, "visit".to_string())]
    );
    assert!(one("There is growing concern over inflation.").is_empty());
    // "expressed concern about X" attributes X to its source.
    let s = statements("Japan expressed concern about the missile launch.");
    assert_eq!(
        s,
        [(
            "Japan".to_string(),
            "expressed concern about".to_string(),
            "the missile launch".to_string()
        )]
    );
}

#[test]
fn coordinated_stance_verbs_are_read_apart() {
    let all = positions_with_topics;
    // Each verb has its own topic, and the second the first's subject.
    assert_eq!(
        all("France rejects the annexation and supports Ukraine's territorial integrity."),
        [
            (
                "France".to_string(),
                Stance::Oppose,
                "annexation".to_string()
            ),
            (
                "France".to_string(),
                Stance::Support,
                "Ukraine's territorial integrity".to_string()
            ),
        ]
    );
    // A present reporting verb after an object begins its own statement.
    let s = statements(
        "The United States condemns this launch and calls on the DPRK to return to talks.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].2, "this launch");
    assert_eq!(s[1].1, "calls on");
    // A plural noun after "and" is no verb.
    let s = statements("Jane Roe condemned the killings and attacks on civilians.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "the killings and attacks on civilians");
    // After a possessive's noun, "and support" is a noun too: the
    // author's support is read once, from "solidarity".
    let p = all("The United Kingdom condemns the attack on Israel.\n\n\
         We express our full solidarity and support to Israel and its people.");
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[1].1, Stance::Support);
}

#[test]
fn stances_through_negation_infinitives_and_have() {
    let one = |text: &str| {
        let a = analyze(text);
        a.positions
            .iter()
            .map(|p| (a.actor(p.holder).unwrap().name.clone(), p.stance))
            .collect::<Vec<_>>()
    };
    // A contracted negation turns the stance around.
    assert_eq!(
        one("Angela Merkel said she didn't want the escort at all."),
        [("Angela Merkel".to_string(), Stance::Oppose)]
    );
    // The subject of "continues not to accept" holds the stance.
    assert_eq!(
        one("The UK continues not to accept the legitimacy of the new administration."),
        [("United Kingdom".to_string(), Stance::Oppose)]
    );
    assert_eq!(
        one("Japan has decided to back the ceasefire plan."),
        [("Japan".to_string(), Stance::Support)]
    );
    // Not opposing is no support; a stance word after a possessive is a
    // noun; what is criticised has no polarity of its own.
    assert!(one("Peskov said Russia did not oppose the plan.").is_empty());
    assert!(one("Russia will not condemn the attack, Peskov said.").is_empty());
    assert!(one("Hillary Clinton said her support among young voters still lags.").is_empty());
    // Phrases that only look like stances.
    assert!(one("Secretary Clinton has backed out of the debate.").is_empty());
    assert!(one("Jane Roe will officially accept the nomination on Thursday.").is_empty());
    assert_eq!(
        one("Jane Roe said the UK would never accept the annexation of Crimea."),
        [("United Kingdom".to_string(), Stance::Oppose)]
    );
    // "X has (great) respect for": X holds it, not the speaker.
    let p = one("Donald Trump has enormous respect for the military, Jane Roe said.");
    assert!(
        p.contains(&("Donald Trump".to_string(), Stance::Support)),
        "{p:?}"
    );
}

#[test]
fn extracted_records_validate_on_official_texts() {
    // Public-domain and Open Government Licence texts (benches/data).
    let data = include_str!("../../benches/data/official.jsonl");
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let a = analyze(v["text"].as_str().unwrap());
        let back = Analysis::from_json(&a.to_json()).unwrap();
        assert_eq!(back, a, "JSON round trip");
        n += 1;
    }
    assert!(n >= 10);
}

#[test]
fn extracted_records_validate_on_the_dev_sets() {
    // The development sets live beside the project, not in it; run on them
    // where they are present.
    for path in [
        "../shared/eval/dev.gold.jsonl",
        "../shared/corpus/polnear/dev.gold.jsonl",
    ] {
        let Ok(data) = std::fs::read_to_string(path) else {
            continue;
        };
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            if let Ok(a) = news_model::analyze(text)
                && let Err(e) = a.validate()
            {
                panic!("{}: {e}", v["id"]);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn extraction_never_panics_and_validates(text in "(\\PC|[\"\u{201c}\u{201d}.,:;\n\u{1b}\u{7}])*") {
        if let Ok(a) = news_model::analyze(&text) {
            prop_assert!(a.validate().is_ok(), "{:?}", a.validate());
        }
    }

    #[test]
    fn extraction_on_news_like_fragments(parts in proptest::collection::vec(proptest::sample::select(vec![
        "Trump said", " \"", "\u{201c}", "\u{201d}", ", he said.", " Peskov warned that ", "Russia", " will impose sanctions ",
        " if necessary ", " unless ", "according to", " NATO", ". ", "\n\n", ":", " the U.S. ", " threatened to ", " condemns ",
        "Zelensky", " urged ", " to ", "é", "—",
    ]), 0..40)) {
        let text: String = parts.concat();
        if let Ok(a) = news_model::analyze(&text) {
            prop_assert!(a.validate().is_ok(), "{:?}", a.validate());
        }
    }
}

#[test]
fn a_relative_clause_after_a_prepositional_object_leaves_the_head_further_left() {
    let s = statements(
        "Sam Roe, a contestant on the show, who went on to work alongside Trump, said his boss was kind.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Sam Roe");
    assert_eq!(s[0].2, "his boss was kind");
    // A relative clause right after the head keeps it.
    let s = statements("The mayor, who leads the city, said the budget was fine.");
    assert_eq!(s[0].0, "mayor", "{s:?}");
}

#[test]
fn that_less_clauses_whose_verb_is_no_auxiliary() {
    let opening = "Barack Obama spoke in Ohio. ";
    for (sentence, content) in [
        (
            "Obama said stocks aren't a great investment.",
            "stocks aren't a great investment",
        ),
        // A curly apostrophe reads as a straight one.
        (
            "Obama said stocks aren\u{2019}t a great investment.",
            "stocks aren\u{2019}t a great investment",
        ),
        (
            "Obama said inevitable economic changes cost many people their jobs.",
            "inevitable economic changes cost many people their jobs",
        ),
        (
            "Obama said Russian forces attacked the city.",
            "Russian forces attacked the city",
        ),
    ] {
        let s = statements(&format!("{opening}{sentence}"));
        assert_eq!(s.len(), 1, "{sentence}: {s:?}");
        assert_eq!(s[0].0, "Barack Obama");
        assert_eq!(s[0].2, content);
    }
    // A participle with its agent is no verb of a clause.
    let s = statements(
        "Barack Obama spoke in Ohio. Obama said goodbye to the people gathered by the river.",
    );
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn working_toward_aiming_at_and_pressing_for_are_support() {
    for (text, topic) in [
        (
            "The United States will continue to work toward an immediate ceasefire.",
            "an immediate ceasefire",
        ),
        ("Britain aims to end the war.", "end the war"),
        (
            "Japan pressed for a vote on the resolution.",
            "a vote on the resolution",
        ),
    ] {
        let a = analyze(text);
        assert_eq!(a.positions.len(), 1, "{text}: {:?}", a.positions);
        let p = &a.positions[0];
        assert_eq!(p.stance, Stance::Support, "{text}");
        assert_eq!(a.text(p.topic_span.unwrap()), topic, "{text}");
    }
}

#[test]
fn a_new_subject_and_cue_after_a_comma_and_a_conjunction_ends_the_content() {
    let s = statements(
        "Barack Obama and Angela Merkel met. Barack Obama said the deal was fair, \
         and Angela Merkel said it was not.",
    );
    assert_eq!(
        s,
        [
            (
                "Barack Obama".into(),
                "said".into(),
                "the deal was fair".into()
            ),
            ("Angela Merkel".into(), "said".into(), "it was not".into()),
        ]
    );
    // A list's next item that only looks like a reporting verb stays in.
    let s = statements(
        "Jane Roe said Europe faced the crisis, the troubles in the Eurozone, \
         and the fears over terrorism.",
    );
    assert!(s[0].2.ends_with("the fears over terrorism"), "{s:?}");
}

#[test]
fn a_negated_auxiliary_between_source_and_cue_is_skipped() {
    let s = statements(
        "Donald Trump spoke in Ohio. Trump hasn't said how he is preparing for the debate.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Donald Trump");
    let a = analyze(
        "Donald Trump spoke in Ohio. Trump hasn't said how he is preparing for the debate.",
    );
    assert_eq!(a.text(a.statements[0].source.unwrap()), "Trump");
    let a = analyze("Donald Trump spoke in Ohio. Trump hasn\u{2019}t said how he will vote.");
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    assert_eq!(a.text(a.statements[0].source.unwrap()), "Trump");
}

#[test]
fn a_right_mark_opening_its_paragraph_opens_a_quotation() {
    let s = statements(
        "Mark Roe noted that the debate went well.\n\n\
         \u{201d} \u{2026} he delivered a mix of orthodoxy and polish,\u{201d} Roe wrote.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1].0, "Mark Roe");
    // The quotation's words, without the space after the mark.
    assert_eq!(
        s[1].2,
        "\u{2026} he delivered a mix of orthodoxy and polish,"
    );
}

#[test]
fn a_release_attributable_to_a_spokesperson_is_their_statement() {
    let a = analyze(
        "Strike in Eastern Syria\n\n\
         (Attributable to Pentagon Press Secretary John Kirby)\n\n\
         \u{201c}U.S. forces conducted airstrikes this evening.\n\n\
         The operation sends an unambiguous message.\u{201d}",
    );
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    let s = &a.statements[0];
    assert_eq!(a.actor(s.speaker).unwrap().name, "John Kirby");
    assert_eq!(a.text(s.cue), "Attributable to");
    assert!(s.direct);
    assert_eq!(
        a.text(s.content[0]),
        "U.S. forces conducted airstrikes this evening.\n\nThe operation sends an unambiguous message."
    );
}

#[test]
fn what_a_speaker_says_someone_needs_is_the_speakers_stance() {
    let a = analyze("Volodymyr Zelensky warned that Ukraine needs a just and durable peace.");
    let p: Vec<(String, Stance)> = a
        .positions
        .iter()
        .map(|p| (a.actor(p.holder).unwrap().name.clone(), p.stance))
        .collect();
    assert_eq!(p, [("Volodymyr Zelensky".to_string(), Stance::Support)]);
    // "the very need for": a noun, no stance.
    let a = analyze("Donald Trump has questioned the very need for moderators.");
    assert!(
        a.positions.iter().all(|p| p.stance != Stance::Support),
        "{:?}",
        a.positions
    );
}

#[test]
fn a_spokesperson_relays_a_threat_of_someone_of_their_state() {
    let a = analyze(
        "Strike in Eastern Syria\n\n\
         (Attributable to Pentagon Press Secretary John Kirby)\n\n\
         \u{201c}The operation sends an unambiguous message: President Joe Biden will act \
         to protect American personnel.\u{201d}",
    );
    let issuers: Vec<&str> = a
        .threats
        .iter()
        .map(|t| a.actor(t.issuer).unwrap().name.as_str())
        .collect();
    assert_eq!(issuers, ["Joe Biden"], "{:?}", a.threats);
    // A foreign speaker's words about someone's action are no threat of
    // that someone.
    let a = analyze("Dmitry Peskov said President Joe Biden will impose new sanctions on Russia.");
    assert!(a.threats.is_empty(), "{:?}", a.threats);
}

#[test]
fn a_quotation_opening_a_that_clause_is_part_of_it() {
    let s = statements(
        "Barack Obama said that \"the penalties are so light\" that companies ignore them.",
    );
    assert_eq!(
        s[0].2,
        "\"the penalties are so light\" that companies ignore them"
    );
    // A quotation that is the whole clause is read inside its marks.
    let s = statements("Barack Obama said that \"the talks failed.\"");
    assert_eq!(s[0].2, "the talks failed.");
}

#[test]
fn a_participle_after_a_quotations_attribution() {
    let s = statements(
        "Joe Walsh spoke in Ohio.\n\n\
         \u{201c}We need someone who is battle tested,\u{201d} he said introducing Clinton as a leader.",
    );
    assert_eq!(
        s,
        [(
            "Joe Walsh".into(),
            "said".into(),
            "We need someone who is battle tested,".into()
        )]
    );
}

#[test]
fn a_past_participle_after_an_inverted_attribution_is_an_adjunct() {
    let s = statements(
        "\"I am not going to say it is a mistake,\" said Ben Carson, asked about his claims \
         that he had received an offer.",
    );
    assert_eq!(
        s,
        [(
            "Ben Carson".into(),
            "said".into(),
            "I am not going to say it is a mistake,".into()
        )]
    );
}

#[test]
fn a_stray_comma_after_a_names_parenthesis() {
    let s = statements(
        "After winning Ohio, Gov. John Kasich (R-OH), said, \u{201c}I am getting ready to rent a \
         covered wagon.\u{201d}",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "John Kasich");
    // A parenthesis inside an appositive leaves the head before it.
    let s = statements(
        "A Fox News poll, conducted with Shaw & Company Research (R), shows Sanders with 47 percent.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Fox News");
}

#[test]
fn a_fronted_adjunct_before_a_speaker_and_quotation_is_no_content() {
    let s = statements(
        "After winning Ohio in the primary, John Kasich said, \u{201c}I am getting ready to rent \
         a covered wagon.\u{201d}",
    );
    assert_eq!(
        s,
        [(
            "John Kasich".into(),
            "said".into(),
            "I am getting ready to rent a covered wagon.".into()
        )]
    );
    // Without a quotation the part before the comma is still content.
    let s = statements("The talks have failed, Jane Roe said.");
    assert_eq!(s[0].2, "The talks have failed");
}

#[test]
fn a_sentence_glued_to_the_next_without_a_space() {
    let s = statements(
        "\u{201c}China has complete control over North Korea,\u{201d} Trump said.Trump claimed \
         that he learned this from business people.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].2, "China has complete control over North Korea,");
    assert_eq!(s[1].2, "he learned this from business people");
}

#[test]
fn a_reporting_participle_then_a_short_adjunct() {
    let s = statements(
        "Ted Cruz seemed to mock the plan, saying at one point, \"The answer is not to yell.\"",
    );
    assert_eq!(
        s,
        [(
            "Ted Cruz".into(),
            "saying".into(),
            "The answer is not to yell.".into()
        )]
    );
}

#[test]
fn as_the_speaker_said_then_the_content() {
    let s = statements(
        "Ed Crane spoke.\n\nAs Crane said on Tuesday, the two candidates have become less \
         ideological.",
    );
    assert_eq!(
        s,
        [(
            "Ed Crane".into(),
            "said".into(),
            "the two candidates have become less ideological".into()
        )]
    );
    // "As expected" names nobody.
    assert!(statements("As expected, the two candidates have become less ideological.").is_empty());
}

#[test]
fn a_pronoun_object_then_what_it_is_called() {
    let s = statements("Alastair Osman called him a liar.");
    assert_eq!(
        s,
        [(
            "Alastair Osman".into(),
            "called".into(),
            "him a liar".into()
        )]
    );
    let s = statements("Alastair Osman described it as a disgrace.");
    assert_eq!(s[0].2, "it as a disgrace");
    // A telephone call is no statement.
    assert!(statements("Alastair Osman called him on Tuesday.").is_empty());
}

#[test]
fn a_title_of_an_organisation_then_the_persons_name() {
    let s = statements("The spokesman for the Kremlin, Dmitry Peskov, said the talks failed.");
    assert_eq!(s[0].0, "Dmitry Peskov");
    let s = statements("The head of the IMF, Kristalina Georgieva, said the outlook is weak.");
    assert_eq!(s[0].0, "Kristalina Georgieva");
    // An organisation heading the phrase still speaks.
    let s = statements("The IMF, a lender of last resort, said the outlook is weak.");
    assert_eq!(s[0].0, "International Monetary Fund");
}

#[test]
fn a_stance_with_no_subject_of_its_own() {
    let holders = |text: &str| {
        let a = analyze(text);
        a.positions
            .iter()
            .map(|p| {
                (
                    a.actor(p.holder).unwrap().name.clone(),
                    p.stance,
                    p.topic_span.map(|t| a.text(t).to_string()),
                )
            })
            .collect::<Vec<_>>()
    };
    // A purpose infinitive opening the sentence: the subject after its
    // comma; the topic ends at that comma.
    assert_eq!(
        holders(
            "To support a durable end to the fighting, the United States will coordinate with \
             its partners."
        ),
        [(
            "United States".to_string(),
            Stance::Support,
            Some("a durable end to the fighting".to_string())
        )]
    );
    // In a text its author writes as "we", a participle's stance in a
    // sentence about "we" is the author's.
    let a = holders(
        "The United States condemns the attack.\n\nWe will strengthen our cooperation, \
         including by continuing to work towards an immediate ceasefire.",
    );
    assert!(
        a.contains(&(
            "United States".to_string(),
            Stance::Support,
            Some("an immediate ceasefire".to_string())
        )),
        "{a:?}"
    );
    // Without an author nobody holds it.
    assert!(holders("Including by continuing to work towards an immediate ceasefire.").is_empty());
}

#[test]
fn an_appositive_after_an_inverted_source_is_no_content() {
    let s = statements(
        "Nor are tariffs likely to bring these jobs back, said David Autor, a professor of \
         economics at M.I.T., who is a specialist on trade.",
    );
    assert_eq!(
        s,
        [(
            "David Autor".into(),
            "said".into(),
            "Nor are tariffs likely to bring these jobs back".into()
        )]
    );
    // A clause after the attribution is the rest of what was said.
    let s = statements("The plan, said David Autor, the new tariffs will fail.");
    assert_eq!(s[0].2, "The plan | the new tariffs will fail");
}

#[test]
fn a_participle_between_commas_before_the_verb_stays_in_the_content() {
    let s = statements("Jane Roe said that the records, numbering 1,000 pages, were released.");
    assert_eq!(s[0].2, "the records, numbering 1,000 pages, were released");
    // A participle clause after the content still ends it.
    let s = statements("Jane Roe wondered whether the talks would fail, engaging in speculation.");
    assert_eq!(s[0].2, "whether the talks would fail");
}

#[test]
fn an_adjunct_with_a_determiner_after_the_addressee() {
    let s = statements(
        "Donald Trump defended his plan, telling Reuters in an interview that it would work.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1].2, "it would work");
    let s =
        statements("Ben Carson told supporters at a hotel in Baltimore that he is not giving up.");
    assert_eq!(s[0].2, "he is not giving up");
}

#[test]
fn an_organisation_inside_the_heads_phrase_is_not_the_speaker() {
    let s = statements(
        "Gustav Ando, research director for IHS Life Sciences, a consulting company, said the \
         deal was carefully structured.",
    );
    assert_eq!(s[0].0, "Gustav Ando");
    let s = statements(
        "Senator Sheldon Whitehouse, a Democrat from Rhode Island, has proposed taxing carbon \
         emissions, he said.",
    );
    assert!(s.iter().all(|x| x.0 == "Sheldon Whitehouse"), "{s:?}");
}

#[test]
fn a_coordinated_clause_with_its_own_speaker_is_another_statement() {
    let s = statements(
        "Paul Manafort denounced the report and Rick Gates said he spoke to Manafort first.",
    );
    let gates = s.iter().find(|x| x.1 == "said").expect("Gates's statement");
    assert_eq!(gates.0, "Rick Gates");
    assert_eq!(gates.2, "he spoke to Manafort first");
    assert_eq!(s[0].2, "the report");
    // A clause after ", but" is no content of the verb before.
    let s = statements(
        "Paul Manafort did not respond to the requests, but he was copied on the emails and \
         Rick Gates said he spoke to Manafort first.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Rick Gates");
}

#[test]
fn a_reporting_verb_after_a_possessive_is_a_noun() {
    let s = statements(
        "Nuclear experts in Seoul have discounted Pyongyang's claims, but have speculated that \
         the test used a smaller device.",
    );
    assert!(s.iter().all(|x| x.1 != "claims"), "{s:?}");
    assert!(s.iter().any(|x| x.1 == "speculated"), "{s:?}");
    // "he's said" is a verb.
    let s = statements("Senator Jane Roe spoke on Monday. She's said the bill will pass.");
    assert!(s.iter().any(|x| x.1 == "said"), "{s:?}");
}

#[test]
fn a_relative_clause_with_commas_between_the_speaker_and_the_cue() {
    let s = statements(
        "Sandra Phelps, who lost her son during the flood in Boulder, Colorado, in July 2013, \
         said that the senator had treated her family with disrespect.",
    );
    assert_eq!(s[0].0, "Sandra Phelps", "{s:?}");
    assert_eq!(s[0].2, "the senator had treated her family with disrespect");
}

#[test]
fn a_citing_phrase_between_the_subject_and_its_verb() {
    let s = statements(
        "Rep. Joey Salceda, citing figures from the State Department, said that four million \
         Filipinos live abroad.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Joey Salceda");
    assert_eq!(s[0].1, "said");
    assert_eq!(s[0].2, "four million Filipinos live abroad");
}

#[test]
fn a_participle_cue_has_no_inverted_source() {
    let s = statements(
        "Hillary Clinton won three states on Tuesday. Clinton celebrated in Florida with \
         supporters, declaring it “another super night for our campaign” and said it was \
         another step closer to the nomination.",
    );
    assert!(
        s.len() == 2 && s.iter().all(|x| x.0 == "Hillary Clinton"),
        "{s:?}"
    );
    assert_eq!(s[1].2, "it was another step closer to the nomination");
}

#[test]
fn a_coordinated_cue_takes_the_subject_not_a_name_in_an_embedded_clause() {
    let s = statements(
        "Judge Emmet Sullivan put off deciding whether Judicial Watch could question Clinton \
         but said the group could come back later.",
    );
    let said = s.iter().find(|x| x.1 == "said").expect("said");
    assert_eq!(said.0, "Emmet Sullivan");
    // After a backward attribution the subject that opens its content is
    // not the speaker of the next cue.
    let s = statements(
        "Paul Ryan and Donald Trump will meet next week, Sean Spicer said, adding, \"They need \
         to talk.\"",
    );
    assert!(s.iter().all(|x| x.0 == "Sean Spicer"), "{s:?}");
}

#[test]
fn a_content_that_refers_back_or_opens_with_a_conjunction_is_no_statement() {
    let s = statements(
        "Hillary Clinton's campaign manager Robby Mook said as much on Thursday, arguing that \
         Trump lashed out at the generals.",
    );
    assert!(s.iter().all(|x| !x.2.starts_with("as much")), "{s:?}");
    // The participle's speaker is the head after the possessive name.
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Robby Mook");
    assert_eq!(s[0].2, "Trump lashed out at the generals");
    let s = statements("Protesters yelled and held up a banner outside the hall.");
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn a_document_made_of_another_speaks_for_that_ones_author() {
    let s = statements(
        "According to the average of recent polls compiled by Real Clear Politics, Hillary \
         Clinton leads Donald Trump by three points.",
    );
    assert_eq!(s[0].0, "Real Clear Politics", "{s:?}");
    // A long source runs to its comma; the content starts after it.
    let s = statements(
        "According to early results of the exit poll conducted by Edison Research for the \
         Associated Press and Television Networks, Hillary Clinton led in both states.",
    );
    assert_eq!(s[0].0, "Edison Research", "{s:?}");
    assert_eq!(s[0].2, "Hillary Clinton led in both states");
}

#[test]
fn a_source_after_its_cue_holds_no_cue_of_its_own() {
    let s = statements(
        "According to the results of the latest Quinnipiac University poll released \
         Wednesday, Donald Trump leads in the state.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].1, "According to");
}

#[test]
fn a_pronoun_contracted_with_an_auxiliary() {
    // As the content's subject.
    let s = statements("Donald Trump said he'd welcome Bloomberg's entry.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "he'd welcome Bloomberg's entry");
    let s = statements("Donald Trump said they'll win and there'll be more jobs.");
    assert_eq!(s.len(), 1, "{s:?}");
    // As the source: the pronoun stands for the person before.
    let s = statements("John Smith came in. He's said that taxes are too high.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "John Smith");
    assert_eq!(s[0].2, "taxes are too high");
    let s = statements("John Smith came in. He'd said that taxes are too high.");
    assert_eq!(s[0].0, "John Smith", "{s:?}");
}

#[test]
fn an_epithet_stands_for_the_person_in_focus() {
    let s = statements(
        "Donald Trump spoke in Iowa on Monday. The billionaire businessman says running for \
         president is tough.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Donald Trump");
    assert_eq!(s[0].2, "running for president is tough");
    let s = statements(
        "Jane Roe campaigned in Ohio on Monday. \"We will win,\" the Democratic candidate said.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Jane Roe");
    // The epithet's gender must fit: a businessman is not the woman
    // just named.
    let s =
        statements("Jane Roe campaigned in Ohio on Monday. \"We will win,\" the businessman said.");
    assert!(s.iter().all(|x| x.0 != "Jane Roe"), "{s:?}");
}

#[test]
fn a_that_less_clause_whose_verb_opens_a_quotation() {
    let s = statements(
        "Michael Green, a professor of history, said places such as Iowa and New Hampshire \
         \"have more of a historical resonance.\"",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Michael Green");
    assert!(s[0].2.starts_with("places such as Iowa"), "{s:?}");
}

#[test]
fn a_subordinate_clause_right_after_a_quotations_attribution() {
    let s = statements(
        "Chris Christie spoke in Iowa. \"You bet I would,\" Christie said when asked whether \
         he would issue a quarantine.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Chris Christie");
    assert_eq!(s[0].2, "You bet I would,");
}

#[test]
fn a_given_name_that_is_also_a_month_after_a_title() {
    let s = statements(
        "Arizona governor Jan Brewer spoke on Monday. \"Taxes are high,\" she said in an \
         interview.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Jan Brewer");
}

#[test]
fn an_infinitive_before_a_closing_colon_is_no_attribution_of_what_follows() {
    let s = statements(
        "Donald Trump spoke in Ohio.\n\nHere are some ways his campaign hopes to begin winning \
         support:\n\nCool the rhetoric. The bluster has fueled unease.",
    );
    assert!(
        s.iter().all(|x| !x.2.contains("Cool the rhetoric")),
        "{s:?}"
    );
    // Nor is a clause: what was said is the clause itself.
    let s = statements(
        "Tad Devine said areas where Sanders wants changes include:\n\nVoter participation. \
         Superdelegates draw most of the criticism.",
    );
    assert!(s.iter().all(|x| !x.2.contains("Superdelegates")), "{s:?}");
    // An adjunct before the colon still introduces the paragraphs after.
    let s = statements("Donald Trump spoke in Ohio.\n\nTrump said to reporters:\n\nWe will win.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "We will win");
}

#[test]
fn a_coordinated_cue_after_a_first_person_subject_is_no_earlier_speakers() {
    let s = statements(
        "The G7 leaders met in Rome. Giorgia Meloni said the talks were useful. We express our \
         full solidarity to Israel and reaffirm our commitment towards its security.",
    );
    assert!(s.iter().all(|x| x.1 != "reaffirm"), "{s:?}");
}

#[test]
fn a_cue_form_that_is_also_a_noun_reads_as_the_verb_after_a_subject() {
    for (text, cue, content) in [
        ("Donald Trump vows to build a wall.", "vows", "build a wall"),
        (
            "Donald Trump promises to cut taxes.",
            "promises",
            "cut taxes",
        ),
        ("Donald Trump pledges to cut taxes.", "pledges", "cut taxes"),
        (
            "Donald Trump spoke on Monday, warning that taxes would rise.",
            "warning",
            "taxes would rise",
        ),
    ] {
        let s = statements(text);
        assert_eq!(s.len(), 1, "{text}: {s:?}");
        assert_eq!((s[0].1.as_str(), s[0].2.as_str()), (cue, content), "{text}");
    }
    // After a determiner or a possessive they are still nouns.
    assert!(statements("His vows to cut taxes were empty.").is_empty());
}

#[test]
fn a_nominal_form_after_a_name_and_before_that_is_the_verb() {
    let s = statements("The New York Post reports that the team avoided the room.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "New York Post");
    assert_eq!(s[0].2, "the team avoided the room");
    // "that" opening a relative clause leaves the noun.
    let s = statements("The Pentagon reports that were leaked showed nothing.");
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn what_the_words_are_about_before_a_quotation_or_that() {
    let s = statements(
        "Phyllis Schlafly spoke in Ohio. In 2010 she said of gay couples: \"Nobody is stopping \
         them.\"",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Phyllis Schlafly");
    assert_eq!(s[0].2, "Nobody is stopping them.");
    let s = statements("Joe Biden spoke in Ohio. He said of Trump that he is dangerous.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "he is dangerous");
}

#[test]
fn a_quotation_opened_inside_the_clause_before_its_attribution() {
    // The clause that holds the quotation is what was said.
    let a = analyze(
        "Jane Roe leads the council. The budget cuts were \u{201c}a betrayal of every family,\u{201d} Roe said.",
    );
    assert_eq!(a.statements.len(), 1);
    let s = &a.statements[0];
    assert_eq!(
        a.text(s.content[0]),
        "The budget cuts were \u{201c}a betrayal of every family,"
    );
    assert!(!s.direct);
    // A quotation set off by a comma is the words inside the marks.
    let a = analyze(
        "Jane Roe leads the council. At the meeting, \u{201c}we will not back down,\u{201d} Roe said.",
    );
    assert_eq!(a.statements.len(), 1);
    let s = &a.statements[0];
    assert_eq!(a.text(s.content[0]), "we will not back down,");
    assert!(s.direct);
}

#[test]
fn circumstance_after_a_quotation_and_its_attribution() {
    // What follows a comma after '"...," he said' is circumstance, even
    // with a "that" clause in it.
    let s = statements(
        "Jane Roe runs the party. \u{201c}It is over,\u{201d} she said, just prior to the announcement that the mayor would run again.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "It is over,");
    // A quotation that goes on after a later comma is still joined.
    let s = statements(
        "Jane Roe runs the party. \u{201c}It is over,\u{201d} she said in Dover, Del., \u{201c}and we lost.\u{201d}",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "It is over, | and we lost.");
}

#[test]
fn an_appositive_that_ends_in_a_short_quotation() {
    // The quotation closes the appositive on its comma: the subject
    // before it is the speaker, and the quotation is no content.
    let s = statements(
        "Jane Roe, host of \u{201c}Morning Talk,\u{201d} suggested the mayor could lose.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Jane Roe");
    assert_eq!(s[0].2, "the mayor could lose");
    let s = statements(
        "Jane Roe, citing \u{201c}the unique magic of Trump,\u{201d} said the candidate could win.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!((s[0].0.as_str(), s[0].1.as_str()), ("Jane Roe", "said"));
    assert_eq!(s[0].2, "the candidate could win");
}

#[test]
fn a_quoted_title_before_that_and_a_comma_inside_a_closing_quotation() {
    // A quoted show title of five words or more, capitalised, is an
    // adjunct before "that".
    let s = statements(
        "Jane Roe said on ABC's \u{201c}This Week With George Stephanopoulos\u{201d} that she would run.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "she would run");
    // A comma inside the closing quotation ends the content before a
    // participle clause, which is a statement of its own.
    let s = statements(
        "Jane Roe said the system was \u{201c}corrupt,\u{201d} noting that banks paid large fees.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].2, "the system was \u{201c}corrupt,\u{201d}");
    assert_eq!(
        (s[1].1.as_str(), s[1].2.as_str()),
        ("noting", "banks paid large fees")
    );
}

#[test]
fn a_short_attribution_at_the_end_is_no_content_of_a_nominal_cue() {
    // "promises" inside the content takes no ", Stovall said" as what
    // was promised; the sentence is Stovall's statement.
    let s = statements(
        "Jane Roe met Jim Bell. Bell electrified the crowds with speeches and promises to cut taxes if elected, Roe said.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!((s[0].0.as_str(), s[0].1.as_str()), ("Jane Roe", "said"));
    assert_eq!(
        s[0].2,
        "Bell electrified the crowds with speeches and promises to cut taxes if elected"
    );
}

#[test]
fn that_before_a_time_noun_is_no_conjunction() {
    let s = statements(
        "Jane Roe won. \u{201c}This was the moment,\u{201d} she said in her victory speech that night.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "This was the moment,");
}

#[test]
fn a_coordinated_question_verb_ends_the_content() {
    let s = statements(
        "Jane Roe, an audience member, said she makes $41,000 a year and questioned how she would be helped by the plan.",
    );
    assert_eq!(s[0].2, "she makes $41,000 a year", "{s:?}");
}

#[test]
fn according_to_set_inside_the_sentence() {
    // Both parts around "according to X," are what was said, past an
    // appositive of the source.
    let s = statements(
        "At the heart of the trouble, according to Jane Roe, a former envoy, was a decision by the mayor.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(
        s[0].2,
        "At the heart of the trouble | was a decision by the mayor"
    );
    // A phrase that describes the source is not.
    let s = statements(
        "The mayor has 5,000 followers, according to CrowdTangle, a social analytics tool that monitors social media.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "The mayor has 5,000 followers");
}

#[test]
fn calculations_speak_for_their_author() {
    let s = statements(
        "A living wage in California is about $12 an hour, according to calculations by Jane Roe of the Massachusetts Institute of Technology.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Jane Roe");
}

#[test]
fn a_fronted_subordinate_clause_alone_is_no_content() {
    let s = statements(
        "After the appeals court refused to reconsider the decision, Jane Roe asked the Supreme Court for quick action.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "the Supreme Court for quick action");
    // With a main clause after it, the subordinate clause is part of
    // what was said.
    let s = statements("If the court refuses, the state will appeal again, Roe said.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].2, "If the court refuses, the state will appeal again");
}

#[test]
fn a_single_quotation_closing_inside_a_double_one_of_apostrophes() {
    // ''...'old-school,''' : the single mark closes first, then the
    // double one.
    let s = statements(
        "Jane Roe knew him. ''I would use the word 'old-school,''' said Jane Roe, a friend.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, "Jane Roe");
    assert_eq!(s[0].2, "I would use the word 'old-school,'");
}

#[test]
fn a_date_between_the_cue_and_its_infinitive() {
    for (text, content) in [
        ("Jane Roe pledged on Sunday to cut taxes.", "cut taxes"),
        (
            "Jane Roe promised earlier this week to cut taxes.",
            "cut taxes",
        ),
        (
            "Jane Roe said on Dec. 9 that taxes would fall.",
            "taxes would fall",
        ),
        (
            "Jane Roe said this week that taxes would fall.",
            "taxes would fall",
        ),
        (
            "Jane Roe announced earlier this month that taxes would fall.",
            "taxes would fall",
        ),
    ] {
        let s = statements(text);
        assert_eq!(s.len(), 1, "{text}: {s:?}");
        assert_eq!(s[0].2, content, "{text}");
    }
}

#[test]
fn a_readout_addresses_what_follows_to_the_one_spoken_with() {
    let a = analyze(
        "Secretary Jane Roe spoke today with Japanese Foreign Minister Jiro Tanabe to \
         discuss the alliance. She reaffirmed that the alliance is strong. She also \
         stressed that trade must grow.\n\nJane Roe said later that she was pleased.",
    );
    let to: Vec<(String, Vec<String>)> = a
        .statements
        .iter()
        .map(|s| {
            (
                a.text(s.cue).to_owned(),
                s.addressees
                    .iter()
                    .map(|&x| a.actor(x).unwrap().name.clone())
                    .collect(),
            )
        })
        .collect();
    let kono = vec!["Jiro Tanabe".to_owned()];
    assert_eq!(to.len(), 4, "{to:?}");
    assert_eq!(to[1], ("reaffirmed".to_owned(), kono.clone()));
    assert_eq!(to[2], ("stressed".to_owned(), kono));
    // Not in another paragraph, and not for a plain "said".
    assert!(to[3].1.is_empty(), "{to:?}");
}

#[test]
fn a_capital_struck_at_is_its_state() {
    let a = analyze("Pyongyang vowed on Sunday to strike back at Seoul.");
    assert_eq!(a.threats.len(), 1, "{:?}", a.threats);
    let t = &a.threats[0];
    assert_eq!(a.actor(t.issuer).unwrap().name, "North Korea");
    let targets: Vec<&str> = t
        .targets
        .iter()
        .map(|&x| a.actor(x).unwrap().name.as_str())
        .collect();
    assert_eq!(targets, ["South Korea"]);
    // A capital one arrives at is a place.
    let a = analyze("Jane Roe arrived at Seoul on Monday.");
    assert!(a.actors.iter().all(|x| x.name != "South Korea"));
}
