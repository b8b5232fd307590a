//! Positions: what an actor is for or against.
//!
//! Read from stance words (`data/stances.tsv`) in three frames: a verb
//! whose subject holds the stance ("Russia supports ...", "we condemn
//! ..."), a noun with its holder ("his ironclad support for ..."), and a
//! predicate on the topic said by a speaker or by the text's author ("the
//! election was deeply flawed"). Appeals and demands are support for what
//! they ask; criticism, accusations and rejections are opposition to what
//! they target. Inside a statement the holder is the clause's subject when
//! it names an actor, else the speaker.

use once_cell::sync::Lazy;

use super::context::Ctx;
use super::doc::{Doc, TokKind};
use super::lexicon::{Phrases, table};
use super::statements::ActorIdx;
use super::threats::Actors;
use super::words::*;
use crate::model::{ConditionKind, Span, SpeechAct, Stance};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    Verb,
    Noun,
    Pred,
    Eval,
    /// An evaluative adjective: `Eval` when predicative.
    Adj,
    /// A phrase that shows no stance though it starts with a stance word
    /// ("backed out of", "accept the nomination"): read past.
    Not,
}

static STANCES: Lazy<Phrases<(Stance, Frame)>> = Lazy::new(|| {
    let mut p = Phrases::tagged(table::STANCES);
    for line in include_str!("../../data/stances.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(phrase), Some(stance), Some(frame)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let Ok(stance) = stance.parse() else { continue };
        let frame = match frame {
            "verb" => Frame::Verb,
            "noun" => Frame::Noun,
            "pred" => Frame::Pred,
            "eval" => Frame::Eval,
            "adj" => Frame::Adj,
            "not" => Frame::Not,
            _ => continue,
        };
        p.insert(phrase, (stance, frame));
    }
    p
});

/// Polarity of evaluative words: +1, -1, or 0 for a negator.
static POLARITY: Lazy<Phrases<i8>> = Lazy::new(|| {
    let mut p = Phrases::tagged(table::POLARITY);
    for line in include_str!("../../data/polarity.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((w, v)) = line.split_once('\t') else {
            continue;
        };
        let v = match v.trim() {
            "+" => 1,
            "-" => -1,
            "neg" => 0,
            _ => continue,
        };
        p.insert(w, v);
    }
    p
});

/// The clause of tokens `first..=last` that leans most clearly one way,
/// and its score (positive for support). Clauses end at commas,
/// semicolons, colons, dashes and "but"/"while"/"although".
fn clause_polarity(ctx: &Ctx<'_, '_>, first: usize, last: usize) -> Option<(i32, usize, usize)> {
    let doc = ctx.doc;
    let lex = &*POLARITY;
    let mut best: Option<(i32, usize, usize)> = None;
    let mut start = first;
    let mut score = 0i32;
    let mut negated_until = 0usize;
    let mut k = first;
    let flush = |score: i32, a: usize, b: usize, best: &mut Option<(i32, usize, usize)>| {
        if b >= a && score != 0 && best.is_none_or(|(s, _, _)| score.abs() > s.abs()) {
            *best = Some((score, a, b));
        }
    };
    while k <= last {
        let t = &doc.tokens[k];
        let boundary = (t.kind == TokKind::Punct
            && matches!(doc.tok(k), "," | ";" | ":" | "\u{2014}" | "\u{2013}" | "."))
            || (t.kind == TokKind::Word
                && is_in(
                    &["but", "while", "although", "though", "whereas"],
                    doc.tok(k),
                ));
        if boundary {
            flush(score, start, k.saturating_sub(1), &mut best);
            start = k + 1;
            score = 0;
            k += 1;
            continue;
        }
        // A contracted negation is one token ("didn't", "won't").
        if t.kind == TokKind::Word && doc.key(k).ends_with("n't") {
            negated_until = k + 3;
            k += 1;
            continue;
        }
        if t.kind == TokKind::Word
            && let Some((v, n)) = doc.phrase_at(lex, k, last + 1)
        {
            if v == 0 {
                negated_until = k + 3;
            } else {
                // "not good" leans against; "not bad" leans nowhere.
                score += match (k <= negated_until, v > 0) {
                    (true, true) => -1,
                    (true, false) => 0,
                    (false, _) => i32::from(v),
                };
            }
            k += n;
            continue;
        }
        k += 1;
    }
    flush(score, start, last, &mut best);
    best
}

