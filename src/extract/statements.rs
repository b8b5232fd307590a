//! Statements: every attribution of speech, writing or communicated belief.
//!
//! The stage reads each sentence for reporting cues (`data/cues.tsv`) and
//! for quotations, and for each cue finds its source, its content and,
//! where the text says, its addressee and channel:
//!
//! * forward: `SOURCE CUE [ADDRESSEE] [that] CONTENT` ("Peskov said that
//!   ...", "Trump called on Putin to ...", "He warned via Telegram that ...");
//! * backward: `CONTENT, SOURCE CUE.` and `CONTENT, CUE SOURCE.`
//!   ("..., sources said.", "“...,” said Peskov.");
//! * `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE`;
//! * split and continued quotations: `“A,” he said, “B.”`, and quotation
//!   sentences that follow an attributed one in the same paragraph;
//! * subjectless continuations ("also indicated that", ", adding that",
//!   "and warned that") take the speaker of the clause they continue.

use super::channels;
use super::doc::{Doc, TokKind};
use super::lexicon::{CUES, Cue, frame};
use super::quotes::Quote;
use super::words::*;
use crate::model::{ActorKind, Channel, ChannelKind, Span, SpeechAct};

/// Index of an actor in the article's actor set.
pub(crate) type ActorIdx = usize;

/// An inclusive range of token indices.
type TokRange = (usize, usize);

/// What the statement stage needs from the actor stage.
pub(crate) trait Resolver {
    /// The actor named by the noun phrase of tokens `first..=last`.
    fn resolve_np(&mut self, doc: &Doc<'_>, first: usize, last: usize) -> Option<ActorIdx>;
    /// The actor named by the object of "according to" (tokens
    /// `first..=last`): as `resolve_np`, and a document with no author
    /// named stands for itself.
    fn resolve_source(&mut self, doc: &Doc<'_>, first: usize, last: usize) -> Option<ActorIdx>;
    /// The actor a pronoun at token `tok` stands for.
    fn resolve_pronoun(&self, doc: &Doc<'_>, tok: usize) -> Option<ActorIdx>;
    /// The actor mentioned at token `tok`, with the mention's token range.
    fn mention_at(&self, tok: usize) -> Option<(usize, usize, ActorIdx)>;
    /// The kind of an actor.
    fn kind(&self, idx: ActorIdx) -> ActorKind;
}

/// A statement before ids are given.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub speaker: ActorIdx,
    /// Tokens naming the speaker, when the sentence has them.
    pub source: Option<(usize, usize)>,
    /// Tokens of the cue.
    pub cue: (usize, usize),
    pub content: Vec<Span>,
    pub direct: bool,
    pub channel: Option<Channel>,
    pub addressees: Vec<ActorIdx>,
    pub act: SpeechAct,
    pub sent: usize,
    /// The lemma of the cue.
    pub lemma: &'static str,
}

impl Draft {
    /// A claim, not quoted, with no channel and no addressee.
    fn new(
        speaker: ActorIdx,
        source: Option<TokRange>,
        cue: TokRange,
        content: Vec<Span>,
        sent: usize,
    ) -> Draft {
        Draft {
            speaker,
            source,
            cue,
            content,
            direct: false,
            channel: None,
            addressees: Vec::new(),
            act: SpeechAct::Claim,
            sent,
            lemma: "",
        }
    }

    /// The same draft with the speech act and lemma of its cue.
    fn said(mut self, act: SpeechAct, lemma: &'static str) -> Draft {
        self.act = act;
        self.lemma = lemma;
        self
    }

    /// The same draft, marked as a direct quotation or not.
    fn quoted(mut self, direct: bool) -> Draft {
        self.direct = direct;
        self
    }
}

/// True when `span` covers some letter or digit of `text`: what a content,
/// action or evidence span must do.
pub(crate) fn says_something(text: &str, span: Span) -> bool {
    text.get(span.range())
        .is_some_and(|t| t.chars().any(char::is_alphanumeric))
}

/// For each token of `doc`, the index of the statement whose content
/// holds it.
pub(crate) fn owners(doc: &Doc<'_>, drafts: &[Draft]) -> Vec<Option<u32>> {
    let mut out = vec![None; doc.tokens.len()];
    for (k, d) in drafts.iter().enumerate() {
        for c in &d.content {
            let first = doc.token_at(c.start());
            let last = doc.tokens.partition_point(|t| (t.start as usize) < c.end());
            for slot in out.iter_mut().take(last).skip(first) {
                slot.get_or_insert(k as u32);
            }
        }
    }
    out
}

struct Stage<'d, 'a> {
    doc: &'d Doc<'a>,
    quotes: &'d [Quote],
    inside: &'d [Option<u32>],
}

/// Where the source of a cue is.
#[derive(Debug, Clone, Copy)]
enum Source {
    /// A noun phrase, by tokens.
    Np(usize, usize),
    /// A noun phrase with an appositive: "Dmitry Peskov, the Kremlin
    /// spokesperson,", "A lawyer for the outlets, David Schulz,".
    Appos(usize, usize, usize, usize),
    /// A pronoun token.
    Pronoun(usize),
    /// No subject: the speaker of the clause this one continues.
    Continues,
}

impl Stage<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.doc.tok(i)
    }

    fn kind(&self, i: usize) -> TokKind {
        self.doc.tokens[i].kind
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == TokKind::Word
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(w)
    }

    /// True when token `i` is "that" as a determiner of a time noun that
    /// ends its phrase ("in his speech that night."), no conjunction.
    fn that_time(&self, i: usize) -> bool {
        self.is(i, "that")
            && i + 1 < self.doc.tokens.len()
            && (self.is(i + 1, "day") || is_time_noun(self.doc.key(i + 1)))
            && (i + 2 >= self.doc.tokens.len()
                || self.doc.tokens[i + 2].sent != self.doc.tokens[i].sent
                || self.kind(i + 2) == TokKind::Punct)
    }

    /// True when token `i`'s key (lower case, straight apostrophes: "Don’t"
    /// as "don't") is one of `list`.
    fn in_list(&self, i: usize, list: &(impl Words + ?Sized)) -> bool {
        is_in(list, self.doc.key(i))
    }

    /// True when token `i` is a subject pronoun, alone or contracted with
    /// an auxiliary ("he", "he'd", "they're").
    fn pronoun(&self, i: usize) -> bool {
        let key = self.doc.key(i);
        is_in(SUBJECT_PRONOUNS, key) || contracted_pronoun(key).is_some()
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == TokKind::Punct && self.w(i) == p
    }

    fn quote_of(&self, i: usize) -> Option<&Quote> {
        self.inside
            .get(i)
            .copied()
            .flatten()
            .map(|q| &self.quotes[q as usize])
    }

    /// True when token `i` is strictly inside a quotation (not a mark).
    fn quoted(&self, i: usize) -> bool {
        self.quote_of(i)
            .is_some_and(|q| q.open < i && (i < q.close || !q.closed))
    }

    /// The quotation that opens at token `i`.
    fn opens(&self, i: usize) -> Option<&Quote> {
        self.quote_of(i).filter(|q| q.open == i)
    }

    /// The quotation that closes at token `i`.
    fn closes(&self, i: usize) -> Option<&Quote> {
        self.quote_of(i).filter(|q| q.close == i && q.closed)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.doc.is_cap(i)
    }
}

/// Finds the statements of `doc`.
pub(crate) fn extract(
    doc: &Doc<'_>,
    quotes: &[Quote],
    inside: &[Option<u32>],
    res: &mut dyn Resolver,
) -> Vec<Draft> {
    let st = Stage {
        doc,
        quotes,
        inside,
    };
    let mut drafts: Vec<Draft> = Vec::new();
    // Tokens already read as a statement's cue or content.
    let mut taken = vec![false; doc.tokens.len()];
    let mut cues = Vec::new();
    for (si, range) in doc.sentences.iter().enumerate() {
        let range = range.clone();
        find_cues(&st, range.clone(), &mut cues);
        for c in &cues {
            // A cue inside the content of a statement already read is part
            // of what was said ("Murphy said he supports the bill").
            if taken[c.0] {
                continue;
            }
            if let Some(d) = read(&st, res, si, range.clone(), *c, &drafts) {
                for t in &mut taken[d.cue.0..=d.cue.1] {
                    *t = true;
                }
                // "according to the results of a poll released Wednesday":
                // a source after its cue holds no cue of its own.
                if let Some((a, b)) = d.source.filter(|&(a, _)| a > d.cue.1)
                    && let Some(ts) = taken.get_mut(a..=b)
                {
                    ts.fill(true);
                }
                for span in &d.content {
                    for t in &mut taken[token_range(doc, *span)] {
                        *t = true;
                    }
                }
                drafts.push(d);
            }
        }
    }
    transcript_lines(&st, res, &mut drafts);
    dash_attributions(&st, res, &mut drafts);
    continue_quotes(&st, &mut drafts);
    assign_channels(&st, res, &mut drafts);
    conversation_addressees(doc, &mut drafts);
    drafts
}

/// In a readout of a call or a meeting ("Secretary Austin spoke with
/// Minister Gallant to convey ... He conveyed that ... He reaffirmed
/// ..."), what the speaker goes on to convey in the same paragraph is
/// addressed to the one they spoke with or met.
fn conversation_addressees(doc: &Doc<'_>, drafts: &mut [Draft]) {
    let mut talk: Option<(ActorIdx, u32, Vec<ActorIdx>)> = None;
    for d in drafts.iter_mut() {
        let para = doc.tokens[d.cue.0].para;
        if !d.addressees.is_empty() {
            // A conversation: "spoke with", "met with", "a call with".
            let s = &doc.sentences[d.sent];
            let met = (s.start..d.cue.0).any(|k| {
                is_in(
                    &[
                        "spoke", "speaks", "met", "meets", "talked", "call", "meeting",
                    ],
                    doc.key(k),
                )
            });
            talk = met.then(|| (d.speaker, para, d.addressees.clone()));
            continue;
        }
        if let Some((speaker, p, to)) = &talk
            && *speaker == d.speaker
            && *p == para
            && is_in(CONVEYING, d.lemma)
        {
            d.addressees = to.clone();
        }
    }
}

/// Cues of what one conveys in a conversation.
const CONVEYING: &[&str] = &[
    "convey",
    "reaffirm",
    "emphasize",
    "emphasise",
    "underscore",
    "stress",
    "express",
    "reiterate",
    "make clear",
    "highlight",
    "affirm",
    "note",
    "discuss",
    "share",
    "raise",
    "welcome",
    "thank",
];

/// The tokens a span covers.
fn token_range(doc: &Doc<'_>, span: Span) -> std::ops::Range<usize> {
    doc.token_at(span.start())
        ..doc
            .tokens
            .partition_point(|t| (t.start as usize) < span.end())
}

/// Quotations signed with a dash: `“...” ― Sonya Herridge`.
fn dash_attributions(st: &Stage<'_, '_>, res: &mut dyn Resolver, drafts: &mut Vec<Draft>) {
    let doc = st.doc;
    let n = doc.tokens.len();
    // Computed when a quotation first asks (most articles have none that
    // could be signed).
    let owner = std::cell::OnceCell::new();
    let owned = |k: usize| owner.get_or_init(|| owners(doc, drafts))[k].is_some();
    let mut found = Vec::new();
    for q in st.quotes {
        if !q.closed || q.len() < 3 {
            continue;
        }
        let d = q.close + 1;
        if d + 1 >= n
            || !matches!(doc.tok(d), "\u{2015}" | "\u{2014}" | "\u{2013}" | "-")
            || !st.is_cap(d + 1)
        {
            continue;
        }
        if (q.open..=q.close).any(owned) {
            continue;
        }
        // The name: capitalised words up to the end of the line.
        let line = doc.tokens[d].para;
        let mut last = d + 1;
        while last + 1 < n
            && doc.tokens[last + 1].para == line
            && st.is_word(last + 1)
            && last - d < 5
            && !doc.text[doc.tokens[last].end as usize..doc.tokens[last + 1].start as usize]
                .contains('\n')
        {
            last += 1;
        }
        let Some(speaker) = res.resolve_np(doc, d + 1, last) else {
            continue;
        };
        found.push(
            Draft::new(
                speaker,
                Some((d + 1, last)),
                (d, d),
                vec![q.inner],
                doc.tokens[q.open].sent as usize,
            )
            .said(SpeechAct::Claim, "\u{2015}")
            .quoted(true),
        );
    }
    merge(drafts, found);
}

/// Adds `found` to `drafts`, keeping them in text order.
fn merge(drafts: &mut Vec<Draft>, found: Vec<Draft>) {
    if !found.is_empty() {
        drafts.extend(found);
        drafts.sort_by_key(|d| d.cue.0);
    }
}

