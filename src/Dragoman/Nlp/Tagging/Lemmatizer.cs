using Dragoman.Nlp.Internal;
using Dragoman.Nlp.Training;

namespace Dragoman.Nlp.Tagging;

/// <summary>
/// A lemmatiser learned from a treebank. Most lemmas follow from the word's ending and tag by an
/// edit script ("strip 3 characters, append 'y'": studies → study), chosen by a linear classifier
/// over suffixes and the Penn tag; the words where that goes wrong in the training data (went → go,
/// n't → not) are kept in an exception table. Immutable and thread-safe.
/// </summary>
internal sealed class Lemmatizer
{
    private readonly LinearModel _model;
    private readonly EditScript[] _scripts;
    private readonly Dictionary<(string Form, int Xpos), string> _exceptions;
    private readonly string[] _xposNames;
    private readonly Dictionary<string, int> _xposIndex;

    /// <summary>An edit from a form to its lemma.</summary>
    /// <param name="Lower">Lower-case the form first.</param>
    /// <param name="Strip">Characters removed from the end.</param>
    /// <param name="Append">Characters appended after that.</param>
    internal readonly record struct EditScript(bool Lower, int Strip, string Append)
    {
        /// <summary>The script that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
        public static EditScript Between(string form, string lemma)
        {
            // Lower-case whenever the lemma has no capital, so that "laughter" and "Laughter" share
            // one script and casing is learned with the ending.
            var lower = lemma == lemma.ToLowerInvariant();
            var source = lower ? form.ToLowerInvariant() : form;
            var common = 0;
            while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
            {
                common++;
            }
            return new EditScript(lower, source.Length - common, lemma[common..]);
        }

        /// <summary>True when the script can apply to <paramref name="form"/> (it leaves at least one character of it).</summary>
        public bool Fits(string form) => Strip < form.Length || (Strip == form.Length && Append.Length > 0 && Strip <= 2);

        /// <summary>Applies the script.</summary>
        public string Apply(string form)
        {
            if (Strip == 0 && Append.Length == 0)
            {
                return Lower ? form.ToLowerInvariant() : form;
            }
            var source = Lower ? form.ToLowerInvariant() : form;
            return string.Concat(source.AsSpan(0, source.Length - Strip), Append);
        }
    }

    private Lemmatizer(LinearModel model, EditScript[] scripts, Dictionary<(string, int), string> exceptions, string[] xposNames)
    {
        _model = model;
        _scripts = scripts;
        _exceptions = exceptions;
        _xposNames = xposNames;
        _xposIndex = xposNames.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Number of edit scripts.</summary>
    public int ScriptCount => _scripts.Length;

    /// <summary>Number of exceptions.</summary>
    public int ExceptionCount => _exceptions.Count;

    /// <summary>The lemma of a (normalised) form with its Penn tag.</summary>
    public string Lemmatize(string form, string xpos)
    {
        if (form.Length == 0)
        {
            return form;
        }
        var x = _xposIndex.GetValueOrDefault(xpos, -1);
        if (_exceptions.TryGetValue((form, x), out var lemma))
        {
            return lemma;
        }
        if (char.IsUpper(form[0]) && !xpos.StartsWith("NNP", StringComparison.Ordinal)
            && _exceptions.TryGetValue((form.ToLowerInvariant(), x), out lemma))
        {
            return lemma; // "Went" at the start of a sentence
        }
        if (xpos is "VBD" or "VBN" && Text.IrregularVerbs.BaseOf(form.ToLowerInvariant()) is { } irregular)
        {
            return irregular; // a verb too rare in the treebank for its irregular past ("forgave", "overthrew")
        }
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        var n = Extract(form, (ulong)(x + 2), features);
        Span<float> scores = _model.ClassCount <= 1024 ? stackalloc float[_model.ClassCount] : new float[_model.ClassCount];
        scores.Clear();
        _model.Score(features[..n], scores);
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (scores[c] > bestScore && _scripts[c].Fits(form))
            {
                bestScore = scores[c];
                best = c;
            }
        }
        return best < 0 ? form : NoSilentE(form, KeepDoubleL(form, _scripts[best].Apply(form)));
    }

