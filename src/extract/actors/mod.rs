//! The actors stage: every person, state, organisation and group in a
//! story, one identity each.
//!
//! One left-to-right pass over the tokens of each sentence finds the
//! mentions: gazetteer forms (an anchored walk of one Aho-Corasick
//! automaton at the places a form may start), titles and roles before or
//! beside names ("Foreign Minister Ahmad Yasin", "Dmitry Peskov, the
//! Kremlin spokesperson", "Lord (Tariq) Ahmad of Wimbledon"), capitalised
//! names (people by a given name, a title or a speaker position;
//! organisations by an organisation word) and group noun phrases ("U.S.
//! officials", "analysts", "Clinton supporters"). A second pass links
//! surnames and first names to the full names and resolves role
//! descriptions ("the U.S. president") against the article's date.
//!
//! Without a publication date a role is resolved only when exactly one of
//! its holders is named elsewhere in the article.
//!
//! The pass asks the same questions of every token ("a given name?", "a
//! group noun?"): each token's word classes are read once per article
//! from one table (`words::classify`, as `Doc::new` reads the tokens) and
//! kept as bits.
//!
//! # Resolution for the later stages
//!
//! A statement's, threat's or position's noun phrase resolves to the
//! mention it holds, else to a group noun phrase, else to an unknown name,
//! else to what it describes (the `describe` module): a role's holder
//! ("The Republican nominee"), an institution met before ("the agency"), a
//! document's author ("the report"), a share of those polled ("Another 19
//! percent"), a person known by a function ("a spokesman for the mayor").
//! A group's or a description's phrase as written becomes an alias, the
//! words that identify the source in the text ("Several experts").
//!
//! "He" and "she" stand for the subject (first mention) of the nearest
//! sentence, up to thirty back, that names a person of fitting gender
//! (from the given name or title; unknown fits both), leaving aside names
//! inside a quotation when the pronoun is outside it ("\u{201c}I told
//! Lang ...\u{201d} she said"); "they" for a group, organisation or state
//! of the last four sentences; "it" for an organisation or state of the
//! last three. A transcript's speaker in capitals ("WALLACE:") is the
//! person of that surname.
//!
//! # Documents as sources
//!
//! A document (report, poll, statement, ad, letter...) is not an actor
//! (see the guidelines), but "the report says" needs a speaker: it is the
//! document's author when the text names one, inside the phrase ("a
//! Quinnipiac University poll", "the city's letter", "a study by Harvard
//! researchers") or where the text introduced the document ("In a
//! statement, the union said ..." then "The statement noted ..."). Else,
//! after "according to", which always names a source ("according to a new
//! poll", "according to state records"), the document is a group named by
//! its phrase; as a subject ("Instant polls showed ...") it names no one
//! and the statement is dropped. A group for every such subject would find
//! a few more PolNeAR sources but output actors the guidelines exclude, at
//! a cost in actor precision (`describe::Documents`).

mod describe;
mod find;
mod links;
mod resolve;
mod words;

/// Maps keyed by the crate's own vocabularies and indices: a fast hash.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::extract::lexicon::FxBuild>;

use crate::extract::gazetteer::{Gazetteer, TitleKey};
use crate::model::{Actor, ActorId, ActorKind, CameoActorCode, CountryCode, Date, Role, Span};

use words::Gender;
pub(crate) use words::{Shape, class, classify, title_keys};

/// Index of an actor in an [`ActorSet`].
pub(crate) type ActorIdx = usize;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A name or alias ("Putin", "Russia", "NATO").
    Name,
    /// A title with a name ("President Zelensky").
    Title,
    /// A role description ("the Kremlin spokesperson").
    Role,
    /// A capital or seat of power standing for a state ("Moscow").
    Seat,
    /// A group noun phrase ("analysts").
    Group,
    /// A pronoun.
    Pronoun,
}

/// One place where the text names an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    /// First token (inclusive).
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    pub actor: ActorIdx,
    pub kind: MentionKind,
}

/// When a candidate is output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Policy {
    /// Whenever the text names it outside a mere location or channel.
    Always,
    /// Only when it takes part (speaks, holds a position, threatens...).
    WhenActive,
}