/// Interview transcripts: a paragraph that starts with a speaker's name
/// and a colon ("PENCE: ...", "Mr. Wallace: ...") is that speaker's.
fn transcript_lines(st: &Stage<'_, '_>, res: &mut dyn Resolver, drafts: &mut Vec<Draft>) {
    let doc = st.doc;
    let n = doc.tokens.len();
    let mut i = 0;
    let mut found = Vec::new();
    // Token ranges of transcript lines: statements read inside them are
    // part of the line.
    let mut superseded: Vec<std::ops::Range<usize>> = Vec::new();
    while i < n {
        let para = doc.tokens[i].para;
        let mut end = i;
        while end < n && doc.tokens[end].para == para {
            end += 1;
        }
        let mut start = i;
        i = end;
        // An opening quotation mark may come first ("WALLACE: ...").
        if doc.tokens[start].kind == TokKind::Quote && start + 1 < end {
            start += 1;
        }
        // A headline's kicker in capitals before a dash ("EXCLUSIVE –
        // Roger Stone: ..."), or before a colon when a speaker's colon
        // follows ("EXCLUSIVE: Roger Stone: ...").
        if start + 3 < end
            && st.is_word(start)
            && st.w(start).len() >= 4
            && st.w(start).chars().all(|c| c.is_ascii_uppercase())
            && (is_dash(st.w(start + 1))
                || (st.is_punct(start + 1, ":")
                    && (start + 3..(start + 6).min(end)).any(|k| st.is_punct(k, ":"))))
        {
            start += 2;
        }
        // Up to three capitalised words, then a colon.
        let Some(colon) = (start + 1..(start + 4).min(end)).find(|&k| st.is_punct(k, ":")) else {
            continue;
        };
        if !(start..colon).all(|k| st.is_word(k) && (st.is_cap(k) || st.w(k).ends_with('.')))
            || colon + 1 >= end
        {
            continue;
        }
        // A cue in the speaker's own line is part of what was said; one
        // before the colon makes this no transcript line.
        let first_after = drafts.partition_point(|d| d.cue.0 < start);
        if drafts.get(first_after).is_some_and(|d| d.cue.0 < colon) {
            continue;
        }
        // "Said Ellis: ...": an inverted cue opens the line; the name
        // follows it.
        let lead = st
            .doc
            .phrase_at(&CUES.forms, start, colon)
            .filter(|&(idx, n)| {
                start + n < colon && CUES.cues.get(idx as usize).is_some_and(|c| !c.noun)
            })
            .map(|(idx, n)| (n, idx));
        let name_start = start + lead.map_or(0, |(n, _)| n);
        let Some(speaker) = res.resolve_np(doc, name_start, colon - 1) else {
            continue;
        };
        superseded.push(colon..end);
        let mut last = end - 1;
        while last > colon + 1 && doc.tokens[last].kind == TokKind::Punct {
            last -= 1;
        }
        let draft = Draft::new(
            speaker,
            Some((name_start, colon - 1)),
            match lead {
                Some((n, _)) => (start, start + n - 1),
                None => (colon, colon),
            },
            // A quotation after the colon: the words inside its marks.
            vec![match st.opens(colon + 1) {
                Some(q) if q.closed && q.close >= last && q.len() > 0 => q.inner,
                _ => doc.span(colon + 1, last),
            }],
            doc.tokens[start].sent as usize,
        );
        let draft = match lead.and_then(|(_, idx)| CUES.cues.get(idx as usize)) {
            Some(c) => draft.said(c.act, c.lemma.as_str()),
            None => draft.said(SpeechAct::Claim, ":"),
        };
        found.push(draft.quoted(true));
    }
    if !superseded.is_empty() {
        drafts.retain(|d| {
            let k = superseded.partition_point(|r| r.end <= d.cue.0);
            !superseded.get(k).is_some_and(|r| r.contains(&d.cue.0))
        });
    }
    merge(drafts, found);
}

/// Cue matches of a sentence: (first token, last token, cue index),
/// longest first, not inside quotations, not overlapping.
fn find_cues(
    st: &Stage<'_, '_>,
    range: std::ops::Range<usize>,
    out: &mut Vec<(usize, usize, u32)>,
) {
    let lex = &*CUES;
    out.clear();
    // A headline in title case ("Former White House Doctor Says") writes
    // its cue with a capital (counted once, when a capitalised cue asks).
    let mut title_case: Option<bool> = None;
    let is_title_case = || {
        let words = range
            .clone()
            .filter(|&k| st.is_word(k) && st.w(k).len() > 3)
            .count();
        let caps = range
            .clone()
            .filter(|&k| st.is_word(k) && st.w(k).len() > 3 && st.is_cap(k))
            .count();
        // Nine in ten: "Jane Roe, Minister of State at the Foreign Office,
        // said:" is no headline.
        words >= 3 && caps * 10 >= words * 9
    };
    let mut i = range.start;
    while i < range.end {
        if !st.is_word(i) || st.quoted(i) {
            i += 1;
            continue;
        }
        let end = range.end;
        let Some((idx, n)) = st.doc.phrase_at(&lex.forms, i, end) else {
            i += 1;
            continue;
        };
        let cue = &lex.cues[idx as usize];
        let last = i + n - 1;
        // A capitalised cue inside a sentence is part of a name ("United
        // States", "State Department", "Supreme Court Says").
        if i > range.start
            && st.is_cap(i)
            && st.opens(i - 1).is_none()
            && !*title_case.get_or_insert_with(is_title_case)
        {
            i = last + 1;
            continue;
        }
        // A passive reporting verb ("was called a charlatan by", "were
        // told", "is accused of") makes its subject the one spoken to or
        // about, not the speaker.
        if i > range.start && passive_cue(st, range.start, i) {
            i = last + 1;
            continue;
        }
        // A cue after a preposition is a noun ("shows in detail how",
        // "in response").
        if i > range.start
            && n == 1
            && st.in_list(
                i - 1,
                &["in", "of", "for", "with", "into", "at", "about", "without"],
            )
        {
            i = last + 1;
            continue;
        }
        // A verb cue after a determiner is a noun ("a warning", "the
        // report"); nouns are cues only in "X's claim that".
        // "Pyongyang's claims": after a noun's possessive, too ("he's
        // said" is a verb).
        let after_det = i > range.start
            && ((st.in_list(i - 1, &DETERMINERS) && !st.is(i - 1, "that"))
                || (is_possessive(st, i - 1)
                    && i >= range.start + 2
                    && st.is_word(i - 2)
                    && !st.in_list(i - 2, SUBJECT_PRONOUNS)
                    && !st.in_list(i - 2, &["that", "there", "who", "what", "here", "where"])));
        // "The New York Post reports that ...": a nominal form in -s after
        // a name and before "that" is the verb.
        let verb_after_name = cue.noun
            && !after_det
            && i > range.start
            && st.is_word(i - 1)
            && st.is_cap(i - 1)
            && st.w(i).ends_with('s')
            && last + 2 < end
            && st.is(last + 1, "that")
            // ("reports that were leaked": a relative clause.)
            && !(st.is_word(last + 2) && finite_verb_at(st, last + 2));
        let noun_use = (cue.noun && !verb_after_name) || after_det;
        if noun_use
            && !(last + 1 < end
                && st.is(last + 1, "that")
                && i > range.start
                && st.w(i - 1).ends_with('s')
                && is_possessive(st, i - 1))
        {
            i = last + 1;
            continue;
        }
        out.push((i, last, idx));
        i = last + 1;
    }
}

/// True when the cue at `i` is a passive participle of a verb whose
/// object is spoken to or about: a form of "be" (past adverbs) before it.
fn passive_cue(st: &Stage<'_, '_>, s0: usize, i: usize) -> bool {
    if !st.in_list(
        i,
        &[
            "called",
            "told",
            "asked",
            "named",
            "described",
            "labeled",
            "labelled",
            "dubbed",
            "accused",
            "criticized",
            "criticised",
            "praised",
            "urged",
            "warned",
            "branded",
            "blamed",
            "condemned",
            "quoted",
            "cited",
            "mocked",
            "attacked",
            "lauded",
        ],
    ) {
        return false;
    }
    let mut k = i;
    while k > s0 {
        k -= 1;
        if st.in_list(
            k,
            &[
                "also",
                "often",
                "widely",
                "repeatedly",
                "frequently",
                "once",
                "publicly",
                "even",
            ],
        ) {
            continue;
        }
        return st.in_list(
            k,
            &[
                "was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets",
            ],
        );
    }
    false
}

fn is_possessive(st: &Stage<'_, '_>, i: usize) -> bool {
    matches!(st.w(i), "'s" | "\u{2019}s")
}

/// Words and marks that end a sentence's content.
fn is_final_punct(st: &Stage<'_, '_>, i: usize) -> bool {
    st.kind(i) == TokKind::Punct && matches!(st.w(i), "." | "!" | "?" | "\u{2026}")
}

/// Reads the statement around cue `c` in sentence `si`.
fn read(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    si: usize,
    range: std::ops::Range<usize>,
    c: (usize, usize, u32),
    drafts: &[Draft],
) -> Option<Draft> {
    let lex = &*CUES;
    let (cf, mut cl, mut idx) = c;
    // "responded by reiterating", "went on to say": the cue chain ends at
    // the last reporting verb.
    if cl + 2 < range.end
        && (st.is(cl + 1, "by") || st.is(cl + 1, "to"))
        && let Some((i2, n2)) = lex
            .forms
            .longest(|k| (cl + 2 + k < range.end).then(|| st.doc.low(cl + 2 + k)))
    {
        idx = i2;
        cl = cl + 1 + n2;
    }
    let cue = &lex.cues[idx as usize];
    let s0 = range.start;
    let end = content_end_limit(st, range.clone());

    if cue.has(frame::PREP) {
        return read_according(st, res, si, range, (cf, cl), cue);
    }

    // "Foreign Secretary David Cameron said:" closing its paragraph: the
    // paragraphs that follow are what was said.
    let mut left = source_left(st, s0, cf, cue);
    if cue.has(frame::QUOTE | frame::THAT) && ends_with_colon(st, cue, cl + 1, range.end) {
        // The introducing sentence names the speaker first, often with a
        // long title after a comma ("Lord Ahmad of Wimbledon, Minister of
        // State at the Foreign, Commonwealth and Development Office, said:").
        let opening = (s0 < cf)
            .then(|| {
                let first_comma = (s0..cf).find(|&k| st.is_punct(k, ",")).unwrap_or(cf);
                (first_comma > s0).then(|| Source::Np(s0, first_comma - 1))
            })
            .flatten();
        let source = left.or_else(|| np_right(st, cl + 1, end).map(|(a, b)| Source::Np(a, b)));
        let content = following_paragraphs(st, range.end)?;
        let speaker = source
            .and_then(|s| speaker_of(st, res, s, si, drafts, s0, cf))
            .or_else(|| opening.and_then(|s| speaker_of(st, res, s, si, drafts, s0, cf)))?;
        let source = source.or(opening);
        return Some(
            Draft::new(
                speaker,
                source.and_then(source_tokens),
                (cf, cl),
                vec![content],
                si,
            )
            .said(cue.act, cue.lemma.as_str()),
        );
    }

    // "Austin spoke with Gallant to convey ...": a purpose infinitive
    // takes the subject (and addressee) of the verb it completes.
    let mut purpose_addressee = None;
    if left.is_none() && cf > s0 + 1 && st.is(cf - 1, "by") && st.is_word(cf - 2) {
        left = source_left(st, s0, cf - 2, cue);
    }
    if left.is_none()
        && cf > s0 + 1
        && st.is(cf - 1, "to")
        && let Some(v) = (s0..cf - 1).rev().take(14).find(|&k| {
            st.in_list(
                k,
                &[
                    "spoke",
                    "speaks",
                    "met",
                    "meets",
                    "called",
                    "phoned",
                    "wrote",
                    "talked",
                    "spoken",
                    "speak",
                    "travelled",
                    "traveled",
                    "visited",
                ],
            )
        })
    {
        left = source_left(st, s0, v, cue);
        if let Some(o) = (v + 1..cf - 1).find(|&k| st.in_list(k, &["to", "with"])) {
            let mut last = o + 1;
            while last + 1 < cf - 1
                && st.is_word(last + 1)
                && !st.is(last + 1, "to")
                && !st.in_list(last + 1, &TIME_WORDS)
            {
                last += 1;
            }
            if o < last && last < cf - 1 {
                purpose_addressee = Some((o + 1, last));
            }
        }
    }

    // Backward: CONTENT, SOURCE CUE. / CONTENT, CUE SOURCE.
    if purpose_addressee.is_none()
        && let Some(d) = read_backward(st, res, si, range.clone(), (cf, cl), cue, left, drafts)
    {
        return Some(d);
    }

    // "As Crane said, the candidates have ...": the clause after the
    // attribution is what was said.
    if st.is(s0, "as")
        && cue.has(frame::THAT | frame::QUOTE)
        && let Some(comma) = comma_after_as_attribution(st, cl, end)
        && let Some(source) = left
        && let Some((spans, direct)) = content_tokens(st, comma + 1, end, Mode::That)
    {
        let speaker = speaker_of(st, res, source, si, drafts, s0, cf)?;
        return Some(
            Draft::new(speaker, source_tokens(source), (cf, cl), spans, si)
                .said(cue.act, cue.lemma.as_str())
                .quoted(direct),
        );
    }

    // Forward: SOURCE CUE ... CONTENT.
    let source = left?;
    let mention_end = |k: usize| res.mention_at(k).map(|m| m.1);
    // "wrote on Facebook that ...": a cue that ends in "on", and takes no
    // noun phrase, reads its object as an adjunct.
    let from =
        if cl > cf && st.is(cl, "on") && cue.has(frame::THAT | frame::QUOTE) && !cue.has(frame::NP)
        {
            cl
        } else {
            cl + 1
        };
    let (content_start, addressee, mode) = forward_start(st, from..end, cue, &mention_end)?;
    let addressee = addressee.or(purpose_addressee);
    if cue.weak
        && !(mode == Mode::Quote
            || (mode == Mode::That && content_start > 0 && st.is(content_start - 1, "that")))
    {
        return None;
    }
    // A cue inside a fronted subordinate clause ("Although Cuba has
    // threatened to take action, the diplomat ...") says no more than that
    // clause.
    let end = match (
        st.in_list(
            s0,
            &[
                "although", "though", "while", "because", "since", "as", "if", "when", "after",
                "before", "whereas",
            ],
        ),
        (s0..cf).any(|k| st.is_punct(k, ",")),
    ) {
        (true, false) => (cl + 1..end)
            .find(|&k| st.is_punct(k, ",") && !st.quoted(k))
            .unwrap_or(end),
        _ => end,
    };
    let content = content_tokens(st, content_start, end, mode)?;
    let speaker = speaker_of(st, res, source, si, drafts, s0, cf)?;
    let mut act = cue.act;
    if mode == Mode::ObjTo {
        act = match act {
            SpeechAct::Claim => SpeechAct::Demand,
            SpeechAct::Question => SpeechAct::Appeal,
            a => a,
        };
    }
    let addressees = addressee
        .and_then(|(a, b)| res.resolve_np(st.doc, a, b))
        .into_iter()
        .collect();
    let (spans, direct) = content;
    Some(Draft {
        speaker,
        source: source_tokens(source),
        cue: (cf, cl),
        content: spans,
        direct,
        channel: None,
        addressees,
        act,
        sent: si,
        lemma: cue.lemma.as_str(),
    })
}

