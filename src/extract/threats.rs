//! Threats: who threatens what action against whom, under which
//! condition.
//!
//! A threat is an actor's own announced harmful action: "threatened to
//! impose tariffs", "is prepared to reduce military aid", "will come with
//! consequences for the Taliban", "stand ready to take further measures".
//! The stage reads `data/threats.tsv`: cues that introduce an action
//! (strong ones whatever follows, modal ones only before a listed action),
//! actions with their kinds, whole threatening phrases, and conditions.
//!
//! The issuer is the subject of the threatening clause. Inside a statement
//! the subject must be the speaker, the speaker's own state ("we", "Russia"
//! in a Kremlin statement) or absent ("vowed to retaliate"); a prediction
//! about someone else is not a threat. Outside statements, a first-person
//! official text ("We will ...") threatens on behalf of its author.
//!
//! A penalty the subject will suffer ("Russia will pay a heavy price",
//! "would face severe consequences", "there will be consequences") is
//! the speaker's threat, and the subject is its target. A date may stand
//! between a cue and its "to" ("threatened Tuesday to"); a measure may
//! carry modifiers ("take firm countermeasures").

use once_cell::sync::Lazy;

use super::context::Ctx;
use super::doc::{Doc, TokKind};
use super::lexicon::{Phrases, table};
use super::statements::{ActorIdx, Resolver};
use super::words::*;
use crate::model::{ActionKind, ActorKind, ConditionKind, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Strong,
    Modal,
    /// A cue before a noun of harm ("threatened more attacks").
    Noun,
    /// A cue before a penalty ("warned of consequences").
    Warn,
    Action(ActionKind),
    Whole(ActionKind),
    /// A penalty the clause's subject will suffer ("Russia will pay a
    /// heavy price", "there will be consequences"): found by
    /// [`penalty_at`], not in the cue table.
    Penalty(ActionKind),
}

struct Lexicon {
    cues: Phrases<Word>,
    actions: Phrases<ActionKind>,
    conditions: Phrases<ConditionKind>,
    /// The verbs of the cues "VERB to" ("threatened to", "vowed to"),
    /// with the cue's word.
    split_verbs: Vec<(String, Word)>,
    /// Head nouns of penalties ("consequences", "price").
    penalties: Phrases<ActionKind>,
    /// Head nouns of harmful acts a noun cue threatens ("attacks").
    harms: Phrases<ActionKind>,
    /// Head nouns of measures that are threats with their modifiers
    /// ("take firm countermeasures", "impose sweeping sanctions").
    measures: Phrases<ActionKind>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut lex = Lexicon {
        cues: Phrases::tagged(table::THREAT_CUES),
        actions: Phrases::tagged(table::THREAT_ACTIONS),
        conditions: Phrases::tagged(table::CONDITIONS),
        penalties: Phrases::default(),
        measures: Phrases::default(),
        harms: Phrases::default(),
        split_verbs: Vec::new(),
    };
    for line in include_str!("../../data/threats.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(phrase), Some(class), Some(value)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        match (class, value) {
            ("cue", value) => {
                let word = match value {
                    "strong" => Word::Strong,
                    "noun" => Word::Noun,
                    "penalty" => Word::Warn,
                    _ => Word::Modal,
                };
                lex.cues.insert(phrase, word);
                if let Some(verb) = phrase.strip_suffix(" to")
                    && !verb.contains(' ')
                    && matches!(word, Word::Strong | Word::Modal)
                {
                    lex.split_verbs.push((verb.to_owned(), word));
                }
            }
            ("action", k) => {
                if let Ok(k) = k.parse() {
                    lex.actions.insert(phrase, k);
                    lex.cues.insert(phrase, Word::Action(k));
                }
            }
            ("whole", k) => {
                if let Ok(k) = k.parse() {
                    lex.cues.insert(phrase, Word::Whole(k));
                }
            }
            ("condition", k) => {
                if let Ok(k) = k.parse() {
                    lex.conditions.insert(phrase, k);
                }
            }
            ("penalty" | "harm" | "measure", k) => {
                let table = match class {
                    "penalty" => &mut lex.penalties,
                    "harm" => &mut lex.harms,
                    _ => &mut lex.measures,
                };
                if let Ok(k) = k.parse() {
                    table.insert(phrase, k);
                }
            }
            _ => {}
        }
    }
    lex
});

/// Registers the threat tables' first words.
pub(crate) fn register_tables(m: &mut super::lexicon::FirstWords) {
    LEXICON.cues.register(m);
    LEXICON.actions.register(m);
    LEXICON.conditions.register(m);
}

/// A threat before ids are given.
#[derive(Debug, Clone)]
pub(crate) struct ThreatDraft {
    pub issuer: ActorIdx,
    pub targets: Vec<ActorIdx>,
    pub action: Span,
    pub kind: ActionKind,
    pub condition: Option<(ConditionKind, Span)>,
    pub evidence: Span,
    /// Index of the statement draft it was made in.
    pub statement: Option<usize>,
}

