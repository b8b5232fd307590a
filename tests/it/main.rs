//! Integration tests, in one binary to keep link time short.

mod parse;
