//! JSON: versioned, deterministic, lossless.

use news_model::*;
use proptest::prelude::*;

use crate::seed_by_hand::seed_analysis;

fn span_in(len: usize) -> impl Strategy<Value = Span> {
    (0..=len, 0..=len).prop_map(|(a, b)| Span::new(a.min(b), a.max(b)).unwrap())
}

fn analysis() -> impl Strategy<Value = Analysis> {
    (
        "[ -~\u{e9}\u{201c}\u{201d}\n]{1,200}",
        0usize..6,
        0usize..6,
        0usize..4,
        0usize..4,
        any::<u64>(),
    )
        .prop_map(|(text, n_actors, n_st, n_pos, n_thr, seed)| {
            // A small deterministic generator keeps the strategy simple
            // while covering every optional field both ways.
            let mut r = seed;
            let mut next = move |m: usize| {
                r ^= r << 13;
                r ^= r >> 7;
                r ^= r << 17;
                (r % (m.max(1) as u64)) as usize
            };
            let len = text.len();
            let mut a =
                Analysis::new(Article::parse(&text).unwrap_or_else(|_| Article::new(text.clone())));
            let span = |next: &mut dyn FnMut(usize) -> usize| {
                let (x, y) = (next(len + 1), next(len + 1));
                Span::new(x.min(y), x.max(y)).unwrap()
            };
            if next(2) == 0 {
                a.article.published = Date::new(
                    2000 + next(30) as u16,
                    1 + next(12) as u8,
                    1 + next(28) as u8,
                )
                .ok();
            }
            if next(2) == 0 {
                a.article.source.outlet = Some("Reuters".into());
                a.article.byline.push("Jane Doe".into());
            }
            let kinds = ActorKind::ALL;
            let codes: Vec<CountryCode> = CountryCode::all().collect();
            for i in 0..n_actors {
                let mut actor = Actor::new(
                    ActorId::new(i as u32 + 1),
                    format!("Actor {i}"),
                    kinds[next(kinds.len())],
                );
                if next(2) == 0 {
                    actor = actor
                        .with_country(codes[next(codes.len())])
                        .with_alias(format!("A{i}"));
                }
                if next(2) == 0 {
                    actor = actor
                        .with_role("President@USA".parse().unwrap())
                        .with_cameo("USAGOV".parse().unwrap());
                }
                actor.mentions.push(span(&mut next));
                a.actors.push(actor);
            }
            let actor =
                |next: &mut dyn FnMut(usize) -> usize| ActorId::new(next(n_actors + 1) as u32 + 1);
            for i in 0..n_st {
                let mut s = Statement::new(
                    StatementId::new(i as u32 + 1),
                    actor(&mut next),
                    span(&mut next),
                    vec![span(&mut next)],
                )
                .with_speech_act(SpeechAct::ALL[next(SpeechAct::ALL.len())])
                .with_direct(next(2) == 0);
                if next(2) == 0 {
                    s = s
                        .with_channel(
                            Channel::new(ChannelKind::Interview)
                                .with_name("NBC News")
                                .with_span(span(&mut next)),
                        )
                        .with_addressee(actor(&mut next))
                        .with_source(span(&mut next));
                }
                if let Some(c) = codes::statement_coding(s.speech_act, "talks") {
                    s = s.with_coding(c);
                }
                a.statements.push(s);
            }
            for i in 0..n_pos {
                let mut p = Position::new(
                    PositionId::new(i as u32 + 1),
                    actor(&mut next),
                    "a topic",
                    Stance::ALL[next(3)],
                    span(&mut next),
                );
                if next(2) == 0 {
                    p = p
                        .with_condition(Condition::new(ConditionKind::While, span(&mut next)))
                        .with_statement(StatementId::new(1))
                        .with_topic_span(span(&mut next));
                }
                a.positions.push(p);
            }
            for i in 0..n_thr {
                let kind = ActionKind::ALL[next(ActionKind::ALL.len())];
                let mut t = Threat::new(
                    ThreatId::new(i as u32 + 1),
                    actor(&mut next),
                    span(&mut next),
                    kind,
                    span(&mut next),
                );
                if next(2) == 0 {
                    t = t
                        .with_target(actor(&mut next))
                        .with_condition(Condition::new(ConditionKind::Unless, span(&mut next)))
                        .with_statement(StatementId::new(1));
                }
                if let Some(c) = codes::threat_coding(kind, "attack") {
                    t = t.with_coding(c);
                }
                a.threats.push(t);
            }
            let _ = span_in;
            a
        })
}

