//! The pass that finds mentions: gazetteer forms, titles with names,
//! capitalised names, group noun phrases; then surname links and role
//! resolution.

/// Maps keyed by the crate's own vocabularies and indices: a fast hash.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::extract::lexicon::FxBuild>;
type HashSet<K> = std::collections::HashSet<K, crate::extract::lexicon::FxBuild>;

use super::words::{GroupClass, TitleClass, TitleInfo, WORDS, class, initials};
use super::{ActorIdx, ActorSet, Cand, Gender, MentionKind, Policy};
use crate::extract::doc::{Doc, TokKind};
use crate::extract::gazetteer::{EntryKind, Form, Gazetteer, Target};
use crate::extract::lexicon::{CUES, frame};
use crate::extract::words::ORG_NOUNS;
use crate::model::{ActorKind, Article, CountryCode, Role};

/// The titles of a title phrase, in order (at most eight: the phrase is
/// read eight words at most), held inline.
#[derive(Debug, Clone, Copy)]
struct TitleInfos {
    /// The titles; the slots past `len` repeat the first.
    items: [&'static TitleInfo; 8],
    len: usize,
}

impl TitleInfos {
    fn new(first: &'static TitleInfo) -> TitleInfos {
        TitleInfos {
            items: [first; 8],
            len: 0,
        }
    }

    fn push(&mut self, info: &'static TitleInfo) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = info;
            self.len += 1;
        }
    }

    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

impl std::ops::Deref for TitleInfos {
    type Target = [&'static TitleInfo];

    fn deref(&self) -> &Self::Target {
        &self.items[..self.len]
    }
}

/// Placeholder actor of a role mention resolved after the pass.
pub(super) const PENDING: ActorIdx = usize::MAX;

/// A gazetteer form starting at a token.
#[derive(Debug, Clone, Copy)]
pub(super) struct GazAt {
    pub last: usize,
    pub pattern: u32,
    /// Part of a hyphenated word ("U.S.-led", "Kremlin-backed").
    pub compound: bool,
}

/// What a title is held for.
#[derive(Debug, Clone)]
pub(super) enum Place {
    Entry(u32),
    Text(String),
}

/// A role description waiting for its holder.
#[derive(Debug, Clone)]
struct PendingRole {
    title: String,
    /// Place keys to try: ISO code or organisation name, then the surface
    /// ("kremlin").
    places: Vec<String>,
    country: Option<CountryCode>,
    surface: String,
    speaker: bool,
    /// An office held for a state or for nobody named: worth an actor of
    /// its own when no holder is found ("the Rwandan Foreign Minister").
    own_actor: bool,
}

/// A lone capitalised word to link to a full name after the pass.
#[derive(Debug, Clone, Copy)]
struct Single {
    tok: usize,
    speaker: bool,
    /// The word opens its sentence: it names someone only if the article
    /// never writes it in lower case ("Critics said" against "Adelson
    /// said").
    initial: bool,
}

/// Words that may follow a singular group noun used as a noun ("an
/// official who", "a source familiar with").
const AFTER_PERSON: &[&str] = &[
    "who", "that", "which", "familiar", "close", "said", "says", "told", "in", "at", "of", "for",
    "with", "from", "and", "or", "but", "on", "to", "as", "briefed", "involved", "speaking",
];

/// Prepositions after which a state or capital is a place, not an actor.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "across",
    "throughout",
    "inside",
    "within",
    "near",
    "around",
    "outside",
    "into",
    "across",
    "over",
    "beyond",
];

/// Compass adjectives skipped before a place ("in eastern Syria").
const DIRECTIONS: &[&str] = &[
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "mainland",
    "occupied",
    "rural",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// More prepositions and verbs after which a capital is only a place.
const SEAT_LOCATIVE: &[&str] = &[
    "to", "from", "toward", "towards", "visit", "visited", "visiting", "visits", "via", "reach",
    "reached", "left", "leave", "leaving", "arrived", "entered", "near", "outside", "of",
];

/// Words after a state's adjective or name that make the phrase its
/// government ("the Cuban government").
const GOV_WORDS: &[&str] = &[
    "government",
    "administration",
    "leadership",
    "regime",
    "cabinet",
];

/// The number of words of a state body written in lower case at the
/// start of `words` ("foreign ministry", "embassy"), if one is there.
fn lower_body_len<'w>(words: impl Fn(usize) -> Option<&'w str>) -> Option<usize> {
    let first = words(0)?;
    if matches!(
        first,
        "foreign"
            | "defense"
            | "defence"
            | "interior"
            | "finance"
            | "health"
            | "justice"
            | "economy"
            | "trade"
            | "education"
            | "energy"
            | "agriculture"
            | "culture"
            | "emergencies"
            | "emergency"
            | "environment"
    ) && matches!(words(1)?, "ministry" | "office")
    {
        return Some(2);
    }
    if matches!(
        (first, words(1)),
        ("central", Some("bank")) | ("air", Some("force")) | ("coast", Some("guard"))
    ) {
        return Some(2);
    }
    matches!(
        first,
        "embassy" | "consulate" | "presidency" | "parliament" | "navy" | "ministry"
    )
    .then_some(1)
}

/// True when `key` (a token's key: no ASCII capitals) is `w` in lower
/// case, without a lower-case copy of `w` when it is ASCII.
fn key_is_lower_of(key: &str, w: &str) -> bool {
    if w.is_ascii() {
        key.eq_ignore_ascii_case(w)
    } else {
        key == w.to_lowercase()
    }
}

/// Tokens of `doc` that start a gazetteer form.
pub(super) fn scan(doc: &Doc<'_>, gaz: &Gazetteer, flags: &[u32]) -> Vec<Option<GazAt>> {
    let n = doc.tokens.len();
    let mut at: Vec<Option<GazAt>> = vec![None; n];
    if n == 0 {
        return at;
    }
    // Where a form may start: a word with a capital, a word some
    // lower-case form starts with ("the West"), or a capital inside a
    // word after a hyphen or an apostrophe ("pro-Russian"); with the
    // token it is in.
    let mut starts: Vec<usize> = Vec::with_capacity(n / 3);
    let mut start_tok: Vec<usize> = Vec::with_capacity(n / 3);
    for (i, t) in doc.tokens.iter().enumerate() {
        if !matches!(t.kind, TokKind::Word | TokKind::Number) {
            continue;
        }
        let f = flags.get(i).copied().unwrap_or(0);
        let s = t.start as usize;
        let capital = f & class::CAP != 0;
        if capital || {
            let key = doc.key(i);
            key.as_bytes()
                .first()
                .is_some_and(|&b| gaz.may_start_lower_byte(b))
                && gaz.may_start_lower(alnum_prefix(key))
        } {
            starts.push(s);
            start_tok.push(i);
        }
        if f & class::INNER_MARK != 0 {
            let tok = doc.tok(i);
            let mut chars = tok.char_indices().peekable();
            while let Some((_, c)) = chars.next() {
                if matches!(c, '-' | '\'' | '.' | '\u{2019}')
                    && let Some(&(k, d)) = chars.peek()
                    && d.is_uppercase()
                {
                    starts.push(s + k);
                    start_tok.push(i);
                }
            }
        }
    }
    let text = doc.text;
    let mut si = 0;
    for h in gaz.scan_at(text, &starts) {
        // The token the form starts in (hits come in the order of
        // `starts`).
        while si < starts.len() && starts[si] < h.start {
            si += 1;
        }
        let Some(&i) = start_tok.get(si) else {
            break;
        };
        let (first, mut compound) = if doc.tokens[i].start as usize == h.start {
            (i, false)
        } else if (doc.tokens[i].end as usize) >= h.end && text[..h.start].ends_with('-') {
            (i, true)
        } else {
            continue;
        };
        // The token it ends in.
        let mut last = first;
        while last + 1 < n && (doc.tokens[last].end as usize) < h.end {
            last += 1;
        }
        let tend = doc.tokens[last].end as usize;
        if (doc.tokens[last].start as usize) >= h.end {
            continue;
        }
        if tend == h.end {
        } else if tend > h.end && text[h.end..].starts_with('-') {
            compound = true;
        } else {
            continue;
        }
        if doc.tokens[first].sent != doc.tokens[last].sent {
            continue;
        }
        if at[first].is_none() {
            at[first] = Some(GazAt {
                last,
                pattern: h.pattern,
                compound,
            });
        }
    }
    at
}

pub(super) struct Walk<'s, 'd, 'a> {
    pub doc: &'d Doc<'a>,
    pub set: &'s mut ActorSet,
    pub gaz_at: Vec<Option<GazAt>>,
    pending: HashMap<usize, PendingRole>,
    singles: Vec<Single>,
    start: usize,
    end: usize,
    /// The sentence is a title-case headline: capitalised words there say
    /// nothing about names.
    headline: bool,
    /// Last token of the last state named only as a place.
    weak_end: Option<usize>,
    /// The last paragraph checked for title case, and the answer.
    para_case: Option<(u32, bool)>,
    /// The token after the last capitalised word that was passed over
    /// (a continuation of a rejected name is rejected too).
    skipped: usize,
    /// Word buffers of [`Walk::link_org`], reused from call to call.
    org_words: std::cell::RefCell<(OrgWords, OrgWords)>,
}

impl ActorSet {
    /// Finds every actor mention in the article (runs once per article;
    /// linear time), finding its quotations first.
    #[cfg(test)]
    pub(crate) fn find(doc: &Doc<'_>, article: &Article, gazetteer: &Gazetteer) -> ActorSet {
        let quoted = crate::extract::quotes::find(doc).1;
        Self::find_quoted(doc, article, gazetteer, quoted)
    }

    /// [`ActorSet::find`] with the quotations already found: for each
    /// token, the quotation holding it (`quotes::find`'s second value).
    pub(crate) fn find_quoted(
        doc: &Doc<'_>,
        article: &Article,
        gazetteer: &Gazetteer,
        quoted: Vec<Option<u32>>,
    ) -> ActorSet {
        let date = article
            .published
            .or_else(|| article.dateline.as_ref().and_then(|d| d.date));
        let mut set = ActorSet::empty(gazetteer, date);
        set.quoted = quoted;
        set.flags = doc.classes.clone();
        let gaz_at = scan(doc, gazetteer, &set.flags);
        let mut w = Walk {
            doc,
            set: &mut set,
            gaz_at,
            pending: HashMap::default(),
            singles: Vec::new(),
            start: 0,
            end: 0,
            headline: false,
            weak_end: None,
            para_case: None,
            skipped: usize::MAX,
            org_words: std::cell::RefCell::default(),
        };
        for s in 0..doc.sentences.len() {
            let r = doc.sentences[s].clone();
            w.start = r.start;
            w.end = r.end.min(doc.tokens.len());
            w.headline = w.title_case();
            let mut i = r.start;
            // A wire dateline ("KYIV, Ukraine (AP) —") names places.
            if let Some(d) = &article.dateline {
                while i < w.end
                    && (doc.tokens[i].start as usize) < d.span.end()
                    && doc.tokens[i].end as usize > d.span.start()
                {
                    i += 1;
                }
            }
            while i < w.end {
                let next = w.step(i);
                i = next.max(i + 1);
            }
        }
        w.resolve_singles();
        w.resolve_pending();
        set.merge_surnames();
        set.sort_mentions();
        set
    }
}

impl<'d> Walk<'_, 'd, '_> {
    fn tok(&self, i: usize) -> &str {
        if i < self.doc.tokens.len() {
            self.doc.tok(i)
        } else {
            ""
        }
    }

    /// The gazetteer form starting at token `i`, if any.
    fn gaz(&self, i: usize) -> Option<GazAt> {
        self.gaz_at.get(i).copied().flatten()
    }