/// The comma that ends an "As Crane said" attribution whose cue ends at
/// `cl`, right after the cue or after a short adjunct ("As Crane said on
/// Tuesday,"), when a clause follows it.
fn comma_after_as_attribution(st: &Stage<'_, '_>, cl: usize, end: usize) -> Option<usize> {
    let comma = if st.in_list(cl + 1, ADJUNCT_PREPOSITIONS) {
        (cl + 2..(cl + 7).min(end))
            .take_while(|&k| st.is_word(k) || st.is_punct(k, ","))
            .find(|&k| st.is_punct(k, ","))?
    } else {
        cl + 1
    };
    (comma + 1 < end && st.is_punct(comma, ",")).then_some(comma)
}

/// True when the cue is followed (after adjuncts) by a colon that ends
/// its sentence: "X said:" introducing the next paragraphs.
fn ends_with_colon(st: &Stage<'_, '_>, cue: &Cue, from: usize, end: usize) -> bool {
    let Some(colon) = (from..end).find(|&k| st.is_punct(k, ":")) else {
        return false;
    };
    // "hopes to begin winning support:": the infinitive of a cue that
    // takes one is what it reports, not an adjunct ("said to reporters:"
    // is one).
    let infinitive = cue.has(frame::TO)
        && st.is(from, "to")
        && from + 1 < colon
        && st.is_word(from + 1)
        && !st.is_cap(from + 1)
        && !st.in_list(from + 1, &DETERMINERS);
    // "said areas where Sanders wants changes include:": a clause is what
    // was said, not an adjunct.
    let clause = (from..colon).any(|k| st.is_word(k) && finite_verb_at(st, k));
    colon + 1 == end && colon - from <= 8 && !infinitive && !clause
}

/// The paragraphs after the one that ends at token `after` (exclusive), up
/// to the next paragraph that introduces another speaker with a colon.
fn following_paragraphs(st: &Stage<'_, '_>, after: usize) -> Option<Span> {
    let doc = st.doc;
    let n = doc.tokens.len();
    if after >= n {
        return None;
    }
    let para = doc.tokens[after.saturating_sub(1)].para;
    let first = (after..n).find(|&k| doc.tokens[k].para != para)?;
    let mut last = first;
    let mut k = first;
    while k < n {
        let p = doc.tokens[k].para;
        let mut e = k;
        while e < n && doc.tokens[e].para == p {
            e += 1;
        }
        // A new "X said:" paragraph ends the statement.
        if e > k && st.is_punct(e - 1, ":") && k != first {
            break;
        }
        last = e - 1;
        k = e;
    }
    while last > first && doc.tokens[last].kind == TokKind::Punct && doc.tok(last) != "." {
        last -= 1;
    }
    let mut span = doc.span(first, last);
    // Keep the final period out, like every other content.
    if doc.tok(last) == "." && last > first {
        span = doc.span(first, last - 1);
    }
    Some(span)
}

/// A dash used as punctuation: "--", "—", "–".
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "\u{2014}" | "\u{2013}" | "\u{2015}")
}

fn source_tokens(s: Source) -> Option<(usize, usize)> {
    match s {
        Source::Np(a, b) => Some((a, b)),
        Source::Appos(a, _, _, d) => Some((a, d)),
        Source::Pronoun(p) => Some((p, p)),
        Source::Continues => None,
    }
}

/// The last token that content may reach: the sentence without its final
/// punctuation.
fn content_end_limit(st: &Stage<'_, '_>, range: std::ops::Range<usize>) -> usize {
    let mut end = range.end;
    while end > range.start
        && (is_final_punct(st, end - 1)
            || (st.kind(end - 1) == TokKind::Punct && matches!(st.w(end - 1), ")" | "]")))
    {
        end -= 1;
    }
    end
}

fn speaker_of(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    source: Source,
    si: usize,
    drafts: &[Draft],
    s0: usize,
    cf: usize,
) -> Option<ActorIdx> {
    match source {
        Source::Np(a, b) => res.resolve_np(st.doc, a, b).or_else(|| {
            // "Experts on North Korea and nuclear nonproliferation": the
            // phrase began before a connector the first reading stopped at.
            let mut a2 = a;
            while a2 > s0 + 1
                && a - a2 < 8
                && (st.in_list(a2 - 1, &["and", "on", "of", "for", "from", "in", "at"])
                    || st.is_word(a2 - 1))
                && !st.in_list(a2 - 1, &FINITE_VERBS)
            {
                a2 -= 1;
                if st.in_list(a2, &["and", "on", "of", "for", "from", "in", "at"]) {
                    continue;
                }
                if let Some(x) = res.resolve_np(st.doc, a2, b) {
                    return Some(x);
                }
            }
            None
        }),
        Source::Appos(a, b, c, d) => {
            // The phrase that names someone: the head, unless the head
            // names no one and the appositive is itself a name ("A lawyer
            // for the outlets, David Schulz,"); a description ("co-editor
            // of a book on Trump") never stands for the speaker.
            // A head that names only a group ("one of the family's
            // attorneys, Justin Bamberg,") yields to a named appositive too.
            let is_name = res.mention_at(c).is_some_and(|(first, last, m)| {
                first == c && last + 2 >= d && res.kind(m) == ActorKind::Person
            });
            // The head's first word that names someone other than a group.
            // "The head of the IMF, Kristalina Georgieva,": a name inside a
            // prepositional phrase of the head is not the head's.
            let first_named = (a..=b).find(|&i| {
                res.mention_at(i)
                    .is_some_and(|m| res.kind(m.2) != ActorKind::Group)
            });
            let named_in_phrase = first_named.is_some_and(|f| {
                (a..f).any(|k| st.in_list(k, &["of", "for", "at", "with", "from"]))
            });
            if (first_named.is_none() || named_in_phrase) && is_name {
                return res.resolve_np(st.doc, c, d);
            }
            // "Gustav Ando, research director for IHS, a consulting
            // company, said": a head that names someone only inside its
            // prepositional phrase yields to a phrase further left.
            if !named_in_phrase && let Some(x) = res.resolve_np(st.doc, a, b) {
                return Some(x);
            }
            // "Jeffrey Salkin, a Hollywood, Fla., rabbi ...": the head
            // read was a part of the appositive; try the phrases before
            // the earlier commas.
            let mut k = a;
            for _ in 0..2 {
                let Some(comma) = k.checked_sub(1).filter(|&c| c > s0 && st.is_punct(c, ","))
                else {
                    break;
                };
                match head_before(st, s0, comma) {
                    Some(Source::Np(a2, b2)) => {
                        if let Some(x) = res.resolve_np(st.doc, a2, b2) {
                            return Some(x);
                        }
                        k = a2;
                    }
                    _ => break,
                }
            }
            if named_in_phrase {
                return res.resolve_np(st.doc, a, b);
            }
            None
        }
        Source::Pronoun(p) => {
            if st.quoted(p) || st.in_list(p, &["i", "we", "you"]) {
                None
            } else {
                res.resolve_pronoun(st.doc, p)
            }
        }
        Source::Continues => {
            // The speaker of an earlier cue in this sentence, else the
            // subject of the sentence, else the last speaker.
            // Drafts come in text order: this sentence's are the last ones.
            // "Sullivan put off deciding whether Judicial Watch could
            // question Clinton but said ...": a name that opens the
            // sentence is the subject, whatever was reported in between.
            if let Some(d) = drafts.last().filter(|d| d.sent == si) {
                // Not when the name opens what that cue reported ("Ryan
                // will meet Trump, Spicer said, adding ...").
                let embedded = d.source.is_some_and(|(a, _)| {
                    a > s0 + 1 && st.in_list(a - 1, &["whether", "if", "that", "how", "why"])
                });
                let at = st.doc.tokens[s0].start as usize;
                if embedded
                    && !d.content.iter().any(|c| c.start() <= at && at < c.end())
                    && let Some(subject) = named_subject(st, res, s0, cf)
                {
                    return Some(subject);
                }
                return Some(d.speaker);
            }
            if let Some(subject) = sentence_subject(st, res, s0, cf) {
                return Some(subject);
            }
            // "We express our support ... and reaffirm ...": a first-person
            // subject is the text's author, no earlier speaker.
            if st.in_list(s0, &["we", "i"]) {
                return None;
            }
            drafts.last().map(|d| d.speaker)
        }
    }
}

/// The actor named by the sentence's first words, when a word other
/// than a possessive follows the name.
fn named_subject(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    s0: usize,
    limit: usize,
) -> Option<ActorIdx> {
    let (first, last, a) = res.mention_at(s0)?;
    (first == s0 && last + 1 < limit && st.is_word(last + 1) && !is_possessive(st, last + 1))
        .then_some(a)
}

/// The subject of the sentence starting at `s0`: the first noun phrase or
/// pronoun before `limit`, after any fronted phrase closed by a comma.
fn sentence_subject(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    s0: usize,
    limit: usize,
) -> Option<ActorIdx> {
    if limit <= s0 {
        return None;
    }
    let mut i = s0;
    // A fronted adjunct: "In an NBC News interview, Trump ..."
    if st.in_list(i, ADJUNCT_PREPOSITIONS)
        || st.in_list(
            i,
            &[
                "despite",
                "after",
                "before",
                "following",
                "earlier",
                "later",
            ],
        )
    {
        let comma = (i..limit).find(|&k| st.is_punct(k, ","))?;
        i = comma + 1;
    }
    if i >= limit {
        return None;
    }
    if st.pronoun(i) {
        return res.resolve_pronoun(st.doc, i);
    }
    // "Hillary Clinton's campaign manager Robby Mook said": a possessive
    // name is the subject only when the phrase it opens names no one.
    let mut possessor = None;
    if let Some((_, last, a)) = res.mention_at(i) {
        if !(last + 1 < limit && is_possessive(st, last + 1)) {
            return Some(a);
        }
        possessor = Some(a);
    }
    // A noun phrase up to the first verb-like boundary.
    let mut j = i;
    while j + 1 < limit
        && st.is_word(j + 1)
        && !st.in_list(j + 1, &NP_LEFT_BOUNDARY)
        && !st.in_list(j + 1, &SKIPPABLE_BEFORE_CUE)
    {
        j += 1;
        if j - i > 8 {
            return possessor;
        }
    }
    res.resolve_np(st.doc, i, j).or(possessor)
}

/// Finds the source to the left of the cue at `cf`.
fn source_left(st: &Stage<'_, '_>, s0: usize, cf: usize, cue: &'static Cue) -> Option<Source> {
    let mut k = cf;
    // Skip adverbs and auxiliaries between source and cue, and a short time
    // phrase ("who in 2010 said", "Sanders on Tuesday said").
    loop {
        // "he's said": the contracted auxiliary after a pronoun, too.
        while k > s0
            && ((st.is_word(k - 1) && st.in_list(k - 1, &SKIPPABLE_BEFORE_CUE))
                || (k >= s0 + 2 && is_possessive(st, k - 1) && st.pronoun(k - 2)))
        {
            k -= 1;
        }
        let time_end = k;
        let mut t = k;
        while t > s0
            && t + 3 > time_end
            && (st.kind(t - 1) == TokKind::Number
                || st.in_list(t - 1, &TIME_WORDS)
                || is_day_or_month(st.w(t - 1))
                || st.in_list(t - 1, &["the", "early", "late"]))
        {
            t -= 1;
        }
        if t < time_end
            && t > s0
            && st.in_list(
                t - 1,
                &["in", "on", "at", "during", "last", "this", "earlier"],
            )
        {
            k = t - 1;
            continue;
        }
        break;
    }
    // "once again" leaves "once"; "has also" leaves "has": loop handles it.
    if k == s0 {
        // The sentence starts with the cue: "also indicated that ...",
        // or "Said Peskov: ..." (inverted; the caller reads the right).
        let first = st.w(s0);
        if first.chars().next().is_some_and(char::is_lowercase) || cf > s0 {
            return Some(Source::Continues);
        }
        return None;
    }
    // "Rep. Jason Chaffetz (R-Utah) said": a parenthesis after the name.
    let p = before_parenthesis(st, s0, k - 1);
    // 'Mr. Manafort, citing “the unique magic of Trump,” said': a short
    // quotation that closes an appositive on its comma, opened inside the
    // appositive's phrase.
    let quoted_appositive = st.closes(p).is_some_and(|q| {
        p > s0 + 1
            && st.is_punct(p - 1, ",")
            && q.open > s0 + 2
            && st.is_word(q.open - 1)
            && !st.is_cap(q.open - 1)
            && (q.open..p).filter(|&i| st.is_word(i)).count() <= 12
    });
    let found = source_before(
        st,
        s0,
        cf,
        if quoted_appositive { p - 1 } else { p },
        cue,
        quoted_appositive,
    );
    // "Gov. John Kasich (R-OH), said": a stray comma after the
    // parenthesis that follows a name.
    // The phrase between the previous comma and this one is then the
    // subject, not an appositive.
    if st.is_punct(p, ",") && p > s0 + 1 && st.is_punct(p - 1, ")") {
        let q = before_parenthesis(st, s0, p - 1);
        let subject = match found {
            None => true,
            Some(Source::Appos(_, _, c, _)) => st.is_cap(c),
            Some(_) => false,
        };
        if subject && q + 1 < p && st.is_cap(q) {
            return np_ending_at(st, s0, q).or(found);
        }
    }
    found
}

