//! The seed article's whole annotation, written by hand with the public
//! API, as its first user would. If the API cannot say something the
//! annotation says, this file is where it shows.

use news_model::*;

pub const SEED: &str = include_str!("../../examples/data/khaama-2024-12-09.txt");

/// The span of the `nth` (0-based) occurrence of `needle` in `text`.
pub fn find(text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in text"))
        .0;
    Span::new(start, start + needle.len()).unwrap()
}

fn after(text: &str, anchor: &str, needle: &str) -> Span {
    let a = find(text, anchor, 0).start();
    let i = text[a..].find(needle).unwrap() + a;
    Span::new(i, i + needle.len()).unwrap()
}

fn sentence_of(article: &Article, span: Span) -> Span {
    article
        .sentences
        .iter()
        .copied()
        .find(|s| s.contains(span))
        .unwrap_or(span)
}

/// The seed's analysis, as the gold annotation gives it.
pub fn seed_analysis() -> Analysis {
    let article = Article::parse(SEED).unwrap();
    let t = SEED;
    let mut a = Analysis::new(article);
    let id = ActorId::new;
    let code = |s: &str| s.parse::<CountryCode>().unwrap();
    let role = |s: &str| s.parse::<Role>().unwrap();
    let cameo = |s: &str| s.parse::<CameoActorCode>().unwrap();

    let mentions = |names: &[(&str, usize)]| -> Vec<Span> {
        let mut v: Vec<Span> = names.iter().map(|(n, k)| find(t, n, *k)).collect();
        v.sort();
        v
    };

    let mut trump = Actor::new(id(1), "Donald Trump", ActorKind::Person)
        .with_country(code("USA"))
        .with_role(role("President@USA"))
        .with_cameo(cameo("USAGOV"))
        .with_alias("Trump")
        .with_alias("U.S. President");
    trump.mentions = mentions(&[
        ("Donald Trump", 0),
        ("Trump made", 0),
        ("Trump once", 0),
        ("Trump's threat", 0),
        ("Trump's remarks", 0),
        ("with Trump", 0),
    ]);
    let mut putin = Actor::new(id(2), "Vladimir Putin", ActorKind::Person)
        .with_country(code("RUS"))
        .with_role(role("President@RUS"))
        .with_alias("Russian President Vladimir")
        .with_alias("Putin");
    putin.mentions = mentions(&[
        ("Russian President Vladimir", 0),
        ("Putin remains", 0),
        ("Putin's annexation", 0),
    ]);
    let mut peskov = Actor::new(id(3), "Dmitry Peskov", ActorKind::Person)
        .with_country(code("RUS"))
        .with_role(role("Spokesperson@Kremlin"))
        .with_alias("Kremlin spokesperson");
    peskov.mentions = mentions(&[("Dmitry Peskov", 0), ("the Kremlin spokesperson", 0)]);
    let mut zelensky = Actor::new(id(4), "Volodymyr Zelensky", ActorKind::Person)
        .with_country(code("UKR"))
        .with_role(role("President@UKR"))
        .with_alias("Zelensky")
        .with_alias("President Zelensky");
    zelensky.mentions = mentions(&[("Zelensky's order", 0), ("President Zelensky described", 0)]);
    let mut us = Actor::new(id(5), "United States", ActorKind::State)
        .with_country(code("USA"))
        .with_cameo(cameo("USA"))
        .with_alias("U.S.");
    us.mentions = mentions(&[
        ("U.S. from", 0),
        ("U.S. participation", 0),
        ("U.S. relations", 0),
    ]);
    let mut russia = Actor::new(id(6), "Russia", ActorKind::State)
        .with_country(code("RUS"))
        .with_cameo(cameo("RUS"))
        .with_alias("Moscow");
    russia.mentions = mentions(&[
        ("Russia and", 0),
        ("Moscow's", 0),
        ("Russia cannot", 0),
        ("Russia to regain", 0),
    ]);
    let mut ukraine = Actor::new(id(7), "Ukraine", ActorKind::State)
        .with_country(code("UKR"))
        .with_cameo(cameo("UKR"))
        .with_alias("Kyiv");
    ukraine.mentions = mentions(&[("Ukraine.", 0), ("Kyiv", 0), ("Ukraine needs", 0)]);
    let mut nato = Actor::new(id(8), "NATO", ActorKind::Organization)
        .with_cameo(cameo("IGOWSTNAT"))
        .with_alias("NATO allies")
        .with_alias("military alliance");
    nato.mentions = mentions(&[("NATO.", 0), ("NATO allies", 0), ("military alliance", 0)]);
    let mut china = Actor::new(id(9), "China", ActorKind::State)
        .with_country(code("CHN"))
        .with_cameo(cameo("CHN"));
    china.mentions = mentions(&[("China", 0)]);
    let mut west = Actor::new(id(10), "Western countries", ActorKind::Group).with_alias("West");
    west.mentions = mentions(&[
        ("the West", 0),
        ("Western countries", 0),
        ("Western allies", 0),
    ]);
    let mut analysts = Actor::new(id(11), "Analysts", ActorKind::Group);
    analysts.mentions = mentions(&[("Analysts", 0)]);
    a.actors = vec![
        trump, putin, peskov, zelensky, us, russia, ukraine, nato, china, west, analysts,
    ];

    let truth = Channel::new(ChannelKind::SocialPost)
        .with_name("Truth Social")
        .with_span(find(t, "Truth Social", 0));
    let nbc = Channel::new(ChannelKind::Interview)
        .with_name("NBC News")
        .with_span(find(t, "NBC News interview", 0));
    let telegram = Channel::new(ChannelKind::SocialPost)
        .with_name("Telegram")
        .with_span(find(t, "Telegram", 0));
    let art = a.article.clone();
    let stmt = |n: u32, speaker: u32, cue: Span, content: Span, act: SpeechAct| {
        let s = Statement::new(StatementId::new(n), id(speaker), cue, vec![content])
            .with_speech_act(act);
        let coding = codes::statement_coding(act, art.slice(content));
        let s = s.with_evidence(sentence_of(&art, content).cover(cue));
        match coding {
            Some(c) => s.with_coding(c),
            None => s,
        }
    };
    a.statements = vec![
        stmt(1, 1, find(t, "called on", 0), find(t, "Russian President Vladimir to take immediate action for a ceasefire with Ukraine", 0), SpeechAct::Appeal)
            .with_source(find(t, "Donald Trump", 0))
            .with_addressee(id(2))
            .with_channel(truth.clone()),
        stmt(2, 1, find(t, "indicated", 0), find(t, "if necessary, he is prepared to reduce military aid to Ukraine and withdraw the U.S. from NATO", 0), SpeechAct::Warning)
            .with_channel(truth.clone()),
        stmt(3, 1, find(t, "urging", 0), find(t, "a ceasefire between Russia and Ukraine must be implemented immediately, and negotiations should begin", 0), SpeechAct::Appeal)
            .with_source(find(t, "Trump made", 0).cover(find(t, "Trump", 1)))
            .with_channel(truth.clone()),
        stmt(4, 1, find(t, "suggested", 0), find(t, "China could play a role in mediating the peace process", 0), SpeechAct::Proposal)
            .with_source(find(t, "He suggested", 0).cover(find(t, "He", 0)))
            .with_channel(truth),
        stmt(5, 3, find(t, "responded by reiterating", 0), find(t, "Moscow's long-standing position that it is open to negotiating with Ukraine", 0), SpeechAct::Claim)
            .with_source(find(t, "Dmitry Peskov", 0)),
        stmt(6, 4, find(t, "described", 0), find(t, "his recent discussions with Trump in Paris as\u{201c}constructive,\u{201d}", 0), SpeechAct::Claim)
            .with_source(find(t, "President Zelensky", 0)),
        stmt(7, 4, find(t, "warned via", 0), find(t, "Ukraine needs a just and durable peace that Russia cannot undermine", 0), SpeechAct::Warning)
            .with_channel(telegram),
        stmt(8, 1, find(t, "warned NATO", 0), find(t, "U.S. participation in the military alliance is not guaranteed", 0), SpeechAct::Warning)
            .with_addressee(id(8))
            .with_channel(nbc.clone()),
        stmt(9, 1, find(t, "questioned", 0), find(t, "whether the alliance's members were paying their fair share", 0), SpeechAct::Question)
            .with_channel(nbc),
        stmt(10, 11, find(t, "believe", 0), find(t, "Trump's threat to withdraw from NATO could be a strategy to secure more concessions from Western allies", 0), SpeechAct::Belief)
            .with_source(find(t, "Analysts", 0)),
    ];

    let pos = |n: u32, holder: u32, topic: &str, stance: Stance, ev: Span| {
        Position::new(PositionId::new(n), id(holder), topic, stance, ev)
    };
    a.positions = vec![
        pos(1, 1, "immediate ceasefire and negotiations", Stance::Support, find(t, "a ceasefire between Russia and Ukraine must be implemented immediately, and negotiations should begin", 0))
            .with_statement(StatementId::new(3)),
        pos(2, 6, "negotiations with Ukraine", Stance::Support, find(t, "it is open to negotiating with Ukraine", 0))
            .with_statement(StatementId::new(5)),
        pos(3, 7, "negotiations with Russia while Putin is in power", Stance::Oppose, find(t, "declared negotiations impossible while Putin remains in power", 0))
            .with_condition(Condition::new(ConditionKind::While, find(t, "while Putin remains in power", 0))),
        pos(4, 7, "annexation of four Ukrainian regions", Stance::Oppose, find(t, "which Kyiv and the West viewed as a blatant violation of Ukraine's sovereignty", 0)),
        pos(5, 10, "a quick agreement", Stance::Oppose, find(t, "Western countries are concerned that a quick agreement might have harmful consequences for Ukraine", 0)),
        pos(6, 4, "a just and durable peace", Stance::Support, find(t, "Ukraine needs a just and durable peace that Russia cannot undermine", 0))
            .with_statement(StatementId::new(7)),
    ];

    let if_necessary = Condition::new(ConditionKind::IfNecessary, find(t, "if necessary", 0));
    let threat = |n: u32, action: Span, kind: ActionKind, target: u32| {
        let mut th = Threat::new(ThreatId::new(n), id(1), action, kind, after(t, "also indicated", "if necessary, he is prepared to reduce military aid to Ukraine and withdraw the U.S. from NATO"))
            .with_target(id(target))
            .with_condition(if_necessary)
            .with_statement(StatementId::new(2));
        if let Some(c) = codes::threat_coding(kind, art.slice(action)) {
            th = th.with_coding(c);
        }
        th
    };
    a.threats = vec![
        threat(
            1,
            find(t, "reduce military aid to Ukraine", 0),
            ActionKind::ReduceAid,
            7,
        ),
        threat(
            2,
            find(t, "withdraw the U.S. from NATO", 0),
            ActionKind::WithdrawFromAlliance,
            8,
        ),
    ];
    a
}