    /// <summary>
    /// A verb whose stem ends in two vowel letters and one consonant takes no silent "e":
    /// repeated → repeat, heated → heat, exceeded → exceed (not "repeate"); "create" is the one
    /// common verb of that shape with an "e".
    /// </summary>
    private static string NoSilentE(string form, string lemma)
    {
        if (lemma.Length < 4 || lemma[^1] != 'e' || !form.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || !string.Equals(lemma, form[..^1], StringComparison.OrdinalIgnoreCase))
        {
            return lemma;
        }
        var stem = form[..^2].ToLowerInvariant();
        if (stem.Length < 3 || stem.EndsWith("creat", StringComparison.Ordinal) || stem[^1] is not ('t' or 'd' or 'n' or 'l' or 'r' or 'm' or 'k' or 'p'))
        {
            return lemma;
        }
        var pair = stem.AsSpan(stem.Length - 3, 2);
        return pair is "ea" or "ee" or "oa" or "ai" or "oo" or "oi" || (pair is "ou" && stem[^1] != 't') ? form[..^2] : lemma;
    }

    /// <summary>
    /// A one-syllable verb in "ll" keeps both: shelled → shell, swelling → swell (the model learns
    /// to undouble from stopped → stop, travelled → travel, and overdoes it on words it never saw).
    /// </summary>
    private static string KeepDoubleL(string form, string lemma)
    {
        if (lemma.Length < 2 || lemma[^1] != 'l' || lemma[^2] == 'l'
            || !(form.EndsWith("lled", StringComparison.OrdinalIgnoreCase) || form.EndsWith("lling", StringComparison.OrdinalIgnoreCase))
            || !form.StartsWith(lemma, StringComparison.OrdinalIgnoreCase))
        {
            return lemma;
        }
        var vowelGroups = 0;
        var inVowels = false;
        foreach (var c in lemma.ToLowerInvariant())
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u';
            if (vowel && !inVowels)
            {
                vowelGroups++;
            }
            inVowels = vowel;
        }
        return vowelGroups == 1 ? lemma + form[lemma.Length] : lemma;
    }

    private const int MaxFeatures = 16;

    private static int Extract(string form, ulong xpos, Span<ulong> f)
    {
        var word = form.AsSpan();
        var n = 0;
        f[n++] = FeatureHash.Feature(0, xpos);
        for (var k = 1; k <= 5; k++)
        {
            var suffix = WordFeatures.Suffix(word, k);
            f[n++] = FeatureHash.Feature(k, suffix, xpos);
        }
        f[n++] = FeatureHash.Feature(6, WordFeatures.Suffix(word, 2));
        f[n++] = FeatureHash.Feature(7, WordFeatures.Suffix(word, 3));
        f[n++] = FeatureHash.Feature(8, (ulong)WordFeatures.Flags(word, false), xpos);
        f[n++] = FeatureHash.Feature(9, (ulong)Math.Min(word.Length, 8), xpos);
        return n;
    }

    /// <summary>
    /// Learns the lemmatiser from (form, Penn tag, lemma) occurrences: the script classifier on word
    /// types, then the exceptions as the types whose majority lemma it does not reproduce.
    /// </summary>
    public static Lemmatizer Train(IEnumerable<(string Form, string Xpos, string Lemma)> occurrences, IReadOnlyList<string> xposNames, int epochs, ulong seed)
    {
        var xposIndex = xposNames.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i, StringComparer.Ordinal);
        // Majority lemma of every (form, tag) type.
        var counts = new Dictionary<(string, int), Dictionary<string, int>>();
        foreach (var (form, xpos, lemma) in occurrences)
        {
            if (form.Length == 0 || lemma == "_" || !xposIndex.TryGetValue(xpos, out var x))
            {
                continue;
            }
            if (!counts.TryGetValue((form, x), out var lemmas))
            {
                lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[(form, x)] = lemmas;
            }
            lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
        }
        var types = counts
            .Select(p => (Form: p.Key.Item1, Xpos: p.Key.Item2, Lemma: p.Value.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key))
            .OrderBy(t => t.Form, StringComparer.Ordinal).ThenBy(t => t.Xpos)
            .ToArray();

        // Scripts of at least two word types are rules; the rest (went → go) are left to the exceptions.
        var typeScripts = types.Select(t => EditScript.Between(t.Form, t.Lemma)).ToArray();
        var scripts = typeScripts.CountBy(x => x).Where(p => p.Value >= 2).Select(p => p.Key).ToList();
        var scriptIndex = scripts.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        var trainable = Enumerable.Range(0, types.Length).Where(i => scriptIndex.ContainsKey(typeScripts[i])).ToArray();
        var gold = new int[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            gold[i] = scriptIndex.GetValueOrDefault(typeScripts[i], -1);
        }

        var perceptron = new SparsePerceptron(scripts.Count);
        var order = trainable;
        var random = new SplitMix64(seed);
        var features = new ulong[MaxFeatures];
        var scores = new float[scripts.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (form, x, _) = types[i];
                var n = Extract(form, (ulong)(x + 2), features);
                Array.Clear(scores);
                perceptron.Score(features.AsSpan(0, n), scores);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < scores.Length; c++)
                {
                    if (scores[c] > bestScore && scripts[c].Fits(form))
                    {
                        bestScore = scores[c];
                        best = c;
                    }
                }
                perceptron.Update(features.AsSpan(0, n), gold[i], best);
                perceptron.Tick();
            }
        }
        var model = perceptron.Compile(0.5);
        var lemmatizer = new Lemmatizer(model, [.. scripts], [], [.. xposNames]);
        var exceptions = new Dictionary<(string, int), string>();
        foreach (var (form, x, lemma) in types)
        {
            if (lemmatizer.Lemmatize(form, xposNames[x]) != lemma)
            {
                exceptions[(form, x)] = lemma;
            }
        }
        return new Lemmatizer(model, [.. scripts], exceptions, [.. xposNames]);
    }

    /// <summary>Writes the lemmatiser.</summary>
    public void Write(ModelWriter writer)
    {
        writer.WriteStrings(_xposNames);
        writer.WriteVarUInt((ulong)_scripts.Length);
        foreach (var s in _scripts)
        {
            writer.Write(s.Lower);
            writer.WriteVarUInt((ulong)s.Strip);
            writer.Write(s.Append);
        }
        _model.Write(writer);
        writer.WriteVarUInt((ulong)_exceptions.Count);
        foreach (var ((form, x), lemma) in _exceptions.OrderBy(p => p.Key.Form, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos))
        {
            writer.Write(form);
            writer.WriteVarUInt((ulong)(x + 1));
            writer.Write(lemma);
        }
    }

    /// <summary>Reads a lemmatiser written by <see cref="Write"/>.</summary>
    public static Lemmatizer Read(ModelReader reader)
    {
        var xposNames = reader.ReadStrings();
        var scripts = new EditScript[reader.ReadCount()];
        for (var i = 0; i < scripts.Length; i++)
        {
            scripts[i] = new EditScript(reader.ReadBoolean(), reader.ReadCount(), reader.ReadString());
        }
        var model = LinearModel.Read(reader);
        var count = reader.ReadCount();
        var exceptions = new Dictionary<(string, int), string>(count);
        for (var i = 0; i < count; i++)
        {
            var form = reader.ReadString();
            var x = reader.ReadCount(xposNames.Length) - 1;
            exceptions[(form, x)] = reader.ReadString();
        }
        return new Lemmatizer(model, scripts, exceptions, xposNames);
    }
}