/// Verbs that take a stance verb as their infinitive ("continues to
/// support", "decided not to back").
const CATENATIVES: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "continuing",
    "planning",
    "seeking",
    "trying",
    "hoping",
    "pledging",
    "vowing",
    "promising",
    "decide",
    "decides",
    "decided",
    "intend",
    "intends",
    "intended",
    "plan",
    "plans",
    "planned",
    "pledge",
    "pledges",
    "pledged",
    "vow",
    "vows",
    "vowed",
    "promise",
    "promises",
    "promised",
    "choose",
    "chooses",
    "chose",
    "want",
    "wants",
    "wanted",
    "agree",
    "agrees",
    "agreed",
    "seek",
    "seeks",
    "sought",
    "hope",
    "hopes",
    "hoped",
    "try",
    "tries",
    "tried",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
];

/// A word that turns a stance around: "not", "never", "cannot" and the
/// contracted negations ("didn't", "won't").
fn is_negator(key: &str) -> bool {
    is_in(
        &["not", "never", "n't", "no", "cannot", "neither", "nor"],
        key,
    ) || key.ends_with("n't")
}

/// Registers the stance and polarity tables' first words.
pub(crate) fn register_tables(m: &mut super::lexicon::FirstWords) {
    STANCES.register(m);
    POLARITY.register(m);
}

/// A position before ids are given.
#[derive(Debug, Clone)]
pub(crate) struct PositionDraft {
    pub holder: ActorIdx,
    /// The topic's words (its text is read at [`build`]; no span, no
    /// topic).
    pub topic_span: Option<Span>,
    pub stance: Stance,
    pub condition: Option<(ConditionKind, Span)>,
    pub evidence: Span,
    pub statement: Option<usize>,
}

impl Ctx<'_, '_> {
    /// The first token of the clause holding token `i`, within `s0..`.
    fn clause_start(&self, s0: usize, i: usize, owner: Option<usize>) -> usize {
        let floor = match owner {
            Some(d) => {
                let at = self.doc.tokens[i].start as usize;
                self.drafts[d]
                    .content
                    .iter()
                    .find(|c| c.start() <= at && at < c.end())
                    .map_or(s0, |c| self.doc.token_at(c.start()).max(s0))
            }
            None => s0,
        };
        let mut k = i;
        while k > floor {
            let p = k - 1;
            if self.punct(p) && matches!(self.w(p), ";" | ":" | "\u{2014}") {
                break;
            }
            if is_in(
                &[
                    "that", "which", "who", "because", "while", "although", "though", "but",
                    "whereas",
                ],
                self.w(p),
            ) {
                break;
            }
            k = p;
        }
        k
    }
    /// The end (exclusive) of the clause that starts at `i`.
    fn clause_end(&self, i: usize, end: usize, owner: Option<usize>) -> usize {
        let mut k = i;
        while k < end {
            if owner.is_some() && self.owner(k) != owner {
                return k;
            }
            if self.punct(k) && matches!(self.w(k), ";" | ":" | "\u{2014}" | "(" | "." | "!" | "?")
            {
                return k;
            }
            if self.punct(k)
                && self.w(k) == ","
                && k + 1 < end
                && is_in(
                    &[
                        "but", "though", "although", "while", "whereas", "allowing", "which",
                        "who", "and",
                    ],
                    self.w(k + 1),
                )
            {
                return k;
            }
            k += 1;
        }
        end
    }
}

fn trim_end(ctx: &Ctx<'_, '_>, first: usize, mut last: usize) -> usize {
    while last > first && matches!(ctx.doc.tokens[last].kind, TokKind::Punct | TokKind::Quote) {
        last -= 1;
    }
    last
}