    fn key(&self, i: usize) -> &'d str {
        self.doc.key(i)
    }

    fn cap(&self, i: usize) -> bool {
        i < self.end && self.has(i, class::CAP)
    }

    /// True when token `i` has the word class `bit`.
    fn has(&self, i: usize, bit: u32) -> bool {
        self.set.has(i, bit)
    }

    /// True when token `i` is a number written in words ("eighteen",
    /// "twenty-seven"), "one" aside.
    fn number_word(&self, i: usize) -> bool {
        self.has(i, class::NUMBER | class::HYPHEN) && is_number_word(self.key(i))
    }

    fn not_name(&self, i: usize) -> bool {
        self.has(i, class::NOT_NAME)
    }

    /// True when the token at `i` is an initialism or acronym ("S.E.C.",
    /// "NATO"): never a person.
    fn acronym(&self, i: usize) -> bool {
        let t = self.tok(i);
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        (2..=5).contains(&letters) && all_caps(t)
    }

    /// A word in capitals too long for an acronym ("TAPPER" in a
    /// transcript, "BREAKING").
    fn shouted(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.chars().filter(|c| c.is_alphabetic()).count() > 5 && all_caps(t)
    }

    /// The longest title phrase at `i` (within the sentence).
    fn title_at(&self, i: usize) -> Option<(&'static TitleInfo, usize)> {
        self.title_at_end(i, self.end)
    }

    /// The longest title phrase at `i` ending before `end`.
    fn title_at_end(&self, i: usize, end: usize) -> Option<(&'static TitleInfo, usize)> {
        if !self.has(i, class::TITLE_START) {
            return None;
        }
        WORDS.titles.longest(self.doc, i, end)
    }

    fn is_honorific(&self, i: usize) -> bool {
        matches!(self.title_at(i), Some((info, _)) if info.class == TitleClass::Honorific)
    }

    fn is_title_start(&self, i: usize) -> bool {
        matches!(self.title_at(i), Some((info, _)) if info.class != TitleClass::Pre)
    }

    /// True when most words of the sentence are capitalised (a headline).
    fn title_case(&mut self) -> bool {
        let Some(para) = self.doc.tokens.get(self.start).map(|t| t.para) else {
            return false;
        };
        if let Some(&(p, v)) = self.para_case.as_ref()
            && p == para
        {
            return v;
        }
        let v = self.title_case_of(para);
        self.para_case = Some((para, v));
        v
    }

    fn title_case_of(&self, para: u32) -> bool {
        let (mut words, mut caps) = (0, 0);
        let mut a = self.start;
        while a > 0 && self.doc.tokens[a - 1].para == para {
            a -= 1;
        }
        let mut b = self.end;
        while b < self.doc.tokens.len() && self.doc.tokens[b].para == para {
            b += 1;
        }
        for k in a..b {
            if self.doc.tokens[k].kind != TokKind::Word || self.has(k, class::MINOR) {
                continue;
            }
            words += 1;
            if self.has(k, class::CAP) {
                caps += 1;
            }
        }
        // A line introducing what follows ("Jane Roe, Minister of State at
        // the Foreign Office, said:") is no headline however many capitals
        // its titles have.
        let introduces =
            b > a && self.doc.tokens[b - 1].kind == TokKind::Punct && self.tok(b - 1) == ":";
        words >= 4 && caps * 10 >= words * 8 && !introduces
    }

    /// True when every token before `i` in its sentence is punctuation.
    fn sentence_initial(&self, i: usize) -> bool {
        // A line break before the word starts a new line of text (a
        // headline, a list item) even inside one sentence.
        if i > self.start && i < self.doc.tokens.len() {
            let (a, b) = (
                self.doc.tokens[i - 1].end as usize,
                self.doc.tokens[i].start as usize,
            );
            if self
                .doc
                .text
                .get(a..b)
                .is_some_and(|gap| gap.contains('\n'))
            {
                return true;
            }
        }
        (self.start..i).all(|k| {
            self.doc.tokens[k].kind != TokKind::Word && self.doc.tokens[k].kind != TokKind::Number
        })
    }

    fn person_targets(&self, g: GazAt) -> impl Iterator<Item = Target> + '_ {
        self.set
            .gaz
            .targets_of(g.pattern)
            .iter()
            .copied()
            .filter(|t| {
                matches!(t.form, Form::Name | Form::Alias)
                    && self
                        .set
                        .gaz
                        .entry(t.entry)
                        .is_some_and(|e| e.kind() == EntryKind::Person)
            })
    }

    fn has_person_target(&self, g: GazAt) -> bool {
        self.person_targets(g).next().is_some()
    }

    /// The best reading of a gazetteer form.
    fn pick_target(&self, pattern: u32) -> Option<Target> {
        let targets = self.set.gaz.targets_of(pattern);
        if let [only] = targets {
            return Some(*only);
        }
        let form_rank = |f: Form| match f {
            Form::Name => 0,
            Form::Alias => 1,
            Form::Seat => 2,
            Form::Title => 3,
            Form::Adjective => 4,
            Form::Demonym => 5,
        };
        let kind_rank = |k: EntryKind| match k {
            EntryKind::State => 0,
            EntryKind::Organization => 1,
            EntryKind::Person => 2,
            EntryKind::Group => 3,
            EntryKind::Outlet => 4,
            EntryKind::Platform => 5,
        };
        targets.iter().copied().min_by_key(|t| {
            let e = self.set.gaz.entry(t.entry);
            let present = self.set.by_entry.contains_key(&t.entry);
            let in_office = e.is_some_and(|e| {
                self.set
                    .date
                    .is_some_and(|d| e.tenures().iter().any(|x| x.covers(d)))
            });
            (
                !present,
                form_rank(t.form),
                e.map_or(9, |e| kind_rank(e.kind())),
                !in_office,
                t.entry,
            )
        })
    }

    /// A subject followed by a reporting verb, the object of "according
    /// to", or the source of an inverted attribution ("..., said X.").
    pub(super) fn speaker_position(&self, first: usize, last: usize) -> bool {
        let doc = self.doc;
        let end = self.end;
        let mut j = last + 1;
        if self.tok(j) == "," {
            // "X, however, said" is rare; an appositive is handled elsewhere.
        }
        let mut skipped = 0;
        while j < end && skipped < 3 && self.has(j, class::AUX) {
            j += 1;
            skipped += 1;
        }
        if j < end
            && let Some((idx, _)) = doc.phrase_at(&CUES.forms, j, end)
            && CUES
                .cues
                .get(idx as usize)
                .is_some_and(|c| !c.has(frame::PREP))
        {
            return true;
        }
        if first >= 2 && self.key(first - 2) == "according" && self.key(first - 1) == "to" {
            return true;
        }
        // "was reported by Reuters", "told by The Daily Caller".
        if first >= 2
            && self.key(first - 1) == "by"
            && doc.phrase_at(&CUES.forms, first - 2, first - 1).is_some()
        {
            return true;
        }
        if first >= 2 {
            let before = self.tok(first - 2);
            let is_cue = doc.phrase_at(&CUES.forms, first - 1, first).is_some();
            let closes = matches!(self.tok(last + 1), "." | "," | "") || last + 1 >= end;
            if is_cue && closes && (before == "," || doc.tokens[first - 2].kind == TokKind::Quote) {
                return true;
            }
        }
        false
    }

    /// The word before `i`, skipping "the" and compass adjectives ("in
    /// eastern Syria").
    /// True when a reporting verb that takes a clause or a quotation
    /// follows token `last` ("said", "told", "argued"), not one that is
    /// also a common noun ("attack").
    fn says(&self, last: usize) -> bool {
        let doc = self.doc;
        let end = self.end;
        let mut j = last + 1;
        let mut skipped = 0;
        while j < end && skipped < 3 && self.has(j, class::AUX) {
            j += 1;
            skipped += 1;
        }
        if j >= end {
            return false;
        }
        first_is_verb_form(self.key(j)) && doc.phrase_at(&CUES.forms, j, end).is_some()
    }

    /// The source of an inverted attribution ("..., said Jane Roe.") or of
    /// "according to".
    fn attributed(&self, first: usize, last: usize) -> bool {
        if first >= 2 && self.key(first - 2) == "according" && self.key(first - 1) == "to" {
            return true;
        }
        if first >= 2 && first_is_verb_form(self.key(first - 1)) {
            let is_cue = self.doc.phrase_at(&CUES.forms, first - 1, first).is_some();
            let before = self.tok(first - 2);
            let opens = before == "," || self.doc.tokens[first - 2].kind == TokKind::Quote;
            let closes = matches!(self.tok(last + 1), "." | "," | "" | ";") || last + 1 >= self.end;
            return is_cue && opens && closes;
        }
        false
    }

    /// A phrase opening its sentence and followed by a finite verb
    /// ("Federal prosecutors charged...", "Critics have argued..."): the
    /// subject of the sentence, an actor that acts.
    fn acting_subject(&self, first: usize, last: usize) -> bool {
        if !self.sentence_initial(first) {
            return false;
        }
        let mut j = last + 1;
        // "Critics of the plan say": skip an "of" phrase of up to 4 words.
        if self.key(j) == "of" {
            let mut k = j + 1;
            while k < self.end
                && k - j <= 4
                && self.doc.tokens[k].kind == TokKind::Word
                && !self.has(k, class::AUX)
            {
                k += 1;
            }
            j = k;
        }
        if j >= self.end || self.doc.tokens[j].kind != TokKind::Word {
            return false;
        }
        let k = self.key(j);
        matches!(
            k,
            "have"
                | "has"
                | "had"
                | "are"
                | "were"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "did"
                | "do"
                | "also"
                | "still"
        ) || (k.ends_with("ed") && k.len() > 4)
    }

    fn prev_key(&self, i: usize) -> &'d str {
        let mut k = i;
        while k > self.start {
            let p = self.key(k - 1);
            if p == "the" || DIRECTIONS.contains(&p) {
                k -= 1;
                continue;
            }
            return p;
        }
        ""
    }

    fn locative(&self, i: usize) -> bool {
        if LOCATIVE.contains(&self.prev_key(i)) {
            return true;
        }
        // "in Syria and Iraq": a place coordinated with a place.
        i >= 2 && matches!(self.key(i - 1), "and" | "or" | ",") && self.weak_end == Some(i - 2)
    }

    fn seat_is_location(&self, i: usize, last: usize) -> bool {
        let p = self.prev_key(i);
        // "strike back at Seoul", "lashed out at Washington": aimed at the
        // government, not a place.
        if p == "at"
            && i >= self.start + 2
            && matches!(
                self.key(i - 2),
                "back" | "out" | "strike" | "strikes" | "struck" | "aim" | "aimed" | "swipe"
            )
        {
            return false;
        }
        if LOCATIVE.contains(&p) || SEAT_LOCATIVE.contains(&p) {
            return true;
        }
        if i > self.start && matches!(self.key(i - 1), "a" | "an") {
            return true;
        }
        // "Kyiv, Ukraine" and "Paris, France": a place with its country.
        if self.tok(last + 1) == ","
            && let Some(g) = self.gaz(last + 2)
            && self.pick_target(g.pattern).is_some_and(|t| {
                self.set
                    .gaz
                    .entry(t.entry)
                    .is_some_and(|e| e.kind() == EntryKind::State)
                    && t.form != Form::Adjective
            })
        {
            return true;
        }
        false
    }

    // ---- the walk ---------------------------------------------------

    fn step(&mut self, i: usize) -> usize {
        let doc = self.doc;
        if doc.tokens[i].kind != TokKind::Word {
            return self.number_group(i).unwrap_or(i + 1);
        }
        if let Some(g) = self.gaz(i) {
            return self.on_gaz(i, g);
        }
        if self.cap(i) && self.skipped == i && !self.is_honorific(i) {
            return self.on_cap(i);
        }
        if let Some(n) = self.title_phrase(i, i, None) {
            return n;
        }
        if self.cap(i) {
            return self.on_cap(i);
        }
        if let Some(n) = self.group_phrase(i, None, None) {
            return n;
        }
        i + 1
    }

    /// "18 states", "Twenty-seven states": a counted group of states or
    /// people.
    fn number_group(&mut self, i: usize) -> Option<usize> {
        if self.doc.tokens[i].kind != TokKind::Number {
            return None;
        }
        let j = i + 1;
        if j >= self.end {
            return None;
        }
        let noun = WORDS.group_nouns.get(self.key(j))?;
        if !key_is_lower_of(self.key(j), &noun.plural) {
            return None;
        }
        let name = format!("{} {}", self.tok(i), self.tok(j));
        let g = self.set.group(&name, None);
        self.set
            .add_mention(self.doc, i, j, g, MentionKind::Group, true);
        if self.speaker_position(i, j) {
            self.set.mark_active(g);
        }
        Some(j + 1)
    }

    fn on_gaz(&mut self, i: usize, g: GazAt) -> usize {
        let doc = self.doc;
        // "WHO" or "US" among words in capitals is a shouted word.
        let surface = doc.between(i, g.last);
        let shouting = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
                && doc.tok(k).chars().filter(|c| c.is_alphabetic()).count() >= 5
                && all_caps(doc.tok(k))
                && self.gaz(k).is_none()
        };
        if surface.chars().filter(|c| c.is_alphabetic()).count() <= 4
            && all_caps(surface)
            && ((i > self.start && shouting(i - 1))
                || (g.last + 1 < self.end && shouting(g.last + 1)))
        {
            return g.last + 1;
        }
        let Some(t) = self.pick_target(g.pattern) else {
            return g.last + 1;
        };
        let Some(e) = self.set.gaz.entry(t.entry) else {
            return g.last + 1;
        };
        let kind = e.kind();
        let last = g.last;
        match (kind, t.form) {
            (_, Form::Adjective) => {
                if g.compound {
                    return last + 1;
                }
                if let Some(n) = self.title_phrase(i, last + 1, Some(Place::Entry(t.entry))) {
                    return n;
                }
                if let Some(n) = self.after_modifier(i, last, t.entry) {
                    return n;
                }
                last + 1
            }
            (_, Form::Demonym) => {
                let country = e.country();
                let name = doc.between(i, last).to_string();
                let grp = self.set.group(&name, country);
                self.set
                    .add_mention(doc, i, last, grp, MentionKind::Group, true);
                if self.speaker_position(i, last) {
                    self.set.mark_active(grp);
                }
                last + 1
            }
            (EntryKind::Person, Form::Title) => {
                if let Some(a) = self.set.actor_for_entry(t.entry) {
                    self.set
                        .add_mention(doc, i, last, a, MentionKind::Role, true);
                }
                last + 1
            }
            (EntryKind::Person, _) => self.on_gaz_person(i, g),
            (EntryKind::State, Form::Seat) => {
                if g.compound || self.seat_is_location(i, last) {
                    return last + 1;
                }
                if self.cap(last + 1)
                    && self.gaz(last + 1).is_none()
                    && !self.not_name(last + 1)
                    && !self.is_title_start(last + 1)
                {
                    // "Nassau County", "Washington Post": another name.
                    let (run_last, org) = self.cap_run(last + 1);
                    if org && !self.headline {
                        let strong = !self.org_is_place(i, run_last);
                        self.add_org(i, run_last, None, strong);
                    }
                    self.skipped = run_last + 1;
                    return run_last + 1;
                }
                if let Some(n) = self.title_phrase(i, last + 1, Some(Place::Entry(t.entry))) {
                    return n;
                }
                if let Some(n) = self.after_modifier(i, last, t.entry) {
                    return n;
                }
                if let Some(a) = self.set.actor_for_entry(t.entry) {
                    self.set
                        .add_mention(doc, i, last, a, MentionKind::Seat, true);
                }
                last + 1
            }
            (EntryKind::State | EntryKind::Organization, _) => {
                if !g.compound {
                    if let Some(n) = self.title_phrase(i, last + 1, Some(Place::Entry(t.entry))) {
                        return n;
                    }
                    if let Some(n) = self.after_modifier(i, last, t.entry) {
                        return n;
                    }
                }
                // "United Nations Charter", "Iran Deal": part of a longer
                // name.
                let longer = self.cap(last + 1)
                    && self.gaz(last + 1).is_none()
                    && !self.not_name(last + 1)
                    && !self.is_title_start(last + 1)
                    && !self.has(last + 1, class::GIVEN);
                let weak = g.compound
                    || longer
                    || self.skipped == i
                    || (kind == EntryKind::State && self.locative(i));
                if g.compound {
                    // "UN-sanctioned", "U.S.-led": a modifier inside a word.
                    return last + 1;
                }
                if let Some(a) = self.set.actor_for_entry(t.entry) {
                    self.set
                        .add_mention(doc, i, last, a, MentionKind::Name, !weak);
                    if !weak && self.speaker_position(i, last) {
                        self.set.mark_active(a);
                    }
                }
                if weak && kind == EntryKind::State {
                    self.weak_end = Some(last);
                }
                if longer {
                    let (run_last, _) = self.cap_run(last + 1);
                    self.skipped = run_last + 1;
                    return run_last + 1;
                }
                last + 1
            }
            (EntryKind::Group, _) => {
                if let Some(a) = self.set.actor_for_entry(t.entry) {
                    self.set
                        .add_mention(doc, i, last, a, MentionKind::Group, true);
                    if self.speaker_position(i, last) {
                        self.set.mark_active(a);
                    }
                }
                last + 1
            }
            (EntryKind::Outlet | EntryKind::Platform, _) => {
                // "NBC Nightly News": a programme of the outlet.
                let mut end = last;
                if self.cap(last + 1)
                    && self.gaz(last + 1).is_none()
                    && !self.is_title_start(last + 1)
                {
                    let (run_last, _) = self.cap_run(last + 1);
                    if !self.has(last + 1, class::GIVEN) {
                        end = run_last;
                    }
                }
                if let Some(a) = self.set.actor_for_entry(t.entry) {
                    self.set
                        .add_mention(doc, i, end, a, MentionKind::Name, false);
                    if !g.compound && self.speaker_position(i, end) {
                        self.set.mark_active(a);
                    }
                }
                if end > last {
                    return end + 1;
                }
                if let Some(n) = self.title_phrase_named(i, last + 1, Some(Place::Entry(t.entry))) {
                    return n;
                }
                last + 1
            }
        }
    }

    fn on_gaz_person(&mut self, i: usize, g: GazAt) -> usize {
        let doc = self.doc;
        let last = g.last;
        // A single-word alias that is also a common word ("May") names
        // the person only once the text has introduced them.
        let present = self
            .person_targets(g)
            .any(|t| self.set.by_entry.contains_key(&t.entry));
        if i == last && self.not_name(i) && !present {
            return last + 1;
        }
        // "Petro Poroshenko": a first name that is also someone's surname.
        if let Some(next) = self.gaz(last + 1)
            && self.person_targets(next).any(|t| {
                self.set.gaz.entry(t.entry).is_some_and(|e| {
                    e.name().split_whitespace().next() == Some(doc.between(i, last))
                })
            })
        {
            return last + 1;
        }
        // "Machado" after "Alicia Machado": the surname of a person the
        // text named, not a namesake the gazetteer knows.
        if i == last
            && !present
            && let Some(a) = self.person_by_word(self.tok(i))
            && self.set.cands.get(a).is_some_and(|c| c.entry.is_none())
        {
            self.set.add_mention(doc, i, i, a, MentionKind::Name, true);
            return self.after_person(a, i);
        }
        // "Trump Tower", "Clinton Foundation": a longer name; in a
        // title-case headline the next word is only capitalised.
        if !self.headline
            && self.cap(last + 1)
            && self.gaz(last + 1).is_none()
            && !self.not_name(last + 1)
            && !self.is_title_start(last + 1)
        {
            let (run_last, org) = self.cap_run(i);
            if run_last > last {
                if org {
                    self.add_org(i, run_last, None, true);
                }
                self.skipped = run_last + 1;
                return run_last + 1;
            }
        }
        let (first_tok, run_last) = (i, last);
        let a = self.person_from_run(first_tok, run_last, None, None, Gender::Unknown);
        self.set
            .add_mention(doc, first_tok, run_last, a, MentionKind::Name, !g.compound);
        self.after_person(a, run_last)
    }

    /// After a person mention ending at `last`: an appositive role, or a
    /// title and name it modifies ("Stein spokeswoman Melezia Figueroa").
    fn after_person(&mut self, person: ActorIdx, last: usize) -> usize {
        if let Some(n) = self.appositive(person, last) {
            return n;
        }
        let doc = self.doc;
        let next = self.key(last + 1);
        let has_surname = self.set.cands[person]
            .name_words
            .last()
            .is_some_and(|w| !w.is_empty());
        if next == "campaign" && has_surname {
            // "the Trump campaign": an organisation.
            self.campaign_of(person, last + 1, Policy::Always);
            return last + 2;
        }
        if matches!(next, "'s" | "\u{2019}s")
            && self.key(last + 2) == "campaign"
            && self.noun_ends(last + 2)
        {
            // "Stein's campaign": the same, named only when it acts.
            self.campaign_of(person, last + 2, Policy::WhenActive);
            return last + 3;
        }
        // Where the person's mention starts ("Hillary Clinton" of "Hillary
        // Clinton supporters").
        let pfirst = self
            .set
            .mentions
            .last()
            .filter(|m| m.last == last && m.actor == person)
            .map_or(last, |m| m.first);
        if let Some(noun) = WORDS.group_nouns.get(next)
            && noun.class == GroupClass::People
            && noun.plural.eq_ignore_ascii_case(next)
            && !self.cap(last + 1)
            && last + 1 < self.end
        {
            // "Clinton supporters", "McConnell aides": a group named so.
            let name = format!("{} {}", doc.between(pfirst, last), noun.plural);
            let g = self.set.group(&name, None);
            self.set
                .add_mention(doc, last + 1, last + 1, g, MentionKind::Group, true);
            if self.speaker_position(pfirst, last + 1) || self.acting_subject(pfirst, last + 1) {
                self.set.mark_active(g);
            }
            return last + 2;
        }
        if matches!(next, "administration" | "government")
            && let Some(country) = self.set.cands[person].country
            && let Some(state) = self.state_of(country)
        {
            // "the Obama administration": the state's government.
            self.set
                .add_mention(doc, last + 1, last + 1, state, MentionKind::Seat, true);
            let alias = doc.between(pfirst, last + 1).to_string();
            self.set.cands[state].add_alias(&alias);
            if self.speaker_position(last + 1, last + 1) {
                self.set.mark_active(state);
            }
            return last + 2;
        }
        // (No title can start there without the class bit: no copy of the
        // name for nothing.)
        if self.may_start_title(last + 1) {
            let place = Place::Text(self.set.cands[person].name.clone());
            if let Some(n) = self.title_phrase_named(last + 1, last + 1, Some(place)) {
                return n;
            }
        }
        last + 1
    }

    /// After a state, seat, adjective or organisation at `i..=last`: its
    /// government ("the Cuban government"), an organisation it names
    /// ("Rwandan Defence Force") or a group ("U.S. officials").
    fn after_modifier(&mut self, i: usize, last: usize, entry: u32) -> Option<usize> {
        let doc = self.doc;
        let k = last + 1;
        if k >= self.end {
            return None;
        }
        let e = self.set.gaz.entry(entry)?;
        let (kind, country) = (e.kind(), e.country());
        let next = self.key(k);
        // "our Philippine allies", "Houthi militants", "Hamas fighters":
        // the state or movement itself.
        let itself = match kind {
            EntryKind::State => matches!(next, "allies" | "ally" | "partners" | "partner"),
            EntryKind::Organization => matches!(
                next,
                "militants"
                    | "fighters"
                    | "rebels"
                    | "militia"
                    | "militiamen"
                    | "forces"
                    | "members"
                    | "movement"
                    | "group"
                    | "allies"
            ),
            _ => false,
        };
        if itself {
            let a = self.set.actor_for_entry(entry)?;
            self.set.add_mention(doc, i, k, a, MentionKind::Name, true);
            if self.speaker_position(i, k) {
                self.set.mark_active(a);
            }
            return Some(k + 1);
        }
        if kind == EntryKind::State && GOV_WORDS.contains(&next) {
            let a = self.set.actor_for_entry(entry)?;
            self.set.add_mention(doc, i, k, a, MentionKind::Name, true);
            if self.speaker_position(i, k) {
                self.set.mark_active(a);
            }
            return Some(k + 1);
        }
        // "the Russian foreign ministry", "the Chinese embassy": a body of
        // the state written in lower case, named as the text writes it.
        if kind == EntryKind::State
            && !self.cap(k)
            && let Some(n) = lower_body_len(|m| (k + m < self.end).then(|| self.key(k + m)))
            && (k + n >= self.end || !self.is_title_start(k + n))
        {
            // (Named only when it takes part: "visited the Russian
            // embassy" names a place.)
            let run_last = k + n - 1;
            let a = self.add_org(i, run_last, country, false);
            if self.speaker_position(i, run_last) {
                self.set.mark_active(a);
            }
            return Some(run_last + 1);
        }
        if self.cap(k) && self.gaz(k).is_none() && !self.not_name(k) && !self.headline {
            let (run_last, org) = self.cap_run(k);
            if org {
                let strong = !self.org_is_place(i, run_last);
                let a = self.add_org(i, run_last, country, strong);
                if self.speaker_position(i, run_last) {
                    self.set.mark_active(a);
                }
                return Some(run_last + 1);
            }
        }
        if let Some(n) = self.group_phrase(k, Some(i), Some(entry)) {
            return Some(n);
        }
        None
    }

    /// The state actor of `country`, created on first use.
    fn state_of(&mut self, country: CountryCode) -> Option<ActorIdx> {
        let entry = self.set.gaz.state_entry(country)?;
        self.set.actor_for_entry(entry)
    }

    fn add_org(
        &mut self,
        first: usize,
        last: usize,
        country: Option<CountryCode>,
        strong: bool,
    ) -> ActorIdx {
        let doc = self.doc;
        let name = doc.between(first, last).to_string();
        let key = name.to_lowercase();
        let a = match self
            .set
            .by_name
            .get(&key)
            .copied()
            .or_else(|| self.link_org(&name))
        {
            Some(a) => a,
            None => {
                let mut c = Cand::new(name, ActorKind::Organization, Policy::Always);
                c.country = country;
                self.set.push_cand(c)
            }
        };
        self.set
            .add_mention(doc, first, last, a, MentionKind::Name, strong);
        a
    }

    /// A capitalised word the gazetteer does not know.
    fn on_cap(&mut self, i: usize) -> usize {
        let doc = self.doc;
        let initial = self.sentence_initial(i);
        if self.number_word(i)
            && let Some(n) = self.group_phrase(i, None, None)
        {
            return n;
        }
        let digits = self.tok(i).chars().any(|c| c.is_ascii_digit());
        if self.not_name(i) && !digits && !self.month_given_name(i) {
            if !initial && self.key(i) != "the" {
                self.skipped = i + 1;
            }
            return i + 1;
        }
        if self.has(i, class::GROUP_NOUN | class::GROUP_MOD)
            && let Some(n) = self.group_phrase(i, None, None)
        {
            return n;
        }
        if self.shouted(i) {
            // A known surname in capitals ("FALLIN:") names its person;
            // other shouted words name nobody.
            if let Some(a) = self.person_by_word(self.tok(i)) {
                self.set.add_mention(doc, i, i, a, MentionKind::Name, true);
            }
            return i + 1;
        }
        let continuation = self.skipped == i;
        let (last, org) = self.cap_run(i);
        // "Tulsa police": a place or name modifying a group noun.
        if !org
            && last == i
            && !continuation
            && !self.headline
            && WORDS.group_nouns.get(self.key(i + 1)).is_some_and(|n| {
                n.class == GroupClass::People && n.plural.eq_ignore_ascii_case(self.key(i + 1))
            })
            && !self.cap(i + 1)
            && let Some(n) = self.group_phrase(i + 1, Some(i), None)
        {
            return n;
        }
        // "Kait'ib Hezbollah (KH)": a name that ends in a known one.
        if !org
            && !continuation
            && !self.headline
            && let Some(g) = self.gaz(last + 1)
            && !g.compound
            && !self.has_person_target(g)
            && let Some(k) = self.paren_acronym(g.last)
        {
            let a = self.add_org(i, g.last, None, true);
            let short = doc.tok(k).to_string();
            self.set.by_name.entry(short.to_lowercase()).or_insert(a);
            self.set.add_mention(doc, k, k, a, MentionKind::Name, true);
            return k + 2;
        }
        if digits && !org {
            self.skipped = last + 1;
            return last + 1;
        }
        if self.headline || continuation {
            if i == last && !continuation {
                self.singles.push(Single {
                    tok: i,
                    speaker: false,
                    initial: false,
                });
            }
            self.skipped = last + 1;
            return last + 1;
        }
        // A title in quotation marks ("Nightly News") names a work.
        if i > self.start
            && self.doc.tokens[i - 1].kind == TokKind::Quote
            && (self
                .doc
                .tokens
                .get(last + 1)
                .is_some_and(|t| t.kind == TokKind::Quote)
                || (matches!(self.tok(last + 1), "." | ",")
                    && self
                        .doc
                        .tokens
                        .get(last + 2)
                        .is_some_and(|t| t.kind == TokKind::Quote)))
        {
            self.skipped = last + 1;
            return last + 1;
        }
        // "WEEKLY STANDARD": words in capitals name nobody new.
        if last > i
            && (i..=last).all(|k| {
                all_caps(self.tok(k))
                    && self.tok(k).chars().filter(|c| c.is_alphabetic()).count() >= 4
            })
        {
            self.skipped = last + 1;
            return last + 1;
        }
        // "Affordable Care Act", "Second Thomas Shoal": a thing or a place.
        if self.has(last, class::THING) {
            self.skipped = last + 1;
            return last + 1;
        }
        let acro = self.paren_acronym(last);
        if org || acro.is_some() {
            if i == last && acro.is_none() {
                // "the Department", "the Post": a known organisation's
                // short name, or nothing.
                let name = doc.tok(i).to_string();
                if let Some(a) = self.link_org(&name) {
                    self.set.add_mention(doc, i, i, a, MentionKind::Name, true);
                    if self.speaker_position(i, i) {
                        self.set.mark_active(a);
                    }
                }
                return i + 1;
            }
            let strong = !self.org_is_place(i, last);
            let a = self.add_org(i, last, None, strong);
            if self.speaker_position(i, last) {
                self.set.mark_active(a);
            }
            if let Some(k) = acro {
                let short = doc.tok(k).to_string();
                self.set.by_name.entry(short.to_lowercase()).or_insert(a);
                self.set
                    .add_mention(doc, k, k, a, MentionKind::Name, strong);
                return k + 2;
            }
            if self.may_start_title(last + 1)
                && let Some(n) = self.title_phrase_named(
                    last + 1,
                    last + 1,
                    Some(Place::Text(doc.between(i, last).to_string())),
                )
            {
                return n;
            }
            return last + 1;
        }
        // A name modifying a title: "Stein spokeswoman Melezia Figueroa",
        // "the Acme spokesperson" (no title starts without the class bit:
        // no copy of the name for nothing).
        if self.may_start_title(last + 1) {
            let place = Some(Place::Text(doc.between(i, last).to_string()));
            let named = self.title_phrase_named(i, last + 1, place.clone());
            if let Some(n) = named.or_else(|| self.title_phrase(i, last + 1, place)) {
                if i == last {
                    self.singles.push(Single {
                        tok: i,
                        speaker: false,
                        initial: false,
                    });
                }
                return n;
            }
        }
        // "Derelict Obama" opening a sentence: the word is not part of the
        // name; "Santa Cruz" inside one: another name.
        if let Some(p) =
            (i..=last).find(|&k| self.gaz(k).is_some_and(|g| self.has_person_target(g)))
            && p > i
            && !self.has(i, class::GIVEN)
        {
            // "Democrat Hillary Clinton": a word that may precede a title
            // is no part of the name either.
            let pre =
                matches!(self.title_at_end(i, p), Some((info, 1)) if info.class == TitleClass::Pre);
            if initial || (pre && p == i + 1) {
                return p;
            }
            self.skipped = last + 1;
            return last + 1;
        }
        let speaker = self.speaker_position(i, last);
        if i == last && self.acronym(i) {
            let name = doc.tok(i).to_string();
            let a = match self.link_org(&name) {
                Some(a) => Some(a),
                None if speaker => {
                    let mut c = Cand::new(name, ActorKind::Organization, Policy::WhenActive);
                    c.active = true;
                    Some(self.set.push_cand(c))
                }
                None => None,
            };
            if let Some(a) = a {
                self.set.add_mention(doc, i, i, a, MentionKind::Name, true);
                if speaker {
                    self.set.mark_active(a);
                }
            }
            return i + 1;
        }
        let words = (i..=last)
            .filter(|&k| self.cap(k) && !self.has(k, class::PARTICLE))
            .count();
        // "Teck, a Canadian mining company, said": an appositive headed by
        // an organisation noun names an organisation.
        if !self.has(i, class::GIVEN) && self.org_appositive(last) {
            let a = self.add_org(i, last, None, true);
            if speaker {
                self.set.mark_active(a);
            }
            return last + 1;
        }
        // "J.J. MacNab", "E. Jean Carroll": initials open a person's name.
        let initialled = self.gaz(i).is_none() && initials(self.tok(i));
        let given = self.has(i, class::GIVEN) || initialled;
        if words >= 2 && (!self.acronym(i) || initialled) {
            let appos = self.appositive_follows(last);
            let has_person_hit =
                (i..=last).any(|k| self.gaz(k).is_some_and(|g| self.has_person_target(g)));
            let of_org = self.key(last + 1) == "of"
                && self
                    .gaz_at
                    .get(last + 2)
                    .copied()
                    .flatten()
                    .is_some_and(|g| {
                        self.pick_target(g.pattern)
                            .and_then(|t| self.set.gaz.entry(t.entry))
                            .is_some_and(|e| {
                                matches!(e.kind(), EntryKind::Organization | EntryKind::Outlet)
                            })
                    });
            let after_poss = i >= 2
                && matches!(self.tok(i - 1), "'s" | "\u{2019}s")
                && words == 2
                && self.set.mentions.last().is_some_and(|m| {
                    m.last == i - 2
                        && self.set.cands.get(m.actor).is_some_and(|c| {
                            c.entry
                                .and_then(|e| self.set.gaz.entry(e))
                                .is_some_and(|e| e.kind() == EntryKind::Outlet)
                        })
                });
            let who = self.tok(last + 1) == "," && self.key(last + 2) == "who";
            let says = speaker && (self.says(last) || self.attributed(i, last));
            if given || says || appos || has_person_hit || of_org || after_poss || who {
                let gender = WORDS
                    .given
                    .get(self.tok(i))
                    .copied()
                    .unwrap_or(Gender::Unknown);
                let a = self.person_from_run(i, last, None, None, gender);
                self.set
                    .add_mention(doc, i, last, a, MentionKind::Name, true);
                return self.after_person(a, last);
            }
        }
        if words == 1 && i == last {
            let k = self.key(i);
            let verbish = k.ends_with("ing") || k.ends_with("ed") || k.ends_with("ly");
            // A name's shape: a capital, then lower case, and no plural's.
            let lone_shape = surname_shape(self.tok(i)) && !plural_like(self.key(i));
            // A lone word opening its sentence right before a reporting
            // verb ("Adelson said the talks ..."): a speaker's surname,
            // checked against the article's lower-case words at the end.
            let initial_speaker = initial
                && !verbish
                && speaker
                && self.says(last)
                && crate::extract::words::is_in(
                    &[
                        "said",
                        "says",
                        "told",
                        "added",
                        "wrote",
                        "argued",
                        "noted",
                        "warned",
                        "insisted",
                        "explained",
                        "stated",
                        "claimed",
                        "replied",
                        "responded",
                        "tweeted",
                        "recalled",
                        "acknowledged",
                        "admitted",
                        "urged",
                        "announced",
                    ],
                    self.key(last + 1),
                )
                && lone_shape;
            // "Walsh, a former labor leader,": a lone capitalised word
            // that an appositive with a title describes is a surname.
            let described = !verbish
                && lone_shape
                && !self.has(i, class::NOT_NAME_WORD)
                && !is_day_or_month_key(self.key(i))
                && self.appositive_follows(last);
            // (`initial_speaker` implies `initial`.)
            if (described || initial_speaker) && !self.known_single(i) {
                self.singles.push(Single {
                    tok: i,
                    speaker: true,
                    initial,
                });
            } else if !initial || (!verbish && self.known_single(i)) {
                // "Mayor Jane Roe of Springfield said": a person's place, not
                // the speaker.
                let place_of = i >= 2
                    && self.key(i - 1) == "of"
                    && self.set.mentions.last().is_some_and(|m| {
                        m.last == i - 2
                            && self
                                .set
                                .cands
                                .get(m.actor)
                                .is_some_and(|c| c.kind == ActorKind::Person)
                    });
                let speaker = speaker && !place_of && (self.says(last) || self.attributed(i, last));
                self.singles.push(Single {
                    tok: i,
                    speaker,
                    initial: false,
                });
            }
            if !initial {
                self.skipped = i + 1;
            }
            return i + 1;
        }
        self.skipped = last + 1;
        last + 1
    }

    /// `( ACRONYM )` right after token `last`: the acronym's token.
    fn paren_acronym(&self, last: usize) -> Option<usize> {
        (self.tok(last + 1) == "(" && self.acronym(last + 2) && self.tok(last + 3) == ")")
            .then_some(last + 2)
    }

    /// An organisation that names a place, after "in" or "at" ("at
    /// Hofstra University").
    fn org_is_place(&self, i: usize, last: usize) -> bool {
        matches!(
            self.prev_key(i),
            "in" | "at" | "outside" | "near" | "inside" | "from" | "to"
        ) && (i..=last).any(|k| self.has(k, class::ORG_PLACE))
    }

    /// An organisation met before that `name` is a short form of ("the
    /// Department", "the Post", "National Assembly", "S.E.C.").
    fn link_org(&self, name: &str) -> Option<ActorIdx> {
        // The walk's two word buffers, reused (a fresh pair should they be
        // in use).
        let mut reused = self.org_words.try_borrow_mut().ok();
        let mut fresh = None;
        let (words, nw) = match reused.as_deref_mut() {
            Some((a, b)) => (a, b),
            None => {
                let (a, b) = fresh.insert((OrgWords::default(), OrgWords::default()));
                (a, b)
            }
        };
        words.read(name);
        let words: &OrgWords = words;
        if words.len() == 0 {
            return None;
        }
        let acronym: String = name.chars().filter(|c| c.is_alphanumeric()).collect();
        let is_acronym = acronym.len() >= 2 && acronym.chars().all(|c| c.is_uppercase());
        // Candidates: organisations sharing the rarest word, or the
        // initials.
        let rarest = words
            .words()
            .min_by_key(|w| self.set.indexed_len(ikey('o', w)))?;
        let by_initials = is_acronym.then(|| self.set.indexed(ikey('i', &acronym)));
        let cands = self
            .set
            .indexed(ikey('o', rarest))
            .chain(by_initials.into_iter().flatten());
        let mut best: Option<(usize, ActorIdx)> = None;
        // The words of each name tried go into `nw`, one after another.
        for a in cands {
            let Some(c) = self.set.cands.get(a) else {
                continue;
            };
            if c.kind != ActorKind::Organization {
                continue;
            }
            let entry_aliases = c
                .entry
                .and_then(|e| self.set.gaz.entry(e))
                .map_or(&[][..], |e| e.aliases());
            let mut names = std::iter::once(&c.name)
                .chain(&c.aliases)
                .chain(entry_aliases);
            let fits = names.any(|n| {
                nw.read(n);
                nw.contains_run(words) || (is_acronym && initials_are(n, &acronym))
            });
            if fits && best.is_none_or(|(b, _)| c.last_at >= b) {
                best = Some((c.last_at, a));
            }
        }
        best.map(|(_, a)| a)
    }

    /// The person met so far whose surname (or first name) is `word`,
    /// compared without case for a word in capitals.
    fn person_by_word(&self, word: &str) -> Option<ActorIdx> {
        let key = if all_caps(word) {
            ikey('P', word)
        } else {
            ikey('p', &fold(word))
        };
        self.set.indexed(key).find(|&a| {
            self.set.cands.get(a).is_some_and(|c| {
                c.kind == ActorKind::Person
                    && c.name_words.len() >= 2
                    && c.name_words
                        .last()
                        .is_some_and(|w| same_word(w, word) || w.to_uppercase() == word)
            })
        })
    }

    /// True when the single word at `i` names a person already met.
    fn known_single(&self, i: usize) -> bool {
        let w = self.tok(i);
        self.set.indexed(ikey('p', &fold(w))).any(|a| {
            self.set.cands.get(a).is_some_and(|c| {
                c.kind == ActorKind::Person
                    && c.name_words.len() >= 2
                    && (c.name_words.last().is_some_and(|x| same_word(x, w))
                        || c.name_words.first().is_some_and(|x| same_word(x, w)))
            })
        })
    }

    /// True when the month name at `i` is a given name ("Jan Brewer",
    /// "April Ryan"): a month that is also a given name, before a
    /// capitalised word that may be a name, and not after a word that
    /// introduces a date ("in April", "since June").
    fn month_given_name(&self, i: usize) -> bool {
        let j = i + 1;
        j < self.end
            && crate::extract::words::is_in(&["Jan", "April", "May", "June", "August"], self.tok(i))
            && self.cap(j)
            && self.doc.tokens[j].kind == TokKind::Word
            && !self.not_name(j)
            && !self.is_title_start(j)
            && self.gaz(j).is_none_or(|g| self.has_person_target(g))
            && (i == self.start
                || !crate::extract::words::is_in(
                    &[
                        "in", "on", "since", "by", "until", "till", "from", "last", "this", "next",
                        "early", "late", "mid", "through", "during", "of", "before", "after",
                        "between", "to", "and", "or", "each", "every", "the",
                    ],
                    self.key(i - 1),
                ))
    }

    /// The capitalised run from `i`: its last token and whether it is an
    /// organisation's name.
    fn cap_run(&self, i: usize) -> (usize, bool) {
        let end = self.end;
        let mut last = i;
        let mut j = i;
        while j < end && j - i < 8 {
            if j > i
                && let Some(g) = self.gaz(j)
            {
                if self.has_person_target(g) && !g.compound {
                    last = g.last;
                    j = g.last + 1;
                    continue;
                }
                break;
            }
            let after_given = j > i && self.has(j - 1, class::GIVEN) && self.has(j, class::TIME);
            // "Judicial Watch": a word that opens no name ("Watch: ...")
            // ends an organisation's name when it is an organisation word.
            let org_end = j > i && self.has(j, class::ORG_WORD);
            if self.cap(j)
                && (j == i
                    || ((!self.not_name(j) || after_given || org_end)
                        && (!self.is_title_start(j) || self.title_surname(j))))
            {
                last = j;
                j += 1;
                continue;
            }
            if j > i && self.has(j, class::PARTICLE) && self.cap(j + 1) {
                j += 1;
                continue;
            }
            if j > i && arabic_particle(self.tok(j)) {
                last = j;
                j += 1;
                continue;
            }
            if j > i && self.has(j, class::SUFFIX) {
                last = j;
                j += 1;
                continue;
            }
            break;
        }
        let mut org = (i..=last).any(|k| self.is_org_word(k));
        // Connectors: "Institute for Policy Integrity", "Securities and
        // Exchange Commission", "National Assembly of Venezuela".
        let mut guard = 0;
        while guard < 3 && last + 2 < end {
            guard += 1;
            let c = self.tok(last + 1);
            if !self.has(last + 1, class::CONNECTOR) || c == "the" {
                break;
            }
            let mut k = last + 2;
            if self.key(k) == "the" {
                k += 1;
            }
            if k >= end {
                break;
            }
            if let Some(g) = self.gaz(k) {
                let state = self
                    .pick_target(g.pattern)
                    .and_then(|t| self.set.gaz.entry(t.entry))
                    .is_some_and(|e| {
                        matches!(e.kind(), EntryKind::State | EntryKind::Organization)
                    });
                if org && matches!(c, "of" | "for" | "in") && state && !g.compound {
                    last = g.last;
                    continue;
                }
                break;
            }
            if !self.cap(k) || self.not_name(k) {
                break;
            }
            let mut l2 = k;
            while l2 + 1 < end
                && self.cap(l2 + 1)
                && self.gaz(l2 + 1).is_none()
                && !self.not_name(l2 + 1)
            {
                l2 += 1;
            }
            let org2 = (k..=l2).any(|x| self.is_org_word(x));
            let ok = match c {
                // "Securities and Exchange Commission", "Union Solidarity
                // and Development Party", not "Senate and House Committee".
                "and" | "&" => org2 && self.is_org_word(l2) && !self.is_org_word(last),
                // "University of Michigan", not "Leaders of the Senate".
                _ => org,
            };
            if !ok {
                break;
            }
            org = true;
            last = l2;
        }
        (last, org)
    }

    fn is_org_word(&self, k: usize) -> bool {
        self.has(k, class::ORG_WORD | class::ORG_SUFFIX)
            || (self.has(k, class::ORG_BEFORE_CONNECTOR)
                && matches!(self.key(k + 1), "for" | "of" | "on"))
    }

    /// True when an appositive headed by an organisation noun follows
    /// token `last`: ", the Canadian mining company,", ", a watchdog
    /// group". The head is the last word before a preposition or the
    /// comma that closes the appositive.
    fn org_appositive(&self, last: usize) -> bool {
        if self.tok(last + 1) != "," || !matches!(self.key(last + 2), "the" | "a" | "an") {
            return false;
        }
        let mut head = None;
        for j in last + 3..self.end.min(last + 9) {
            let t = &self.doc.tokens[j];
            let stop = matches!(
                self.key(j),
                "of" | "at"
                    | "for"
                    | "in"
                    | "with"
                    | "from"
                    | "on"
                    | "by"
                    | "who"
                    | "which"
                    | "that"
            );
            // "a sports and talent agency": coordinated modifiers; "a
            // developer and spokeswoman for ...": the head is the last noun.
            if matches!(self.key(j), "and" | "or") {
                continue;
            }
            if stop || !matches!(t.kind, TokKind::Word | TokKind::Number) {
                return head.is_some_and(|h| {
                    !self.cap(h) && crate::extract::words::is_in(ORG_NOUNS, self.key(h))
                });
            }
            head = Some(j);
        }
        false
    }

    fn appositive_follows(&self, last: usize) -> bool {
        if self.tok(last + 1) != "," {
            return false;
        }
        let mut j = last + 2;
        if matches!(self.key(j), "the" | "a" | "an") {
            j += 1;
        }
        for _ in 0..4 {
            if j >= self.end || self.tok(j) == "," || self.doc.tokens[j].kind != TokKind::Word {
                return false;
            }
            if self.is_title_start(j) {
                return true;
            }
            let modifier = self.cap(j)
                || self.gaz(j).is_some()
                || matches!(self.tok(j), "'s" | "\u{2019}s")
                || matches!(self.title_at_end(j, self.end), Some((info, _)) if info.class == TitleClass::Pre)
                || (self.doc.tokens[j].kind == TokKind::Word
                    && !matches!(self.key(j), "and" | "or" | "who" | "which" | "that"));
            if !modifier {
                return false;
            }
            j += 1;
        }
        false
    }

    /// A person's name from `first`: capitalised words, initials,
    /// particles and suffixes, and gazetteer people.
    fn name_run(&self, n: usize) -> Option<usize> {
        let end = self.end;
        // "Jan Brewer": a given name that is also a time word starts a
        // name before another capitalised word.
        let given_first =
            n + 1 < end && self.has(n, class::GIVEN) && self.cap(n + 1) && !self.not_name(n + 1);
        if n >= end || !self.cap(n) || (self.not_name(n) && !given_first) || self.is_title_start(n)
        {
            return None;
        }
        if let Some(g) = self.gaz(n)
            && !self.has_person_target(g)
        {
            return None;
        }
        if self.is_org_word(n) {
            return None;
        }
        let mut j = n;
        let mut last = None;
        while j < end && j - n < 6 {
            if let Some(g) = self.gaz(j) {
                if self.has_person_target(g) {
                    last = Some(g.last);
                    j = g.last + 1;
                    continue;
                }
                break;
            }
            let after_given = j > n && self.has(j - 1, class::GIVEN) && self.has(j, class::TIME);
            if self.cap(j)
                && (!self.not_name(j) || after_given || (j == n && given_first))
                && !self.is_org_word(j)
                && (j == n || !self.is_title_start(j) || self.title_surname(j))
            {
                last = Some(j);
                j += 1;
                continue;
            }
            if last.is_some() && self.has(j, class::PARTICLE) && self.cap(j + 1) {
                j += 1;
                continue;
            }
            if last.is_some() && arabic_particle(self.tok(j)) {
                last = Some(j);
                j += 1;
                continue;
            }
            if last.is_some() && self.has(j, class::SUFFIX) {
                last = Some(j);
                j += 1;
                continue;
            }
            break;
        }
        last
    }

    /// True when the title word at `j` is a surname: one word, after a
    /// given name and before no other capitalised word ("Charlie King").
    fn title_surname(&self, j: usize) -> bool {
        j > self.start
            && self.has(j, class::TITLE_SURNAME)
            && self.has(j - 1, class::GIVEN)
            && !self.cap(j + 1)
            && matches!(self.title_at_end(j, self.end), Some((_, 1)))
    }

    /// Titles from `j` (with words like "former" before them): the titles
    /// and the token after them.
    #[inline]
    fn titles_at(&self, j: usize) -> Option<(TitleInfos, usize)> {
        if !self.may_start_title(j) {
            return None;
        }
        self.titles_from(j)
    }

    /// True when a title may start at `j` (most words start none: one
    /// look at the token's classes, before any call that reads titles).
    #[inline]
    fn may_start_title(&self, j: usize) -> bool {
        j < self.end && self.has(j, class::TITLE_START)
    }

    /// [`Walk::titles_at`] past its first test.
    fn titles_from(&self, j: usize) -> Option<(TitleInfos, usize)> {
        let mut k = j;
        let mut infos: Option<TitleInfos> = None;
        let mut guard = 0;
        while k < self.end && guard < 8 {
            guard += 1;
            match self.title_at_end(k, self.end) {
                Some((info, len)) if info.class == TitleClass::Pre => {
                    k += len;
                }
                Some((info, len)) => {
                    infos
                        .get_or_insert_with(|| TitleInfos::new(info))
                        .push(info);
                    k += len;
                }
                None => break,
            }
        }
        // Trailing pre-words are not part of the title phrase.
        let infos = infos?;
        let mut end = k;
        while end > j {
            match self.title_at_end(end - 1, self.end) {
                Some((info, 1)) if info.class == TitleClass::Pre => end -= 1,
                _ => break,
            }
        }
        Some((infos, end))
    }

    /// Like [`Walk::title_phrase`], but only when a name follows.
    fn title_phrase_named(
        &mut self,
        mod_start: usize,
        j: usize,
        place: Option<Place>,
    ) -> Option<usize> {
        let (_, k) = self.titles_at(j)?;
        let mut n = k;
        if self.tok(n) == "," {
            n += 1;
        }
        self.name_run(n)?;
        self.title_phrase(mod_start, j, place)
    }

    /// A title phrase at `j`, its modifier starting at `mod_start`
    /// ("Russian President Vladimir", "the U.S. president", "Sen. Jane
    /// Doe"). Returns the token after it.
    #[inline]
    fn title_phrase(&mut self, mod_start: usize, j: usize, place: Option<Place>) -> Option<usize> {
        if !self.may_start_title(j) {
            return None;
        }
        self.title_phrase_from(mod_start, j, place)
    }

    /// [`Walk::title_phrase`] past its first test.
    fn title_phrase_from(
        &mut self,
        mod_start: usize,
        j: usize,
        place: Option<Place>,
    ) -> Option<usize> {
        let doc = self.doc;
        let (mut infos, mut k) = self.titles_at(j)?;
        // "Mr. King said": a one-word title after an honorific, before no
        // capitalised word, is a surname.
        if infos.len() == 2
            && infos[0].class == TitleClass::Honorific
            && infos[1].class != TitleClass::Honorific
            && k > j + 1
            && self.has(k - 1, class::TITLE_SURNAME)
            && !self.cap(k)
            && matches!(self.title_at_end(k - 1, self.end), Some((_, 1)))
        {
            infos.truncate(1);
            k -= 1;
        }
        let honorific_only = infos.iter().all(|t| t.class == TitleClass::Honorific);
        let main = infos
            .iter()
            .find(|t| t.class != TitleClass::Honorific && !t.canonical.is_empty())
            .or_else(|| infos.iter().find(|t| !t.canonical.is_empty()))
            .copied();
        let gender = infos
            .iter()
            .map(|t| t.gender)
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
        // An honorific is capitalised ("Gen.", not "general").
        if honorific_only && !self.cap(j) {
            return None;
        }
        let mut place = place;
        if place.is_none()
            && matches!(self.key(k), "of" | "for")
            && let Some(g) = self.gaz(k + 1)
            && let Some(t) = self.pick_target(g.pattern)
            && self
                .set
                .gaz
                .entry(t.entry)
                .is_some_and(|e| matches!(e.kind(), EntryKind::State | EntryKind::Organization))
        {
            place = Some(Place::Entry(t.entry));
        }
        let mut n = k;
        // "Minister for Americas & Caribbean, David Rutley": skip the
        // office's complement before a comma and the name.
        if !honorific_only && matches!(self.key(n), "for" | "of") && self.cap(n + 1) {
            let mut c = n + 1;
            while c < self.end
                && (self.cap(c) || matches!(self.tok(c), "&" | "and" | "the"))
                && c - n < 8
            {
                c += 1;
            }
            if self.tok(c) == "," && self.cap(c + 1) && self.name_run(c + 1).is_some() {
                n = c;
            }
        }
        // "Lord (Tariq) Ahmad of Wimbledon": a peer's title with the given
        // name in parentheses.
        if honorific_only
            && self.tok(n) == "("
            && self.cap(n + 1)
            && self.tok(n + 2) == ")"
            && let Some(last) = self.name_run(n + 3)
        {
            return Some(self.peer(mod_start.min(j), n + 1, n + 3, last, gender));
        }
        let comma = self.tok(n) == "," && !honorific_only && self.cap(n + 1);
        if comma {
            n += 1;
        }
        // "Mr. King": after an honorific alone, a one-word title that no
        // other capitalised word follows is a surname.
        let surname_title = honorific_only
            && self.has(n, class::TITLE_SURNAME)
            && !self.cap(n + 1)
            && !self.not_name(n)
            && matches!(self.title_at_end(n, self.end), Some((i, 1)) if i.class != TitleClass::Honorific && i.class != TitleClass::Pre);
        let name = if surname_title {
            Some(n)
        } else {
            self.name_run(n)
        }
        .filter(|&last| {
            // In a title-case headline any word is capitalised: the name
            // must be known or start with a given name.
            !self.headline
                || self.has(n, class::GIVEN)
                || (n..=last).any(|k| self.gaz(k).is_some_and(|g| self.has_person_target(g)))
        });
        if let Some(last) = name {
            // A comma-introduced name must close ("U.S. President, Donald
            // Trump, called").
            if comma && !matches!(self.tok(last + 1), "," | "." | "" | ")") {
                if honorific_only {
                    return None;
                }
            } else {
                let person = self.person_from_run(n, last, main, place.clone(), gender);
                // The place is known to the article (named, if only as a
                // modifier: "the Department" may refer back to it).
                if let Some(Place::Entry(e)) = &place {
                    self.set.actor_for_entry(*e);
                }
                if let Some(info) = main {
                    self.note_role(person, info, place.as_ref());
                }
                self.set.add_mention(
                    doc,
                    mod_start.min(j),
                    last,
                    person,
                    MentionKind::Title,
                    true,
                );
                // The name alone and the title alone are aliases too.
                let bare = doc.between(n, last);
                let title_only = doc.between(mod_start.min(j), k - 1);
                let c = &mut self.set.cands[person];
                c.add_alias(bare);
                // A title alone is an alias when it says whose it is
                // ("U.S. President"), not a bare "President".
                if !honorific_only && mod_start < j {
                    c.add_alias(title_only);
                }
                return Some(self.after_person(person, last));
            }
        }
        if honorific_only {
            return None;
        }
        let info = main?;
        if info.class == TitleClass::Function && place.is_none() {
            return None;
        }
        // "senators", "foreign ministers": several people, not one.
        let last_word = self.key(k - 1);
        let canon_last = info.canonical.to_lowercase();
        if last_word.ends_with('s') && !canon_last.ends_with(last_word) {
            return None;
        }
        // A role without a name: resolved after the pass.
        let title_last = k - 1;
        let first = mod_start.min(j);
        let surface = doc.between(first, title_last).to_string();
        let (places, country) = self.place_keys(place.as_ref(), first, j);
        let speaker = self.speaker_position(first, title_last);
        // An unresolved office is an actor of its own when it is a state's
        // ("the Rwandan Foreign Minister") or written as a proper title
        // ("The Foreign Secretary spoke"), not a generic "the judge".
        let proper = self.cap(j) && !self.sentence_initial(j);
        let own_actor =
            info.class == TitleClass::Office && (country.is_some() || (place.is_none() && proper));
        self.pending.insert(
            first,
            PendingRole {
                title: info.canon.clone(),
                places,
                country,
                surface,
                speaker,
                own_actor,
            },
        );
        self.set.mentions.push(super::Mention {
            span: doc.span(first, title_last),
            first,
            last: title_last,
            actor: PENDING,
            kind: MentionKind::Role,
        });
        Some(k)
    }

    /// A peer named by a title, a given name in parentheses and a surname
    /// (tokens `first`, `given`, `sur..=last`), with a territorial
    /// designation ("of Wimbledon") after it: the person "Tariq Ahmad".
    fn peer(
        &mut self,
        first: usize,
        given: usize,
        sur: usize,
        last: usize,
        gender: Gender,
    ) -> usize {
        let doc = self.doc;
        let mut words: Vec<String> = vec![self.tok(given).to_string()];
        words.extend((sur..=last).map(|k| self.tok(k).to_string()));
        let name = words.join(" ");
        let a = match self.set.by_name.get(&name.to_lowercase()).copied() {
            Some(a) if self.set.cands[a].kind == ActorKind::Person => a,
            _ => match self.link_person(&words) {
                Some(a) => a,
                None => {
                    let mut c = Cand::new(name, ActorKind::Person, Policy::Always);
                    c.name_words = words;
                    c.gender = if gender == Gender::Unknown {
                        WORDS
                            .given
                            .get(self.tok(given))
                            .copied()
                            .unwrap_or(Gender::Unknown)
                    } else {
                        gender
                    };
                    self.set.push_cand(c)
                }
            },
        };
        let mut end = last;
        if self.key(last + 1) == "of" && self.cap(last + 2) && self.gaz(last + 2).is_none() {
            end = last + 2;
        }
        self.set
            .add_mention(doc, first, end, a, MentionKind::Title, true);
        let title_only = doc.between(first, first).to_string();
        let short = format!("{title_only} {}", doc.between(sur, end));
        let c = &mut self.set.cands[a];
        c.add_alias(&short);
        c.add_alias(doc.between(sur, last));
        self.after_person(a, end)
    }

    /// Keys under which a place's roles are indexed, and its country.
    fn place_keys(
        &self,
        place: Option<&Place>,
        first: usize,
        j: usize,
    ) -> (Vec<String>, Option<CountryCode>) {
        let mut keys = Vec::new();
        let mut country = None;
        match place {
            Some(Place::Entry(e)) => {
                if let Some(e) = self.set.gaz.entry(*e) {
                    if e.kind() == EntryKind::State {
                        if let Some(c) = e.country() {
                            keys.push(c.as_str().to_lowercase());
                        }
                        keys.push(e.name().to_lowercase());
                    } else {
                        keys.push(e.name().to_lowercase());
                        if let Some(c) = e.country() {
                            keys.push(c.as_str().to_lowercase());
                        }
                    }
                    country = e.country();
                }
                if j > first {
                    let surface = self.doc.between(first, j - 1);
                    let s = super::clean_alias(surface).to_lowercase();
                    if !keys.contains(&s) {
                        keys.push(s);
                    }
                }
            }
            Some(Place::Text(t)) => keys.push(t.to_lowercase()),
            None => {}
        }
        (keys, country)
    }

    /// Records that `person` holds the title `info` (for `place`).
    fn note_role(&mut self, person: ActorIdx, info: &TitleInfo, place: Option<&Place>) {
        if info.canonical.is_empty() {
            return;
        }
        let canon = info.canon.clone();
        let (of, country, key) = match place {
            Some(Place::Entry(e)) => match self.set.gaz.entry(*e) {
                Some(e) if e.kind() == EntryKind::State => (
                    e.country().map(|c| c.as_str().to_string()),
                    e.country(),
                    e.country().map(|c| c.as_str().to_lowercase()),
                ),
                Some(e) => (
                    Some(e.name().to_string()),
                    e.country(),
                    Some(e.name().to_lowercase()),
                ),
                None => (None, None, None),
            },
            Some(Place::Text(t)) => (Some(t.clone()), None, Some(t.to_lowercase())),
            None => (None, None, None),
        };
        if let Ok(r) = Role::new(info.canonical.clone()) {
            let r = match of {
                Some(o) => r.of_place(o),
                None => r,
            };
            self.set.cands[person].add_role(r);
        }
        let known = self
            .set
            .titles_of(&self.set.cands[person])
            .any(|t| t.0 == canon && t.1 == key);
        let c = &self.set.cands[person];
        // An office of a state gives its holder the state's government code.
        let state_cameo = match place {
            Some(Place::Entry(e))
                if c.cameo.is_none() && !c.entry_cameo && info.class == TitleClass::Office =>
            {
                self.set
                    .gaz
                    .entry(*e)
                    .filter(|e| e.kind() == EntryKind::State)
                    .and_then(|e| e.cameo())
                    .and_then(|c| format!("{}GOV", c.as_str()).parse().ok())
            }
            _ => None,
        };
        let c = &mut self.set.cands[person];
        if c.country.is_none() {
            c.country = country;
        }
        if c.cameo.is_none() && !c.entry_cameo && info.class == TitleClass::Office {
            c.cameo = state_cameo;
        }
        if c.gender == Gender::Unknown {
            c.gender = info.gender;
        }
        if !known {
            c.titles.push((canon.clone(), key.clone()));
        }
        self.set.by_role.insert((canon.clone(), key), person);
        self.set.by_role.entry((canon, None)).or_insert(person);
    }

    /// The person named by tokens `first..=last`.
    fn person_from_run(
        &mut self,
        first: usize,
        last: usize,
        title: Option<&TitleInfo>,
        place: Option<Place>,
        gender: Gender,
    ) -> ActorIdx {
        let doc = self.doc;
        // A gazetteer person in the run.
        let mut k = first;
        while k <= last {
            if let Some(g) = self.gaz(k) {
                if self.has_person_target(g) {
                    let first_word = if first < doc.tokens.len() {
                        doc.tok(first)
                    } else {
                        ""
                    };
                    let ok = |e: &crate::extract::gazetteer::Entry| {
                        k == first
                            || std::iter::once(e.name())
                                .chain(e.aliases().iter().map(String::as_str))
                                .any(|n| {
                                    n.split_whitespace().count() >= 2
                                        && n.split_whitespace().next() == Some(first_word)
                                })
                    };
                    let mut best: Option<u32> = None;
                    for t in self.person_targets(g) {
                        if let Some(e) = self.set.gaz.entry(t.entry)
                            && ok(e)
                        {
                            if self.set.by_entry.contains_key(&t.entry) {
                                best = Some(t.entry);
                                break;
                            }
                            if best.is_none() {
                                best = Some(t.entry);
                            }
                        }
                    }
                    if let Some(b) = best
                        && let Some(a) = self.set.actor_for_entry(b)
                    {
                        return a;
                    }
                }
                k = g.last + 1;
                continue;
            }
            k += 1;
        }
        let full = doc.between(first, last).to_string();
        // A single name with an office: the holder whose first name or
        // surname it is ("Russian President Vladimir").
        if first == last
            && let Some(info) = title
            && info.class == TitleClass::Office
        {
            let (places, _) = self.place_keys(place.as_ref(), first, first);
            let canon = &info.canon;
            let mut found: Option<u32> = None;
            for p in places
                .iter()
                .map(|p| Some(p.as_str()))
                .chain(std::iter::once(None))
            {
                for &(entry, tenure) in self.set.gaz.holders(canon, p) {
                    let Some(e) = self.set.gaz.entry(entry) else {
                        continue;
                    };
                    let dated = match (self.set.date, e.tenures().get(tenure)) {
                        (Some(d), Some(t)) => t.covers(d),
                        _ => true,
                    };
                    let mut words = e.name().split_whitespace();
                    let first_word = words.next();
                    let last_word = words.next_back().or(first_word);
                    if dated
                        && (first_word == Some(full.as_str()) || last_word == Some(full.as_str()))
                    {
                        found = Some(entry);
                        break;
                    }
                }
                if found.is_some() {
                    break;
                }
            }
            if let Some(entry) = found
                && let Some(a) = self.set.actor_for_entry(entry)
            {
                return a;
            }
        }
        let lower = full.to_lowercase();
        if let Some(&a) = self.set.by_name.get(&lower)
            && self.set.cands[a].kind == ActorKind::Person
        {
            return a;
        }
        let name_words: Vec<String> = (first..=last)
            .filter(|&k| !self.has(k, class::SUFFIX))
            .map(|k| self.tok(k).to_string())
            .collect();
        // Link to a person met before by surname or first name.
        if let Some(a) = self.link_person(&name_words) {
            let c = &mut self.set.cands[a];
            if name_words.len() > c.name_words.len() && c.entry.is_none() {
                c.name = full.clone();
                c.name_words = name_words;
                self.set.by_name.insert(lower, a);
                self.set.index_cand(a);
            }
            return a;
        }
        let mut c = Cand::new(full, ActorKind::Person, Policy::Always);
        c.gender = if gender != Gender::Unknown {
            gender
        } else {
            name_words
                .first()
                .and_then(|f| WORDS.given.get(f.as_str()).copied())
                .unwrap_or(Gender::Unknown)
        };
        c.name_words = name_words;
        if let Some(Place::Entry(e)) = &place {
            c.country = self.set.gaz.entry(*e).and_then(|e| e.country());
        }
        self.set.push_cand(c)
    }

    /// A person met before whose name fits `words`: the same surname with
    /// a compatible first name, or a one-word name equal to the surname.
    fn link_person(&self, words: &[String]) -> Option<ActorIdx> {
        let last = words.last()?;
        let first = words.first()?;
        let fits = |c: &Cand| {
            if c.kind != ActorKind::Person || c.name_words.is_empty() {
                return false;
            }
            let cw = &c.name_words;
            let same =
                |a: Option<&String>, b: &String| a.is_some_and(|a| a == b || fold(a) == fold(b));
            if words.len() == 1 {
                same(cw.last(), last) || (cw.len() >= 2 && same(cw.first(), first))
            } else if cw.len() > words.len() && cw.ends_with(words) {
                // "Vargas Llosa" of "Mario Vargas Llosa".
                true
            } else if cw.len() == 1 {
                c.entry.is_none() && (cw[0] == *last)
            } else {
                cw.last() == Some(last)
                    && (cw.first() == Some(first)
                        || initial_of(first, &cw[0])
                        || initial_of(&cw[0], first))
            }
        };
        // Full names by their words; one-word names by name.
        let mut found: Option<ActorIdx> = self
            .set
            .indexed(ikey('p', last))
            .chain(self.set.indexed(ikey('p', first)))
            .chain(self.set.indexed(ikey('p', &fold(last))))
            .filter(|&a| self.set.cands.get(a).is_some_and(&fits))
            .max();
        if let Some(&a) = self.set.by_name.get(&last.to_lowercase())
            && self.set.cands.get(a).is_some_and(&fits)
        {
            found = Some(found.map_or(a, |f| f.max(a)));
        }
        if words.len() >= 2 {
            // Compound surnames are indexed by their last word only.
            found = found.or_else(|| {
                self.set.indexed(ikey('p', last)).find(|&a| {
                    self.set
                        .cands
                        .get(a)
                        .is_some_and(|c| c.name_words.ends_with(words))
                })
            });
        }
        found
    }

    /// An appositive role after a person: ", the Kremlin spokesperson,".
    fn appositive(&mut self, person: ActorIdx, last: usize) -> Option<usize> {
        let doc = self.doc;
        if self.tok(last + 1) != "," {
            return None;
        }
        let mut j = last + 2;
        if matches!(self.key(j), "the" | "a" | "an") {
            j += 1;
        }
        let mstart = j;
        let mut place: Option<Place> = None;
        let mut guard = 0;
        while j < self.end && guard < 5 {
            guard += 1;
            if self.is_title_start(j) {
                break;
            }
            if let Some(g) = self.gaz(j) {
                if let Some(t) = self.pick_target(g.pattern)
                    && !self.has_person_target(g)
                {
                    place = Some(Place::Entry(t.entry));
                    j = g.last + 1;
                    continue;
                }
                return None;
            }
            if self.doc.tokens[j].kind == TokKind::Word
                && (self.tok(j) == "'s" || self.tok(j) == "\u{2019}s")
            {
                j += 1;
                continue;
            }
            if matches!(self.title_at_end(j, self.end), Some((info, _)) if info.class == TitleClass::Pre)
            {
                j += 1;
                continue;
            }
            if self.cap(j) && !self.not_name(j) {
                if place.is_none() {
                    place = Some(Place::Text(self.tok(j).to_string()));
                }
                j += 1;
                continue;
            }
            return None;
        }
        let (infos, k) = self.titles_at(j)?;
        let info = infos
            .iter()
            .find(|t| t.class != TitleClass::Honorific && !t.canonical.is_empty())
            .copied()?;
        // ", Foreign Minister Jane Roe" is another person.
        let mut n = k;
        if self.tok(n) == "," {
            n += 1;
        }
        if self.name_run(n).is_some() {
            return None;
        }
        // "Minister of State at the Foreign Office", "spokesman for the
        // Ministry of Defence": the office's body gives the country.
        let body = match self.key(k) {
            "of" | "at" | "for" | "in" => Some(if self.key(k + 1) == "the" {
                k + 2
            } else {
                k + 1
            }),
            _ => None,
        };
        if place.is_none()
            && let Some(b) = body
            && let Some(g) = self.gaz(b)
            && let Some(t) = self.pick_target(g.pattern)
            && (self.key(k) == "of" || !self.has_person_target(g))
        {
            place = Some(Place::Entry(t.entry));
        }
        self.note_role(person, info, place.as_ref());
        let surface = doc.between(mstart, k - 1).to_string();
        let (keys, _) = self.place_keys(place.as_ref(), mstart, j);
        for key in keys {
            self.set
                .by_role
                .insert((info.canon.clone(), Some(key)), person);
        }
        self.set
            .by_name
            .entry(surface.to_lowercase())
            .or_insert(person);
        self.set
            .add_mention(doc, mstart, k - 1, person, MentionKind::Role, true);
        Some(k)
    }

    /// A group noun phrase at `i` ("analysts", "a senior official",
    /// "his aides", "Twenty-seven states"), or after a modifier at
    /// `mod_start` ("U.S. officials").
    #[inline]
    fn group_phrase(
        &mut self,
        i: usize,
        mod_start: Option<usize>,
        mod_entry: Option<u32>,
    ) -> Option<usize> {
        // Most words start no group phrase: one look at the token's classes.
        if mod_start.is_none()
            && !self.has(
                i,
                class::GROUP_NOUN
                    | class::GROUP_MOD
                    | class::QUANT
                    | class::OWNER
                    | class::NUMBER
                    | class::HYPHEN,
            )
        {
            return None;
        }
        self.group_phrase_from(i, mod_start, mod_entry)
    }

    /// [`Walk::group_phrase`] past its first test.
    fn group_phrase_from(
        &mut self,
        i: usize,
        mod_start: Option<usize>,
        mod_entry: Option<u32>,
    ) -> Option<usize> {
        let doc = self.doc;
        let end = self.end;
        // "the", "his", "many": only when a group word follows.
        if mod_start.is_none() && !self.has(i, class::GROUP_NOUN | class::GROUP_MOD) {
            let mut k = i;
            while k < end && self.has(k, class::QUANT | class::OWNER) {
                k += 1;
            }
            let group_word = class::GROUP_NOUN | class::GROUP_MOD | class::NUMBER | class::HYPHEN;
            if k < end && k > i && !self.has(k, group_word) && self.key(k) != "campaign" {
                return None;
            }
        }
        let mut j = i;
        let mut owner: Option<String> = None;
        if mod_start.is_none() {
            while j < end && !self.has(j, class::GROUP_NOUN) {
                if self.has(j, class::OWNER) {
                    // "her campaign": the person's campaign organisation.
                    if self.key(j + 1) == "campaign"
                        && j + 1 < end
                        && self.noun_ends(j + 1)
                        && let Some(a) = self.owner_actor(j)
                        && self.campaign_of(a, j + 1, Policy::WhenActive).is_some()
                    {
                        return Some(j + 2);
                    }
                    owner = self.owner_name(j);
                } else if !self.has(j, class::QUANT) {
                    break;
                }
                j += 1;
            }
        }
        let name_start = j;
        // "Trump's supporters": the owner named before a possessive.
        if mod_start.is_none()
            && owner.is_none()
            && i >= 2
            && matches!(self.tok(i - 1), "'s" | "\u{2019}s")
            && let Some(m) = self.set.mentions.last()
            && m.last == i - 2
            && m.actor != PENDING
            && let Some(c) = self.set.cands.get(m.actor)
        {
            owner = Some(if c.kind == ActorKind::Person {
                c.name_words
                    .last()
                    .cloned()
                    .unwrap_or_else(|| c.name.clone())
            } else {
                c.name.clone()
            });
        }
        // The number of modifiers read (at most four).
        let mut mods = 0usize;
        let mut number = false;
        if mod_start.is_none() && j < end && self.number_word(j) {
            mods += 1;
            number = true;
            j += 1;
        }
        while j + 1 < end && mods < 4 {
            let k = self.key(j);
            let is_mod = self.has(j, class::GROUP_MOD)
                || k.ends_with("-backed")
                || k.ends_with("-led")
                || k.ends_with("-aligned")
                || k.ends_with("-based")
                || k.ends_with("-educated");
            let next_noun = self.has(j + 1, class::GROUP_NOUN);
            if is_mod && (!self.has(j, class::GROUP_NOUN) || next_noun) {
                mods += 1;
                j += 1;
            } else if mods != 0 && matches!(k, "and" | "or") && self.has(j + 1, class::GROUP_MOD) {
                // "federal and state officials"
                j += 1;
            } else {
                break;
            }
        }
        if j >= end || doc.tokens[j].kind != TokKind::Word {
            return None;
        }
        if !self.has(j, class::GROUP_NOUN) || (self.cap(j) && !self.sentence_initial(j)) {
            return None;
        }
        let noun = WORDS.group_nouns.get(self.key(j))?;
        if noun.class == GroupClass::States && mods == 0 && mod_start.is_none() && owner.is_none() {
            return None;
        }
        // Some nouns say too little alone ("the state", "members").
        if mods == 0
            && mod_start.is_none()
            && owner.is_none()
            && matches!(
                self.key(j),
                "state"
                    | "member"
                    | "members"
                    | "leader"
                    | "leaders"
                    | "worker"
                    | "workers"
                    | "power"
                    | "capital"
                    | "capitals"
                    | "authority"
                    | "group"
                    | "groups"
                    | "company"
                    | "companies"
                    | "firm"
                    | "firms"
                    | "organization"
                    | "organizations"
                    | "organisation"
                    | "organisations"
                    | "union"
                    | "unions"
                    | "troop"
                    | "troops"
                    | "soldier"
                    | "soldiers"
                    | "minister"
                    | "ministers"
                    | "government"
                    | "governments"
                    | "partner"
                    | "partners"
                    | "ally"
                    | "allies"
            )
        {
            return None;
        }
        // A counted group is one of states or people ("18 states").
        if number && noun.class == GroupClass::Source {
            return None;
        }
        // A singular noun before another noun modifies it ("a terrorist
        // attack", "an official visit").
        let singular = !key_is_lower_of(self.key(j), &noun.plural);
        if singular
            && j + 1 < end
            && doc.tokens[j + 1].kind == TokKind::Word
            && !self.cap(j + 1)
            && !AFTER_PERSON.contains(&self.key(j + 1))
            && !self.has(j + 1, class::AUX)
            && !(first_is_verb_form(self.key(j + 1))
                && doc.phrase_at(&CUES.forms, j + 1, end).is_some())
        {
            return None;
        }
        let mut name = String::new();
        if let Some(o) = &owner {
            name.push_str(o);
            name.push_str("'s ");
        }
        if let Some(m) = mod_start
            && m < i
        {
            name.push_str(super::clean_alias(doc.between(m, i - 1)).as_str());
            name.push(' ');
        }
        if mods != 0 {
            name.push_str(doc.between(name_start, j - 1));
            name.push(' ');
        }
        name.push_str(&noun.plural);
        let country = mod_entry
            .and_then(|e| self.set.gaz.entry(e))
            .and_then(|e| e.country());
        // "terrorists" after "radical Islamic terrorists": the same group.
        let bare = mods == 0 && mod_start.is_none() && owner.is_none();
        let g = match bare
            .then(|| self.set.group_with_head(&noun.plural))
            .flatten()
        {
            Some(g) => g,
            None => self.set.group(&name, country),
        };
        let first = mod_start.unwrap_or(name_start);
        self.set
            .add_mention(doc, first, j, g, MentionKind::Group, true);
        if self.speaker_position(first, j) || self.acting_subject(i, j) {
            self.set.mark_active(g);
        }
        Some(j + 1)
    }

    /// True when the noun at `j` ends its phrase: what follows is
    /// punctuation, a function word or a verb ("her campaign said", not
    /// "his campaign theme").
    fn noun_ends(&self, j: usize) -> bool {
        let k = j + 1;
        if k >= self.end || self.doc.tokens[k].kind != TokKind::Word {
            return true;
        }
        let w = self.key(k);
        self.has(k, class::AUX)
            || AFTER_PERSON.contains(&w)
            || first_is_verb_form(w)
            || w.ends_with('s') && self.doc.phrase_at(&CUES.forms, k, k + 1).is_some()
    }

    /// The campaign organisation of `person` ("Trump campaign"), named at
    /// token `tok`.
    fn campaign_of(&mut self, person: ActorIdx, tok: usize, policy: Policy) -> Option<ActorIdx> {
        let a = self.set.campaign_org(person, policy)?;
        if policy == Policy::Always
            && let Some(c) = self.set.cands.get_mut(a)
        {
            c.policy = Policy::Always;
        }
        self.set
            .add_mention(self.doc, tok, tok, a, MentionKind::Name, true);
        if self.speaker_position(tok, tok) {
            self.set.mark_active(a);
        }
        Some(a)
    }

    /// The actor a possessive pronoun at `j` stands for ("his" is Trump).
    /// A lone name earlier in the sentence, which the pass links only at
    /// its end, is tried first ("Stein said she will join her
    /// supporters").
    fn owner_actor(&self, j: usize) -> Option<ActorIdx> {
        let gender = match self.key(j) {
            "his" => Some(Gender::Female),
            "her" => Some(Gender::Male),
            _ => None,
        };
        if let Some(not) = gender
            && let Some(s) = self
                .singles
                .iter()
                .rev()
                .take_while(|s| s.tok >= self.start)
                .find(|s| s.tok < j)
            && let Some(a) = self.person_by_word(self.tok(s.tok))
            && self.set.cands.get(a).is_some_and(|c| c.gender != not)
        {
            return Some(a);
        }
        self.set.resolve_pronoun(self.doc, j)
    }

    /// The owner a possessive at `j` stands for ("his" is Trump): the
    /// person's surname or the actor's name.
    fn owner_name(&self, j: usize) -> Option<String> {
        let a = self.owner_actor(j)?;
        let c = self.set.cands.get(a)?;
        Some(if c.kind == ActorKind::Person {
            c.name_words
                .last()
                .cloned()
                .unwrap_or_else(|| c.name.clone())
        } else {
            c.name.clone()
        })
    }

    // ---- after the pass ----------------------------------------------

    fn resolve_singles(&mut self) {
        let singles = std::mem::take(&mut self.singles);
        if singles.is_empty() {
            return;
        }
        // Where each actor is named, for "the nearest one before".
        // (actor, first token) of every mention, sorted: an actor's
        // mentions are one run, in text order.
        let mut at: Vec<(ActorIdx, usize)> = self
            .set
            .mentions
            .iter()
            .map(|m| (m.actor, m.first))
            .collect();
        at.sort_unstable();
        // The words the article writes in lower case, built once when a
        // sentence-initial word needs the check.
        let mut lower_words: Option<HashSet<&str>> = None;
        let mut scans = 0;
        let doc = self.doc;
        for s in singles {
            let w: &str = if s.tok < doc.tokens.len() {
                doc.tok(s.tok)
            } else {
                ""
            };
            // Prefer the person whose mention is nearest before.
            let mut best: Option<(ActorIdx, bool, usize)> = None;
            for a in self.set.indexed(ikey('p', &fold(w))) {
                let Some(c) = self.set.cands.get(a) else {
                    continue;
                };
                if c.kind != ActorKind::Person || c.name_words.len() < 2 {
                    continue;
                }
                let fits = c.name_words.last().is_some_and(|x| same_word(x, w))
                    || c.name_words.first().is_some_and(|x| same_word(x, w));
                if !fits {
                    continue;
                }
                // The last mention of `a` before the word.
                let k = at.partition_point(|&(x, f)| x < a || (x == a && f < s.tok));
                let before = k
                    .checked_sub(1)
                    .and_then(|k| at.get(k))
                    .filter(|&&(x, _)| x == a)
                    .map(|&(_, f)| f);
                let cand = match before {
                    Some(p) => (a, true, p),
                    None => (a, false, usize::MAX),
                };
                best = match best {
                    None => Some(cand),
                    Some(b) if cand.1 && (!b.1 || cand.2 > b.2) => Some(cand),
                    Some(b) => Some(b),
                };
            }
            let actor = match best {
                Some((a, _, _)) => Some(a),
                None => {
                    let words = vec![w.to_string()];
                    self.link_person(&words).or_else(|| {
                        // A few words are looked up by a scan of the
                        // tokens; past that, a set of them is built once.
                        let common = s.initial && {
                            let key = w.to_lowercase();
                            if scans < 4 {
                                scans += 1;
                                written_in_lower_case(self.doc, &key)
                            } else {
                                lower_words
                                    .get_or_insert_with(|| lower_case_words(self.doc))
                                    .contains(key.as_str())
                            }
                        };
                        (s.speaker && !common).then(|| {
                            let mut c = Cand::new(w, ActorKind::Person, Policy::WhenActive);
                            c.name_words = words;
                            c.active = true;
                            self.set.push_cand(c)
                        })
                    })
                }
            };
            if let Some(a) = actor {
                self.set
                    .add_mention(self.doc, s.tok, s.tok, a, MentionKind::Name, true);
            }
        }
    }

    fn resolve_pending(&mut self) {
        self.set.sort_mentions();
        let pending = std::mem::take(&mut self.pending);
        for mi in 0..self.set.mentions.len() {
            let m = self.set.mentions[mi];
            if m.actor != PENDING {
                continue;
            }
            let Some(p) = pending.get(&m.first) else {
                continue;
            };
            let actor = self.resolve_role(p, m.first);
            let a = match actor {
                Some(a) => a,
                None if !p.own_actor => continue,
                None => {
                    let key = format!("role:{}", p.surface.to_lowercase());
                    match self.set.by_name.get(&key) {
                        Some(&a) => a,
                        None => {
                            let mut c = Cand::new(
                                super::clean_alias(&p.surface),
                                ActorKind::Person,
                                Policy::WhenActive,
                            );
                            c.country = p.country;
                            if let Ok(r) = Role::new(capitalise(&p.title)) {
                                c.add_role(r);
                            }
                            let a = self.set.cands.len();
                            self.set.cands.push(c);
                            self.set.by_name.insert(key, a);
                            a
                        }
                    }
                }
            };
            self.set.mentions[mi].actor = a;
            let surface = self.doc.between(m.first, m.last).to_string();
            if let Some(c) = self.set.cands.get_mut(a) {
                c.strong = true;
                c.add_alias(&surface);
                if p.speaker {
                    c.active = true;
                }
            }
        }
        self.set.mentions.retain(|m| m.actor != PENDING);
    }

    /// The holder of a role description, if it can be told.
    fn resolve_role(&mut self, p: &PendingRole, at: usize) -> Option<ActorIdx> {
        for key in &p.places {
            if let Some(&a) = self.set.by_role.get(&(p.title.clone(), Some(key.clone()))) {
                return Some(a);
            }
        }
        for key in &p.places {
            let holders: Vec<(u32, usize)> = self.set.gaz.holders(&p.title, Some(key)).to_vec();
            let mut found: Vec<u32> = Vec::new();
            for (entry, tenure) in holders {
                let Some(e) = self.set.gaz.entry(entry) else {
                    continue;
                };
                let ok = match self.set.date {
                    Some(d) => e.tenures().get(tenure).is_some_and(|t| t.covers(d)),
                    None => self.set.by_entry.contains_key(&entry),
                };
                if ok && !found.contains(&entry) {
                    found.push(entry);
                }
            }
            if found.len() == 1 {
                return self.set.actor_for_entry(found[0]);
            }
            // Several holders named: the one the text calls by the title
            // ("President Obama" ... "the U.S. president").
            if found.len() > 1
                && let Some(&a) = self.set.by_role.get(&(p.title.clone(), None))
                && self
                    .set
                    .cands
                    .get(a)
                    .and_then(|c| c.entry)
                    .is_some_and(|e| found.contains(&e))
            {
                return Some(a);
            }
        }
        if p.places.is_empty() {
            // "the president": the nearest person before with that title.
            let mut best: Option<(usize, ActorIdx)> = None;
            let upto = self.set.mentions.partition_point(|m| m.first < at);
            for m in self.set.mentions[..upto].iter().rev().take(400) {
                if m.actor == PENDING {
                    continue;
                }
                if self
                    .set
                    .cands
                    .get(m.actor)
                    .is_some_and(|c| self.set.titles_of(c).any(|(t, _)| *t == p.title))
                    && best.is_none_or(|(f, _)| m.first > f)
                {
                    best = Some((m.first, m.actor));
                }
            }
            if let Some((_, a)) = best {
                return Some(a);
            }
            return self.set.by_role.get(&(p.title.clone(), None)).copied();
        }
        None
    }
}