#[derive(Debug, Clone)]
struct Cand {
    name: String,
    kind: ActorKind,
    entry: Option<u32>,
    country: Option<CountryCode>,
    cameo: Option<CameoActorCode>,
    /// The code is the gazetteer entry's (copied at [`ActorSet::finish`],
    /// for the candidates kept).
    entry_cameo: bool,
    roles: Vec<Role>,
    aliases: Vec<String>,
    policy: Policy,
    active: bool,
    /// Named at least once outside a location or compound.
    strong: bool,
    gender: Gender,
    /// Words of the personal name (persons), for surname links.
    name_words: Vec<String>,
    /// Canonical titles the text gives the candidate, with their place
    /// key (a gazetteer person's own are not copied here: see
    /// [`ActorSet::titles_of`]).
    titles: Vec<TitleKey>,
    /// Plural (groups and "they").
    plural: bool,
    /// Last token of the latest mention (0 before any).
    last_at: usize,
}

impl Cand {
    fn new(name: impl Into<String>, kind: ActorKind, policy: Policy) -> Cand {
        Cand {
            name: name.into(),
            kind,
            entry: None,
            country: None,
            cameo: None,
            entry_cameo: false,
            roles: Vec::new(),
            aliases: Vec::new(),
            policy,
            active: false,
            strong: false,
            gender: Gender::Unknown,
            name_words: Vec::new(),
            titles: Vec::new(),
            plural: kind == ActorKind::Group,
            last_at: 0,
        }
    }

    fn add_alias(&mut self, alias: &str) {
        // Most mentions repeat a form already kept: compare before
        // allocating.
        let trimmed = trim_alias(alias);
        let single_spaced = !trimmed
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
            && !trimmed.contains(['\n', '\t', '\r']);
        let known = |a: &str| {
            a.is_empty()
                || a.eq_ignore_ascii_case(&self.name)
                || self.aliases.iter().any(|x| x == a)
        };
        if single_spaced {
            if !known(trimmed) {
                self.aliases.push(trimmed.to_string());
            }
            return;
        }
        let alias = clean_alias(alias);
        if !known(&alias) {
            self.aliases.push(alias);
        }
    }

    fn add_role(&mut self, role: Role) {
        // A title without a place adds nothing to the same title with one.
        if role.of().is_none()
            && self
                .roles
                .iter()
                .any(|r| r.title().eq_ignore_ascii_case(role.title()))
        {
            return;
        }
        if role.of().is_some() {
            self.roles
                .retain(|r| !(r.of().is_none() && r.title().eq_ignore_ascii_case(role.title())));
        }
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
    }
}

/// The words of an organisation's name for comparison: lower case, no
/// possessive, no plural "s", no "the".
pub(super) fn org_name_words(name: &str) -> Vec<String> {
    let mut words = OrgWords::default();
    words.read(name);
    words.words().map(str::to_string).collect()
}

/// The words of an organisation's name as [`org_name_words`] gives them,
/// one after another in one string: names are compared by the dozen
/// without a string per word.
#[derive(Debug, Default)]
pub(super) struct OrgWords {
    text: String,
    /// The end of each word in `text` (a word starts where the one before
    /// it ends).
    ends: Vec<usize>,
}

impl OrgWords {
    /// Replaces the words with those of `name`.
    pub(super) fn read(&mut self, name: &str) {
        self.text.clear();
        self.ends.clear();
        for w in name
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
        {
            let start = self.text.len();
            if w.is_ascii() {
                self.text.push_str(w);
                self.text[start..].make_ascii_lowercase();
            } else {
                self.text
                    .push_str(&w.to_lowercase().replace('\u{2019}', "'"));
            }
            let mut end = self.text.len();
            if self.text[start..end].ends_with("'s") {
                end -= 2;
            }
            // A plural "s", unless the stem would be too short.
            if self.text[start..end].ends_with('s') && end - 1 - start > 2 {
                end -= 1;
            }
            self.text.truncate(end);
            if &self.text[start..] == "the" {
                self.text.truncate(start);
                continue;
            }
            self.ends.push(end);
        }
    }

    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    fn word(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.text[start..self.ends[k]]
    }

    pub(super) fn words(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|k| self.word(k))
    }

    /// True when the words of `needle` (at least one) come in a row here.
    pub(super) fn contains_run(&self, needle: &OrgWords) -> bool {
        let (h, n) = (self.len(), needle.len());
        n > 0 && n <= h && (0..=h - n).any(|s| (0..n).all(|k| self.word(s + k) == needle.word(k)))
    }
}

/// The capital initials of a name's words ("Securities and Exchange
/// Commission" gives "SEC").
pub(super) fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// True when `initials(name) == acronym`, without building the initials.
pub(super) fn initials_are(name: &str, acronym: &str) -> bool {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .eq(acronym.chars())
}