/// The source whose last token (or the punctuation after it) is `p`.
fn source_before(
    st: &Stage<'_, '_>,
    s0: usize,
    cf: usize,
    p: usize,
    cue: &'static Cue,
    quote_ok: bool,
) -> Option<Source> {
    // "Kall -- co-editor of a book on the debates -- said": an appositive
    // between dashes, like one between commas.
    if st.kind(p) == TokKind::Punct && is_dash(st.w(p)) {
        let lo = p.saturating_sub(30).max(s0);
        let prev = (lo..p)
            .rev()
            .find(|&i| st.kind(i) == TokKind::Punct && is_dash(st.w(i)))?;
        if prev == s0 || (prev + 1..p).any(|i| st.in_list(i, &FINITE_VERBS)) {
            return None;
        }
        return match np_ending_at(st, s0, prev - 1)? {
            Source::Np(a, b) => Some(Source::Appos(a, b, prev + 1, p - 1)),
            other => Some(other),
        };
    }
    if st.kind(p) == TokKind::Punct && st.w(p) == "," {
        // ", adding that", ", saying", ", urging that": a participle
        // continues the clause before.
        // Only a reporting participle with its own frame continues a
        // speaker ("threatening regional peace" is no statement).
        if st.w(cf).ends_with("ing") {
            let cl = cf;
            let mut next = cl + 1;
            // ", saying at one point, “...”": a short adjunct first.
            if st.in_list(next, ADJUNCT_PREPOSITIONS)
                && let Some(c) = (next + 1..(next + 7).min(st.doc.tokens.len()))
                    .find(|&k| st.is_punct(k, ",") || st.is(k, "that") || st.opens(k).is_some())
                && ((st.is_punct(c, ",") && st.opens(c + 1).is_some()) || st.is(c, "that"))
            {
                next = c;
            }
            let framed = next < st.doc.tokens.len()
                && (st.is(next, "that")
                    || st.opens(next).is_some()
                    || st.is_punct(next, ":")
                    || st.is_punct(next, ",")
                    || (cue.has(frame::THAT) && starts_clause(st, next))
                    || (cue.has(frame::OBJ_TO | frame::OBJ_THAT | frame::AS | frame::WH)));
            return framed.then_some(Source::Continues);
        }
        // "Dmitry Peskov, the Kremlin spokesperson, responded": an
        // appositive between commas; the source is the phrase before it.
        // The appositive may hold commas itself ("Jillian Chase, 27, a
        // user in New York, said"): the head is the first phrase, from
        // the nearest comma leftwards, that can be one.
        let lo = p.saturating_sub(30).max(s0);
        // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in
        // July 2012, said": a relative clause may hold commas of its own;
        // the subject is the name before it.
        if let Some(c) = (lo.max(s0 + 1)..p)
            .find(|&i| st.is_punct(i, ",") && st.in_list(i + 1, &["who", "whose"]))
            && !(c + 1..p).any(|i| st.quoted(i))
            && let Some(Source::Np(a, b)) = head_before(st, s0, c)
            && (a == s0
                || !(st.is_punct(a - 1, ",")
                    || st.in_list(a - 1, ADJUNCT_PREPOSITIONS)
                    || st.in_list(a - 1, &["of", "for", "with", "by", "from", "to"])))
        {
            return Some(Source::Appos(a, b, c + 1, p - 1));
        }
        let mut commas = (lo..p).rev().filter(|&i| st.is_punct(i, ",")).take(3);
        let first_comma = commas.next()?;
        // A head passed over for one further left, kept in case none is.
        let mut inner = None;
        for prev_comma in std::iter::once(first_comma).chain(commas) {
            let appositive = prev_comma + 1..p;
            // Finite verbs may appear only in a relative clause inside it
            // ("a grad whose aggressiveness has driven ...").
            let relative = appositive
                .clone()
                .find(|&i| st.in_list(i, &["who", "whose", "which", "whom"]))
                .unwrap_or(p);
            // A clause joined by a conjunction ("..., and the meeting
            // deteriorated, said X") is no appositive.
            if appositive.is_empty()
                || st.in_list(
                    appositive.start,
                    &["and", "but", "or", "so", "while", "because"],
                )
                || (appositive.start..relative)
                    .any(|i| st.in_list(i, &FINITE_VERBS) || (st.quoted(i) && !quote_ok))
                || relative - appositive.start > 18
                || prev_comma == s0
            {
                return inner;
            }
            // "of Huntsville, Ala.,": a place and its state between
            // commas are one phrase; the head is further left.
            let abbreviated = appositive.len() == 1 && {
                let w = st.w(appositive.start);
                (w.ends_with('.') && w.len() <= 6)
                    || (w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
            };
            // "from Sumter, South Carolina,": a one-word place right after
            // "from", "of" or "in", and a region of one or two capitalised
            // words.
            let after_place_word =
                prev_comma >= s0 + 2 && st.in_list(prev_comma - 2, &["from", "of", "in"]);
            let region = appositive.len() <= 2
                && appositive.clone().all(|k| st.is_cap(k) && st.is_word(k))
                && after_place_word;
            let state_after_place = (abbreviated || region)
                && st.is_cap(appositive.start)
                && prev_comma > s0
                && st.is_cap(prev_comma - 1);
            if state_after_place {
                continue;
            }
            match head_before(st, s0, prev_comma) {
                Some(Source::Np(a, b)) => {
                    let found = Source::Appos(a, b, appositive.start, appositive.end - 1);
                    // "Sam Roe, a contestant on the show, who went on to
                    // ..., said": a relative clause after the object of a
                    // preposition inside an appositive leaves the head
                    // further left.
                    if inner.is_none()
                        && relative == appositive.start
                        && a > s0
                        && st.in_list(
                            a - 1,
                            &["on", "in", "at", "of", "for", "with", "by", "from", "to"],
                        )
                    {
                        inner = Some(found);
                        continue;
                    }
                    return Some(found);
                }
                Some(other) => return Some(other),
                None => {}
            }
        }
        return inner;
    }
    if !st.is_word(p) {
        return None;
    }
    if st.in_list(p, &["and", "but", "or"]) {
        return Some(Source::Continues);
    }
    if st.pronoun(p) {
        return Some(Source::Pronoun(p));
    }
    if st.is(p, "who") {
        // "Flynn, who said ...": the phrase before the comma.
        if p > s0 + 1 && st.is_punct(p - 1, ",") {
            return np_ending_at(st, s0, p - 2);
        }
        return None;
    }
    if st.in_list(p, &NP_LEFT_BOUNDARY) || st.in_list(p, RELATIVES) {
        return None;
    }
    np_ending_at(st, s0, p)
}

/// The token before a short parenthesis closing at `p` ("Jane Roe
/// (D-Md.)"), or `p` itself.
fn before_parenthesis(st: &Stage<'_, '_>, s0: usize, p: usize) -> usize {
    if st.is_punct(p, ")")
        && let Some(open) = (p.saturating_sub(8).max(s0)..p)
            .rev()
            .find(|&i| st.is_punct(i, "("))
        && open > s0
    {
        return open - 1;
    }
    p
}

/// The noun phrase that ends before the comma at `comma`, past a
/// parenthesis ("Rep. Jane Roe (D-Md.), chair of ...").
fn head_before(st: &Stage<'_, '_>, s0: usize, comma: usize) -> Option<Source> {
    let last = before_parenthesis(st, s0, comma.checked_sub(1)?);
    if last < s0 {
        return None;
    }
    np_ending_at(st, s0, last)
}

/// The noun phrase that ends at token `last`.
fn np_ending_at(st: &Stage<'_, '_>, s0: usize, last: usize) -> Option<Source> {
    if !st.is_word(last) || st.in_list(last, &NP_LEFT_BOUNDARY) || st.quoted(last) {
        return None;
    }
    if st.pronoun(last) {
        return Some(Source::Pronoun(last));
    }
    let mut first = last;
    while first > s0 {
        let p = first - 1;
        let w = st.w(p);
        if st.kind(p) != TokKind::Word || st.quoted(p) {
            // "Fox News's" or "Zelensky's" possessives are words; a hyphen
            // between name parts joins.
            if st.is_punct(p, "-") || st.is_punct(p, "&") {
                first = p;
                continue;
            }
            break;
        }
        if is_in(&["of", "for", "at", "from"], w) {
            first = p;
            continue;
        }
        if st.in_list(p, &NP_LEFT_BOUNDARY) || st.in_list(p, &SKIPPABLE_BEFORE_CUE) && !st.is_cap(p)
        {
            break;
        }
        if st.pronoun(p) {
            break;
        }
        first = p;
        if last - first > 12 {
            return None;
        }
    }
    // Drop a leading preposition left over ("of", "for").
    while first < last && is_in(&["of", "for", "at", "from"], st.w(first)) {
        first += 1;
    }
    // A lone adverb ("while systematically downplaying") names no one.
    if first == last && st.w(first).ends_with("ly") && !st.is_cap(first) {
        return None;
    }
    Some(Source::Np(first, last))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    That,
    Quote,
    ObjThat,
    ObjTo,
    To,
    Wh,
    Np,
}

/// Where forward content starts after a cue: skips adjuncts ("on Monday",
/// "via Telegram", "in a statement") and the addressee, then reads the
/// frame. Returns the first content token, the addressee's tokens and the
/// frame used.
fn forward_start(
    st: &Stage<'_, '_>,
    r: std::ops::Range<usize>,
    cue: &'static Cue,
    mention_end: &dyn Fn(usize) -> Option<usize>,
) -> Option<(usize, Option<TokRange>, Mode)> {
    let end = r.end;
    let mut j = r.start;
    let mut addressee = None;
    let mut steps = 0;
    loop {
        steps += 1;
        if j >= end || steps > 12 {
            return None;
        }
        let w = st.w(j);
        if st.kind(j) == TokKind::Punct && matches!(w, "," | ":" | "\u{2014}" | "\u{2013}" | "-") {
            j += 1;
            continue;
        }
        if st.opens(j).is_some() {
            break;
        }
        if st.is_word(j) && st.in_list(j, &TIME_WORDS) && !st.is(j, "this") {
            j += 1;
            continue;
        }
        if st.is_word(j) && is_day_or_month(w) {
            j += 1;
            continue;
        }
        // "vowed on Sunday to ...", "pledged earlier this week to ...".
        if let Some(k) = st.doc.time_adjunct_end(j, end) {
            j = k;
            continue;
        }
        // "said of the senator, “...”", "said of Trump that ...": who or
        // what the words are about, before a quotation or "that".
        if st.is_word(j)
            && st.in_list(j, &["of", "about"])
            && cue.has(frame::QUOTE | frame::THAT)
            && let Some(k) = (j + 1..(j + 9).min(end)).find(|&k| {
                st.is(k, "that")
                    || st.opens(k).is_some()
                    || (st.kind(k) == TokKind::Punct && !matches!(st.w(k), "-" | "'s"))
            })
            && k > j + 1
            && (st.is(k, "that")
                || st.opens(k).is_some()
                || (matches!(st.w(k), "," | ":") && k + 1 < end && st.opens(k + 1).is_some()))
        {
            j = k;
            continue;
        }
        // An adjunct phrase: a preposition and a short phrase up to "that",
        // a comma, a colon or a quotation.
        if st.is_word(j) && st.in_list(j, ADJUNCT_PREPOSITIONS) {
            if st.is(j, "to") && cue.has(frame::TO) && !cue.has(frame::OBJ_THAT) {
                break;
            }
            let lim = (j + 9).min(end);
            let stop = (j + 1..lim).find(|&k| {
                (st.is(k, "that") && !st.that_time(k))
                    || st.opens(k).is_some()
                    || (st.kind(k) == TokKind::Punct && matches!(st.w(k), "," | ":"))
            });
            match stop {
                Some(k) => {
                    if st.is(j, "to") && addressee.is_none() {
                        addressee = Some((j + 1, k - 1));
                    }
                    j = k;
                    continue;
                }
                // "made clear to Minister Gallant his support": a named
                // addressee, then the content.
                None => match (j + 1..(j + 3).min(end)).find_map(mention_end) {
                    Some(last) if st.in_list(j, &["to", "with"]) && last + 1 < end => {
                        if addressee.is_none() {
                            addressee = Some((j + 1, last));
                        }
                        j = last + 1;
                        continue;
                    }
                    _ => break,
                },
            }
        }
        break;
    }
    if j >= end {
        return None;
    }
    if let Some(q) = st.opens(j) {
        // A quoted title before "that" is the addressee ("told MSNBC's
        // “Morning Joe” that ...").
        if q.closed
            && (q.len() <= 4 || title_case(st, q))
            && q.close + 1 < end
            && st.is(q.close + 1, "that")
            && cue.has(frame::THAT | frame::OBJ_THAT)
        {
            return Some((
                q.close + 2,
                addressee.or(Some((q.open + 1, q.close - 1))),
                Mode::That,
            ));
        }
        if cue.has(frame::QUOTE | frame::THAT | frame::OBJ_THAT) {
            return Some((q.open, addressee, Mode::Quote));
        }
        return None;
    }
    if st.is(j, "that") && cue.has(frame::THAT | frame::OBJ_THAT) {
        return Some((j + 1, addressee, Mode::That));
    }
    if cue.has(frame::WH) && st.in_list(j, WH_WORDS) {
        return Some((j, addressee, Mode::Wh));
    }
    if st.is(j, "to") && cue.has(frame::TO) {
        return Some((j + 1, addressee, Mode::To));
    }
    if cue.has(frame::OBJ_TO | frame::OBJ_THAT) {
        // The addressee: a short phrase up to "to" / "that" / an adjunct /
        // a new clause.
        let lim = (j + 8).min(end);
        let mut k = j + 1;
        while k < lim
            && st.is_word(k)
            && !st.is(k, "to")
            && !st.is(k, "that")
            && !st.in_list(k, ADJUNCT_PREPOSITIONS)
            && !st.in_list(k, &DETERMINERS)
            && !st.pronoun(k)
            && !st.in_list(k, &FINITE_VERBS)
        {
            k += 1;
        }
        let obj = (j, k - 1);
        let obj_ok = st.is_word(j)
            && !st.in_list(j, &FINITE_VERBS)
            && !st.in_list(j, ADJUNCT_PREPOSITIONS)
            && !st.is(j, "that");
        if obj_ok && k < end {
            if st.is(k, "to") && cue.has(frame::OBJ_TO) {
                return Some((j, Some(obj), Mode::ObjTo));
            }
            if cue.has(frame::OBJ_THAT) {
                // Adjuncts after the addressee: "told reporters on Monday".
                let mut c = k;
                let mut guard = 0;
                while c < end && guard < 10 {
                    guard += 1;
                    if st.is(c, "that")
                        || st.is_punct(c, ",")
                        || st.is_punct(c, ":")
                        || st.in_list(c, &TIME_WORDS)
                        || is_day_or_month(st.w(c))
                    {
                        c += 1;
                    } else if st.in_list(c, ADJUNCT_PREPOSITIONS) {
                        c += 1;
                        // "in an interview", "on his show": the object's
                        // determiner.
                        if c < end && st.in_list(c, &DETERMINERS) && !st.pronoun(c) {
                            c += 1;
                        }
                        while c < end
                            && st.is_word(c)
                            && !st.in_list(c, &DETERMINERS)
                            && !st.is(c, "that")
                            && !st.pronoun(c)
                        {
                            c += 1;
                            if is_day_or_month(st.w(c - 1)) {
                                break;
                            }
                        }
                    } else {
                        break;
                    }
                }
                // A quoted show title after the addressee ("told MSNBC's
                // “Morning Joe” that").
                if let Some(q) = st.opens(c)
                    && q.closed
                    && (q.len() <= 4 || title_case(st, q))
                    && q.close + 2 < end
                    && st.is(q.close + 1, "that")
                {
                    return Some((q.close + 2, Some(obj), Mode::ObjThat));
                }
                if c < end && (starts_clause(st, c) || st.opens(c).is_some()) {
                    if let Some(q) = st.opens(c) {
                        return Some((q.open, Some(obj), Mode::Quote));
                    }
                    return Some((c, Some(obj), Mode::ObjThat));
                }
            }
        }
        if cue.has(frame::OBJ_THAT) && !cue.has(frame::THAT | frame::NP) {
            return None;
        }
    }
    if cue.has(frame::THAT) && starts_clause(st, j) {
        return Some((j, addressee, Mode::That));
    }
    if cue.has(frame::NP | frame::AS) && starts_np(st, j) {
        return Some((j, addressee, Mode::Np));
    }
    // "called it "absolute chaos"", "called that report a "lie"": a
    // pronoun or demonstrative object, then the quoted name it is given.
    if cue.has(frame::AS)
        && st.in_list(
            j,
            &["it", "him", "her", "them", "that", "this", "those", "these"],
        )
        && ((j + 1..(j + 6).min(end)).any(|k| st.opens(k).is_some())
            // "called him a liar", "described it as a disgrace".
            || (j + 2 < end && st.in_list(j + 1, &["a", "an", "as"])))
    {
        return Some((j, addressee, Mode::Np));
    }
    // "said people in the vicinity should stay home", "said much of the
    // talk was about Israel": a subject of a few words, then a finite verb.
    if cue.has(frame::THAT) && clause_ahead(st, j, end) {
        return Some((j, addressee, Mode::That));
    }
    None
}

/// The last token from `first` to `last` that is no punctuation, closing
/// quotation marks kept.
fn trim_punct(st: &Stage<'_, '_>, first: usize, mut last: usize) -> usize {
    while last > first && st.kind(last) == TokKind::Punct && st.closes(last).is_none() {
        last -= 1;
    }
    last
}

/// The first token from `a` (before `limit`) past leading "but", "and"
/// and "so".
fn after_conjunctions(st: &Stage<'_, '_>, mut a: usize, limit: usize) -> usize {
    while a < limit && st.in_list(a, &["but", "and", "so"]) {
        a += 1;
    }
    a
}

/// True when a quotation of up to ten words reads as a title ("This Week
/// With George Stephanopoulos"): every word capitalised but short function
/// words.
fn title_case(st: &Stage<'_, '_>, q: &Quote) -> bool {
    q.len() <= 10
        && (q.open + 1..q.close).all(|k| {
            !st.is_word(k)
                || st.is_cap(k)
                || st.in_list(
                    k,
                    &[
                        "a", "an", "the", "of", "with", "and", "in", "on", "for", "to",
                    ],
                )
        })
}

/// True when a subject phrase from `j` reaches a finite auxiliary within a
/// few words, before any clause break: a that-less content clause.
fn clause_ahead(st: &Stage<'_, '_>, j: usize, end: usize) -> bool {
    if !st.is_word(j)
        || st.in_list(j, ADJUNCT_PREPOSITIONS)
        || st.in_list(j, &FINITE_VERBS)
        || st.in_list(
            j,
            &[
                "to",
                "not",
                "so",
                "nothing",
                "something",
                "anything",
                "little",
                "goodbye",
                "yes",
                "no",
                "it",
                "him",
                "her",
                "them",
                "thanks",
                "hello",
            ],
        )
    {
        return false;
    }
    // A quotation may open on the verb ("said places such as Iowa “have
    // more of a historical resonance”").
    (j + 1..(j + 10).min(end))
        .take_while(|&k| {
            st.is_word(k)
                || (st.kind(k) == TokKind::Number)
                || st.is_punct(k, "'s")
                || st.opens(k).is_some()
        })
        .any(|k| st.is_word(k) && finite_verb_at(st, k))
}

/// True when token `k`, inside a phrase, is a finite verb: an auxiliary,
/// a common verb whose form shows it ("cost", "wants"), or a lower-case
/// past form in "-ed" after a word that is no determiner or preposition
/// and before no "by" (not a passive participle: "the people killed by").
fn finite_verb_at(st: &Stage<'_, '_>, k: usize) -> bool {
    if st.in_list(k, &FINITE_VERBS) || st.in_list(k, &FINITE_LEXICAL) {
        return true;
    }
    let w = st.w(k);
    k > 0
        && w.len() >= 5
        && w.ends_with("ed")
        && !st.is_cap(k)
        && st.is_word(k - 1)
        && !st.in_list(k - 1, &DETERMINERS)
        && !st.in_list(k - 1, ADJUNCT_PREPOSITIONS)
        && !st.in_list(
            k - 1,
            &["of", "for", "and", "or", "newly", "recently", "well"],
        )
        && !(k + 1 < st.doc.tokens.len() && st.in_list(k + 1, &["by", "in", "at", "on"]))
}

/// True when a that-less content clause can start at token `j` ("said
/// Russia would", "said he", "said the talks").
fn starts_clause(st: &Stage<'_, '_>, j: usize) -> bool {
    let w = st.w(j);
    match st.kind(j) {
        TokKind::Number => true,
        TokKind::Quote => st.opens(j).is_some(),
        TokKind::Punct => false,
        TokKind::Word => {
            st.pronoun(j)
                || st.in_list(j, &DETERMINERS)
                // "said there'll be more".
                || contracted_word(st.doc.key(j)) == Some("there")
                || is_in(
                    &[
                        "there", "if", "when", "while", "because", "unless", "despite", "although",
                        "as",
                    ],
                    w,
                )
                || (st.is_cap(j) && !st.in_list(j, ADJUNCT_PREPOSITIONS))
                || (st.is_word(j)
                    && j + 1 < st.doc.tokens.len()
                    && st.in_list(j + 1, &FINITE_VERBS))
        }
    }
}

/// True when a noun phrase can start at token `j`.
fn starts_np(st: &Stage<'_, '_>, j: usize) -> bool {
    if !st.is_word(j) && st.kind(j) != TokKind::Number {
        return st.opens(j).is_some();
    }
    !st.in_list(j, ADJUNCT_PREPOSITIONS)
        && !st.in_list(j, &FINITE_VERBS)
        && !st.in_list(j, &NP_LEFT_BOUNDARY)
        && !st.in_list(
            j,
            &[
                "of", "for", "at", "from", "not", "as", "out", "up", "down", "off", "back", "away",
                "so", "too", "very", "it", "him", "her", "them",
            ],
        )
}

/// The content from token `start`: up to the end of its quotation if it
/// opens one, else to the end of the sentence, cut at a clause break or
/// where another attribution begins. Returns the spans and whether it is a direct
/// quotation.
fn content_tokens(
    st: &Stage<'_, '_>,
    mut start: usize,
    end: usize,
    mode: Mode,
) -> Option<(Vec<Span>, bool)> {
    // Content never starts with a comma ("indicated that, if necessary").
    while start < end && st.kind(start) == TokKind::Punct && matches!(st.w(start), "," | ":" | ";")
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    // "... with promises to shake things up, Stovall said": a short
    // attribution that ends the sentence after a comma is another
    // statement's, never this one's content.
    if start > 1
        && st.is_punct(start - 1, ",")
        && !st.is(start - 2, "that")
        && end - start <= 6
        && attribution_follows(st, start, end)
    {
        return None;
    }
    // A clause joined by a conjunction is not what was said: "did not
    // respond to the requests, but he was copied ...", "what she wants and
    // Trump's supporters ...". "said as much", "said so" refer back and
    // say nothing themselves.
    let comma_before = start > 0 && st.is_punct(start - 1, ",");
    if mode != Mode::Quote
        && ((comma_before && st.in_list(start, &["but", "yet"]))
            || (!comma_before && st.in_list(start, &["and", "but", "or"]))
            || (st.is(start, "as") && start + 1 < end && st.is(start + 1, "much"))
            || (st.is(start, "so") && (start + 1 >= end || !st.is_word(start + 1))))
    {
        return None;
    }
    if let Some(q) = st.opens(start) {
        if q.len() == 0 {
            return None;
        }
        // "points out that ''the penalties are so light'' that companies
        // ...": a quotation that only opens the clause after "that" is
        // part of it; the whole clause is what was said.
        let opens_clause = matches!(mode, Mode::That | Mode::ObjThat)
            && start > 0
            && st.is(start - 1, "that")
            && q.closed
            && q.close + 1 < end
            && st.is_word(q.close + 1);
        if !opens_clause {
            return Some((vec![q.inner], true));
        }
    }
    let mut last = start;
    let mut i = start;
    while i < end {
        if st.kind(i) == TokKind::Punct && matches!(st.w(i), ";") && !st.quoted(i) {
            break;
        }
        // "His aides say X but noted that Y": a new cue for the same source.
        if i > start && st.in_list(i, &["but", "and"]) && !st.quoted(i) && i + 1 < end {
            let lex = &*CUES;
            if let Some((idx, n)) = lex
                .forms
                .longest(|k| (i + 1 + k < end).then(|| st.doc.low(i + 1 + k)))
            {
                let c = &lex.cues[idx as usize];
                let after = i + 1 + n;
                // "... and said, "...", "... but said she should ...": a
                // finite reporting verb with its own clause.
                if !c.weak
                    && !c.noun
                    && c.has(frame::THAT | frame::QUOTE | frame::WH)
                    && (after >= end
                        || st.is(after, "that")
                        || st.opens(after).is_some()
                        || st.is_punct(after, ":")
                        || (st.is_punct(after, ",")
                            && after + 1 < end
                            && st.opens(after + 1).is_some())
                        || (c.has(frame::THAT)
                            && finite_cue_form(st.doc.key(i + 1))
                            && starts_clause(st, after))
                        // "... and questioned how he would be helped".
                        || (c.has(frame::WH)
                            && finite_cue_form(st.doc.key(i + 1))
                            && st.in_list(after, WH_WORDS)))
                {
                    break;
                }
                // "criticized the deals and called for tariffs": after an
                // object, a coordinated reporting verb is the speaker's
                // next act.
                // So is a present one ("condemns this launch and calls on
                // the DPRK to ..."), unless a preposition makes it a plural
                // noun ("the killings and attacks on civilians").
                if mode == Mode::Np && !c.weak && !c.noun {
                    let w = st.doc.key(i + 1);
                    let past = st.w(i + 1).ends_with("ed");
                    let present = w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && after < end
                        && !st.in_list(after, ADJUNCT_PREPOSITIONS)
                        && !st.in_list(after, &["of", "and", "or"])
                        && !st.is_punct(after, ",");
                    if past || present {
                        break;
                    }
                }
            }
        }
        // "Democrats want X, and Republicans want Y": after a comma, a
        // conjunction and a new subject of a few words before a reporting
        // verb begin another attribution.
        if i > start
            && st.is_punct(i - 1, ",")
            && st.in_list(i, &["and", "but", "while"])
            && !st.quoted(i)
            && new_subject_cue(st, i + 1, end)
        {
            break;
        }
        // "he was copied on the questions and Gates said he ...": a
        // coordinated clause whose subject is a name or a pronoun and whose
        // verb reports is another attribution.
        if i > start
            && matches!(mode, Mode::Np | Mode::To | Mode::ObjTo)
            && st.in_list(i, &["and", "but"])
            && !st.quoted(i)
            && i + 1 < end
            && (st.is_cap(i + 1) || st.in_list(i + 1, &["he", "she", "they", "we", "i"]))
            && new_subject_cue(st, i + 1, end)
        {
            break;
        }
        // A comma inside a closing quotation ('was "corrupt," noting
        // that ...') ends the phrase like one outside it.
        let comma = (st.is_punct(i, ",") && !st.quoted(i))
            || (i > start && st.closes(i).is_some() && st.is_punct(i - 1, ","));
        if comma && i + 1 < end {
            let n = i + 1;
            // "wondered whether ..., engaging in ...": a participle clause
            // belongs to the sentence, not to what was said.
            // A participle phrase set between commas before the clause's
            // verb ("the records, numbering 1,000 pages, be released")
            // belongs to its subject.
            let parenthetical = || {
                (n + 1..(n + 12).min(end))
                    .find(|&k| st.is_punct(k, ",") && !st.quoted(k))
                    .is_some_and(|m| {
                        m + 1 < end && (st.in_list(m + 1, &FINITE_VERBS) || st.is(m + 1, "be"))
                    })
            };
            let stop = st.in_list(n, CLAUSE_BREAKERS)
                || (st.is(n, "according") && n + 1 < end && st.is(n + 1, "to"))
                // ", he said" / ", said Peskov" / ", adding that": another
                // attribution begins.
                || attribution_follows(st, n, end)
                || (mode != Mode::Quote && participle_clause(st, n) && !parenthetical());
            if stop {
                // The closing mark after a comma inside it stays.
                if st.closes(i).is_some() {
                    last = i;
                }
                break;
            }
        }
        last = i;
        i += 1;
    }
    // Trim trailing commas and dashes.
    let last = trim_punct(st, start, last);
    if last < start {
        return None;
    }
    let mut span = st.doc.span(start, last);
    // A content that ends with a closing mark whose quote opened inside the
    // content keeps the mark; one that opened before does not.
    if let Some(q) = st.closes(last)
        && q.open < start
    {
        span = Span::ordered(span.start(), st.doc.tokens[last].start as usize);
    }
    let direct = false;
    Some((vec![span], direct))
}

/// True when the first word of a cue has a finite form of its own (a past
/// "said", "warned", "told", or a present "says"): coordinated after "and",
/// it begins a new report; a bare form ("and find a solution") continues
/// the clause it is in.
fn finite_cue_form(w: &str) -> bool {
    (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')))
        || is_in(&["said", "told", "wrote", "thought", "felt", "knew"], w)
}

/// True when a subject of one to four words starts at token `j` and a
/// reporting verb (not a noun, not a weak cue) follows it, in the form of
/// a finite verb (not a participle in "-ing").
fn new_subject_cue(st: &Stage<'_, '_>, j: usize, end: usize) -> bool {
    if j >= end || !st.is_word(j) || st.in_list(j, &FINITE_VERBS) || st.quoted(j) {
        return false;
    }
    let lex = &*CUES;
    (j + 1..(j + 5).min(end)).any(|k| {
        (j..k).all(|m| {
            st.is_word(m)
                && !st.in_list(m, &FINITE_VERBS)
                && !st.in_list(m, ADJUNCT_PREPOSITIONS)
                && !st.in_list(m, &NP_LEFT_BOUNDARY)
        }) && !st.w(k).ends_with("ing")
            && st
                .doc
                .phrase_at(&lex.forms, k, end)
                .is_some_and(|(idx, n)| {
                    let c = &lex.cues[idx as usize];
                    // "and the fears over terrorism": a plural noun that
                    // looks like a verb in "-s", before a preposition or
                    // nothing, is a list's next item.
                    let after = k + n;
                    let noun_like = n == 1
                        && st.w(k).ends_with('s')
                        && !st.is(k, "says")
                        && (after >= end
                            || !st.is_word(after)
                            || st.in_list(after, ADJUNCT_PREPOSITIONS)
                            || st.in_list(after, &["of", "for", "about", "and", "or"]));
                    !c.weak && !c.noun && !noun_like
                })
    })
}

/// True when a participle clause ("engaging in ...", "citing ...") starts
/// at token `n`; not a preposition or noun ending in -ing ("including",
/// "during", "morning").
fn participle_clause(st: &Stage<'_, '_>, n: usize) -> bool {
    let w = st.w(n);
    st.is_word(n)
        && w.len() > 5
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !st.in_list(
            n,
            &[
                "including",
                "during",
                "notwithstanding",
                "concerning",
                "regarding",
                "following",
                "excluding",
                "nothing",
                "something",
                "anything",
                "everything",
                "morning",
                "evening",
                "spring",
                "string",
                "ceiling",
                "building",
                "meeting",
                "funding",
                "spending",
                "training",
                "housing",
                "bombing",
                "shooting",
                "fighting",
                "ruling",
                "warning",
                "briefing",
                "hearing",
                "offering",
                "setting",
                "opening",
                "ending",
            ],
        )
}

/// True when an attribution ("he said", "said Peskov", "adding") starts
/// at token `n`.
fn attribution_follows(st: &Stage<'_, '_>, n: usize, end: usize) -> bool {
    let lex = &*CUES;
    let cue_at = |i: usize| st.doc.phrase_at(&lex.forms, i, end);
    if let Some((idx, _)) = cue_at(n) {
        let c = &lex.cues[idx as usize];
        return c.has(frame::QUOTE) || st.w(n).ends_with("ing");
    }
    // A short subject then a cue: ", he said", ", the official added".
    for len in 1..=4 {
        let i = n + len;
        if i >= end {
            break;
        }
        if let Some((idx, _)) = cue_at(i) {
            let c = &lex.cues[idx as usize];
            return c.has(frame::QUOTE) && (n..i).all(|k| st.is_word(k));
        }
    }
    false
}

/// Reads `CONTENT, SOURCE CUE [adjuncts].` and `CONTENT, CUE SOURCE.`
#[allow(clippy::too_many_arguments)]
fn read_backward(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    si: usize,
    range: std::ops::Range<usize>,
    (cf, cl): (usize, usize),
    cue: &'static Cue,
    left: Option<Source>,
    drafts: &[Draft],
) -> Option<Draft> {
    if !cue.has(frame::QUOTE | frame::THAT) {
        return None;
    }
    let s0 = range.start;
    let end = content_end_limit(st, range.clone());
    // Where the source starts (left) or the cue starts (inverted), and the
    // source tokens.
    let (boundary, source) = match left {
        Some(Source::Np(a, b)) => (a, Source::Np(a, b)),
        Some(Source::Appos(a, b, c, d)) => (a, Source::Appos(a, b, c, d)),
        Some(Source::Pronoun(p)) => (p, Source::Pronoun(p)),
        _ => {
            // Inverted: ", said Peskov." The source follows the cue; never
            // after a participle ("declaring it “...”"), never an object
            // pronoun.
            if st.w(cf).ends_with("ing")
                || st.in_list(cl + 1, &["it", "him", "them", "me", "us", "her"])
            {
                return None;
            }
            let (a, b) = np_right(st, cl + 1, end)?;
            (cf, Source::Np(a, b))
        }
    };
    let after_source = match source {
        Source::Np(_, b) | Source::Pronoun(b) if b > cl => b + 1,
        // '"...," a supporter wrote on Reddit': a cue that ends in "on" is
        // followed by its object, an adjunct.
        _ if cl > cf && st.is(cl, "on") => cl,
        _ => cl + 1,
    };
    // What follows the attribution must be adjuncts only, up to the end or
    // a new quotation (a split quote) or ", adding ...".
    // "X, he added, Y": an attribution set inside the sentence between
    // commas; what was said is both parts.
    if boundary > s0 + 1
        && st.is_punct(boundary - 1, ",")
        && after_source + 1 < end
        && st.is_punct(after_source, ",")
        && st.opens(after_source + 1).is_none()
        && !st.w(after_source + 1).ends_with("ing")
        && !st.in_list(after_source + 1, CLAUSE_BREAKERS)
        && !st.in_list(after_source + 1, &["and", "who", "which", "according"])
        && !appositive_of_source(st, after_source + 1, end)
        && st.closes(boundary - 2).is_none()
    {
        let a = after_conjunctions(st, s0, boundary - 1);
        if boundary - 1 > a + 1 {
            let before = st.doc.span(a, boundary - 2);
            let after = st.doc.span(after_source + 1, end - 1);
            let speaker = speaker_of(st, res, source, si, drafts, s0, cf)?;
            return Some(
                Draft::new(
                    speaker,
                    source_tokens(source),
                    (cf, cl),
                    vec![before, after],
                    si,
                )
                .said(cue.act, cue.lemma.as_str()),
            );
        }
    }
    // A cue that takes an object may be followed by it ("he told
    // reporters").
    let obj_ok = cue.has(frame::OBJ_THAT | frame::OBJ_TO) && after_source == cl + 1;
    // After a closed quotation, a participle clause may follow ('"...,"
    // he said introducing ...').
    let after_quote = boundary > s0
        && (st.closes(boundary - 1).is_some()
            || (boundary > s0 + 1
                && st.is_punct(boundary - 1, ",")
                && st.closes(boundary - 2).is_some()));
    let (rest_end, tail_quote) = tail(st, after_source, end, obj_ok, after_quote)?;
    let _ = rest_end;
    // What precedes: a comma or a closing quotation mark right before the
    // attribution.
    if boundary <= s0 {
        return None;
    }
    let mut b = boundary - 1;
    let mut spans = Vec::new();
    let mut direct = false;
    // Skip the comma, keep a closing quote.
    if st.is_punct(b, ",")
        || st.is_punct(b, ":")
        || st.kind(b) == TokKind::Punct && matches!(st.w(b), "\u{2014}" | "\u{2013}")
    {
        if b == s0 {
            return None;
        }
        b -= 1;
    }
    if let Some(q) = st.closes(b) {
        // “...,” he said. A quotation opened inside a clause ('Trump's
        // remarks were "the textbook definition of a racist comment," Ryan
        // said') is part of what was said: the content is the clause.
        let a = after_conjunctions(st, s0, q.open);
        let words_before = (a..q.open).filter(|&k| st.is_word(k)).count();
        // Not a quotation set off by a comma, colon or dash ('he warned,
        // "..."'), nor one after another quotation.
        if q.open > a
            && words_before >= 2
            && st.is_word(q.open - 1)
            && !(a..q.open).any(|k| st.quote_of(k).is_some())
        {
            spans.push(st.doc.span(a, q.open).cover(q.inner));
        } else {
            spans.push(q.inner);
            direct = true;
        }
    } else if st.is_punct(boundary - 1, ",") && !cue.weak && tail_quote.is_some() {
        // "After winning Ohio, Kasich said, “...”": with a quotation after
        // the attribution, the phrase before it is an adjunct.
        direct = true;
    } else if st.is_punct(boundary - 1, ",") && !cue.weak {
        // ..., sources said. Content from the sentence start (after a
        // leading conjunction) to the comma.
        let mut a = s0;
        while a < b
            && (st.in_list(a, &["but", "and", "so"]) || st.opens(a).is_some_and(|q| q.close > b))
        {
            a += 1;
        }
        if a >= b || b - a < 2 {
            return None;
        }
        // "After the court refused, Schuette asked the Supreme Court for
        // ...": a fronted subordinate clause alone is no content.
        if st.in_list(a, SUBORDINATORS) && !(a..b).any(|k| st.is_punct(k, ",")) {
            return None;
        }
        let mut last = b;
        while last > a && st.kind(last) == TokKind::Punct {
            last -= 1;
        }
        spans.push(st.doc.span(a, last));
    } else {
        return None;
    }
    if let Some(q) = tail_quote {
        spans.push(q.inner);
    }
    let speaker = speaker_of(st, res, source, si, drafts, s0, cf)?;
    Some(
        Draft::new(speaker, source_tokens(source), (cf, cl), spans, si)
            .said(cue.act, cue.lemma.as_str())
            .quoted(direct),
    )
}

/// Conjunctions that open a fronted subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "although", "though", "because", "since", "if", "once",
    "until", "unless", "as", "whereas",
];

/// True when the phrase from `i` describes the source before it ("...,
/// said David Autor, a professor of economics at M.I.T., who is ..."): it
/// opens with a determiner and has no finite verb but in a relative
/// clause.
fn appositive_of_source(st: &Stage<'_, '_>, i: usize, end: usize) -> bool {
    if !st.in_list(i, &DETERMINERS) {
        return false;
    }
    for k in i + 1..end {
        if st.in_list(k, &["who", "whose", "which", "whom"]) || st.opens(k).is_some() {
            return true;
        }
        if st.in_list(k, &FINITE_VERBS) || st.is(k, "that") {
            return false;
        }
    }
    true
}

/// The noun phrase that starts at `i` (after an inverted cue).
fn np_right(st: &Stage<'_, '_>, i: usize, end: usize) -> Option<(usize, usize)> {
    let wordish =
        |k: usize| st.is_word(k) || st.kind(k) == TokKind::Number || (st.is_punct(k, "/") && k > i);
    if i >= end || !wordish(i) || st.in_list(i, ADJUNCT_PREPOSITIONS) || st.is(i, "that") {
        return None;
    }
    let mut j = i;
    while j + 1 < end
        && wordish(j + 1)
        && !st.in_list(j + 1, &NP_LEFT_BOUNDARY)
        && !st.in_list(j + 1, &["in", "on", "at", "during", "via", "who", "which"])
    {
        j += 1;
        if j - i > 8 {
            return None;
        }
    }
    Some((i, j))
}

/// After an attribution: adjuncts only ("on Thursday", "in a statement",
/// "on Fox News's “Fox and Friends”"), then the end of the sentence, or a
/// comma and a new quotation (returned), or ", adding". Returns None when
/// a clause follows instead.
fn tail<'q>(
    st: &'q Stage<'_, '_>,
    from: usize,
    end: usize,
    obj_ok: bool,
    participle_ok: bool,
) -> Option<(usize, Option<&'q Quote>)> {
    let mut i = from;
    let mut n = 0;
    // Only adjuncts may follow the attribution: they start with a
    // preposition, a time word or punctuation, never with a new subject.
    if from < end
        && st.is_word(from)
        && !st.in_list(from, ADJUNCT_PREPOSITIONS)
        && !st.in_list(from, &TIME_WORDS)
        // "he said introducing Clinton as ...": a participle clause.
        && !(participle_ok
            && st.w(from).len() > 5
            && st.w(from).ends_with("ing")
            && !st.is_cap(from)
            && !st.in_list(from, &["nothing", "something", "anything", "everything"]))
        && !is_day_or_month(st.w(from))
        && !st.in_list(
            from,
            &[
                "in",
                "at",
                "during",
                "after",
                "before",
                "when",
                "as",
                "of",
                "about",
                "while",
                "because",
                "afterward",
                "afterwards",
                "recently",
                "flatly",
                "bluntly",
                "simply",
                "quietly",
                "sharply",
                "told",
                "tells",
                "adding",
                "according",
                "last",
                "earlier",
                "later",
                "this",
            ],
        )
        && (!obj_ok
            || st.opens(from).is_some()
            || st.pronoun(from)
            // ("told reporters that ...", not "told reporters, adding
            // that ...": only before a comma.)
            || (from..end)
                .take_while(|&k| !st.is_punct(k, ","))
                .any(|k| st.is(k, "that") || st.is(k, "to")))
        && !((st.kind(from) == TokKind::Number
            || st.in_list(
                from,
                &[
                    "several", "two", "three", "a", "an", "the", "some", "many", "few",
                ],
            ))
            && (from + 1..(from + 4).min(end)).any(|k| st.in_list(k, &TIME_WORDS)))
    {
        return None;
    }
    // ", said David Gorski, an associate professor of surgery ...": an
    // appositive describing the source runs to the end.
    if from + 1 < end
        && st.is_punct(from, ",")
        && st.in_list(from + 1, &DETERMINERS)
        && !(from + 1..end)
            .any(|k| st.in_list(k, &FINITE_VERBS) || st.is(k, "that") || st.opens(k).is_some())
    {
        return Some((end, None));
    }
    while i < end {
        if st.is_punct(i, ",") || st.is_punct(i, ":") {
            let nx = i + 1;
            if nx >= end {
                return Some((i, None));
            }
            if let Some(q) = st.opens(nx) {
                return Some((i, Some(q)));
            }
            // ", adding that ...": another statement; this one ends here.
            // ", asked about ...", ", pressed on ...": a past participle
            // tells the circumstances of the attribution.
            if st.w(nx).ends_with("ing")
                || st.in_list(nx, CLAUSE_BREAKERS)
                || st.in_list(nx, CIRCUMSTANCE_PARTICIPLES)
                || st.is(nx, "and")
                || st.is(nx, "who")
                || st.is(nx, "which")
                // '"...," he said, just prior to the announcement that
                // ...': after a quotation and its attribution, what
                // follows a comma is circumstance, unless the quotation
                // goes on after a later comma ('said in Kenansville, N.C.,
                // "but ..."').
                || (participle_ok
                    && !(nx + 1..end).any(|k| st.opens(k).is_some() && st.is_punct(k - 1, ",")))
            {
                return Some((i, None));
            }
            i += 1;
            continue;
        }
        if let Some(q) = st.opens(i) {
            // A short quoted title is an adjunct ("on “Fox and Friends”").
            if q.len() <= 5 && q.closed {
                i = q.close + 1;
                continue;
            }
            return Some((i, Some(q)));
        }
        // "..., said George Allen, a Republican who flirted with a run":
        // the rest describes the source.
        if st.in_list(i, &["who", "whose", "which", "whom"])
            && i > from
            && (from..i).any(|k| st.is_punct(k, ","))
        {
            return Some((end, None));
        }
        // "..., said O'Neill, on what was his first day": a free relative
        // after a preposition is part of an adjunct, not a new clause.
        if st.in_list(i, &["what", "where", "whatever"])
            && i > from
            && st.in_list(i - 1, ADJUNCT_PREPOSITIONS)
        {
            return Some((end, None));
        }
        // '"...," she said at a news conference announcing that ...': after
        // a quotation, a participle after the adjunct's noun modifies it;
        // the rest is no clause of the attribution.
        if participle_ok
            && i > from
            && st.is_word(i - 1)
            && !st.in_list(i - 1, &FINITE_VERBS)
            && participle_clause(st, i)
        {
            return Some((end, None));
        }
        // '"...," Le Pen told CNN when asked ...', '"...," she told a crowd,
        // after Arizona was called': after a quotation, a subordinate
        // clause that follows the attribution is no content of it, also
        // right after the cue ('"Absolutely," he said when asked if ...').
        if participle_ok
            && st.in_list(
                i,
                &[
                    "when", "after", "before", "while", "as", "because", "since", "although",
                    "though", "until", "once",
                ],
            )
        {
            return Some((end, None));
        }
        if st.in_list(i, &FINITE_VERBS) || (st.is(i, "that") && !st.that_time(i)) {
            return None;
        }
        n += 1;
        if n > 20 {
            return None;
        }
        i += 1;
    }
    Some((end, None))
}

