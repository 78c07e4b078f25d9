using System.CommandLine;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman eval …</c>: evaluation against gold data; each evaluation is a subcommand.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command with every evaluation subcommand.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("eval", "Score Dragoman against gold data.");
        command.Subcommands.Add(EvalPloverCommand.Create(io));
        return command;
    }
}