/// `w` without diacritics ("Supré" gives "Supre"), for comparing names
/// (borrowed when `w` is ASCII: nothing to fold).
pub(super) fn fold(w: &str) -> std::borrow::Cow<'_, str> {
    if w.is_ascii() {
        return std::borrow::Cow::Borrowed(w);
    }
    let folded: String = w
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' | 'İ' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' => 'N',
            'š' | 'ś' | 'ş' => 's',
            'Š' | 'Ś' | 'Ş' => 'S',
            'ž' | 'ź' | 'ż' => 'z',
            'Ž' | 'Ź' | 'Ż' => 'Z',
            'ł' => 'l',
            'Ł' => 'L',
            'ğ' => 'g',
            'ý' | 'ÿ' => 'y',
            'đ' => 'd',
            'Đ' => 'D',
            '\u{2019}' => '\'',
            c => c,
        })
        .collect();
    std::borrow::Cow::Owned(folded)
}

/// The key under which the actor set indexes a word of a name: a hash
/// of a tag and the word (`p` a person's first or last name word, `P` the
/// same in capitals, `o` a word of an organisation's name, `i` its
/// initials). A rare collision only adds a candidate, which every lookup
/// checks against the names themselves.
pub(super) fn ikey(tag: char, w: &str) -> u64 {
    use std::hash::BuildHasher;
    crate::extract::lexicon::FxBuild.hash_one((tag, w))
}

/// True when two name words are the same but for diacritics and the
/// apostrophe's shape ("O’Neill" and "O'Neill").
pub(super) fn same_word(a: &str, b: &str) -> bool {
    a == b || fold(a) == fold(b)
}