/// `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE`.
fn read_according(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    si: usize,
    range: std::ops::Range<usize>,
    (cf, cl): (usize, usize),
    cue: &'static Cue,
) -> Option<Draft> {
    let (s0, sent_end) = (range.start, range.end);
    let end = content_end_limit(st, range);
    let src_first = cl + 1;
    // 'citing “the unique magic of Trump,”': a quotation is what is
    // cited, no source.
    if src_first >= end || st.opens(src_first).is_some() {
        return None;
    }
    // "(Attributable to Press Secretary Jane Roe)" alone in its paragraph:
    // the paragraphs that follow are what was said.
    let standalone = cf == s0 || (cf == s0 + 1 && st.is_punct(s0, "("));
    if standalone && cue.lemma == "attributable to" {
        let mut src_last = src_first;
        while src_last + 1 < end && !st.is_punct(src_last + 1, ")") && src_last - src_first < 12 {
            src_last += 1;
        }
        let rest_empty = (src_last + 1..end).all(|k| st.kind(k) == TokKind::Punct);
        if !rest_empty {
            return None;
        }
        let content = following_paragraphs(st, sent_end)?;
        // A quotation from its first word to its last is read inside its
        // marks.
        let (content, direct) = match (
            st.opens(st.doc.token_at(content.start())),
            st.doc.text.get(content.range()),
        ) {
            (Some(_), Some(t)) if t.ends_with(['\u{201d}', '"']) => {
                let first = t.chars().next().map_or(0, char::len_utf8);
                let last = t.chars().next_back().map_or(0, char::len_utf8);
                if t.len() <= first + last {
                    return None;
                }
                (
                    Span::ordered(content.start() + first, content.end() - last),
                    true,
                )
            }
            _ => (content, false),
        };
        return source_draft(st, res, (src_first, src_last), (cf, cl), content, si, cue)
            .map(|d| d.quoted(direct));
    }
    // The source runs to a comma or the end; a long one ("early results of
    // the exit poll conducted by Edison Research for the Associated Press
    // and Television Networks,") to its comma.
    let mut src_last = src_first;
    while src_last + 1 < end && !st.is_punct(src_last + 1, ",") && src_last - src_first < 10 {
        src_last += 1;
    }
    if src_last - src_first >= 10
        && let Some(comma) = (src_last + 1..end.min(src_first + 22))
            .find(|&k| st.is_punct(k, ",") || st.kind(k) != TokKind::Word && !st.is_punct(k, "-"))
            .filter(|&k| st.is_punct(k, ","))
    {
        src_last = comma - 1;
    }
    let mut a = after_conjunctions(st, s0, cf);
    // "(the actual number is closer to 15 percent, according to X)": the
    // parenthesis holds the content.
    if let Some(open) = (a..cf)
        .rev()
        .find(|&k| st.is_punct(k, "(") || st.is_punct(k, ")"))
        && st.is_punct(open, "(")
    {
        a = open + 1;
    }
    // "In addition, according to the department, CONTENT": a short
    // opening phrase, then the forward form.
    let opening_only = cf > a
        && cf - a <= 4
        && st.is_punct(cf - 1, ",")
        && src_last + 2 < end
        && st.is_punct(src_last + 1, ",");
    if opening_only {
        // "Salceda, citing data from the State Department, said that
        // ...": the phrase before is the subject of a verb that follows;
        // that verb's statement is the one to read.
        let c0 = src_last + 2;
        if c0 < end
            && finite_cue_form(st.doc.key(c0))
            && st.doc.phrase_at(&CUES.forms, c0, end).is_some()
        {
            return None;
        }
        a = cf;
    }
    let content = if cf <= a {
        // According to X, CONTENT.
        let c0 = src_last + 2;
        if c0 >= end {
            return None;
        }
        st.doc.span(c0, end - 1)
    } else {
        // CONTENT, according to X.
        let mut b = cf - 1;
        while b > a && st.kind(b) == TokKind::Punct {
            b -= 1;
        }
        if b <= a {
            return None;
        }
        st.doc.span(a, b)
    };
    // "Among the precedents at risk, according to Ms. Epstein, are 16
    // ...": an attribution set between commas inside the sentence; what
    // was said is both parts.
    let mut rest = src_last + 2;
    // "..., according to Dennis Ross, another envoy, was a decision": an
    // appositive of the source comes first.
    if let Some(c) = (rest..end).find(|&k| st.is_punct(k, ",") && !st.quoted(k))
        && c + 1 < end
        && st.in_list(c + 1, &FINITE_VERBS)
        && !(rest..c).any(|k| st.in_list(k, &FINITE_VERBS))
    {
        rest = c + 1;
    }
    if cf > a
        && st.is_punct(cf - 1, ",")
        && rest + 1 < end
        && st.is_punct(src_last + 1, ",")
        && !st.is_punct(rest, ",")
        && (rest..end).filter(|&k| st.is_word(k)).count() >= 2
        && !attribution_follows(st, rest, end)
        // A clause goes on, not a phrase that describes the source
        // ("CrowdTangle, a social analytics tool that monitors ...",
        // "supporters, who are ...").
        && !st.in_list(rest, RELATIVES)
        && (rest..end)
            .take_while(|&k| {
                !st.is_punct(k, ",") && !st.in_list(k, &["who", "which", "whose", "that"])
            })
            .any(|k| st.in_list(k, &FINITE_VERBS))
    {
        let last = trim_punct(st, rest, end - 1);
        let mut d = source_draft(st, res, (src_first, src_last), (cf, cl), content, si, cue)?;
        d.content.push(st.doc.span(rest, last));
        return Some(d);
    }
    source_draft(st, res, (src_first, src_last), (cf, cl), content, si, cue)
}

