//! `parley completions SHELL` and `parley man`: what a shell and `man` need, generated
//! from the same clap definitions that parse the command line, so they never drift.

use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io;
use std::path::PathBuf;

use super::{fail, Cli, Exit, Output};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write parley.1 and a page for each command (parley-export.1, ...) into DIR
    /// instead of printing parley.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub fn completions(args: &CompletionsArgs, output: &mut Output) -> io::Result<Exit> {
    clap_complete::generate(args.shell, &mut Cli::command(), "parley", output.out);
    Ok(Exit::Ok)
}

pub fn man(args: &ManArgs, output: &mut Output) -> io::Result<Exit> {
    let command = Cli::command();
    match &args.dir {
        None => {
            clap_mangen::Man::new(command).render(output.out)?;
            Ok(Exit::Ok)
        }
        Some(dir) => match clap_mangen::generate_to(command, dir) {
            Ok(()) => Ok(Exit::Ok),
            Err(e) => fail(output, &format!("{}: {e}", dir.display())),
        },
    }
}