/// Finds the positions of `doc`.
pub(crate) fn extract(
    ctx: &Ctx<'_, '_>,
    author: Option<ActorIdx>,
    res: &mut dyn Actors,
) -> Vec<PositionDraft> {
    let (doc, drafts) = (ctx.doc, ctx.drafts);
    let lex = &*STANCES;
    let mut out = Out::new(doc.tokens.len());
    for range in &doc.sentences {
        let (s0, end) = (range.start, range.end);
        let mut i = s0;
        while i < end {
            if doc.tokens[i].kind != TokKind::Word {
                i += 1;
                continue;
            }
            let Some(((stance, frame), n)) = doc.phrase_at(lex, i, end) else {
                i += 1;
                continue;
            };
            if frame == Frame::Not {
                i += n;
                continue;
            }
            // A stance verb after a possessive or an article is a noun
            // ("Her support among millennials", "the backing").
            if frame == Frame::Verb
                && i > s0
                && is_in(
                    &[
                        "his",
                        "her",
                        "their",
                        "its",
                        "our",
                        "my",
                        "the",
                        "a",
                        "an",
                        "'s",
                        "\u{2019}s",
                    ],
                    doc.key(i - 1),
                )
                && !doc.key(i + n - 1).ends_with("for")
            {
                i += n;
                continue;
            }
            let adjective = frame == Frame::Adj;
            let frame = if adjective { Frame::Eval } else { frame };
            let last_cue = i + n - 1;
            // Stance words inside a name ("Rapid Support Forces") are not
            // stances.
            if (i > s0 && doc.is_cap(i))
                || res
                    .mention_at(i)
                    .is_some_and(|(first, last, _)| first < i || last > last_cue)
            {
                i = last_cue + 1;
                continue;
            }
            // An evaluative word inside the evidence of a stance already
            // read belongs to that stance's topic.
            if frame == Frame::Eval && out.taken(doc, doc.span(i, last_cue)) {
                i = last_cue + 1;
                continue;
            }
            // An evaluative adjective before its noun ("vital food",
            // "destabilizing initiatives") qualifies the noun; only a
            // predicate ("is vital") says where the holder stands.
            if adjective
                && last_cue + 1 < end
                && doc.tokens[last_cue + 1].kind == TokKind::Word
                && !doc.is_cap(last_cue + 1)
                && !is_in(&NP_LEFT_BOUNDARY, doc.key(last_cue + 1))
                && !is_in(
                    &["for", "of", "at", "from", "with", "because", "given"],
                    doc.key(last_cue + 1),
                )
            {
                i = last_cue + 1;
                continue;
            }
            let owner = ctx.owner(i);
            // A passive ("was accused of") names the target, not the holder;
            // a need in the writer's voice ("X needs to win") is analysis,
            // not a stance; "in need" is no stance at all.
            let before = if i > s0 { doc.key(i - 1) } else { "" };
            let passive = frame == Frame::Verb
                && doc.key(i).ends_with("ed")
                && is_in(
                    &[
                        "was", "were", "been", "is", "are", "being", "be", "get", "got",
                    ],
                    before,
                );
            let need = is_in(&["need", "needs", "needed"], doc.key(i));
            // "the very need for": a noun after an article and one word.
            let need_noun = doc.key(i) == "need"
                && i >= s0 + 2
                && is_in(&["the", "a", "an", "this", "that", "any"], doc.key(i - 2));
            if passive
                || need_noun
                || (need && (before == "in" || (owner.is_none() && !is_in(&["we", "i"], before))))
            {
                i = last_cue + 1;
                continue;
            }
            let cstart = ctx.clause_start(s0, i, owner);
            // A stance in a relative clause ("partners who oppose
            // terrorism", "those who need it") is the antecedent's, which
            // the clause does not name.
            if frame == Frame::Verb
                && cstart > s0
                && is_in(&["who", "which", "that", "whom"], doc.key(cstart - 1))
                && (cstart..i)
                    .all(|k| is_in(&SKIPPABLE_BEFORE_CUE, doc.key(k)) || is_adverb(doc.key(k)))
            {
                i = last_cue + 1;
                continue;
            }
            let cend = ctx.clause_end(last_cue + 1, end, owner);
            // One holder (most frames) without a vector for it.
            let (one, many): (Option<ActorIdx>, Vec<ActorIdx>) = match frame {
                // "Zelensky warned that Ukraine needs a just peace": what a
                // speaker says someone needs is the speaker's stance.
                Frame::Verb if need && owner.is_some() => {
                    (owner.map(|d| ctx.drafts[d].speaker), Vec::new())
                }
                Frame::Verb => (None, verb_holders(ctx, res, cstart, i, owner, author)),
                Frame::Noun => (noun_holder(ctx, res, cstart, i, owner, author), Vec::new()),
                Frame::Pred => (None, pred_holders(ctx, res, cstart, i, owner, author)),
                Frame::Eval | Frame::Adj => {
                    (eval_holder(ctx, res, cstart, i, owner, author), Vec::new())
                }
                Frame::Not => (None, Vec::new()),
            };
            let holders: &[ActorIdx] = match &one {
                Some(h) => std::slice::from_ref(h),
                None => &many,
            };
            // An evaluative word in a sentence where its holder has already
            // taken a stance ("condemns the launch, which is a brazen
            // violation of ...") only qualifies that stance's topic.
            let sentence_start = doc.tokens[s0].start as usize;
            let already = frame == Frame::Eval
                && out
                    .list
                    .iter()
                    .rev()
                    .take_while(|q| q.evidence.start() >= sentence_start)
                    .any(|q| holders.contains(&q.holder));
            if holders.is_empty() || cend <= last_cue || already {
                i = last_cue + 1;
                continue;
            }
            // Evidence: a short subject, the stance words and the next
            // words of their clause (the shortest text that shows it).
            let ev_first = match frame {
                Frame::Pred | Frame::Eval => cstart.max(i.saturating_sub(8)),
                _ => subject_start(ctx, cstart, i).unwrap_or(i),
            };
            // "We will not support ...": negation turns a stance around.
            let negated = frame == Frame::Verb
                && (i.saturating_sub(3).max(cstart)..i).any(|k| is_negator(doc.key(k)));
            // Not opposing is no support ("They can't blame this on ...",
            // "did not oppose"): no position.
            if negated && stance == Stance::Oppose {
                i = last_cue + 1;
                continue;
            }
            let stance = if negated && stance == Stance::Support {
                Stance::Oppose
            } else {
                stance
            };
            // The evidence stops where a coordinated stance or cue begins
            // ("urge all countries to condemn this launch and call on ...").
            let cap = (cend - 1).min(last_cue + 10);
            let cap = (last_cue + 1..cap)
                .find(|&k| {
                    doc.key(k) == "and"
                        && k + 1 < end
                        && (doc.phrase_at(lex, k + 1, end).is_some()
                            || doc
                                .phrase_at(&super::lexicon::CUES.forms, k + 1, end)
                                .is_some())
                })
                .map_or(cap, |k| k - 1);
            let ev_last = trim_end(ctx, ev_first, cap.max(ev_first));
            let evidence = doc.span(ev_first, ev_last);
            let topic_span = topic(ctx, frame, cstart, i, last_cue, cend);
            let condition = condition(ctx, last_cue + 1, cend);
            for &h in holders {
                push(
                    doc,
                    &mut out,
                    PositionDraft {
                        holder: h,
                        topic_span,
                        stance,
                        condition,
                        evidence,
                        statement: owner,
                    },
                );
            }
            i = last_cue + 1;
        }
    }
    // What a speaker says in words that lean clearly one way.
    polar_positions(ctx, res, author, &mut out);
    // Appeals and demands support what they ask; criticism, accusations
    // and rejections oppose what they target.
    for (k, d) in drafts.iter().enumerate() {
        let stance = match d.act {
            SpeechAct::Appeal | SpeechAct::Demand | SpeechAct::Praise => Stance::Support,
            SpeechAct::Criticism | SpeechAct::Accusation | SpeechAct::Rejection => Stance::Oppose,
            _ => continue,
        };
        let Some(evidence) = d.content.iter().copied().reduce(Span::cover) else {
            continue;
        };
        // "criticize him": too little said to show a stance.
        let words = doc.text[evidence.range()].split_whitespace().count();
        if words < 4 {
            continue;
        }
        let first = doc.token_at(evidence.start());
        let last = doc.token_at(evidence.end()).saturating_sub(1).max(first);
        let topic_last = (first + 7).min(last);
        push(
            doc,
            &mut out,
            PositionDraft {
                holder: d.speaker,
                topic_span: Some(doc.span(first, topic_last)),
                stance,
                condition: None,
                evidence,
                statement: Some(k),
            },
        );
    }
    out.list
}

