using System.CommandLine;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman eval &lt;component&gt;</c>: scores a component against gold data. Each component is a
/// subcommand built by a factory in <see cref="Subcommands"/>; add a sibling by adding its factory.
/// </summary>
public static class EvalCommand
{
    /// <summary>Output formats of <c>eval</c> subcommands.</summary>
    public enum ScoreFormat
    {
        /// <summary>A readable table.</summary>
        Text,
        /// <summary>One JSON object.</summary>
        Json,
    }

    /// <summary>The subcommand factories, in help order.</summary>
    private static readonly Func<CliIO, Command>[] Subcommands =
    [
        EvalPetrarchCommand.Create,
    ];

    /// <summary>Builds the <c>eval</c> command with its subcommands.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("eval", "Score a component against gold data.");
        foreach (var factory in Subcommands)
        {
            command.Subcommands.Add(factory(io));
        }
        return command;
    }

    /// <summary>The <c>--format</c> option every subcommand takes.</summary>
    public static Option<ScoreFormat> FormatOption() => new("--format", "-f")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => ScoreFormat.Text,
    };
}