/// The statement of the source phrase `src` (resolved to its actor), cue
/// tokens `cue_toks` and `content`, in sentence `si`.
fn source_draft(
    st: &Stage<'_, '_>,
    res: &mut dyn Resolver,
    src: (usize, usize),
    cue_toks: (usize, usize),
    content: Span,
    si: usize,
    cue: &'static Cue,
) -> Option<Draft> {
    let speaker = res.resolve_source(st.doc, src.0, src.1)?;
    Some(
        Draft::new(speaker, Some(src), cue_toks, vec![content], si)
            .said(cue.act, cue.lemma.as_str()),
    )
}

/// Quotation sentences that follow an attributed sentence in the same
/// paragraph continue its statement.
fn continue_quotes(st: &Stage<'_, '_>, drafts: &mut [Draft]) {
    let doc = st.doc;
    // The statements' owners before any is continued: computed when a
    // quotation first asks, before any statement changes.
    let mut owner: Option<Vec<Option<u32>>> = None;
    for q in st.quotes {
        if q.len() < 2 {
            continue;
        }
        let owner = owner.get_or_insert_with(|| owners(doc, drafts));
        if (q.open..=q.close).any(|k| owner[k].is_some()) {
            continue;
        }
        let si = doc.tokens[q.open].sent as usize;
        let para = doc.tokens[q.open].para;
        // The quotation must be most of its sentence: nothing but marks
        // and punctuation outside it.
        let range = doc.sentences[si].clone();
        let outside = range
            .clone()
            .filter(|&i| (i < q.open || i > q.close) && doc.tokens[i].kind == TokKind::Word)
            .count();
        if outside > 0 {
            continue;
        }
        // The last statement before it, if in the same paragraph (drafts
        // are in text order).
        let before = drafts.partition_point(|d| d.cue.0 < q.open);
        let Some(d) = before.checked_sub(1).and_then(|k| drafts.get_mut(k)) else {
            continue;
        };
        if doc.tokens[d.cue.0].para == para {
            d.content.push(q.inner);
            continue;
        }
        // A quotation left open at the end of a paragraph and reopened at
        // the start of the next continues across them.
        let opens_paragraph = q.open == 0 || doc.tokens[q.open - 1].para != para;
        let runs_on = d.content.last().is_some_and(|c| {
            let last = doc.token_at(c.end()).saturating_sub(1);
            st.quote_of(last).is_some_and(|p| {
                !p.closed
                    && p.inner.end() == c.end()
                    && doc.tokens[p.close].para.wrapping_add(1) == para
            })
        });
        if opens_paragraph && runs_on {
            d.content.push(q.inner);
        }
    }
}