/// The minimum clause score for a position read from polarity alone.
const POLAR_MIN: i32 = 2;

fn polar_positions(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    author: Option<ActorIdx>,
    out: &mut Out,
) {
    let doc = ctx.doc;
    let add =
        |out: &mut Out, res: &mut dyn Actors, first: usize, last: usize, owner: Option<usize>| {
            let Some((score, a, b)) = clause_polarity(ctx, first, last) else {
                return;
            };
            if score.abs() < POLAR_MIN || b < a + 2 {
                return;
            }
            let Some(holder) = eval_holder(ctx, res, a, b, owner, author) else {
                return;
            };
            let b = trim_end(ctx, a, b.min(a + 24));
            let evidence = doc.span(a, b);
            if out.taken(doc, evidence) {
                return;
            }
            let topic_last = (a + 7).min(b);
            push(
                doc,
                out,
                PositionDraft {
                    holder,
                    topic_span: Some(doc.span(a, topic_last)),
                    stance: if score > 0 {
                        Stance::Support
                    } else {
                        Stance::Oppose
                    },
                    condition: None,
                    evidence,
                    statement: owner,
                },
            );
        };
    for (k, d) in ctx.drafts.iter().enumerate() {
        // What is criticised, praised, rejected or denied is the object of
        // the stance the cue gives, not a clause with a polarity of its own
        // ("criticized long-standing free-trade deals").
        if matches!(
            d.act,
            SpeechAct::Criticism
                | SpeechAct::Praise
                | SpeechAct::Rejection
                | SpeechAct::Denial
                | SpeechAct::Accusation
        ) {
            continue;
        }
        for c in &d.content {
            let first = doc.token_at(c.start());
            let last = doc.token_at(c.end()).saturating_sub(1);
            if last > first && last < doc.tokens.len() {
                add(out, res, first, last, Some(k));
            }
        }
    }
}