use super::{OrgWords, fold, ikey, initials_are, same_word};

/// A surname's shape: a capital, then lower case, after an optional
/// prefix that is itself capitalised inside the word ("O'Brien",
/// "D’Angelo", "McCain", "MacArthur").
fn surname_shape(tok: &str) -> bool {
    let rest = ["Mac", "Mc", "O'", "O\u{2019}", "D'", "D\u{2019}"]
        .iter()
        .find_map(|p| {
            tok.strip_prefix(p)
                .filter(|r| r.starts_with(|c: char| c.is_uppercase()))
        })
        .unwrap_or(tok);
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase)
}

/// A word shaped like an English plural ("Engineers", "Critics"), not like
/// a surname ending in s ("Davis", "Cruz", "Ross", "Morales" aside).
fn plural_like(key: &str) -> bool {
    key.ends_with('s')
        && !["is", "us", "ss", "as", "os", "ys"]
            .iter()
            .any(|e| key.ends_with(e))
}

/// The keys of the words the article writes starting in lower case.
fn lower_case_keys<'d>(doc: &'d Doc<'_>) -> impl Iterator<Item = &'d str> {
    (0..doc.tokens.len())
        .filter(move |&k| {
            doc.tokens[k].kind == TokKind::Word
                && doc.tok(k).starts_with(|c: char| c.is_lowercase())
        })
        .map(move |k| doc.key(k))
}

