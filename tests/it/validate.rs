//! Validation: every rule has a bad value that is rejected, with its path
//! and reason, and the good seed analysis passes.

use news_model::*;

use crate::seed_by_hand::seed_analysis;

/// Applies `break_it` to a valid analysis and returns the violations as
/// `path: reason` strings.
fn violations(break_it: impl FnOnce(&mut Analysis)) -> Vec<String> {
    let mut a = seed_analysis();
    assert!(
        a.validate().is_ok(),
        "the seed analysis must be valid to start with"
    );
    break_it(&mut a);
    match a.validate() {
        Ok(()) => Vec::new(),
        Err(e) => e.violations().iter().map(|v| v.to_string()).collect(),
    }
}

fn one(break_it: impl FnOnce(&mut Analysis)) -> String {
    let v = violations(break_it);
    assert_eq!(v.len(), 1, "{v:?}");
    v.into_iter().next().unwrap()
}

#[test]
fn good_analysis_passes() {
    assert!(seed_analysis().validate().is_ok());
    assert!(seed_analysis().article.validate().is_ok());
}

#[test]
fn names_and_texts_must_not_be_blank() {
    assert_eq!(
        one(|a| a.actors[2].name = "  ".into()),
        "actors[2].name: must not be empty"
    );
    assert_eq!(
        one(|a| a.actors[0].aliases[0] = String::new()),
        "actors[0].aliases[0]: must not be empty"
    );
    assert_eq!(
        one(|a| a.positions[1].topic = String::new()),
        "positions[1].topic: must not be empty"
    );
    assert_eq!(
        one(|a| a.article.byline.push(" ".into())),
        "article.byline[0]: must not be empty"
    );
    assert_eq!(
        one(|a| a.article.source.outlet = Some(String::new())),
        "article.source.outlet: must not be empty"
    );
    let mut empty = Analysis::new(Article::new(""));
    empty.article.body = Span::new(0, 0).unwrap();
    assert_eq!(
        empty.validate().unwrap_err().to_string(),
        "1 violation: article.text: must not be empty"
    );
}

#[test]
fn spans_must_lie_inside_the_text() {
    let len = seed_analysis().article.text.len();
    let out = Span::new(len - 2, len + 5).unwrap();
    assert_eq!(
        one(|a| a.statements[3].content[0] = out),
        format!("statements[3].content[0]: span {out} is outside the article text ({len} bytes)")
    );
    assert_eq!(
        one(|a| a.actors[0].mentions[0] = out),
        format!("actors[0].mentions[0]: span {out} is outside the article text ({len} bytes)")
    );
    assert_eq!(
        one(|a| a.article.body = out),
        format!("article.body: span {out} is outside the article text ({len} bytes)")
    );
}

#[test]
fn spans_must_fall_on_char_boundaries() {
    // The seed has a curly quote (3 bytes) in "as“constructive".
    let text = seed_analysis().article.text;
    let q = text.find('\u{201c}').unwrap();
    let inside = Span::new(q + 1, q + 8).unwrap();
    assert_eq!(
        one(|a| a.statements[5].content[0] = inside),
        format!("statements[5].content[0]: span {inside} does not fall on character boundaries")
    );
    let ok = Span::new(q, q + 3).unwrap();
    assert!(violations(|a| a.statements[5].content[0] = ok).is_empty());
}

#[test]
fn text_spans_must_not_be_empty() {
    let e = Span::new(10, 10).unwrap();
    assert_eq!(
        one(|a| a.statements[0].cue = e),
        "statements[0].cue: span 10..10 is empty"
    );
    assert_eq!(
        one(|a| a.threats[0].action = e),
        "threats[0].action: span 10..10 is empty"
    );
    assert_eq!(
        one(|a| a.article.headline = Some(e)),
        "article.headline: span 10..10 is empty"
    );
}

#[test]
fn start_must_not_be_after_end() {
    // The type itself refuses such a span, in code and in JSON.
    assert!(Span::new(9, 3).is_err());
    let json = seed_analysis()
        .to_json()
        .replacen("\"cue\":[", "\"cue\":[999999,", 1);
    assert!(Analysis::from_json(&json).is_err());
}