proptest! {
    #[test]
    fn analysis_json_roundtrip(a in analysis()) {
        let json = a.to_json();
        let back = Analysis::from_json(&json).unwrap();
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(back.to_json(), json);
        prop_assert_eq!(Analysis::from_json(&a.to_json_pretty()).unwrap(), a);
    }

    #[test]
    fn from_json_never_panics(s in "\\PC{0,200}") {
        let _ = Analysis::from_json(&s);
    }
}

#[test]
fn schema_version_is_checked() {
    let json = seed_analysis().to_json();
    let v2 = json.replacen("\"schema_version\":1", "\"schema_version\":2", 1);
    assert_eq!(
        Analysis::from_json(&v2).unwrap_err().to_string(),
        "unsupported schema_version 2 (this version of news_model reads 1)"
    );
    let vs = json.replacen("\"schema_version\":1", "\"schema_version\":\"1\"", 1);
    assert_eq!(
        Analysis::from_json(&vs).unwrap_err().to_string(),
        "unsupported schema_version \"1\" (this version of news_model reads 1)"
    );
    let none = json.replacen("\"schema_version\":1,", "", 1);
    assert_eq!(
        Analysis::from_json(&none).unwrap_err().to_string(),
        "missing schema_version: cannot tell which format this is"
    );
    // Through plain serde too (embedding an Analysis in a user's type).
    assert!(
        serde_json::from_str::<Analysis>(&v2)
            .unwrap_err()
            .to_string()
            .contains("unsupported schema_version 2")
    );
}

#[test]
fn bad_values_are_reported_with_line_and_column() {
    let mut a = seed_analysis();
    a.article.updated = Some("2024-12-10".parse().unwrap());
    let json = a.to_json_pretty();
    let bad = json.replacen("\"2024-12-10\"", "\"2024-13-45\"", 1);
    let err = Analysis::from_json(&bad).unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("invalid analysis JSON at line "), "{msg}");
    assert!(
        msg.contains("invalid date \"2024-13-45\": month 13 is not in 1..=12"),
        "{msg}"
    );
    let bad = json.replacen("\"USA\"", "\"XYZ\"", 1);
    assert!(
        Analysis::from_json(&bad)
            .unwrap_err()
            .to_string()
            .contains("not an ISO 3166-1 alpha-3 code")
    );
    assert_eq!(
        Analysis::from_json("{").unwrap_err().to_string(),
        "invalid analysis JSON at line 1, column 1: EOF while parsing an object"
    );
}

#[test]
fn optional_fields_may_be_missing_and_unknown_ones_are_ignored() {
    let json = r#"{"schema_version":1,"future_field":[1,2],
        "article":{"text":"Peskov said talks were possible.","body":[0,32],"extra":true},
        "actors":[{"id":"a1","name":"Dmitry Peskov","kind":"person"}],
        "statements":[{"id":"s1","speaker":"a1","cue":[7,11],"content":[[12,31]],"speech_act":"claim","evidence":[0,32]}]}"#;
    let a = Analysis::from_json(json).unwrap();
    assert_eq!(a.statements[0].speaker, ActorId::new(1));
    assert!(a.positions.is_empty() && a.threats.is_empty());
    assert!(a.actors[0].country.is_none());
    assert_eq!(a.text(a.statements[0].content[0]), "talks were possible");
    assert!(a.validate().is_ok());
}

#[test]
fn output_is_deterministic() {
    let a = seed_analysis();
    assert_eq!(a.to_json(), seed_analysis().to_json());
    assert!(
        a.to_json()
            .starts_with("{\"schema_version\":1,\"article\":{\"text\":")
    );
}
