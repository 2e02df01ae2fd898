use clap::Parser;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use parley::cli::{self, Cli, Exit, Output};
use parley::text::one_line;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let styled = terminal && std::env::var_os("NO_COLOR").is_none();
    let (mut out, mut err) = (stdout.lock(), io::stderr().lock());
    let result = match &cli.command {
        Some(command) => {
            let mut output = Output {
                out: &mut out,
                err: &mut err,
                terminal,
                styled,
            };
            cli::run(command, cli.cache(), &mut output)
        }
        None => browse(&cli, &mut out, &mut err),
    };
    match result {
        Ok(exit) => ExitCode::from(exit as u8),
        // A closed pipe (`parley statements | head`) is not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "parley: {}", one_line(&e.to_string()));
            ExitCode::from(Exit::BadInput as u8)
        }
    }
}

/// Opens the browser; without a terminal on standard output, points at the commands.
fn browse(cli: &Cli, _out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    if !io::stdout().is_terminal() {
        writeln!(
            err,
            "parley: the browser needs a terminal, and standard output is not one.\n\
             For plain text, use a command: `parley speakers`, `parley statements`, \
             `parley timeline`, `parley find QUERY` or `parley compare A B` (see `parley --help`)."
        )?;
        return Ok(Exit::Usage);
    }
    // Reading and checking a large folder the first time takes a while: say what is
    // going on rather than leave the terminal blank, and wipe the line once done.
    let status = io::stderr().is_terminal();
    if status {
        write!(err, "parley: loading {}…", what(&cli.paths))?;
        err.flush()?;
    }
    let loaded = cli::load_unsaved(&cli.paths, cli.cache());
    if status {
        write!(err, "\r\x1b[2K")?;
    }
    let (loaded, unsaved) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => {
            writeln!(err, "parley: {}", one_line(&e.to_string()))?;
            return Ok(Exit::BadInput);
        }
    };
    for problem in &loaded.problems {
        writeln!(err, "{}", one_line(&problem.to_string()))?;
    }
    let problems = loaded.problems.len();
    parley::tui::run(loaded.corpus, unsaved, !cli.no_mouse)?;
    // The list above was hidden while the browser had the screen.
    if problems > 0 {
        writeln!(err, "parley: {problems} problems while loading (listed above; `parley check` lists them again)")?;
    }
    Ok(Exit::Ok)
}

/// The reports the browser opens, as the loading line names them.
fn what(paths: &[std::path::PathBuf]) -> String {
    match paths {
        [] => "the bundled reports".to_owned(),
        [one] => one_line(&one.display().to_string()).into_owned(),
        [first, rest @ ..] => format!(
            "{} and {} more",
            one_line(&first.display().to_string()),
            rest.len()
        ),
    }
}