/// Finds each statement's channel in its sentence, carries it to the
/// speaker's next statements in the paragraph, and to earlier ones when a
/// sentence says "made this statement on ...".
fn assign_channels(st: &Stage<'_, '_>, res: &mut dyn Resolver, drafts: &mut [Draft]) {
    let doc = st.doc;
    for d in drafts.iter_mut() {
        let range = doc.sentences[d.sent].clone();
        let content = &d.content;
        let skip = |i: usize| {
            let t = &doc.tokens[i];
            content
                .iter()
                .any(|c| c.start() <= t.start as usize && (t.end as usize) <= c.end())
        };
        d.channel = channels::detect(doc, range, skip);
        // "told NBC News that ...": an interview.
        if d.channel.is_none()
            && d.lemma == "tell"
            && let Some(name) = d
                .addressee_tokens(st)
                .and_then(|(a, b)| channels::outlet_named(doc, a, b))
        {
            d.channel = Some(Channel::new(ChannelKind::Interview).with_name(name));
        }
    }
    // "Foreign Secretary's statement on ..." heading a release, then "X
    // said:" introducing the paragraphs that follow: those paragraphs are
    // the statement. (The opening is read once, for the first such cue.)
    let mut opening: Option<Option<Channel>> = None;
    for d in drafts.iter_mut() {
        let introduces = d.channel.is_none()
            && d.content.first().is_some_and(|c| {
                doc.tokens[d.cue.0].para < doc.tokens[doc.token_at(c.start())].para
            });
        if !introduces {
            continue;
        }
        let found = opening.get_or_insert_with(|| {
            // The sentences before the first introduced statement, at most
            // the first three paragraphs.
            let stop = doc.sentences[d.sent].start;
            doc.sentences
                .iter()
                .take_while(|r| {
                    // (The headline's tokens have no paragraph.)
                    let para = doc.tokens[r.start].para;
                    r.end <= stop && (para < 3 || para == u32::MAX)
                })
                .find_map(|r| channels::detect(doc, r.clone(), |_| false))
                .filter(|c| c.kind() == ChannelKind::Statement)
        });
        d.channel.clone_from(found);
    }
    // "Trump made this statement on his social platform, Truth Social":
    // the channel of the speaker's statements just before.
    for (si, range) in doc.sentences.iter().enumerate() {
        let range = range.clone();
        let refers_back = range.clone().any(|i| {
            doc.tokens[i].kind == TokKind::Word
                && is_in(
                    &[
                        "statement",
                        "statements",
                        "remarks",
                        "comments",
                        "announcement",
                    ],
                    doc.tok(i),
                )
                && i > range.start
                && is_in(
                    &["this", "these", "the", "those", "his", "her", "their"],
                    doc.tok(i - 1),
                )
        }) && range.clone().any(|i| {
            is_in(
                &[
                    "made",
                    "posted",
                    "published",
                    "issued",
                    "delivered",
                    "wrote",
                ],
                doc.tok(i),
            )
        });
        if !refers_back {
            continue;
        }
        let Some(channel) = channels::detect(doc, range.clone(), |_| false) else {
            continue;
        };
        let speaker = sentence_subject(st, res, range.start, range.end);
        let Some(speaker) = speaker else { continue };
        let para = doc.tokens.get(range.start).map_or(0, |t| t.para);
        // The drafts of this paragraph and the one before, walking back
        // from this sentence's end (drafts are in text order).
        let upto = drafts.partition_point(|d| d.cue.0 < range.end);
        for d in drafts[..upto].iter_mut().rev() {
            let dpara = doc.tokens[d.cue.0].para;
            if dpara != para && dpara.wrapping_add(1) != para {
                break;
            }
            if d.speaker == speaker && d.channel.is_none() && d.sent <= si + 2 {
                d.channel = Some(channel.clone());
            }
        }
    }
    // Carry a channel forward to the same speaker's next statements in the
    // paragraph.
    // One pass: each speaker's last channel in the current paragraph.
    let mut last: std::collections::HashMap<ActorIdx, Channel, super::lexicon::FxBuild> =
        std::collections::HashMap::default();
    let mut para = None;
    for d in drafts.iter_mut() {
        let p = doc.tokens[d.cue.0].para;
        if para != Some(p) {
            para = Some(p);
            last.clear();
        }
        match &d.channel {
            Some(c) => {
                last.insert(d.speaker, c.clone());
            }
            None => d.channel = last.get(&d.speaker).cloned(),
        }
    }
}