/// What the threat stage needs besides the statement resolver.
pub(crate) trait Actors: Resolver {
    /// The country of an actor.
    fn country_of(&self, idx: ActorIdx) -> Option<crate::model::CountryCode>;
    /// The state actor of a country, added to the set if the text did not
    /// name it.
    fn state_of(&mut self, country: crate::model::CountryCode) -> Option<ActorIdx>;
}

/// The author of a first-person official text: the state or organisation
/// that is the subject of its first sentence in the present tense ("The
/// United States condemns ..."), when the text speaks as "we" outside
/// quotations.
pub(crate) fn author(ctx: &Ctx<'_, '_>, res: &mut dyn Actors) -> Option<ActorIdx> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let first_person = (0..n).any(|i| {
        doc.tokens[i].kind == TokKind::Word
            && is_in(&["we", "our", "us"], doc.tok(i))
            && ctx.owner(i).is_none()
    });
    if !first_person {
        return None;
    }
    // "We, the Leaders of the G7, ...": the appositive names the author.
    for i in 0..n.saturating_sub(2) {
        if doc.tok(i).eq_ignore_ascii_case("we") && doc.tok(i + 1) == "," && ctx.owner(i).is_none()
        {
            for k in i + 2..(i + 10).min(n) {
                if doc.tok(k) == "," {
                    break;
                }
                if let Some((_, _, a)) = res.mention_at(k)
                    && matches!(
                        res.kind(a),
                        ActorKind::State | ActorKind::Organization | ActorKind::Group
                    )
                {
                    return Some(a);
                }
            }
        }
    }
    // The first sentence that opens with a state or organisation and a
    // verb of the author's voice ("The United States condemns ...", "The
    // UK continues not to accept ...").
    for range in &doc.sentences {
        let range = range.clone();
        if range.is_empty() {
            continue;
        }
        let start = if doc.tok(range.start).eq_ignore_ascii_case("the") {
            range.start + 1
        } else {
            range.start
        };
        if let Some((first, last, a)) = res.mention_at(start)
            && matches!(res.kind(a), ActorKind::State | ActorKind::Organization)
            && first == start
            && last + 1 < range.end
            && ctx.owner(start).is_none()
        {
            let mut v = last + 1;
            while v + 1 < range.end
                && is_in(
                    &[
                        "also",
                        "strongly",
                        "firmly",
                        "again",
                        "fully",
                        "unequivocally",
                        "categorically",
                        "once",
                    ],
                    doc.tok(v),
                )
            {
                v += 1;
            }
            if is_author_verb(doc.tok(v)) {
                return Some(a);
            }
        }
    }
    None
}

/// Verbs an official text uses of its author in the third person.
fn is_author_verb(w: &str) -> bool {
    // (`is_in` compares in any ASCII case.)
    if is_in(
        &[
            "will",
            "stands",
            "remains",
            "continues",
            "joins",
            "takes",
            "recognizes",
            "recognises",
            "notes",
            "regrets",
            "looks",
            "calls",
            "urges",
            "reaffirms",
            "condemns",
            "welcomes",
            "supports",
            "strongly",
            "deplores",
            "rejects",
            "expresses",
            "applauds",
            "commends",
            "demands",
            "insists",
            "reiterates",
            "emphasizes",
            "emphasises",
            "stresses",
            "underscores",
            "affirms",
            "believes",
            "opposes",
            "denounces",
            "encourages",
            "hopes",
            "is committed",
            "remains committed",
        ],
        w,
    ) {
        return true;
    }
    false
}

