//! `parley check`: reads a whole corpus, never through the cache, and lists every
//! problem with its file and place.

use clap::Args;
use serde_json::json;
use std::io;
use std::path::PathBuf;

use super::{load, print_json, Exit, Listing, Output};
use crate::cache;
use crate::corpus::Loaded;
use crate::text::one_line;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The folder or report to check (default: --corpus, or the bundled reports).
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub listing: Listing,
}

pub fn run(args: &CheckArgs, output: &mut Output) -> io::Result<Exit> {
    let paths = match &args.path {
        Some(path) => std::slice::from_ref(path),
        None => &args.listing.corpus[..],
    };
    match load(paths, false) {
        Ok(mut loaded) => {
            // `check` reads no cache, but says when the folder cannot have one.
            if let [dir] = paths {
                loaded
                    .problems
                    .extend(dir.is_dir().then(|| cache::uncachable(dir)).flatten());
            }
            print_check(&loaded, args.listing.json, output)
        }
        Err(err) => {
            writeln!(output.err, "parley: {}", one_line(&err.to_string()))?;
            Ok(Exit::BadInput)
        }
    }
}

fn print_check(loaded: &Loaded, json: bool, output: &mut Output) -> io::Result<Exit> {
    let corpus = &loaded.corpus;
    let errors = loaded.errors().count();
    let exit = if errors > 0 || corpus.is_empty() {
        Exit::BadInput
    } else {
        Exit::Ok
    };
    if json {
        print_json(
            output.out,
            &json!({
                "ok": exit == Exit::Ok,
                "reports": corpus.reports().len(),
                "speakers": corpus.speakers().len(),
                "statements": corpus.statements().len(),
                "events": corpus.events().len(),
                "problems": loaded.problems,
            }),
        )?;
        return Ok(exit);
    }
    for problem in &loaded.problems {
        writeln!(output.out, "{}", one_line(&problem.to_string()))?;
    }
    writeln!(
        output.out,
        "{} reports, {} speakers, {} statements, {} events; {} errors, {} warnings",
        corpus.reports().len(),
        corpus.speakers().len(),
        corpus.statements().len(),
        corpus.events().len(),
        errors,
        loaded.problems.len() - errors,
    )?;
    Ok(exit)
}