impl Draft {
    /// The tokens between the cue and the content, for "told NBC News".
    fn addressee_tokens(&self, st: &Stage<'_, '_>) -> Option<(usize, usize)> {
        let first = self.cue.1 + 1;
        let start = self.content.first()?.start();
        let mut last = first;
        while last + 1 < st.doc.tokens.len()
            && (st.doc.tokens[last + 1].end as usize) <= start
            && st.doc.tokens[last + 1].kind == TokKind::Word
            && !st.is(last + 1, "that")
        {
            last += 1;
        }
        (first < st.doc.tokens.len() && st.doc.tokens[first].kind == TokKind::Word)
            .then_some((first, last))
    }
}

impl Resolver for super::actors::ActorSet {
    fn resolve_np(&mut self, doc: &Doc<'_>, first: usize, last: usize) -> Option<ActorIdx> {
        super::actors::ActorSet::resolve_np(self, doc, first, last)
    }

    fn resolve_source(&mut self, doc: &Doc<'_>, first: usize, last: usize) -> Option<ActorIdx> {
        super::actors::ActorSet::resolve_source(self, doc, first, last)
    }

    fn resolve_pronoun(&self, doc: &Doc<'_>, tok: usize) -> Option<ActorIdx> {
        super::actors::ActorSet::resolve_pronoun(self, doc, tok)
    }

    fn mention_at(&self, tok: usize) -> Option<(usize, usize, ActorIdx)> {
        super::actors::ActorSet::mention_at(self, tok).map(|m| (m.first, m.last, m.actor))
    }

    fn kind(&self, idx: ActorIdx) -> ActorKind {
        super::actors::ActorSet::kind(self, idx)
    }
}

/// Turns drafts into statements, with ids, spans, evidence and codes.
/// `ids` maps actor indices to the output ids; drafts whose speaker was
/// dropped are left out. Returns the statements and, for each draft, its
/// statement id.
pub(crate) fn build(
    doc: &Doc<'_>,
    drafts: Vec<Draft>,
    ids: &[Option<crate::model::ActorId>],
    threats: &[super::threats::ThreatDraft],
) -> (
    Vec<crate::model::Statement>,
    Vec<Option<crate::model::StatementId>>,
) {
    use crate::model::{Statement, StatementId};
    let mut out = Vec::with_capacity(drafts.len());
    let mut map = Vec::with_capacity(drafts.len());
    for d in drafts {
        // Content must say something: no empty or blank spans.
        let mut content = d.content;
        content.retain(|c| says_something(doc.text, *c));
        let (Some(speaker), false) = (ids.get(d.speaker).copied().flatten(), content.is_empty())
        else {
            map.push(None);
            continue;
        };
        let id = StatementId::new(out.len() as u32 + 1);
        let cue = doc.span(d.cue.0, d.cue.1);
        // A statement that makes a threat takes the threat's code.
        let k = map.len();
        let coding = match threats.iter().find(|t| t.statement == Some(k)) {
            Some(t) => crate::codes::threat_coding(t.kind, &doc.text[t.action.range()]),
            None => {
                let content_text: std::borrow::Cow<'_, str> = match content.as_slice() {
                    [one] => std::borrow::Cow::Borrowed(&doc.text[one.range()]),
                    _ => std::borrow::Cow::Owned(
                        content
                            .iter()
                            .map(|s| &doc.text[s.range()])
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                };
                crate::codes::statement_coding(d.act, &content_text)
            }
        };
        let mut s = Statement::new(id, speaker, cue, content)
            .with_speech_act(d.act)
            .with_direct(d.direct);
        if let Some((a, b)) = d.source {
            s = s.with_source(doc.span(a, b));
        }
        if let Some(c) = d.channel {
            s = s.with_channel(c);
        }
        for a in &d.addressees {
            if let Some(Some(aid)) = ids.get(*a) {
                s = s.with_addressee(*aid);
            }
        }
        if let Some(c) = coding {
            s = s.with_coding(c);
        }
        let sentence = doc.sent_spans.get(d.sent).copied().unwrap_or(cue);
        let evidence = s.evidence.cover(sentence);
        s = s.with_evidence(evidence);
        map.push(Some(id));
        out.push(s);
    }
    (out, map)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::extract::quotes;
    use crate::model::Article;

    /// A resolver that names actors by the last capitalised word of a
    /// phrase, for testing the stage on its own.
    pub(crate) struct Names {
        pub names: Vec<String>,
        last: Option<usize>,
    }

    impl Default for Names {
        fn default() -> Self {
            // Pronouns with no antecedent resolve to "someone".
            Names {
                names: vec!["someone".into()],
                last: Some(0),
            }
        }
    }

    impl Names {
        fn id(&mut self, name: &str) -> usize {
            match self.names.iter().position(|n| n == name) {
                Some(i) => i,
                None => {
                    self.names.push(name.to_string());
                    self.names.len() - 1
                }
            }
        }
    }

    impl Resolver for Names {
        fn resolve_np(&mut self, doc: &Doc<'_>, first: usize, last: usize) -> Option<ActorIdx> {
            let name = (first..=last)
                .rev()
                .map(|i| doc.tok(i))
                .find(|w| w.chars().next().is_some_and(char::is_uppercase))
                .unwrap_or_else(|| doc.tok(last))
                .to_string();
            let id = self.id(&name);
            self.last = Some(id);
            Some(id)
        }
        fn resolve_source(&mut self, doc: &Doc<'_>, first: usize, last: usize) -> Option<ActorIdx> {
            self.resolve_np(doc, first, last)
        }
        fn resolve_pronoun(&self, _doc: &Doc<'_>, _tok: usize) -> Option<ActorIdx> {
            self.last
        }
        fn mention_at(&self, _tok: usize) -> Option<(usize, usize, ActorIdx)> {
            None
        }
        fn kind(&self, _idx: ActorIdx) -> ActorKind {
            ActorKind::Person
        }
    }

    /// (speaker, cue, content, direct, channel label)
    pub(crate) fn statements(text: &str) -> Vec<(String, String, String, bool, Option<String>)> {
        let Ok(a) = Article::parse(text) else {
            return Vec::new();
        };
        let doc = Doc::new(&a);
        let (q, inside) = quotes::find(&doc);
        let mut names = Names::default();
        let drafts = extract(&doc, &q, &inside, &mut names);
        drafts
            .iter()
            .map(|d| {
                (
                    names.names[d.speaker].clone(),
                    format!("{}|{}", d.lemma, doc.between(d.cue.0, d.cue.1)),
                    d.content
                        .iter()
                        .map(|s| a.slice(*s))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    d.direct,
                    d.channel.as_ref().map(Channel::label),
                )
            })
            .collect()
    }

    #[test]
    fn forward_forms() {
        let s = statements("Peskov said that talks were possible.");
        assert_eq!(s[0].0, "Peskov");
        assert_eq!(s[0].2, "talks were possible");
        let s = statements(
            "Trump called on Putin to act now. He later warned via Telegram that peace matters.",
        );
        assert_eq!(s[0].2, "Putin to act now");
        assert_eq!(s[1].1, "warn|warned");
        assert_eq!(s[1].2, "peace matters");
        assert_eq!(s[1].4.as_deref(), Some("Telegram"));
        let s = statements("The minister told reporters on Monday the deal was dead.");
        assert_eq!(s[0].2, "the deal was dead");
    }

    #[test]
    fn backward_forms() {
        let s = statements("The talks failed, two officials said on Monday.");
        assert_eq!(
            (s[0].0.as_str(), s[0].2.as_str()),
            ("officials", "The talks failed")
        );
        let s = statements("\u{201c}We will win. Russia will lose,\u{201d} said Zelensky.");
        assert_eq!(s[0].0, "Zelensky");
        assert_eq!(s[0].2, "We will win. Russia will lose,");
        assert!(s[0].3);
        let s = statements("\"We will win,\" he said, \"and they will lose.\" Then he left.");
        assert_eq!(s[0].2, "We will win, | and they will lose.");
        let s = statements(
            "According to Reuters, the deal is off. The deal is off, according to the ministry.",
        );
        assert_eq!(
            (s[0].0.as_str(), s[0].2.as_str()),
            ("Reuters", "the deal is off")
        );
        assert_eq!(s[1].2, "The deal is off");
    }

    #[test]
    fn continued_quotes_join() {
        let s = statements(
            "\u{201c}It is over,\u{201d} Flynn said. \u{201c}We lost. Nothing else.\u{201d}\n\nNew paragraph.",
        );
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].2, "It is over, | We lost. Nothing else.");
    }
}