/// Finds the threats of `doc`.
pub(crate) fn extract(
    ctx: &Ctx<'_, '_>,
    author: Option<ActorIdx>,
    res: &mut dyn Actors,
) -> Vec<ThreatDraft> {
    let doc = ctx.doc;
    let lex = &*LEXICON;
    let mut out: Vec<ThreatDraft> = Vec::new();
    let cues_bit = lex.cues.bit();
    for range in &doc.sentences {
        let (s0, end) = (range.start, range.end);
        let mut i = s0;
        while i < end {
            let t = doc.tokens[i];
            // Most words start no cue and are not "there": out at once.
            let starts_cue = doc.starts.get(i).is_some_and(|f| f.tables & cues_bit != 0);
            let there = || t.end - t.start == 5 && doc.key(i) == "there";
            if t.kind != TokKind::Word || !(starts_cue || there()) {
                i += 1;
                continue;
            }
            let Some((word, cue_last)) = penalty_at(ctx, i, end)
                .map(|(k, last)| (Word::Penalty(k), last))
                .or_else(|| match doc.phrase_at(&lex.cues, i, end) {
                    // "threatened Tuesday to ...", not a noun of harm.
                    Some((Word::Noun, n)) => {
                        split_cue(doc, i, end).or(Some((Word::Noun, i + n - 1)))
                    }
                    Some((w, n)) => Some((w, i + n - 1)),
                    None => split_cue(doc, i, end),
                })
            else {
                i += 1;
                continue;
            };
            let found = match word {
                Word::Strong | Word::Modal => {
                    read_action(ctx, cue_last + 1, end, word == Word::Strong).map(|acts| (acts, i))
                }
                Word::Noun | Word::Warn => {
                    harm_np(ctx, cue_last + 1, end, word == Word::Noun).map(|(kind, last)| {
                        let first = cue_last + 1;
                        let mut stop = clause_end(ctx, last, end);
                        while stop > last + 1 && ctx.punct(stop - 1) {
                            stop -= 1;
                        }
                        (vec![(doc.span(first, stop - 1), kind, first, stop)], i)
                    })
                }
                // An action named right after a subject ("Trump called for
                // steep new tariffs" is read from its cue; a bare action
                // with no cue is not a threat).
                Word::Action(_) => None,
                Word::Whole(kind) | Word::Penalty(kind) => {
                    // (A penalty ends on its noun: "... price if ...".)
                    let from = if matches!(word, Word::Penalty(_)) {
                        cue_last
                    } else {
                        cue_last + 1
                    };
                    let stop = clause_end(ctx, from, end);
                    Some((
                        vec![(
                            Span::ordered(
                                doc.tokens[i].start as usize,
                                doc.tokens[stop - 1].end as usize,
                            ),
                            kind,
                            i,
                            stop,
                        )],
                        i,
                    ))
                }
            };
            let Some((actions, cue_first)) = found else {
                i += 1;
                continue;
            };
            let owner = ctx.owner(cue_first);
            let whole = matches!(word, Word::Whole(_) | Word::Penalty(_));
            if let Some((issuer, subject, sufferer)) =
                issuer(ctx, res, s0, cue_first, owner, author, word)
            {
                for (action, kind, a_first, a_last) in actions {
                    let condition =
                        condition(ctx, s0, end, owner, whole.then_some(subject).flatten());
                    let mut targets = targets(ctx, res, a_first, a_last.min(end), issuer, owner);
                    // "Russia will pay a heavy price": the subject suffers.
                    if let Some(x) = sufferer {
                        targets.retain(|&t| t != x);
                        targets.insert(0, x);
                    }
                    // "unless Iran stops ...": with no one named in the
                    // action, the one the condition is about.
                    if targets.is_empty()
                        && let Some((_, c)) = condition
                    {
                        let c_first = doc.token_at(c.start());
                        let c_end = doc.tokens.partition_point(|t| (t.start as usize) < c.end());
                        // (Its subject: the first actor it names.)
                        targets = self::targets(ctx, res, c_first, c_end, issuer, owner);
                        targets.truncate(1);
                    }
                    // "warned of consequences for the economy" is no
                    // threat; "warned of consequences if ..." is one.
                    if word == Word::Warn
                        && (res.kind(issuer) == ActorKind::Group
                            || (condition.is_none() && targets.is_empty()))
                    {
                        continue;
                    }
                    let mut evidence = doc.span(cue_first, a_last.saturating_sub(1).max(cue_first));
                    if let Some((_, c)) = condition {
                        evidence = evidence.cover(c);
                    }
                    if !out.iter().any(|t| t.action == action) {
                        out.push(ThreatDraft {
                            issuer,
                            targets,
                            action,
                            kind,
                            condition,
                            evidence,
                            statement: owner,
                        });
                    }
                }
            }
            i = cue_last + 1;
        }
    }
    out
}

/// Modal verbs before a penalty.
const PENALTY_MODALS: &[&str] = &["will", "would", "'ll", "shall", "could"];

/// A penalty phrase at token `i`: a modal, a verb of suffering and a
/// penalty noun with up to three modifiers ("will face severe economic
/// consequences", "would pay a heavy price", "will pay dearly"), or "there
/// will be" and a penalty noun ("there would be serious consequences").
/// Returns the penalty's kind and its last token.
fn penalty_at(ctx: &Ctx<'_, '_>, i: usize, end: usize) -> Option<(ActionKind, usize)> {
    let doc = ctx.doc;
    // (The caller calls only at a word that starts a threat cue, as every
    // modal does, or at "there".)
    let there = doc.key(i) == "there";
    let mut k = i + usize::from(there);
    if k >= end || !is_in(PENALTY_MODALS, doc.key(k)) {
        return None;
    }
    k += 1;
    while k < end
        && is_in(
            &["also", "certainly", "surely", "definitely", "then"],
            doc.key(k),
        )
    {
        k += 1;
    }
    if k >= end {
        return None;
    }
    if there {
        if !ctx.is(k, "be") {
            return None;
        }
    } else if !is_in(&["face", "pay", "suffer", "incur", "bear"], doc.key(k)) {
        return None;
    } else if ctx.is(k, "pay") && k + 1 < end && ctx.is(k + 1, "dearly") {
        return Some((ActionKind::Unspecified, k + 1));
    }
    let lex = &*LEXICON;
    for h in k + 1..(k + 5).min(end) {
        if doc.tokens[h].kind != TokKind::Word {
            return None;
        }
        if let Some((kind, n)) = doc.phrase_at(&lex.penalties, h, end) {
            return Some((kind, h + n - 1));
        }
        if is_in(
            &[
                "that", "which", "who", "if", "unless", "for", "to", "of", "and", "or",
            ],
            doc.key(h),
        ) {
            return None;
        }
    }
    None
}

