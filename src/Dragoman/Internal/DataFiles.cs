using System.Reflection;

namespace Dragoman.Internal;

/// <summary>A text data file: where it came from (for error messages) and its content.</summary>
/// <param name="Name">The path or resource name shown in diagnostics ("data/actors/countries.txt").</param>
/// <param name="Content">The file's text.</param>
internal sealed record DataFile(string Name, string Content);

/// <summary>
/// Access to the data files bundled in the assembly (dictionaries, ontologies, models) and to
/// user-supplied directories of the same layout.
/// </summary>
internal static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;

    /// <summary>Bundled text files whose resource name starts with <paramref name="prefix"/> ("data/actors/"), in ordinal order.</summary>
    public static IReadOnlyList<DataFile> Bundled(string prefix, string extension = ".txt")
    {
        var names = Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [.. names.Select(n => new DataFile(n, ReadResource(n)))];
    }

    /// <summary>Opens a bundled binary resource ("data/models/tagger.bin"), or returns null when it is absent.</summary>
    public static Stream? OpenBundled(string name) => Assembly.GetManifestResourceStream(name);

    /// <summary>True when a bundled resource exists.</summary>
    public static bool HasBundled(string name) => Assembly.GetManifestResourceInfo(name) is not null;

    /// <summary>Text files under <paramref name="directory"/> (recursively) with the given extension, in ordinal order.</summary>
    public static IReadOnlyList<DataFile> FromDirectory(string directory, string extension = ".txt")
    {
        var files = Directory.GetFiles(directory, "*" + extension, SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return [.. files.Select(f => new DataFile(f, File.ReadAllText(f)))];
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"bundled resource '{name}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
