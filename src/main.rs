use clap::Parser;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use parley::cli::{self, Cli, Exit, Output};
use parley::text::one_line;
use parley::tui::reload::{Load, Reloader};
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let styled = terminal && !parley::text::no_color();
    let (mut out, mut err) = (stdout.lock(), io::stderr().lock());
    let result = match &cli.command {
        Some(command) => {
            let mut output = Output {
                out: &mut out,
                err: &mut err,
                terminal,
                styled,
                width: terminal
                    .then(crossterm::terminal::size)
                    .and_then(Result::ok)
                    .map(|(columns, _)| usize::from(columns)),
            };
            cli::run(&cli, command, &mut output)
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
    if let Some(command) = cli::command_given_as_path(&cli.paths) {
        let others: Vec<String> = (cli.paths.iter())
            .filter(|p| p.to_str() != Some(command.as_str()))
            .map(|p| one_line(&p.to_string_lossy()).into_owned())
            .collect();
        let corpus = match others.as_slice() {
            [] => String::new(),
            [one] => format!(" --corpus {one}"),
            _ => " --corpus PATH".to_owned(),
        };
        writeln!(
            err,
            "parley: \"{command}\" is a command, not a report: write it first, and the \
             reports after --corpus: `parley {command}{corpus}`."
        )?;
        return Ok(Exit::Usage);
    }
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
    // going on, and how far it has come, rather than leave the terminal blank; wipe the
    // line once done.
    let status = io::stderr().is_terminal();
    let what = what(&cli.paths);
    if status {
        write!(err, "parley: loading {what}…")?;
        err.flush()?;
    }
    let mut shown = Instant::now();
    let mut progress = |done: usize, total: usize| {
        // A few times a second is enough to see it move.
        if status && (done == total || shown.elapsed() >= Duration::from_millis(100)) {
            shown = Instant::now();
            let _ = write!(
                err,
                "\r\x1b[2Kparley: loading {what}… {done} of {total} reports"
            );
            let _ = err.flush();
        }
    };
    let loaded = cli::load_unsaved_with_progress(&cli.paths, cli.cache(), &mut progress);
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
    // A bad configuration is named in the status line, and the browser starts with
    // the defaults.
    let (config, config_errors) = parley::tui::config::load(cli.config.as_deref());
    let notice = config_errors.first().map(|first| {
        format!(
            "{first} ({} problems in the configuration; defaults in use; `parley config` lists them)",
            config_errors.len()
        )
    });
    // Problems are in the browser's status line and its popup; after quitting, only
    // those that are news (not kept with the cache, not looked at) are printed. A report
    // read from standard input cannot be read again, so nothing is watched then.
    let watched = !cli.paths.is_empty() && !cli.paths.iter().any(|p| parley::corpus::is_stdin(p));
    let reload = watched.then(|| {
        let (paths, cache) = (cli.paths.clone(), cli.cache());
        let load: Arc<Load> =
            Arc::new(move |progress| cli::load_unsaved_with_progress(&paths, cache, progress));
        Reloader::watch(&cli.paths, load)
    });
    let news = parley::tui::run(loaded, unsaved, reload, config, notice, !cli.no_mouse)?;
    for problem in &news {
        writeln!(err, "{}", one_line(&problem.to_string()))?;
    }
    if !news.is_empty() {
        writeln!(
            err,
            "parley: {} problems while loading (`parley check` lists them again)",
            news.len()
        )?;
    }
    for error in &config_errors {
        writeln!(err, "parley: {error}")?;
    }
    if !config_errors.is_empty() {
        writeln!(
            err,
            "parley: {} problems in the configuration, so the defaults were used \
             (`parley config` lists them again)",
            config_errors.len()
        )?;
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