#[test]
fn paragraphs_and_sentences_are_ordered() {
    let v = violations(|a| {
        a.article.paragraphs.swap(0, 1);
    });
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(
        v[0].starts_with("article.paragraphs[1]: span ")
            && v[0].ends_with("starts before the end of the previous one"),
        "{v:?}"
    );
}

#[test]
fn ids_must_be_unique() {
    assert_eq!(
        one(|a| a.actors[8].id = ActorId::new(1)),
        "actors[8].id: duplicate id a1"
    );
    assert_eq!(
        one(|a| a.statements[5].id = StatementId::new(1)),
        "statements[5].id: duplicate id s1"
    );
    assert_eq!(
        one(|a| a.positions[2].id = PositionId::new(1)),
        "positions[2].id: duplicate id p1"
    );
    assert_eq!(
        one(|a| a.threats[1].id = ThreatId::new(1)),
        "threats[1].id: duplicate id t1"
    );
}

#[test]
fn actor_references_must_resolve() {
    let ghost = ActorId::new(99);
    assert_eq!(
        one(|a| a.statements[3].speaker = ghost),
        "statements[3].speaker: refers to unknown actor a99"
    );
    assert_eq!(
        one(|a| a.statements[0].addressees[0] = ghost),
        "statements[0].addressees[0]: refers to unknown actor a99"
    );
    assert_eq!(
        one(|a| a.positions[0].holder = ghost),
        "positions[0].holder: refers to unknown actor a99"
    );
    assert_eq!(
        one(|a| a.threats[0].issuer = ghost),
        "threats[0].issuer: refers to unknown actor a99"
    );
    assert_eq!(
        one(|a| a.threats[1].targets[0] = ghost),
        "threats[1].targets[0]: refers to unknown actor a99"
    );
}

#[test]
fn statement_references_must_resolve() {
    let ghost = StatementId::new(42);
    assert_eq!(
        one(|a| a.positions[0].statement = Some(ghost)),
        "positions[0].statement: refers to unknown statement s42"
    );
    assert_eq!(
        one(|a| a.threats[0].statement = Some(ghost)),
        "threats[0].statement: refers to unknown statement s42"
    );
}

#[test]
fn records_need_content_action_and_evidence() {
    assert_eq!(
        one(|a| a.statements[2].content.clear()),
        "statements[2].content: has no content span"
    );
    let blank = Span::new(0, 1).unwrap(); // the seed's leading space
    assert_eq!(
        one(|a| a.statements[1].evidence = blank),
        "statements[1].evidence: has no evidence span"
    );
    assert_eq!(
        one(|a| a.positions[3].evidence = Span::new(5, 5).unwrap()),
        "positions[3].evidence: has no evidence span"
    );
    assert_eq!(
        one(|a| a.threats[0].evidence = blank),
        "threats[0].evidence: has no evidence span"
    );
}

#[test]
fn real_dates_and_country_codes_are_enforced_by_their_types() {
    assert!(Date::new(2024, 2, 30).is_err());
    assert!(
        CountryCode::new("SUN").is_err(),
        "the Soviet Union's old code is no longer assigned"
    );
    let json = seed_analysis().to_json().replacen("\"RUS\"", "\"SUN\"", 1);
    assert!(
        Analysis::from_json(&json)
            .unwrap_err()
            .to_string()
            .contains("invalid country code \"SUN\"")
    );
}

#[test]
fn every_violation_is_reported_at_once() {
    let v = violations(|a| {
        a.actors[0].name.clear();
        a.statements[0].speaker = ActorId::new(77);
        a.threats[1].issuer = ActorId::new(78);
        a.positions[0].topic.clear();
    });
    assert_eq!(
        v,
        [
            "actors[0].name: must not be empty",
            "statements[0].speaker: refers to unknown actor a77",
            "positions[0].topic: must not be empty",
            "threats[1].issuer: refers to unknown actor a78",
        ]
    );
    let mut a = seed_analysis();
    a.actors[0].name.clear();
    a.actors[1].name.clear();
    let err = a.validate().unwrap_err();
    assert_eq!(err.len(), 2);
    assert_eq!(
        err.to_string(),
        "2 violations: actors[0].name: must not be empty; actors[1].name: must not be empty"
    );
}
