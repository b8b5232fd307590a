//! Prints the analysis of a news story as JSON.
//!
//! ```text
//! cargo run --example analyze                 # the bundled seed article
//! cargo run --example analyze -- story.txt    # any text file
//! ```

use std::process::ExitCode;

use news_model::{Extractor, Validate};

const SAMPLE: &str = include_str!("data/khaama-2024-12-09.txt");

fn main() -> ExitCode {
    let text = match std::env::args_os().nth(1) {
        None => SAMPLE.to_string(),
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!(
                        "{}: not UTF-8 text (invalid byte at offset {})",
                        path.to_string_lossy(),
                        e.utf8_error().valid_up_to()
                    );
                    return ExitCode::FAILURE;
                }
            },
            Err(e) => {
                eprintln!("{}: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
    };
    let analysis = match Extractor::new().analyze(&text) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot analyse: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = analysis.validate() {
        eprintln!("warning: the analysis breaks its invariants: {e}");
    }
    println!("{}", analysis.to_json_pretty());
    ExitCode::SUCCESS
}
