using System.Collections.Immutable;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>The kind of a file in a PETRARCH dictionary directory.</summary>
public enum PetrarchFileKind
{
    /// <summary>Not a PETRARCH dictionary (or one Dragoman does not use, such as issues or prepositions).</summary>
    Other,
    /// <summary>Verb patterns (<c>*.verbs.txt</c>, <c>CAMEO.*.txt</c>, or any file with <c>--- VERB [CODE] ---</c> blocks).</summary>
    Verbs,
    /// <summary>Actors (<c>*.actors.txt</c>).</summary>
    Actors,
    /// <summary>Agents (<c>*.agents.txt</c>).</summary>
    Agents,
    /// <summary>Discards (<c>*.discards.txt</c>).</summary>
    Discards,
}

/// <summary>
/// A directory of PETRARCH (or TABARI) dictionaries, loaded: verb patterns compiled into
/// Dragoman's <see cref="EventPatternDictionary"/> (word-sequence patterns), and actors, agents and
/// discards in a <see cref="PetrarchLexicon"/>. Immutable.
/// </summary>
public sealed class PetrarchDictionaries
{
    private PetrarchDictionaries(EventPatternDictionary verbs, PetrarchLexicon lexicon, ImmutableArray<VerbTransformation> transformations,
        ImmutableArray<DictionaryDiagnostic> diagnostics, ImmutableArray<string> files)
    {
        Verbs = verbs;
        Lexicon = lexicon;
        Transformations = transformations;
        Diagnostics = diagnostics;
        Files = files;
    }

    /// <summary>The verb patterns.</summary>
    public EventPatternDictionary Verbs { get; }

    /// <summary>Actors, agents and discards.</summary>
    public PetrarchLexicon Lexicon { get; }

    /// <summary>PETRARCH-2 verb transformations (<c>~</c> lines), read but not applied.</summary>
    public ImmutableArray<VerbTransformation> Transformations { get; }

    /// <summary>Warnings found while loading (errors make loading fail).</summary>
    public ImmutableArray<DictionaryDiagnostic> Diagnostics { get; }

    /// <summary>The files read.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>
    /// True when <paramref name="directory"/> holds PETRARCH dictionaries: no Dragoman layout
    /// (actors/, verbs/, ontology/ subdirectories) and at least one file recognised as PETRARCH
    /// verbs, actors or agents by its name or content.
    /// </summary>
    public static bool IsPetrarchDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return false;
        }
        if (Directory.Exists(Path.Combine(directory, "actors")) || Directory.Exists(Path.Combine(directory, "verbs")) || Directory.Exists(Path.Combine(directory, "ontology")))
        {
            return false;
        }
        return Directory.EnumerateFiles(directory, "*.txt").Any(f => Classify(f, null) is PetrarchFileKind.Verbs or PetrarchFileKind.Actors or PetrarchFileKind.Agents);
    }

    /// <summary>
    /// What a file is, by its name (<c>*.verbs.txt</c>, <c>*.actors.txt</c>, <c>*.agents.txt</c>,
    /// <c>*.discards.txt</c>, <c>CAMEO.*.txt</c>) or, failing that, by content (verb block headers).
    /// </summary>
    public static PetrarchFileKind Classify(string path, string? content)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".verbs.txt", StringComparison.Ordinal) || name.StartsWith("cameo.", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal) && LooksLikeVerbs(path, content))
        {
            return PetrarchFileKind.Verbs;
        }
        if (name.EndsWith(".actors.txt", StringComparison.Ordinal))
        {
            return PetrarchFileKind.Actors;
        }
        if (name.EndsWith(".agents.txt", StringComparison.Ordinal))
        {
            return PetrarchFileKind.Agents;
        }
        if (name.EndsWith(".discards.txt", StringComparison.Ordinal))
        {
            return PetrarchFileKind.Discards;
        }
        return LooksLikeVerbs(path, content) ? PetrarchFileKind.Verbs : PetrarchFileKind.Other;
    }

    private static bool LooksLikeVerbs(string path, string? content)
    {
        if (content is null)
        {
            // Only the head of the file is needed: verb files open their first block early.
            using var reader = new StreamReader(path);
            var buffer = new char[64 * 1024];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            content = new string(buffer, 0, read);
        }
        foreach (var line in content.AsSpan().EnumerateLines())
        {
            var t = line.Trim();
            if (t.StartsWith("---", StringComparison.Ordinal) && t.EndsWith("---", StringComparison.Ordinal) && t.Length > 6 && t.IndexOf('[') > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Loads every PETRARCH dictionary file of a directory (not recursive).</summary>
    /// <exception cref="DictionaryFormatException">A file is malformed (the message names file and line); nothing is loaded.</exception>
    public static PetrarchDictionaries LoadDirectory(string directory)
    {
        var (dictionaries, diagnostics) = Check(FilesOf(directory));
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new DictionaryFormatException(errors);
        }
        if (dictionaries.Verbs.SurfaceVerbs is not { Count: > 0 })
        {
            throw new DictionaryFormatException([new DictionaryDiagnostic(directory, 0, DiagnosticSeverity.Error, "no-verbs", "the directory has no PETRARCH verb dictionary (*.verbs.txt or a file with '--- VERB [CODE] ---' blocks)")]);
        }
        return dictionaries;
    }

    /// <summary>The PETRARCH dictionary files of a directory with their kinds, in ordinal name order.</summary>
    internal static List<(DataFile File, PetrarchFileKind Kind)> FilesOf(string directory)
    {
        var files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var result = new List<(DataFile, PetrarchFileKind)>();
        foreach (var f in files)
        {
            var content = File.ReadAllText(f);
            var kind = Classify(f, content);
            if (kind != PetrarchFileKind.Other)
            {
                result.Add((new DataFile(f, content), kind));
            }
        }
        return result;
    }

    /// <summary>Parses files, collecting every diagnostic (errors included), for loading and lint.</summary>
    internal static (PetrarchDictionaries Dictionaries, List<DictionaryDiagnostic> Diagnostics) Check(IReadOnlyList<(DataFile File, PetrarchFileKind Kind)> files)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var verbs = PetrarchVerbReader.Read([.. files.Where(f => f.Kind == PetrarchFileKind.Verbs).Select(f => f.File)], diagnostics);
        var actors = new List<PetrarchActor>();
        var agents = new List<PetrarchAgent>();
        var discards = new List<PetrarchDiscard>();
        foreach (var (file, kind) in files)
        {
            switch (kind)
            {
                case PetrarchFileKind.Actors:
                    actors.AddRange(PetrarchNounReaders.ReadActors(file, diagnostics));
                    break;
                case PetrarchFileKind.Agents:
                    agents.AddRange(PetrarchNounReaders.ReadAgents(file, diagnostics));
                    break;
                case PetrarchFileKind.Discards:
                    discards.AddRange(PetrarchNounReaders.ReadDiscards(file, diagnostics));
                    break;
            }
        }
        var patternDictionary = EventPatternDictionary.FromVerbLexicon(verbs.Lexicon, [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)]);
        var lexicon = new PetrarchLexicon([.. actors], [.. agents], [.. discards]);
        var dictionaries = new PetrarchDictionaries(patternDictionary, lexicon, verbs.Transformations,
            [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)], [.. files.Select(f => f.File.Name)]);
        return (dictionaries, diagnostics);
    }
}
