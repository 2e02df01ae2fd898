//! `parley config`: checks the configuration file the browser reads, or prints the
//! default one with every setting explained.

use clap::Args;
use std::io;
use std::path::Path;

use super::{Exit, Output};
use crate::text::one_line;
use crate::tui::config;

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the default configuration, every key and colour with what it does.
    #[arg(long)]
    pub default: bool,
}

pub fn run(args: &ConfigArgs, path: Option<&Path>, output: &mut Output) -> io::Result<Exit> {
    if args.default {
        output.out.write_all(config::default_file().as_bytes())?;
        return Ok(Exit::Ok);
    }
    let shown = path
        .map(Path::to_path_buf)
        .or_else(config::default_path)
        .map_or_else(
            || "(no HOME, no configuration)".to_owned(),
            |p| p.display().to_string(),
        );
    let (_, errors) = config::load(path);
    if errors.is_empty() {
        let found = path
            .or(config::default_path().as_deref())
            .is_some_and(Path::exists);
        let state = if found {
            "read, no problems"
        } else {
            "not there, defaults in use"
        };
        writeln!(output.out, "{}: {state}", one_line(&shown))?;
        return Ok(Exit::Ok);
    }
    for error in &errors {
        writeln!(output.err, "{error}")?;
    }
    writeln!(
        output.err,
        "parley: {} problems in {}; the browser starts with the defaults \
         (`parley config --default` prints them)",
        errors.len(),
        one_line(&shown)
    )?;
    Ok(Exit::BadInput)
}