/// A measure named with modifiers after "take" or "impose" ("take firm
/// countermeasures", "impose sweeping new sanctions", "take resolute and
/// forceful measures"): its kind and word count. A general measure
/// ("measures", "action", "steps") needs a forceful modifier.
fn measure_at(ctx: &Ctx<'_, '_>, j: usize, end: usize) -> Option<(ActionKind, usize)> {
    if !is_in(&["take", "impose", "adopt", "slap"], ctx.doc.key(j)) {
        return None;
    }
    modified_head(ctx, j + 1, end, Heads::Measures).map(|(kind, last)| (kind, last + 1 - j))
}

/// The head nouns [`modified_head`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heads {
    /// Measures only ("countermeasures", "sanctions").
    Measures,
    /// Penalties only ("consequences").
    Penalties,
    /// Penalties, harmful acts ("attacks") and measures.
    Harms,
}

/// A head noun of `heads` after up to four modifiers from token `h`;
/// a general measure ("measures", "action", "steps") needs a forceful
/// modifier. Returns its kind and its last token.
fn modified_head(
    ctx: &Ctx<'_, '_>,
    mut h: usize,
    end: usize,
    heads: Heads,
) -> Option<(ActionKind, usize)> {
    let doc = ctx.doc;
    let lex = &*LEXICON;
    let mut forceful = false;
    let limit = (h + 5).min(end);
    while h < limit {
        if doc.tokens[h].kind != TokKind::Word {
            return None;
        }
        if heads != Heads::Measures
            && let Some((kind, n)) = doc.phrase_at(&lex.penalties, h, end)
        {
            return Some((kind, h + n - 1));
        }
        if heads == Heads::Harms
            && let Some((kind, n)) = doc.phrase_at(&lex.harms, h, end)
        {
            return Some((kind, h + n - 1));
        }
        if heads != Heads::Penalties
            && let Some((kind, n)) = doc.phrase_at(&lex.measures, h, end)
        {
            let general = kind == ActionKind::Unspecified
                && is_in(&["measures", "action", "actions", "steps"], doc.key(h));
            return (!general || forceful).then_some((kind, h + n - 1));
        }
        if is_in(FORCEFUL, doc.key(h)) {
            forceful = true;
        } else if doc.is_cap(h) || is_in(MEASURE_STOPS, doc.key(h)) {
            return None;
        }
        h += 1;
    }
    None
}

/// Words that end the modifiers before a measure: "take the country
/// back to ...", "impose order on ...".
const MEASURE_STOPS: &[&str] = &[
    "to", "on", "in", "at", "for", "from", "of", "with", "against", "by", "that", "which", "who",
    "if", "unless", "until", "place", "part", "care", "note", "office", "power", "control",
];

/// The noun phrase of harm after a noun cue, from token `j`: up to four
/// modifiers and a penalty ("unspecified consequences"), or with `any` a
/// measure or a harmful act too ("more attacks", "steep tariffs"), also
/// after an object and "with" ("Mexico with tariffs"). Returns its kind
/// and its head's last token.
fn harm_np(ctx: &Ctx<'_, '_>, j: usize, end: usize, any: bool) -> Option<(ActionKind, usize)> {
    let doc = ctx.doc;
    let mut h = j;
    // "threatened Mexico with tariffs".
    if any && h < end && doc.is_cap(h) {
        let mut k = h;
        while k < end && k < h + 4 && doc.is_cap(k) {
            k += 1;
        }
        if k + 1 < end && ctx.is(k, "with") {
            h = k + 1;
        } else {
            return None;
        }
    }
    modified_head(
        ctx,
        h,
        end,
        if any { Heads::Harms } else { Heads::Penalties },
    )
}

/// Modifiers that make a general measure a threat ("firm measures").
const FORCEFUL: &[&str] = &[
    "firm",
    "resolute",
    "forceful",
    "strong",
    "tough",
    "decisive",
    "necessary",
    "punitive",
    "retaliatory",
    "reciprocal",
    "harsh",
    "severe",
    "swift",
    "military",
    "drastic",
    "countervailing",
    "stern",
    "robust",
];

