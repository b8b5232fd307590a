//! Integration tests, in one binary to keep link time short.

mod actors;
mod batch;
mod extract;
mod json;
mod parse;
mod seed_by_hand;
mod validate;
mod values;
