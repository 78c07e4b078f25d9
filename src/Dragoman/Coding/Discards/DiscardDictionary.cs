using System.Collections.Immutable;
using Dragoman.Coding.Dictionaries;
using Dragoman.Internal;

namespace Dragoman.Coding.Discards;

/// <summary>
/// Words and phrases that mark news that only looks like conflict: evidence for sport and
/// entertainment stories, and phrases that keep a sentence from being coded ("price war").
/// Read from data/discards/*.txt (<c>CATEGORY: phrase; phrase</c>).
/// </summary>
public sealed class DiscardDictionary
{
    /// <summary>The category of phrases that discard their own sentence.</summary>
    public const string SentenceCategory = "sentence";

    private static readonly Lazy<DiscardDictionary> BundledInstance = new(() => Load(DataFiles.Bundled("data/discards/")));

    private DiscardDictionary(PhraseMatcher<string> matcher, ImmutableArray<string> categories)
    {
        Matcher = matcher;
        Categories = categories;
    }

    /// <summary>The bundled discards.</summary>
    public static DiscardDictionary Bundled => BundledInstance.Value;

    /// <summary>Phrases and their categories.</summary>
    public PhraseMatcher<string> Matcher { get; }

    /// <summary>The categories defined (sport, entertainment, sentence, …).</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>Loads discard files from a directory.</summary>
    /// <exception cref="DictionaryFormatException">A line is malformed.</exception>
    public static DiscardDictionary LoadDirectory(string directory) => Load(DataFiles.FromDirectory(directory));

    internal static DiscardDictionary Load(IReadOnlyList<DataFile> files)
    {
        var matcher = new PhraseMatcher<string>();
        var categories = new SortedSet<string>(StringComparer.Ordinal);
        var errors = new List<DictionaryDiagnostic>();
        foreach (var file in files)
        {
            var lines = file.Content.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = Ontology.CameoOntology.StripComment(lines[i]);
                if (line.Length == 0)
                {
                    continue;
                }
                var colon = line.IndexOf(':');
                var category = colon > 0 ? line[..colon].Trim() : "";
                if (category.Length == 0 || !category.All(char.IsAsciiLetterLower))
                {
                    errors.Add(new DictionaryDiagnostic(file.Name, i + 1, DiagnosticSeverity.Error, "bad-line", "expected 'category: phrase; phrase'"));
                    continue;
                }
                categories.Add(category);
                foreach (var phrase in line[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    matcher.Add(phrase.ToLowerInvariant(), category);
                }
            }
        }
        if (errors.Count > 0)
        {
            throw new DictionaryFormatException(errors);
        }
        return new DiscardDictionary(matcher.Freeze(), [.. categories]);
    }
}
