//! What the threat and position stages read a clause with: the tokens,
//! the statements, and for each token the statement whose content holds
//! it (computed once per article).

use super::doc::{Doc, TokKind};
use super::statements::{Draft, owners};

/// The article's tokens and statements, for the stages after statements.
pub(crate) struct Ctx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub drafts: &'d [Draft],
    /// For each token, the statement whose content holds it.
    owners: Vec<Option<u32>>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// The context of `doc` and its statements.
    pub(crate) fn new(doc: &'d Doc<'a>, drafts: &'d [Draft]) -> Self {
        Ctx {
            doc,
            drafts,
            owners: owners(doc, drafts),
        }
    }

    /// The context of `doc` and `drafts` with their owners computed
    /// already (by [`Ctx::into_owners`] of a context of the same drafts).
    pub(crate) fn with_owners(
        doc: &'d Doc<'a>,
        drafts: &'d [Draft],
        owners: Vec<Option<u32>>,
    ) -> Self {
        Ctx {
            doc,
            drafts,
            owners,
        }
    }

    /// The owner of each token, for [`Ctx::with_owners`].
    pub(crate) fn into_owners(self) -> Vec<Option<u32>> {
        self.owners
    }

    /// The text of token `i`.
    pub(crate) fn w(&self, i: usize) -> &str {
        self.doc.tok(i)
    }

    /// True when token `i` is `w` in any case.
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(w)
    }

    /// True when token `i` is punctuation.
    pub(crate) fn punct(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokKind::Punct
    }

    /// The statement whose content holds token `i`.
    pub(crate) fn owner(&self, i: usize) -> Option<usize> {
        self.owners.get(i).copied().flatten().map(|k| k as usize)
    }
}