/// A cue "VERB to" split by a time adjunct ("threatened Tuesday to",
/// "vowed on Sunday to"): its word and the index of its "to".
fn split_cue(doc: &Doc<'_>, i: usize, end: usize) -> Option<(Word, usize)> {
    if i + 2 >= end || doc.tokens[i + 1].kind != TokKind::Word || doc.key(i + 1) == "to" {
        return None;
    }
    let key = doc.key(i);
    let &(_, word) = LEXICON.split_verbs.iter().find(|(v, _)| v == key)?;
    let k = doc.time_adjunct_end(i + 1, end)?;
    (k < end && doc.key(k) == "to").then_some((word, k))
}

/// The action(s) after a cue: a listed action (or, after a strong cue,
/// any verb phrase), to the end of its clause; "X and Y" with two listed
/// actions gives two. Returns (action span, kind, first token, end token).
fn read_action(
    ctx: &Ctx<'_, '_>,
    from: usize,
    end: usize,
    strong: bool,
) -> Option<Vec<(Span, ActionKind, usize, usize)>> {
    let lex = &*LEXICON;
    let mut j = from;
    // Adverbs between the cue and the action ("will also impose", "would
    // immediately"), and "be forced to"; not the start of a listed action
    // ("further measures").
    while j < end
        && ctx.doc.phrase_at(&lex.actions, j, end).is_none()
        && is_in(
            &[
                "also",
                "immediately",
                "further",
                "then",
                "quickly",
                "soon",
                "swiftly",
                "again",
                "even",
                "be",
                "forced",
                "to",
                "seriously",
                "now",
            ],
            ctx.w(j),
        )
    {
        j += 1;
    }
    if j >= end || ctx.punct(j) {
        return None;
    }
    // A negated action is no threat ("will not attack"), except the listed
    // negative ones ("not support").
    let action_at = |k: usize| {
        ctx.doc
            .phrase_at(&lex.actions, k, end)
            .or_else(|| measure_at(ctx, k, end))
    };
    if is_in(&["not", "never", "n't"], ctx.w(j)) && action_at(j).is_none() {
        return None;
    }
    let mut out = Vec::new();
    let mut start = j;
    // "fight for them", "fight on", "pledged to act as well", "respond to
    // requests": no harm to anyone is named.
    if harmless_use(ctx, j, end) {
        return None;
    }
    let mut kind = match action_at(j) {
        Some((k, n)) => {
            // "would leave it at 35 percent": leaving is a threat only when
            // what is left is an alliance, a treaty or an agreement.
            if k == ActionKind::WithdrawFromAlliance
                && n <= 3
                && !names_a_pact(ctx, j + 1, clause_end(ctx, j, end))
            {
                return None;
            }
            k
        }
        None if strong => ActionKind::Other,
        None => return None,
    };
    let stop = clause_end(ctx, j, end);
    let mut k = j + 1;
    while k < stop {
        // "reduce aid to Ukraine and withdraw the U.S. from NATO".
        if ctx.is(k, "and")
            && k + 1 < stop
            && let Some((k2, _)) = action_at(k + 1)
        {
            out.push((ctx.doc.span(start, k - 1), kind, start, k));
            start = k + 1;
            kind = k2;
        }
        k += 1;
    }
    let mut last = stop - 1;
    // "take further measures now and [in response to ...]".
    while last > start && (ctx.punct(last) || is_in(&["and", "or", "now", "then"], ctx.w(last))) {
        last -= 1;
    }
    out.push((ctx.doc.span(start, last), kind, start, last + 1));
    Some(out)
}

/// True when the action word at `j` is used in a way that harms no one:
/// "fight" for, on or back, a bare "act" ("pledged to act as well"),
/// "respond to" a request or a question.
fn harmless_use(ctx: &Ctx<'_, '_>, j: usize, end: usize) -> bool {
    let next = |k: usize| if j + k < end { ctx.w(j + k) } else { "" };
    match ctx.doc.key(j) {
        "fight" => is_in(
            &[
                "for", "on", "back", "to", "hard", "harder", "it", "this", "that",
            ],
            next(1),
        ),
        "act" => {
            !is_in(
                &[
                    "against",
                    "if",
                    "unless",
                    "should",
                    "decisively",
                    "to",
                    "swiftly",
                    "militarily",
                    "accordingly",
                    "",
                ],
                next(1),
            ) && !ctx.punct(j + 1)
        }
        "respond" => {
            next(1).eq_ignore_ascii_case("to")
                && (j + 2..(j + 5).min(end)).any(|k| {
                    is_in(
                        &[
                            "request",
                            "requests",
                            "question",
                            "questions",
                            "inquiry",
                            "inquiries",
                            "queries",
                            "concerns",
                            "calls",
                            "letter",
                            "letters",
                            "emails",
                            "comments",
                            "criticism",
                            "invitation",
                        ],
                        ctx.w(k),
                    )
                })
        }
        _ => false,
    }
}