/// The positions found so far, with what they cover.
struct Out {
    list: Vec<PositionDraft>,
    /// Tokens some position's evidence covers.
    marks: Vec<bool>,
    /// Evidence spans by holder and stance.
    by_key: std::collections::HashMap<(ActorIdx, Stance), Vec<Span>, super::lexicon::FxBuild>,
}

impl Out {
    fn new(tokens: usize) -> Out {
        Out {
            list: Vec::new(),
            marks: vec![false; tokens],
            by_key: std::collections::HashMap::default(),
        }
    }

    fn tokens(doc: &Doc<'_>, span: Span) -> std::ops::Range<usize> {
        doc.token_at(span.start())..doc.token_at(span.end())
    }

    /// True when some position's evidence covers part of `span`.
    fn taken(&self, doc: &Doc<'_>, span: Span) -> bool {
        Self::tokens(doc, span).any(|i| self.marks.get(i).copied().unwrap_or(false))
    }
}

/// Adds `p` unless the same holder already holds the same stance on
/// overlapping evidence.
fn push(doc: &Doc<'_>, out: &mut Out, p: PositionDraft) {
    if topic_text(doc, p.topic_span).trim().is_empty() {
        return;
    }
    let spans = out.by_key.entry((p.holder, p.stance)).or_default();
    if spans
        .iter()
        .any(|q| q.start() < p.evidence.end() && p.evidence.start() < q.end())
    {
        return;
    }
    spans.push(p.evidence);
    for i in Out::tokens(doc, p.evidence) {
        if let Some(m) = out.marks.get_mut(i) {
            *m = true;
        }
    }
    out.list.push(p);
}

/// Where the subject before the stance words at `cue` starts, when it is
/// short (at most five words after skipping adverbs and auxiliaries).
fn subject_start(ctx: &Ctx<'_, '_>, cstart: usize, cue: usize) -> Option<usize> {
    let doc = ctx.doc;
    let k = verb_head(doc, cstart, cue);
    let mut a = k;
    while a > cstart
        && doc.tokens[a - 1].kind == TokKind::Word
        && !is_in(&NP_LEFT_BOUNDARY, doc.tok(a - 1))
    {
        a -= 1;
    }
    (a < k && k - a <= 5).then_some(a)
}

/// Where the subject of the stance verb at `cue` ends (exclusive): back
/// over adverbs, auxiliaries and verbs taking the stance verb as their
/// infinitive ("continues not to accept").
fn verb_head(doc: &Doc<'_>, cstart: usize, cue: usize) -> usize {
    let mut k = cue;
    loop {
        // Adverbs and auxiliaries: "unequivocally condemn", "has long
        // opposed".
        while k > cstart
            && (is_in(&SKIPPABLE_BEFORE_CUE, doc.key(k - 1)) || is_adverb(doc.key(k - 1)))
        {
            k -= 1;
        }
        // A verb taking the stance verb as its infinitive: "continues
        // (not) to accept", "has decided to back".
        let to = k
            .checked_sub(1)
            .filter(|&t| t > cstart && doc.key(t) == "to");
        let Some(to) = to else { break };
        let mut v = to - 1;
        if is_negator(doc.key(v)) && v > cstart {
            v -= 1;
        }
        if !is_in(CATENATIVES, doc.key(v)) {
            break;
        }
        k = v;
    }
    k
}