/// True when the article writes the word with key `key` starting in
/// lower case somewhere.
fn written_in_lower_case(doc: &Doc<'_>, key: &str) -> bool {
    lower_case_keys(doc).any(|k| k == key)
}

/// Every word the article writes starting in lower case, by its key.
fn lower_case_words<'d>(doc: &'d Doc<'_>) -> HashSet<&'d str> {
    lower_case_keys(doc).collect()
}

/// `key` up to its first character that is neither a letter nor a digit.
fn alnum_prefix(key: &str) -> &str {
    let b = key.as_bytes();
    let n = b
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(b.len());
    if b.get(n).is_some_and(|c| !c.is_ascii()) {
        // A letter outside ASCII may go on: read by characters.
        return key
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
    }
    &key[..n]
}

/// A number written in words ("eighteen", "twenty-seven").
fn is_number_word(w: &str) -> bool {
    use super::words::{NUMBER_COUNTS, NUMBER_UNITS};
    w != "one"
        && w.split('-')
            .all(|p| NUMBER_UNITS.contains(&p) || NUMBER_COUNTS.contains(&p))
}

/// True when every letter of `w` is a capital (and it has one).
fn all_caps(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
        && w.chars().all(|c| {
            c.is_uppercase() || c == '.' || c == '-' || c == '&' || c == '\'' || c == '\u{2019}'
        })
}