/// True when tokens `from..end` name something one can withdraw from: a
/// capitalised name (NATO, the EU, the Paris Agreement) or a pact word.
fn names_a_pact(ctx: &Ctx<'_, '_>, from: usize, end: usize) -> bool {
    (from..end.min(from + 6)).any(|k| {
        ctx.doc.is_cap(k)
            || is_in(
                &[
                    "treaty",
                    "agreement",
                    "accord",
                    "deal",
                    "alliance",
                    "pact",
                    "union",
                    "talks",
                    "negotiations",
                    "organization",
                    "organisation",
                    "coalition",
                    "convention",
                    "council",
                ],
                ctx.doc.key(k),
            )
    })
}

/// Where the clause that starts at `from` ends: before a comma, a
/// semicolon, a condition or a subordinate clause.
fn clause_end(ctx: &Ctx<'_, '_>, from: usize, end: usize) -> usize {
    let lex = &*LEXICON;
    let mut k = from;
    while k < end {
        if ctx.punct(k) && matches!(ctx.w(k), "," | ";" | ":" | "(" | "\u{2014}" | "\u{2013}") {
            return k;
        }
        if ctx.doc.tokens[k].kind == TokKind::Quote && k > from {
            return k;
        }
        if k > from
            && is_in(
                &[
                    "if", "unless", "until", "because", "while", "whereas", "although", "though",
                    "but", "so", "which", "who",
                ],
                ctx.w(k),
            )
        {
            return k;
        }
        if k > from + 1 && ctx.doc.phrase_at(&lex.conditions, k, end).is_some() {
            return k;
        }
        k += 1;
    }
    end
}

/// True when the phrase at `a` names an event that may happen ("Any
/// attack", "an attack on Goma", "further provocations"), not one that has
/// ("This decision", "the launch"): only the first makes a condition.
fn hypothetical(doc: &Doc<'_>, a: usize) -> bool {
    !is_in(
        &[
            "this", "that", "these", "those", "the", "its", "their", "his", "her", "our",
        ],
        doc.key(a),
    )
}

/// Nouns for events and things: as subjects of "threatens to" they say
/// what may happen, not what anyone will do.
const THING_SUBJECTS: &[&str] = &[
    "debate",
    "debates",
    "primary",
    "primaries",
    "election",
    "elections",
    "crisis",
    "storm",
    "war",
    "conflict",
    "scandal",
    "issue",
    "move",
    "decision",
    "plan",
    "bill",
    "law",
    "situation",
    "fighting",
    "violence",
    "virus",
    "outbreak",
    "pandemic",
    "fire",
    "flood",
    "dispute",
    "row",
    "case",
    "vote",
    "result",
    "results",
    "ruling",
    "policy",
    "shutdown",
    "deal",
    "report",
    "controversy",
    "recession",
    "slump",
    "tensions",
    "standoff",
    "protests",
    "strike",
    "strikes",
    "inflation",
    "drought",
    "shortage",
    "collapse",
    "spat",
    "feud",
    "race",
    "campaign",
    "investigation",
    "probe",
    "trial",
    "lawsuit",
    "measure",
    "proposal",
];