/// The holders of a verb stance: the subject(s) before the verb.
fn verb_holders(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    cstart: usize,
    cue: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
) -> Vec<ActorIdx> {
    let doc = ctx.doc;
    let k = verb_head(doc, cstart, cue);
    // "We, the Leaders of the G7, condemn": the author (or the speaker's
    // state) speaking as "we".
    if k > cstart
        && doc.tok(k - 1) == ","
        && let Some(we) = (cstart..k).find(|&j| doc.key(j) == "we")
        && let Some(h) = holder_np(ctx, res, we, we, owner, author)
    {
        return vec![h];
    }
    if k == cstart {
        // No subject in the clause: the speaker, or for a participle after
        // a comma the sentence's subject is unknown here.
        return no_subject_holder(ctx, res, cue, owner, author)
            .into_iter()
            .collect();
    }
    // The subject phrase: back over noun-phrase words, acronyms in
    // parentheses and "and" to a comma or a clause word; "X and Y" gives
    // two holders.
    let last = k - 1;
    let mut first = k;
    while first > cstart {
        let p = first - 1;
        let t = &doc.tokens[p];
        let ok = match t.kind {
            TokKind::Word => {
                !is_in(&NP_LEFT_BOUNDARY, doc.tok(p)) || is_in(&["and", "of"], doc.tok(p))
            }
            TokKind::Punct => matches!(doc.tok(p), "(" | ")" | "-" | "&"),
            _ => false,
        };
        if !ok || last + 1 - p > 14 {
            break;
        }
        first = p;
    }
    if first > last {
        return no_subject_holder(ctx, res, cue, owner, author)
            .into_iter()
            .collect();
    }
    let mut out = Vec::new();
    let mut part_start = first;
    for p in first..=last + 1 {
        let paren = p <= last && doc.tokens[p].kind == TokKind::Punct;
        if paren {
            // "(SAF)": an acronym after a name belongs to it.
            continue;
        }
        if p == last + 1 || (doc.tokens[p].kind == TokKind::Word && is_in(&["and"], doc.tok(p))) {
            if p > part_start
                && let Some(h) = holder_np(ctx, res, part_start, p - 1, owner, author)
                && !out.contains(&h)
            {
                out.push(h);
            }
            part_start = p + 1;
        }
    }
    // "rejects the annexation and supports ...": a verb coordinated after
    // an object has the first verb's subject ("our full solidarity and
    // support": after a possessive's noun, a noun).
    let possessive = (last.saturating_sub(4).max(cstart)..last).any(|j| {
        is_in(
            &["our", "their", "his", "her", "its", "my", "your"],
            doc.key(j),
        )
    });
    if out.is_empty() && is_in(&["and", "but"], doc.key(last)) && !possessive {
        return no_subject_holder(ctx, res, cue, owner, author)
            .into_iter()
            .collect();
    }
    out
}

/// The holder of a stance verb with no subject in its clause: the speaker
/// of the statement it is in, else the subject after a fronted purpose
/// infinitive, else the author of a first-person text.
fn no_subject_holder(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    cue: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
) -> Option<ActorIdx> {
    if let Some(d) = owner {
        return Some(ctx.drafts[d].speaker);
    }
    fronted_purpose_subject(ctx, res, cue).or_else(|| first_person_author(ctx, cue, author))
}

/// "To support a durable end to the fighting, the United States will
/// ...": a purpose infinitive opening its sentence takes the subject named
/// right after its comma.
fn fronted_purpose_subject(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    cue: usize,
) -> Option<ActorIdx> {
    let doc = ctx.doc;
    let sent = doc.tokens.get(cue)?.sent;
    let to = cue.checked_sub(1)?;
    if doc.key(to) != "to" || (to > 0 && doc.tokens[to - 1].sent == sent) {
        return None;
    }
    let comma = (cue + 1..doc.tokens.len())
        .take_while(|&k| doc.tokens[k].sent == sent)
        .find(|&k| doc.tok(k) == ",")?;
    let mut first = comma + 1;
    if first < doc.tokens.len() && doc.key(first) == "the" {
        first += 1;
    }
    let (start, _, actor) = res.mention_at(first)?;
    (start == first).then_some(actor)
}

/// In a text written as "we" by its author (an official statement), a
/// stance with no subject in a sentence whose subject is "we" ("We will
/// strengthen our cooperation, including by continuing to work towards
/// ...") is the author's.
fn first_person_author(
    ctx: &Ctx<'_, '_>,
    cue: usize,
    author: Option<ActorIdx>,
) -> Option<ActorIdx> {
    let doc = ctx.doc;
    let author = author?;
    let sent = doc.tokens.get(cue)?.sent;
    let we = (0..cue)
        .rev()
        .take_while(|&k| doc.tokens[k].sent == sent)
        .any(|k| doc.key(k) == "we");
    we.then_some(author)
}

/// A manner adverb ("unequivocally", "strongly"): lower case, ending in
/// "-ly", and not a noun like "family" or "ally".
fn is_adverb(key: &str) -> bool {
    key.len() > 4
        && key.ends_with("ly")
        && !is_in(
            &[
                "family", "ally", "italy", "rally", "assembly", "supply", "reply", "july",
            ],
            key,
        )
}