/// "al-Shuhada", "bin-Salman": a particle joined to a capitalised name.
fn arabic_particle(w: &str) -> bool {
    [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "bin-", "ibn-", "abu-", "abd-",
    ]
    .iter()
    .any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// A past or present verb form ("said", "says", "told"), as opposed to a
/// bare form that may be a noun; `w` is a token key (lower case).
fn first_is_verb_form(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "told"
                | "said"
                | "says"
                | "wrote"
                | "writes"
                | "spoke"
                | "thought"
                | "felt"
                | "knew"
                | "saw"
                | "tells"
                | "made"
                | "gave"
                | "took"
                | "put"
                | "held"
                | "sought"
                | "struck"
                | "swore"
                | "threw"
                | "went"
        )
}

/// True when `a` is an initial ("J.") of `b`.
fn initial_of(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches('.');
    a.chars().count() == 1 && b.starts_with(a)
}

fn capitalise(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for the lower-case key of a day, a month or a time word.
fn is_day_or_month_key(k: &str) -> bool {
    use crate::extract::words::{TIME_WORDS, Words, is_day_or_month};
    TIME_WORDS.has(k) || is_day_or_month(k) || k == "may"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_prefix_reads_like_split() {
        for key in [
            "",
            "u.s.",
            "pro-russian",
            "x",
            "abc",
            "é",
            "émigré-led",
            "al-qaeda",
            "9/11",
            "o'brien",
            "zürich's",
            "kyiv\u{2019}s",
        ] {
            assert_eq!(
                alnum_prefix(key),
                key.split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or(""),
                "{key:?}"
            );
        }
    }
}
