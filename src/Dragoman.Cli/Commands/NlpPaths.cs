namespace Dragoman.Cli.Commands;

/// <summary>Where training data and model files live by default: found from the working directory up.</summary>
internal static class NlpPaths
{
    /// <summary>The repository root: the nearest directory (from the working directory up) holding Dragoman.sln.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dragoman.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>
    /// The default NLP data directory: $DRAGOMAN_SHARED/nlp when set, else ../shared/nlp next to the
    /// repository root (or next to the working directory outside a checkout).
    /// </summary>
    public static string DefaultDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("DRAGOMAN_SHARED") is { Length: > 0 } shared)
        {
            return Path.Combine(shared, "nlp");
        }
        var root = RepositoryRoot() ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "nlp"));
    }

    /// <summary>The default output path of a model file: data/models/&lt;file&gt; in the repository.</summary>
    public static string DefaultModelPath(string fileName)
    {
        var root = RepositoryRoot() ?? Directory.GetCurrentDirectory();
        return Path.Combine(root, "data", "models", fileName);
    }

    /// <summary>A file that must exist, or a usage error naming it.</summary>
    public static string RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}': no such file");
        }
        return path;
    }

    /// <summary>A directory that must exist, or a usage error naming it.</summary>
    public static string RequireDirectory(string path, string what)
    {
        if (!Directory.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}': no such directory");
        }
        return path;
    }
}