/// The issuer of a threat whose cue starts at `cue`; the subject's span
/// when the subject is not an actor (for whole phrases, the event that
/// triggers the threat: "an attack on Goma would provoke ..."); and, for
/// a penalty, the actor that will suffer it.
fn issuer(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    s0: usize,
    cue: usize,
    owner: Option<usize>,
    author: Option<ActorIdx>,
    word: Word,
) -> Option<(ActorIdx, Option<Span>, Option<ActorIdx>)> {
    let whole = matches!(word, Word::Whole(_) | Word::Penalty(_));
    let penalty = matches!(word, Word::Penalty(_));
    let doc = ctx.doc;
    // The clause start: the statement's content start, or the sentence's.
    let clause_start = match owner {
        Some(d) => {
            let c = ctx.drafts[d].content.iter().find(|c| {
                let at = doc.tokens[cue].start as usize;
                c.start() <= at && at < c.end()
            })?;
            doc.token_at(c.start())
        }
        None => s0,
    };
    // The subject: the words before the cue, after the last comma or
    // conjunction of the clause.
    let mut k = cue;
    while k > clause_start
        && is_in(
            &[
                "also",
                "has",
                "have",
                "had",
                "once",
                "again",
                "now",
                "still",
                "long",
                "repeatedly",
                "previously",
            ],
            doc.tok(k - 1),
        )
    {
        k -= 1;
    }
    let mut a = k;
    while a > clause_start {
        let p = a - 1;
        let t = &doc.tokens[p];
        if t.kind != TokKind::Word
            || is_in(
                &[
                    "that", "and", "but", "if", "when", "while", "because", "then", "so",
                ],
                doc.tok(p),
            )
        {
            break;
        }
        a = p;
        if k - a > 10 {
            break;
        }
    }
    // "a debate that threatened to make or break campaigns", "the primary
    // threatens to knock them out": a thing that threatens only risks.
    // The head noun ends before a preposition ("the primary in Ohio").
    let head = if a == k && k > clause_start && is_in(&["that", "which"], doc.tok(k - 1)) {
        k.checked_sub(2)
    } else {
        (a < k).then(|| {
            (a + 1..k)
                .find(|&i| is_in(&["in", "of", "at", "for", "from", "on", "over"], doc.key(i)))
                .unwrap_or(k)
                - 1
        })
    };
    // (The subject of a whole phrase, "This decision will come with
    // consequences", is what triggers it.)
    if !whole && head.is_some_and(|h| h >= s0 && is_in(THING_SUBJECTS, doc.key(h))) {
        return None;
    }
    let speaker = owner.map(|d| ctx.drafts[d].speaker);
    let speaker_state = speaker
        .and_then(|s| res.country_of(s))
        .and_then(|c| res.state_of(c));
    // The threat cue is itself a statement's cue ("Roe, the president,
    // threatened to ..."): its speaker, as the statement stage read it.
    if owner.is_none() {
        // Drafts are in text order of their cues.
        let k = ctx.drafts.partition_point(|d| d.cue.0 <= cue);
        if let Some(d) = k.checked_sub(1).map(|k| &ctx.drafts[k])
            && d.cue.0 <= cue
            && cue <= d.cue.1
        {
            return Some((d.speaker, None, None));
        }
    }
    if a == k {
        // No subject: "vowed to retaliate" inside a statement, or a
        // to-infinitive content ("urged X to ..." is the addressee's, not
        // the speaker's).
        return match owner {
            Some(d) if !ctx.drafts[d].addressees.is_empty() => None,
            Some(_) => speaker.map(|s| (s, None, None)),
            None => None,
        };
    }
    let last = k - 1;
    let subject_span = doc.span(a, last);
    let pronoun = (a == last).then(|| doc.tok(a).to_ascii_lowercase());
    let resolved = match pronoun.as_deref() {
        Some("i") => speaker,
        Some("we" | "us") => match owner {
            Some(_) => speaker_state.or(speaker),
            None => author,
        },
        Some("he" | "she" | "they" | "it") => res.resolve_pronoun(doc, a),
        _ => res.resolve_np(doc, a, last),
    };
    let same = |res: &mut dyn Actors, x: ActorIdx| {
        // Inside a statement: the speaker's own threat, or their side's:
        // their state, or someone of the same state ("President Biden will
        // act to ..." in a Pentagon spokesman's statement).
        Some(x) == speaker
            || Some(x) == speaker_state
            || (matches!(res.kind(x), ActorKind::State | ActorKind::Person)
                && res.country_of(x).is_some()
                && res.country_of(x) == speaker.and_then(|s| res.country_of(s)))
    };
    match (owner, resolved) {
        // "Russia will pay a heavy price", said by another: the speaker
        // threatens, the subject suffers.
        (Some(_), Some(x)) if penalty => (!same(res, x) && res.kind(x) != ActorKind::Group)
            .then_some(speaker.map(|s| (s, None, Some(x))))
            .flatten(),
        // "Consumers will pay the price" is a prediction; "anyone who
        // attacks us will pay dearly" a threat.
        (_, None)
            if penalty
                && !is_in(
                    &[
                        "any", "anyone", "anybody", "whoever", "those", "they", "you",
                    ],
                    doc.key(a),
                ) =>
        {
            None
        }
        (Some(_), Some(x)) => same(res, x).then_some((x, None, None)),
        (Some(_), None) if whole => speaker_state
            .or(speaker)
            .map(|s| (s, hypothetical(doc, a).then_some(subject_span), None)),
        (None, Some(x)) if penalty => author
            .filter(|&s| s != x && res.kind(x) != ActorKind::Group)
            .map(|s| (s, None, Some(x))),
        (None, Some(x)) => match res.kind(x) {
            ActorKind::Group => None,
            _ => Some((x, None, None)),
        },
        (None, None) if whole => {
            author.map(|s| (s, hypothetical(doc, a).then_some(subject_span), None))
        }
        _ => None,
    }
}

/// The condition of a threat: a condition phrase in its clause (inside the
/// statement's content when it has one), or the triggering event of a
/// whole phrase.
fn condition(
    ctx: &Ctx<'_, '_>,
    s0: usize,
    end: usize,
    owner: Option<usize>,
    trigger: Option<Span>,
) -> Option<(ConditionKind, Span)> {
    let lex = &*LEXICON;
    let doc = ctx.doc;
    let mut k = s0;
    while k < end {
        if owner.is_some() && ctx.owner(k) != owner {
            k += 1;
            continue;
        }
        if let Some((kind, n)) = doc.phrase_at(&lex.conditions, k, end) {
            // "should" and "while" open conditions only at a clause start.
            let clause_start =
                k == s0 || ctx.punct(k - 1) || ctx.doc.tokens[k - 1].kind == TokKind::Quote;
            let weak = matches!(
                doc.tok(k).to_ascii_lowercase().as_str(),
                "should" | "while" | "otherwise"
            );
            if weak && !clause_start {
                k += n;
                continue;
            }
            let last = if kind == ConditionKind::IfNecessary {
                k + n - 1
            } else {
                let stop = clause_end(ctx, k + n, end);
                let mut l = stop.saturating_sub(1).max(k);
                while l > k && ctx.punct(l) {
                    l -= 1;
                }
                l
            };
            return Some((kind, doc.span(k, last)));
        }
        k += 1;
    }
    trigger.map(|s| (ConditionKind::If, s))
}

