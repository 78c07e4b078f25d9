using Dragoman.Coding.Ontology;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// Checks dictionary files and reports every problem with file and line: malformed lines, bad codes,
/// duplicate names and patterns, overlapping role dates, unreachable patterns.
/// </summary>
public static class DictionaryLinter
{
    /// <summary>Lints the bundled dictionaries.</summary>
    public static IReadOnlyList<DictionaryDiagnostic> LintBundled() =>
        Lint(DataFiles.Bundled("data/actors/"), DataFiles.Bundled("data/verbs/"), DataFiles.Bundled("data/ontology/"), DataFiles.Bundled("data/discards/"));

    /// <summary>
    /// Lints a directory laid out like data/: actors/, verbs/ and ontology/ subdirectories (any may be
    /// missing; a missing ontology means the bundled one is used to check verb codes); or a directory
    /// of PETRARCH dictionaries (*.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt).
    /// </summary>
    public static IReadOnlyList<DictionaryDiagnostic> LintDirectory(string directory)
    {
        if (Petrarch.PetrarchDictionaries.IsPetrarchDirectory(directory))
        {
            return Petrarch.PetrarchLinter.Lint(directory);
        }
        IReadOnlyList<DataFile> Sub(string name)
        {
            var path = Path.Combine(directory, name);
            return Directory.Exists(path) ? DataFiles.FromDirectory(path) : [];
        }
        return Lint(Sub("actors"), Sub("verbs"), Sub("ontology"), Sub("discards"));
    }

    internal static IReadOnlyList<DictionaryDiagnostic> Lint(IReadOnlyList<DataFile> actors, IReadOnlyList<DataFile> verbs, IReadOnlyList<DataFile> ontologyFiles, IReadOnlyList<DataFile>? discards = null)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        if (actors.Count > 0)
        {
            diagnostics.AddRange(ActorDictionary.Check(actors).Diagnostics);
        }
        CameoOntology? ontology = null;
        try
        {
            ontology = ontologyFiles.Count > 0 ? CameoOntology.Load(ontologyFiles) : CameoOntology.Bundled;
        }
        catch (DictionaryFormatException e)
        {
            diagnostics.AddRange(e.Errors);
        }
        if (verbs.Count > 0 && ontology is not null)
        {
            diagnostics.AddRange(EventPatternDictionary.Check(verbs, ontology).Diagnostics);
        }
        if (discards is { Count: > 0 })
        {
            try
            {
                Discards.DiscardDictionary.Load(discards);
            }
            catch (DictionaryFormatException e)
            {
                diagnostics.AddRange(e.Errors);
            }
        }
        return diagnostics;
    }
}