/// The actor a subject phrase names, with pronouns resolved.
fn holder_np(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    first: usize,
    last: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
) -> Option<ActorIdx> {
    let doc = ctx.doc;
    let mut last = last;
    // "the Sudanese Armed Forces (SAF)": the name before the acronym.
    if doc.tok(last) == ")"
        && let Some(open) = (first..last).rev().find(|&k| doc.tok(k) == "(")
        && open > first
    {
        last = open - 1;
    }
    if ctx.punct(last) {
        return None;
    }
    let speaker = owner.map(|d| ctx.drafts[d].speaker);
    if first == last {
        match doc.tok(first).to_ascii_lowercase().as_str() {
            "i" => return speaker,
            "we" => {
                return match speaker {
                    Some(s) => res.country_of(s).and_then(|c| res.state_of(c)).or(Some(s)),
                    None => author,
                };
            }
            "he" | "she" | "they" | "it" => return res.resolve_pronoun(doc, first),
            _ => {}
        }
    }
    if (first..=last).any(|i| {
        is_in(
            &["which", "that", "who", "what", "this", "these", "there"],
            doc.tok(i),
        )
    }) {
        return None;
    }
    let h = res.resolve_np(doc, first, last)?;
    Some(h)
}

/// The holder of a noun stance: a possessive before it ("his support",
/// "the Department's commitment"), else the clause's subject.
fn noun_holder(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    cstart: usize,
    cue: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
) -> Option<ActorIdx> {
    let doc = ctx.doc;
    // Skip adjectives back to a possessive.
    let mut k = cue;
    while k > cstart
        && doc.tokens[k - 1].kind == TokKind::Word
        && doc.tok(k - 1).chars().all(char::is_lowercase)
        && !is_in(
            &[
                "his", "her", "its", "their", "our", "my", "has", "have", "had",
            ],
            doc.tok(k - 1),
        )
        && cue - k < 3
    {
        k -= 1;
    }
    if k > cstart {
        let p = k - 1;
        match doc.tok(p).to_ascii_lowercase().as_str() {
            "his" | "her" | "its" | "their" => {
                return res
                    .resolve_pronoun(doc, p)
                    .or(owner.map(|d| ctx.drafts[d].speaker));
            }
            "our" => return holder_np(ctx, res, p, p, owner, author).or(author),
            "my" => return owner.map(|d| ctx.drafts[d].speaker),
            "'s" | "\u{2019}s" if p > cstart => {
                let mut a = p - 1;
                while a > cstart
                    && doc.tokens[a - 1].kind == TokKind::Word
                    && !is_in(&["the", "a", "an"], doc.tok(a - 1))
                    && p - a < 5
                {
                    a -= 1;
                }
                return res.resolve_np(doc, a, p - 1);
            }
            // "Trump has enormous respect for": the subject of "has".
            "has" | "have" | "had" if p > cstart => {
                let hs = verb_holders(ctx, res, cstart, p, owner, author);
                if let Some(&h) = hs.first() {
                    return Some(h);
                }
            }
            _ => {}
        }
    }
    let hs = verb_holders(
        ctx,
        res,
        cstart,
        (cstart..cue)
            .find(|&i| {
                is_in(
                    &[
                        "made",
                        "make",
                        "makes",
                        "expressed",
                        "express",
                        "expresses",
                        "reaffirmed",
                        "reaffirm",
                        "reaffirms",
                        "voiced",
                        "voice",
                        "voices",
                        "declared",
                        "pledged",
                        "offered",
                        "showed",
                        "conveyed",
                        "reiterated",
                        "reiterate",
                        "reiterates",
                    ],
                    doc.tok(i),
                )
            })
            .unwrap_or(cue),
        owner,
        author,
    );
    hs.first().copied().or(owner.map(|d| ctx.drafts[d].speaker))
}

/// The holders of a predicate stance: a subject of the clause's verb that
/// names an actor ("which Kyiv and the West viewed as a blatant violation"),
/// else the speaker, else the author of the text.
fn pred_holders(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    cstart: usize,
    cue: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
) -> Vec<ActorIdx> {
    let doc = ctx.doc;
    // "X viewed/called/described ... as <pred>": the holders are X.
    if let Some(v) = (cstart..cue).find(|&i| {
        is_in(
            &[
                "viewed",
                "views",
                "view",
                "called",
                "calls",
                "described",
                "describes",
                "considered",
                "considers",
                "regards",
                "regarded",
                "saw",
                "sees",
                "branded",
                "labeled",
                "labelled",
                "deemed",
            ],
            doc.tok(i),
        )
    }) && v > cstart
    {
        let hs = verb_holders(ctx, res, cstart, v, owner, author);
        if !hs.is_empty() {
            return hs;
        }
    }
    match owner {
        Some(d) => vec![ctx.drafts[d].speaker],
        None => author.into_iter().collect(),
    }
}