/// The targets: actors named in the action (after "to", "on", "against",
/// "from", "for", or as its object), not the issuer or the issuer's state.
fn targets(
    ctx: &Ctx<'_, '_>,
    res: &mut dyn Actors,
    first: usize,
    end: usize,
    issuer: ActorIdx,
    owner: Option<usize>,
) -> Vec<ActorIdx> {
    let issuer_state = res.country_of(issuer).and_then(|c| res.state_of(c));
    let speaker = owner.map(|d| ctx.drafts[d].speaker);
    let mut out = Vec::new();
    let mut k = first;
    // "to ensure the security of the American homeland and defend South
    // Korea": who is protected or supported is no target.
    let beneficiary = |m: usize| {
        (m.saturating_sub(3).max(first)..m).any(|i| {
            ctx.is(i, "defend")
                || ctx.is(i, "defense")
                || ctx.is(i, "defence")
                || ctx.is(i, "protect")
                || ctx.is(i, "support")
                || ctx.is(i, "reassure")
                || (ctx.is(i, "of")
                    && i > first
                    && (ctx.is(i - 1, "security") || ctx.is(i - 1, "safety")))
        })
    };
    while k < end {
        if let Some((_, last, a)) = res.mention_at(k) {
            if a != issuer
                && Some(a) != issuer_state
                && Some(a) != speaker
                && !out.contains(&a)
                && !beneficiary(k)
            {
                out.push(a);
            }
            k = last + 1;
            continue;
        }
        k += 1;
    }
    // "consequences for the Taliban by further isolating Afghanistan": the
    // one the consequences, sanctions or measures are for or against.
    let governs = |p: usize| ctx.is(p, "for") || ctx.is(p, "against") || ctx.is(p, "on");
    if out.len() > 1
        && let Some(a) = (first + 1..end).find_map(|i| {
            // The preposition, before an article if there is one.
            let p = if i >= first + 2 && ctx.is(i - 1, "the") {
                i - 2
            } else {
                i - 1
            };
            governs(p)
                .then(|| res.mention_at(i).map(|m| m.2))
                .flatten()
                .filter(|a| out.contains(a))
        })
    {
        out.retain(|&x| x == a);
    }
    // "the U.S. from NATO": the alliance left, not the issuer's state.
    if out.len() > 1 && (first..end).any(|i| ctx.is(i, "from")) {
        let from = (first..end).find(|&i| ctx.is(i, "from")).unwrap_or(first);
        out.retain(|&a| (from..end).any(|i| res.mention_at(i).is_some_and(|m| m.2 == a)));
    }
    let _ = SUBJECT_PRONOUNS;
    out
}

impl Actors for super::actors::ActorSet {
    fn country_of(&self, idx: ActorIdx) -> Option<crate::model::CountryCode> {
        super::actors::ActorSet::country_of(self, idx)
    }

    fn state_of(&mut self, country: crate::model::CountryCode) -> Option<ActorIdx> {
        super::actors::ActorSet::state_of(self, country)
    }
}

/// Turns threat drafts into threats with ids and codes.
pub(crate) fn build(
    doc: &Doc<'_>,
    drafts: &[ThreatDraft],
    ids: &[Option<crate::model::ActorId>],
    statement_ids: &[Option<crate::model::StatementId>],
) -> Vec<crate::model::Threat> {
    use crate::model::{Condition, Threat, ThreatId};
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let Some(issuer) = ids.get(d.issuer).copied().flatten() else {
            continue;
        };
        if !super::statements::says_something(doc.text, d.action)
            || !super::statements::says_something(doc.text, d.evidence)
        {
            continue;
        }
        let id = ThreatId::new(out.len() as u32 + 1);
        let mut t = Threat::new(id, issuer, d.action, d.kind, d.evidence);
        for a in &d.targets {
            if let Some(Some(x)) = ids.get(*a) {
                t = t.with_target(*x);
            }
        }
        if let Some((kind, span)) = d.condition {
            t = t.with_condition(Condition::new(kind, span));
        }
        if let Some(Some(s)) = d.statement.and_then(|k| statement_ids.get(k)) {
            t = t.with_statement(*s);
        }
        if let Some(c) = crate::codes::threat_coding(d.kind, &doc.text[d.action.range()]) {
            t = t.with_coding(c);
        }
        out.push(t);
    }
    out
}