/// Drops a leading article and surrounding punctuation from an alias.
fn clean_alias(s: &str) -> String {
    trim_alias(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `s` without surrounding punctuation and a leading article.
fn trim_alias(s: &str) -> &str {
    let s = s
        .trim()
        .trim_matches(|c: char| c == ',' || c == ':' || c.is_whitespace());
    ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s)
}

/// The title keys of a gazetteer person's offices: the same in every
/// article, computed once per entry (`Gazetteer::title_keys`).
fn entry_title_keys(e: &crate::extract::gazetteer::Entry) -> Vec<TitleKey> {
    let mut keys: Vec<TitleKey> = Vec::new();
    for t in e.tenures() {
        for key in title_keys(t.role().title(), t.role().of()) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// The end of a chain of postings in [`ActorSet::postings`].
const NO_POSTING: u32 = u32::MAX;

/// The actors of one article and where the text names them.
#[derive(Debug, Clone)]
pub(crate) struct ActorSet {
    gaz: Gazetteer,
    date: Option<Date>,
    cands: Vec<Cand>,
    mentions: Vec<Mention>,
    by_entry: HashMap<u32, ActorIdx>,
    /// Lower-case names of actors known from the text (persons,
    /// organisations, groups).
    by_name: HashMap<String, ActorIdx>,
    /// Role descriptions introduced in the text: canonical title and place
    /// key to the person.
    by_role: HashMap<(String, Option<String>), ActorIdx>,
    /// Persons and organisations by the words of their names, to link
    /// short forms in constant time (keys: [`ikey`]): for each key, its
    /// latest posting in `postings` and its number of postings.
    index: HashMap<u64, (u32, u32)>,
    /// Each key's actors, newest first: the actor and the key's posting
    /// before it ([`NO_POSTING`] for none). One vector for every key.
    postings: Vec<(ActorIdx, u32)>,
    /// For each token, the quotation holding it (marks included), if any:
    /// a name inside a quotation is not what a pronoun outside it stands
    /// for.
    quoted: Vec<Option<u32>>,
    /// For each token, its word classes (`words::class` bits).
    flags: Vec<u32>,
}

impl ActorSet {
    fn empty(gaz: &Gazetteer, date: Option<Date>) -> ActorSet {
        ActorSet {
            gaz: gaz.clone(),
            date,
            // Room for a typical article's actors: no regrowth.
            cands: Vec::with_capacity(16),
            mentions: Vec::with_capacity(64),
            by_entry: HashMap::with_capacity_and_hasher(16, Default::default()),
            by_name: HashMap::with_capacity_and_hasher(16, Default::default()),
            by_role: HashMap::default(),
            index: HashMap::with_capacity_and_hasher(64, Default::default()),
            postings: Vec::with_capacity(64),
            quoted: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// True when token `i` has the word class `bit` (`words::class`).
    fn has(&self, i: usize, bit: u32) -> bool {
        self.flags.get(i).is_some_and(|f| f & bit != 0)
    }

    /// The quotation holding token `tok`, if any.
    fn quote_of(&self, tok: usize) -> Option<u32> {
        self.quoted.get(tok).copied().flatten()
    }

    /// All mentions, sorted by start.
    #[allow(dead_code)] // part of the stage interface
    pub(crate) fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// The mention that covers token `tok`, if any.
    pub(crate) fn mention_at(&self, tok: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.last < tok);
        self.mentions.get(i).filter(|m| m.first <= tok)
    }

    /// The canonical name of an actor.
    #[allow(dead_code)] // part of the stage interface
    pub(crate) fn name(&self, idx: ActorIdx) -> &str {
        self.cands.get(idx).map_or("", |c| c.name.as_str())
    }

    /// The kind of an actor.
    pub(crate) fn kind(&self, idx: ActorIdx) -> ActorKind {
        self.cands.get(idx).map_or(ActorKind::Group, |c| c.kind)
    }

    /// Marks an actor as taking part (speaks, holds a position, threatens,
    /// is threatened or addressed): groups and ambiguous candidates are
    /// output only when active.
    pub(crate) fn mark_active(&mut self, idx: ActorIdx) {
        if let Some(c) = self.cands.get_mut(idx) {
            c.active = true;
        }
    }

    fn keep(c: &Cand) -> bool {
        c.active || (c.policy == Policy::Always && c.strong)
    }

    /// The final actors (ids a1.. in order of first mention, mentions
    /// sorted) and the map from `ActorIdx` to the output `ActorId` (`None`
    /// for dropped ones).
    pub(crate) fn finish(mut self) -> (Vec<Actor>, Vec<Option<ActorId>>) {
        let kept: Vec<bool> = self.cands.iter().map(Self::keep).collect();
        let mut first_at: Vec<usize> = vec![usize::MAX; self.cands.len()];
        // The number of mentions of each kept candidate, then its spans
        // (one allocation each).
        let mut counts: Vec<usize> = vec![0; self.cands.len()];
        for m in &self.mentions {
            if m.kind == MentionKind::Pronoun {
                continue;
            }
            if let Some(f) = first_at.get_mut(m.actor) {
                *f = (*f).min(m.span.start());
                counts[m.actor] += 1;
            }
        }
        let mut spans: Vec<Vec<Span>> = counts
            .iter()
            .zip(&kept)
            .map(|(&n, &k)| if k { Vec::with_capacity(n) } else { Vec::new() })
            .collect();
        for m in &self.mentions {
            if m.kind != MentionKind::Pronoun && kept.get(m.actor).copied().unwrap_or(false) {
                spans[m.actor].push(m.span);
            }
        }
        let mut order: Vec<ActorIdx> = (0..self.cands.len()).filter(|&i| kept[i]).collect();
        order.sort_by_key(|&i| (first_at[i], i));
        let mut map = vec![None; self.cands.len()];
        let mut actors = Vec::with_capacity(order.len());
        for (n, &i) in order.iter().enumerate() {
            let c = &mut self.cands[i];
            let id = ActorId::new(n as u32 + 1);
            map[i] = Some(id);
            let mut a = Actor::new(id, std::mem::take(&mut c.name), c.kind);
            // What `Actor::add_alias` keeps of them one by one (no blank,
            // none the actor answers to already), in place.
            let mut aliases = std::mem::take(&mut c.aliases);
            let mut kept_aliases = 0;
            for k in 0..aliases.len() {
                let al = aliases[k].trim();
                let known = a.name.trim().eq_ignore_ascii_case(al)
                    || aliases[..kept_aliases]
                        .iter()
                        .any(|x| x.trim().eq_ignore_ascii_case(al));
                if !al.is_empty() && !known {
                    aliases.swap(k, kept_aliases);
                    kept_aliases += 1;
                }
            }
            aliases.truncate(kept_aliases);
            a.aliases = aliases;
            a.country = c.country;
            a.cameo = c.cameo.take().or_else(|| {
                c.entry
                    .filter(|_| c.entry_cameo)
                    .and_then(|e| self.gaz.entry(e))
                    .and_then(|e| e.cameo().cloned())
            });
            for r in std::mem::take(&mut c.roles) {
                a = a.with_role(r);
            }
            let mut s = std::mem::take(&mut spans[i]);
            s.sort();
            s.dedup();
            a.mentions = s;
            actors.push(a);
        }
        (actors, map)
    }

    // ---- candidates -------------------------------------------------

    /// The actor of gazetteer entry `entry`, created on first use.
    fn actor_for_entry(&mut self, entry: u32) -> Option<ActorIdx> {
        if let Some(&i) = self.by_entry.get(&entry) {
            return Some(i);
        }
        let e = self.gaz.entry(entry)?;
        let mut c = Cand::new(e.name(), e.kind().actor_kind(), Policy::Always);
        c.entry = Some(entry);
        c.country = e.country();
        c.entry_cameo = e.cameo().is_some();
        use crate::extract::gazetteer::EntryKind;
        match e.kind() {
            EntryKind::Group | EntryKind::Outlet | EntryKind::Platform => {
                c.policy = Policy::WhenActive;
            }
            EntryKind::State if e.part_of().is_some() => {
                c.policy = Policy::WhenActive;
            }
            _ => {}
        }
        if e.kind() == EntryKind::Person {
            c.name_words = e.name().split_whitespace().map(str::to_string).collect();
            if let Some(first) = c.name_words.first() {
                c.gender = words::WORDS
                    .given
                    .get(first.as_str())
                    .copied()
                    .unwrap_or(Gender::Unknown);
            }
            for t in e.tenures() {
                if self.date.is_some_and(|d| t.covers(d)) {
                    c.add_role(t.role().clone());
                }
            }
            // The entry's own titles are read from the gazetteer where
            // needed (`ActorSet::titles_of`), not copied.
        }
        let i = self.cands.len();
        self.cands.push(c);
        self.by_entry.insert(entry, i);
        self.index_cand(i);
        Some(i)
    }

    fn push_cand(&mut self, c: Cand) -> ActorIdx {
        let i = self.cands.len();
        self.by_name.entry(c.name.to_lowercase()).or_insert(i);
        self.cands.push(c);
        self.index_cand(i);
        i
    }

    /// The titles `c` holds, canonical with their place key: its
    /// gazetteer entry's offices (a person's), then those the text gave it.
    fn titles_of<'s>(&'s self, c: &'s Cand) -> impl Iterator<Item = &'s TitleKey> + 's {
        let from_entry = match c.entry {
            Some(e) if c.kind == ActorKind::Person => self.gaz.title_keys(e, entry_title_keys),
            _ => &[],
        };
        from_entry.iter().chain(&c.titles)
    }

    /// Adds actor `i` to the name-word index.
    fn index_cand(&mut self, i: ActorIdx) {
        let Some(c) = self.cands.get(i) else { return };
        // An entry's keys are the same in every article: computed once.
        let gaz = self.gaz.clone();
        let keys: std::borrow::Cow<'_, [u64]> = match c.entry {
            Some(e) => std::borrow::Cow::Borrowed(gaz.index_keys(e, |_| Self::cand_keys(c, &gaz))),
            None => std::borrow::Cow::Owned(Self::cand_keys(c, &gaz)),
        };
        for &k in keys.iter() {
            let (head, len) = self.index.get(&k).copied().unwrap_or((NO_POSTING, 0));
            if head != NO_POSTING && self.postings[head as usize].0 == i {
                continue;
            }
            self.index.insert(k, (self.postings.len() as u32, len + 1));
            self.postings.push((i, head));
        }
    }

    /// The index keys of a candidate (see [`ActorSet::index`]), sorted.
    fn cand_keys(c: &Cand, gaz: &Gazetteer) -> Vec<u64> {
        let mut keys: Vec<u64> = Vec::new();
        match c.kind {
            ActorKind::Person if c.name_words.len() >= 2 => {
                for w in [c.name_words.first(), c.name_words.last()]
                    .into_iter()
                    .flatten()
                {
                    keys.push(ikey('p', w));
                    keys.push(ikey('p', &fold(w)));
                    keys.push(ikey('P', &w.to_uppercase()));
                }
            }
            ActorKind::Person => {}
            ActorKind::Organization => {
                let mut names: Vec<&str> = vec![c.name.as_str()];
                if let Some(e) = c.entry.and_then(|e| gaz.entry(e)) {
                    names.extend(e.aliases().iter().map(String::as_str));
                }
                for n in names {
                    for w in org_name_words(n) {
                        keys.push(ikey('o', &w));
                    }
                    keys.push(ikey('i', &initials(n)));
                }
            }
            _ => {}
        }
        keys.sort();
        keys.dedup();
        keys
    }

    /// The latest (at most 64) actors indexed under `key`, newest first.
    fn indexed(&self, key: u64) -> impl Iterator<Item = ActorIdx> + '_ {
        let mut at = self.index.get(&key).map_or(NO_POSTING, |&(head, _)| head);
        std::iter::from_fn(move || {
            let &(a, before) = self.postings.get(at as usize)?;
            at = before;
            Some(a)
        })
        .take(64)
    }

    /// The number of actors indexed under `key`.
    fn indexed_len(&self, key: u64) -> usize {
        self.index.get(&key).map_or(0, |&(_, len)| len as usize)
    }

    /// The latest group whose name ends with the plural noun `plural`.
    fn group_with_head(&self, plural: &str) -> Option<ActorIdx> {
        let suffix = format!(" {}", plural.to_lowercase());
        self.cands
            .iter()
            .enumerate()
            .rev()
            .take(64)
            .find(|(_, c)| {
                c.kind == ActorKind::Group
                    && c.entry.is_none()
                    && if c.name.is_ascii() && suffix.is_ascii() {
                        // ASCII lower case keeps the length: compare the
                        // tail in place.
                        c.name.len() >= suffix.len()
                            && c.name.as_bytes()[c.name.len() - suffix.len()..]
                                .eq_ignore_ascii_case(suffix.as_bytes())
                    } else {
                        c.name.to_lowercase().ends_with(&suffix)
                    }
            })
            .map(|(i, _)| i)
    }

    /// The campaign organisation of the person `person` ("Trump
    /// campaign"), created on first use with `policy`.
    fn campaign_org(&mut self, person: ActorIdx, policy: Policy) -> Option<ActorIdx> {
        let c = self.cands.get(person)?;
        if c.kind != ActorKind::Person {
            return None;
        }
        let surname = c.name_words.last().filter(|w| !w.is_empty())?;
        let name = format!("{surname} campaign");
        let country = c.country;
        Some(match self.by_name.get(&name.to_lowercase()) {
            Some(&a) => a,
            None => {
                let mut c = Cand::new(name, ActorKind::Organization, policy);
                c.country = country;
                self.push_cand(c)
            }
        })
    }

    /// The group named `name` (lower-case key), created on first use.
    fn group(&mut self, name: &str, country: Option<CountryCode>) -> ActorIdx {
        // "Trump supporters" and "Trump's supporters" are one group.
        let mut key = String::with_capacity(name.len() + 6);
        key.push_str("group:");
        if name.is_ascii() {
            key.push_str(name);
            key.make_ascii_lowercase();
        } else {
            key.push_str(&name.to_lowercase());
        }
        // (Copied again only when there is something to replace.)
        if key.contains("'s ") {
            key = key.replace("'s ", " ");
        }
        if key.contains("\u{2019}s ") {
            key = key.replace("\u{2019}s ", " ");
        }
        if let Some(&i) = self.by_name.get(&key) {
            return i;
        }
        let mut c = Cand::new(name, ActorKind::Group, Policy::WhenActive);
        c.country = country;
        let i = self.cands.len();
        self.cands.push(c);
        self.by_name.insert(key, i);
        i
    }

    fn add_mention(
        &mut self,
        doc: &crate::extract::doc::Doc<'_>,
        first: usize,
        last: usize,
        actor: ActorIdx,
        kind: MentionKind,
        strong: bool,
    ) {
        if first > last || last >= doc.tokens.len() {
            return;
        }
        let span = doc.span(first, last);
        if kind != MentionKind::Pronoun
            && let Some(c) = self.cands.get_mut(actor)
        {
            c.last_at = c.last_at.max(last);
            if strong {
                c.strong = true;
            }
            if let Some(t) = span.text(doc.text)
                && !t.contains(',')
            {
                c.add_alias(t);
            }
        }
        self.mentions.push(Mention {
            span,
            first,
            last,
            actor,
            kind,
        });
    }

    /// Merges a person known only by a surname ("Mrs. Clinton" before
    /// "Hillary Clinton") into the one full name of the article with that
    /// surname and a fitting gender.
    fn merge_surnames(&mut self) {
        let mut redirect: Vec<ActorIdx> = (0..self.cands.len()).collect();
        #[allow(clippy::needless_range_loop)] // `self.cands` is changed inside
        for i in 0..self.cands.len() {
            let c = &self.cands[i];
            if c.kind != ActorKind::Person || c.entry.is_some() || c.name_words.len() != 1 {
                continue;
            }
            let (word, gender) = (c.name_words[0].clone(), c.gender);
            let fits: Vec<ActorIdx> = self
                .indexed(ikey('p', &word))
                .filter(|&j| {
                    let d = &self.cands[j];
                    j != i
                        && d.kind == ActorKind::Person
                        && d.name_words.len() >= 2
                        && d.name_words.last() == Some(&word)
                        && (gender == Gender::Unknown
                            || d.gender == Gender::Unknown
                            || d.gender == gender)
                })
                .collect();
            if let [j] = fits[..] {
                redirect[i] = j;
                let old = std::mem::replace(
                    &mut self.cands[i],
                    Cand::new("", ActorKind::Person, Policy::WhenActive),
                );
                let d = &mut self.cands[j];
                d.active |= old.active;
                d.strong |= old.strong;
                for a in old.aliases.iter().chain(std::iter::once(&old.name)) {
                    d.add_alias(a);
                }
                for r in old.roles {
                    d.add_role(r);
                }
                d.titles.extend(old.titles);
                if d.gender == Gender::Unknown {
                    d.gender = old.gender;
                }
            }
        }
        if redirect.iter().enumerate().all(|(i, &j)| i == j) {
            return;
        }
        for m in &mut self.mentions {
            if let Some(&j) = redirect.get(m.actor) {
                m.actor = j;
            }
        }
        for v in self.by_name.values_mut().chain(self.by_role.values_mut()) {
            if let Some(&j) = redirect.get(*v) {
                *v = j;
            }
        }
    }

    /// Sorts mentions and drops overlaps (the earlier, longer one wins).
    fn sort_mentions(&mut self) {
        self.mentions
            .sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
        let mut out: Vec<Mention> = Vec::with_capacity(self.mentions.len());
        for m in self.mentions.drain(..) {
            if out.last().is_some_and(|p| m.first <= p.last) {
                continue;
            }
            out.push(m);
        }
        self.mentions = out;
    }

    fn insert_mention(&mut self, m: Mention) {
        let i = self.mentions.partition_point(|x| x.first < m.first);
        let overlaps_prev = i > 0 && self.mentions[i - 1].last >= m.first;
        let overlaps_next = self.mentions.get(i).is_some_and(|x| x.first <= m.last);
        if !overlaps_prev && !overlaps_next {
            if let Some(c) = self.cands.get_mut(m.actor) {
                c.last_at = c.last_at.max(m.last);
            }
            self.mentions.insert(i, m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::doc::Doc;
    use crate::model::Article;

    fn with_set<R>(
        text: &str,
        date: Option<&str>,
        f: impl FnOnce(&Doc<'_>, &mut ActorSet) -> R,
    ) -> R {
        let mut article = Article::parse(text).unwrap();
        article.published = date.map(|d| d.parse().unwrap());
        let doc = Doc::new(&article);
        let mut set = ActorSet::find(&doc, &article, &Gazetteer::embedded());
        f(&doc, &mut set)
    }

    /// The token index of the first token equal to `word`.
    fn tok(doc: &Doc<'_>, word: &str) -> usize {
        (0..doc.tokens.len()).find(|&i| doc.tok(i) == word).unwrap()
    }

    #[test]
    fn mentions_are_sorted_and_found_by_token() {
        with_set(
            "Dmitry Peskov, the Kremlin spokesperson, said Moscow was open to talks.",
            Some("2024-12-09"),
            |doc, set| {
                let ms = set.mentions();
                assert!(ms.windows(2).all(|w| w[0].last < w[1].first));
                let peskov = set.mention_at(tok(doc, "Peskov")).unwrap();
                assert_eq!(set.name(peskov.actor), "Dmitry Peskov");
                assert_eq!(peskov.kind, MentionKind::Name);
                let role = set.mention_at(tok(doc, "spokesperson")).unwrap();
                assert_eq!(role.kind, MentionKind::Role);
                assert_eq!(role.actor, peskov.actor);
                let moscow = set.mention_at(tok(doc, "Moscow")).unwrap();
                assert_eq!(moscow.kind, MentionKind::Seat);
                assert_eq!(set.name(moscow.actor), "Russia");
                assert_eq!(set.kind(moscow.actor), ActorKind::State);
                assert!(set.mention_at(tok(doc, "talks")).is_none());
            },
        );
    }

    #[test]
    fn resolve_np_takes_the_head() {
        with_set(
            "Dmitry Peskov, the Kremlin spokesperson, said talks were possible. \
             The U.S. president said no. Analysts said little. A senior official said more.",
            Some("2024-12-09"),
            |doc, set| {
                let first = tok(doc, "Dmitry");
                let last = tok(doc, "spokesperson");
                let a = set.resolve_np(doc, first, last).unwrap();
                assert_eq!(set.name(a), "Dmitry Peskov");
                let us = tok(doc, "U.S.");
                let p = set.resolve_np(doc, us - 1, us + 1).unwrap();
                assert_eq!(set.name(p), "Joe Biden");
                let an = tok(doc, "Analysts");
                let g = set.resolve_np(doc, an, an).unwrap();
                assert_eq!(set.kind(g), ActorKind::Group);
                assert_eq!(set.name(g), "analysts");
                // The same group on a second call.
                assert_eq!(set.resolve_np(doc, an, an), Some(g));
                let sen = tok(doc, "senior");
                let o = set.resolve_np(doc, sen - 1, sen + 1).unwrap();
                assert_eq!(set.name(o), "senior officials");
                // Nothing names an actor in "said little".
                let little = tok(doc, "little");
                assert_eq!(set.resolve_np(doc, little, little), None);
            },
        );
    }

    #[test]
    fn resolve_np_makes_new_actors_from_names_and_groups() {
        with_set(
            "The report came from Harriet Vane and critics of the plan.",
            None,
            |doc, set| {
                let h = tok(doc, "Harriet");
                let a = set.resolve_np(doc, h, h + 1).unwrap();
                assert_eq!(set.name(a), "Harriet Vane");
                assert_eq!(set.kind(a), ActorKind::Person);
                assert!(set.mention_at(h + 1).is_some());
                let c = tok(doc, "critics");
                let g = set.resolve_np(doc, c, c + 3).unwrap();
                assert_eq!(set.name(g), "critics");
                set.mark_active(a);
                set.mark_active(g);
                let (actors, map) = set.clone().finish();
                assert_eq!(actors.len(), 2);
                assert_eq!(map[a].map(|id| id.to_string()).as_deref(), Some("a1"));
            },
        );
    }

    #[test]
    fn pronouns_go_to_the_subject_of_a_fitting_kind() {
        with_set(
            "President Zelensky described his talks with Trump as constructive, though he gave no details. \
             Dmitry Peskov said Moscow was ready. He said it was open to talks. Analysts doubt it. They said so.",
            Some("2024-12-09"),
            |doc, set| {
                let his = tok(doc, "his");
                let z = set.resolve_pronoun(doc, his).unwrap();
                assert_eq!(set.name(z), "Volodymyr Zelensky");
                let he = tok(doc, "he");
                assert_eq!(set.resolve_pronoun(doc, he), Some(z));
                let he2 = tok(doc, "He");
                assert_eq!(
                    set.name(set.resolve_pronoun(doc, he2).unwrap()),
                    "Dmitry Peskov"
                );
                let it = tok(doc, "it");
                assert_eq!(set.name(set.resolve_pronoun(doc, it).unwrap()), "Russia");
                let an = tok(doc, "Analysts");
                let g = set.resolve_np(doc, an, an).unwrap();
                let they = tok(doc, "They");
                assert_eq!(set.resolve_pronoun(doc, they), Some(g));
                let said = tok(doc, "said");
                assert_eq!(set.resolve_pronoun(doc, said), None);
            },
        );
    }

    #[test]
    fn he_and_she_look_back_over_paragraphs_by_gender_and_past_quotations() {
        with_set(
            "The bridge opened on Monday.\n\n\
             Maria Delacroix, the mayor, cut the ribbon in the rain.\n\n\
             Richard Roe, her deputy, spoke next.\n\n\
             The weather was fine. Traffic was light.\n\n\
             \u{201c}I saw Ivan Petrov there,\u{201d} she said. He left early.",
            None,
            |doc, set| {
                let she = tok(doc, "she");
                let m = set.resolve_pronoun(doc, she).unwrap();
                assert_eq!(set.name(m), "Maria Delacroix");
                let he = tok(doc, "He");
                let r = set.resolve_pronoun(doc, he).unwrap();
                assert_eq!(set.name(r), "Richard Roe");
            },
        );
    }

    #[test]
    fn we_and_i_are_left_to_the_statement_stage() {
        with_set(
            "Trump said: \u{201c}We will win, I promise.\u{201d}",
            None,
            |doc, set| {
                assert_eq!(set.resolve_pronoun(doc, tok(doc, "We")), None);
                assert_eq!(set.resolve_pronoun(doc, tok(doc, "I")), None);
            },
        );
    }

    #[test]
    fn groups_and_outlets_are_output_only_when_active() {
        with_set(
            "Critics of the plan met at the BBC studio. Analysts said the plan would fail.",
            None,
            |_, set| {
                let (actors, _) = set.clone().finish();
                let names: Vec<&str> = actors.iter().map(|a| a.name.as_str()).collect();
                assert_eq!(names, ["analysts"]);
            },
        );
    }
}