/// The holder of an evaluative word: the speaker of the statement it is
/// in ("we" there is the speaker's state), or the author of the text.
fn eval_holder(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    cstart: usize,
    cue: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
) -> Option<ActorIdx> {
    match owner {
        Some(d) => {
            let speaker = ctx.drafts[d].speaker;
            let we = (cstart..cue).any(|k| is_in(&["we", "our"], ctx.w(k)));
            if we {
                res.country_of(speaker)
                    .and_then(|c| res.state_of(c))
                    .or(Some(speaker))
            } else {
                Some(speaker)
            }
        }
        None => author,
    }
}

/// The topic: the object after a verb or noun stance, the subject before a
/// predicate one; at most eight words.
fn topic(
    ctx: &Ctx<'_, '_>,
    frame: Frame,
    cstart: usize,
    cue: usize,
    last_cue: usize,
    cend: usize,
) -> Option<Span> {
    let doc = ctx.doc;
    let (first, last) = match frame {
        Frame::Pred | Frame::Eval => {
            if cue == cstart {
                (cue, (last_cue + 6).min(cend.saturating_sub(1)).max(cue))
            } else {
                (cstart, cue - 1)
            }
        }
        _ => {
            let mut f = last_cue + 1;
            while f < cend
                && (is_in(
                    &["that", "to", "of", "the", "in", "strongest", "terms"],
                    doc.tok(f),
                ) || ctx.punct(f))
                && f + 1 < cend
            {
                f += 1;
            }
            if f >= cend {
                return None;
            }
            // The topic ends at its clause's first comma, semicolon or dash
            // ("a durable end to the fighting, the United States will"),
            // but not inside a list of names ("the US, Canada and Brazil").
            let last = (f + 7).min(cend - 1);
            let last = (f + 1..=last)
                .find(|&k| {
                    ctx.punct(k)
                        && matches!(doc.tok(k), "," | ";" | "\u{2014}" | "\u{2013}")
                        && !(doc.tok(k) == "," && k + 1 < doc.tokens.len() && doc.is_cap(k + 1))
                })
                .map_or(last, |k| k - 1);
            // ... and before a coordinated stance verb ("rejects the
            // annexation and supports ...").
            let last = (f + 1..=last)
                .find(|&k| {
                    k + 1 < cend
                        && is_in(&["and", "but"], doc.tok(k))
                        && doc
                            .phrase_at(&STANCES, k + 1, cend)
                            .is_some_and(|((_, frame), _)| frame == Frame::Verb)
                })
                .map_or(last, |k| k - 1);
            (f, last)
        }
    };
    if last < first {
        return None;
    }
    let last = trim_end(ctx, first, last);
    Some(doc.span(first, last))
}

/// A condition in the clause after the stance words: "while Putin remains
/// in power", "if ...", "unless ...", "until ...".
fn condition(ctx: &Ctx<'_, '_>, from: usize, end: usize) -> Option<(ConditionKind, Span)> {
    let doc = ctx.doc;
    let k = (from..end).find(|&k| is_in(&["while", "if", "unless", "until"], doc.tok(k)))?;
    let kind = match doc.tok(k).to_ascii_lowercase().as_str() {
        "while" => ConditionKind::While,
        "if" => ConditionKind::If,
        "unless" => ConditionKind::Unless,
        _ => ConditionKind::Until,
    };
    if k + 1 >= end {
        return None;
    }
    let last = trim_end(ctx, k, end - 1);
    Some((kind, doc.span(k, last)))
}

/// The text of a topic (`""` for none).
fn topic_text<'a>(doc: &Doc<'a>, span: Option<Span>) -> &'a str {
    span.and_then(|s| doc.text.get(s.range())).unwrap_or("")
}

/// Turns position drafts into positions with ids.
pub(crate) fn build(
    doc: &Doc<'_>,
    drafts: &[PositionDraft],
    ids: &[Option<crate::model::ActorId>],
    statement_ids: &[Option<crate::model::StatementId>],
) -> Vec<crate::model::Position> {
    use crate::model::{Condition, Position, PositionId};
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let Some(holder) = ids.get(d.holder).copied().flatten() else {
            continue;
        };
        if !super::statements::says_something(doc.text, d.evidence) {
            continue;
        }
        let id = PositionId::new(out.len() as u32 + 1);
        let topic = topic_text(doc, d.topic_span).to_string();
        let mut p = Position::new(id, holder, topic, d.stance, d.evidence);
        if let Some(t) = d.topic_span {
            p = p.with_topic_span(t);
        }
        if let Some((kind, span)) = d.condition {
            p = p.with_condition(Condition::new(kind, span));
        }
        if let Some(Some(s)) = d.statement.and_then(|k| statement_ids.get(k)) {
            p = p.with_statement(*s);
        }
        out.push(p);
    }
    out
}
