using System.CommandLine;
using Dragoman.Cli.Commands;

namespace Dragoman.Cli;

/// <summary>Process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs failed; the others were processed.</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>Bad usage or a fatal error: nothing (more) was processed.</summary>
    public const int Fatal = 2;
}

/// <summary>The <c>dragoman</c> command line: builds the command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command with the given streams.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var io = new CliIO(stdout, stderr, stdin);
        var root = new RootCommand("Dragoman: political event data (who did what to whom, when, where) from news text.");
        root.Subcommands.Add(CodeCommand.Create(io));
        root.Subcommands.Add(DictionaryCommand.Create(io));
        root.Subcommands.Add(BenchCommand.Create(io));
        root.Subcommands.Add(EvalCommand.Create(io));
        root.Subcommands.Add(TrainCommand.Create(io));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line: the most specific error, then where to look.
            var error = parse.Errors[^1].Message.ReplaceLineEndings(" ").Trim();
            stderr.WriteLine($"dragoman: {error} (see 'dragoman --help')");
            return ExitCodes.Fatal;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"dragoman: {e.Message}");
            return ExitCodes.Fatal;
        }
        catch (Dragoman.Coding.Dictionaries.DictionaryFormatException e)
        {
            stderr.WriteLine($"dragoman: {e.Message}");
            return ExitCodes.Fatal;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            return ExitCodes.Ok; // a closed pipe (dragoman … | head) is not an error
        }
    }

    private static bool IsBrokenPipe(IOException e) =>
        e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase) || e.HResult == 32;
}

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="In">Standard input.</param>
public sealed record CliIO(TextWriter Out, TextWriter Error, TextReader In);

/// <summary>A usage error found after parsing (a bad value): reported in one line, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
