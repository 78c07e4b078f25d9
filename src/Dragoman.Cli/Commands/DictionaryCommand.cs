using System.CommandLine;
using Dragoman.Coding.Dictionaries;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman dictionary lint [DIR]</c>: checks dictionaries and reports problems with file and line.</summary>
public static class DictionaryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("dictionary", "Work with actor, agent and event-pattern dictionaries.");
        command.Subcommands.Add(Lint(io));
        return command;
    }

    private static Command Lint(CliIO io)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "A dictionary directory (Dragoman's actors/, verbs/, ontology/, or PETRARCH *.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt); default: the bundled dictionaries.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var warnings = new Option<bool>("--errors-only") { Description = "Report errors only, not warnings." };
        var lint = new Command("lint", "Report malformed lines, bad codes, duplicates, overlapping dates and unreachable patterns.") { directory, warnings };
        lint.SetAction(parse =>
        {
            var dir = parse.GetValue(directory);
            if (dir is not null && !Directory.Exists(dir))
            {
                throw new CliUsageException($"{dir}: no such directory");
            }
            var diagnostics = dir is null ? DictionaryLinter.LintBundled() : DictionaryLinter.LintDirectory(dir);
            var errorsOnly = parse.GetValue(warnings);
            var errors = 0;
            foreach (var d in diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    errors++;
                }
                else if (errorsOnly)
                {
                    continue;
                }
                io.Out.WriteLine(d.ToString());
            }
            io.Error.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
            return errors == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return lint;
    }
}