#[test]
fn seed_by_hand_is_valid() {
    let a = seed_analysis();
    if let Err(e) = a.validate() {
        panic!("{e}");
    }
    assert_eq!(a.actors.len(), 11);
    assert_eq!(a.statements.len(), 10);
    assert_eq!(a.threats.len(), 2);
    assert!(a.threats.iter().all(|t| t.is_conditional()));
    assert_eq!(
        a.text(a.threats[0].condition.unwrap().span()),
        "if necessary"
    );
    let issuer = a.actor(a.threats[1].issuer).unwrap();
    assert_eq!(issuer.name, "Donald Trump");
    assert_eq!(a.threats[0].coding.unwrap().cameo().as_str(), "1311");
    assert_eq!(a.threats[1].coding.unwrap().cameo().as_str(), "1313");
    assert_eq!(a.statements[0].coding.unwrap().cameo().as_str(), "027");
    assert_eq!(a.actor_named("kyiv").unwrap().name, "Ukraine");
}

#[test]
fn seed_by_hand_json_roundtrip() {
    let a = seed_analysis();
    let json = a.to_json();
    let back = Analysis::from_json(&json).unwrap();
    assert_eq!(back, a);
    assert_eq!(back.to_json(), json, "byte-identical on a second write");
    let pretty = a.to_json_pretty();
    assert_eq!(Analysis::from_json(&pretty).unwrap(), a);
}
