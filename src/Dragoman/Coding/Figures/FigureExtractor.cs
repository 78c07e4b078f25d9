using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding.Figures;

/// <summary>
/// Finds figures: numbers with what they count (killed, injured, hostages, displaced, arrested,
/// population, troops, money, percent), whether they are hedged ("over 6,500", "about 30",
/// "at least 12") and which attribution in the sentence vouches for them. Dates, times, ages,
/// durations and ordinals are not figures.
/// </summary>
public sealed class FigureExtractor : IDocumentStage
{
    /// <summary>The shared instance.</summary>
    public static FigureExtractor Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "figures";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens | Layers.Dates | Layers.Attributions;

    /// <inheritdoc />
    public Layers Produces => Layers.Figures;

    // Hedges before a number, longest first. Value: the canonical qualifier.
    private static readonly (string[] Words, string Qualifier)[] Hedges =
    [
        (["more", "than"], "more than"), (["less", "than"], "less than"), (["fewer", "than"], "fewer than"),
        (["at", "least"], "at least"), (["at", "most"], "at most"), (["up", "to"], "up to"), (["as", "many", "as"], "as many as"),
        (["close", "to"], "close to"), (["in", "excess", "of"], "in excess of"), (["upwards", "of"], "upwards of"),
        (["an", "estimated"], "an estimated"), (["some"], "some"), (["about"], "about"), (["around"], "around"),
        (["over"], "over"), (["nearly"], "nearly"), (["almost"], "almost"), (["approximately"], "approximately"),
        (["roughly"], "roughly"), (["estimated"], "estimated"), (["under"], "under"), (["just", "over"], "just over"),
        (["just", "under"], "just under"), (["circa"], "circa"), (["~"], "~"), (["more", "then"], "more than"),
        (["almost", "exactly"], "almost exactly"), (["exceeding"], "exceeding"), (["upward", "of"], "upwards of"),
    ];

    private static readonly FrozenDictionary<string, string> KindWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // killed
        ["killed"] = "killed", ["kill"] = "killed", ["kills"] = "killed", ["killing"] = "killed", ["dead"] = "killed", ["death"] = "killed",
        ["deaths"] = "killed", ["died"] = "killed", ["die"] = "killed", ["fatalities"] = "killed", ["fatality"] = "killed",
        ["lives"] = "killed", ["bodies"] = "killed", ["slain"] = "killed", ["massacred"] = "killed", ["murdered"] = "killed",
        ["executed"] = "killed", ["toll"] = "killed", ["martyrs"] = "killed", ["martyred"] = "killed", ["perished"] = "killed",
        // injured
        ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured", ["injuries"] = "injured", ["injuring"] = "injured", ["wounding"] = "injured",
        ["casualties"] = "casualties",
        // captives
        ["hostages"] = "hostages", ["hostage"] = "hostages", ["captives"] = "hostages", ["abducted"] = "hostages", ["kidnapped"] = "hostages",
        ["captive"] = "hostages", ["abductees"] = "hostages",
        ["prisoners"] = "prisoners", ["detainees"] = "arrested", ["arrested"] = "arrested", ["detained"] = "arrested", ["arrests"] = "arrested",
        // displacement
        ["displaced"] = "displaced", ["refugees"] = "displaced", ["fled"] = "displaced", ["evacuated"] = "displaced", ["homeless"] = "displaced",
        ["evacuees"] = "displaced", ["migrants"] = "displaced", ["asylum"] = "displaced",
        // population
        ["population"] = "population", ["inhabitants"] = "population", ["residents"] = "population", ["people-strong"] = "population",
        ["populated"] = "population", ["citizens"] = "population",
        // forces
        ["troops"] = "troops", ["soldiers"] = "troops", ["fighters"] = "troops", ["personnel"] = "troops", ["reservists"] = "troops",
        ["militants"] = "troops", ["servicemen"] = "troops", ["forces"] = "troops", ["marines"] = "troops", ["sailors"] = "troops",
        // others
        ["percent"] = "percent", ["per"] = "percent", ["%"] = "percent",
        ["protesters"] = "protesters", ["demonstrators"] = "protesters",
        ["votes"] = "votes", ["voters"] = "votes",
        ["rockets"] = "munitions", ["missiles"] = "munitions", ["drones"] = "munitions", ["shells"] = "munitions", ["bombs"] = "munitions",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["dollars"] = "USD", ["dollar"] = "USD", ["\u00A3"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP",
        ["\u20AC"] = "EUR", ["euros"] = "EUR", ["euro"] = "EUR", ["\u00A5"] = "JPY", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY",
        ["rubles"] = "RUB", ["roubles"] = "RUB", ["\u20BD"] = "RUB", ["shekels"] = "ILS", ["\u20AA"] = "ILS", ["rupees"] = "INR", ["\u20B9"] = "INR",
        ["rials"] = "IRR", ["riyals"] = "SAR", ["dinars"] = "DIN", ["lira"] = "TRY", ["hryvnia"] = "UAH", ["francs"] = "CHF",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Nouns after which a number is not a count of anything: time, age, ordinals, measures.
    private static readonly FrozenSet<string> NotCounts = new[]
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds",
        "decade", "decades", "century", "centuries", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "year-old", "years-old", "th",
        "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "feet", "kg", "kilograms", "tonnes", "tons", "degrees",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that may sit between a number and the noun it counts.
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "-", "of", "the", "more", "other", "additional", "further", "new", "more", "than", "people", "innocent", "israeli", "palestinian",
        "civilians", "civilian", "foreign", "international",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var figures = ImmutableArray.CreateBuilder<Figure>();
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind == SentenceKind.Caption)
            {
                continue;
            }
            var tokens = doc.TokensOf(sentence.Index);
            var i = 0;
            while (i < tokens.Length)
            {
                if (!NumberParser.TryParse(tokens, i, out var number) || IsInsideDate(doc, tokens[i]) || IsNotACount(tokens, i, number))
                {
                    i++;
                    continue;
                }
                var start = i;
                var (qualifier, hedgeLength) = HedgeBefore(tokens, i);
                start -= hedgeLength;
                var unit = CurrencyBefore(tokens, start, out var currencyLength);
                start -= currencyLength;
                var end = i + number.Length;
                if (end < tokens.Length && tokens[end].Norm is "%" or "percent")
                {
                    unit ??= "%";
                    end++;
                }
                else if (end + 1 < tokens.Length && tokens[end].Norm.Equals("per", StringComparison.OrdinalIgnoreCase) && tokens[end + 1].Norm.Equals("cent", StringComparison.OrdinalIgnoreCase))
                {
                    unit ??= "%";
                    end += 2;
                }
                if (unit is null && end < tokens.Length && Currencies.TryGetValue(tokens[end].Norm, out var currencyAfter))
                {
                    unit = currencyAfter;
                    end++;
                }
                var (noun, nounIndex, strong) = CountedNoun(tokens, end);
                var kind = unit switch
                {
                    "%" => "percent",
                    not null => "money",
                    _ => KindOf(tokens, i, end, noun, nounIndex, strong),
                };
                var spanEnd = nounIndex >= 0 ? nounIndex + 1 : end;
                var span = new CharSpan(tokens[start].Start, tokens[spanEnd - 1].End);
                figures.Add(new Figure
                {
                    Sentence = sentence.Index,
                    Span = span,
                    Text = doc.TextOf(span),
                    Value = number.Value,
                    Approximate = qualifier is not null || number.Vague,
                    Qualifier = qualifier ?? (number.Vague ? tokens[i].Norm.ToLowerInvariant() : null),
                    Kind = kind,
                    Noun = noun,
                    Unit = unit,
                    Attribution = AttributionOf(doc, sentence.Index),
                });
                i = end;
            }
        }
        return doc with { Figures = figures.ToImmutable(), Layers = doc.Layers | Produces };
    }

    private static bool IsInsideDate(Doc doc, Token token)
    {
        foreach (var d in doc.Dates)
        {
            if (d.Sentence == token.Sentence && d.Span.Contains(token.Span))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNotACount(ReadOnlySpan<Token> tokens, int i, ParsedNumber number)
    {
        var word = tokens[i].Norm;
        // Years standing alone ("in 1988", "the 2023 war").
        if (!number.Vague && number.Value is >= 1800 and <= 2100 && word.Length == 4 && !word.Contains(','))
        {
            return true;
        }
        // "one" as a pronoun or determiner ("one of the", "no one") is not a figure; "a dozen" still is.
        if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && number.Length == 1)
        {
            return true;
        }
        var next = i + number.Length;
        if (next < tokens.Length)
        {
            var n = tokens[next].Norm;
            if (NotCounts.Contains(n) || (n == "-" && next + 1 < tokens.Length && NotCounts.Contains(tokens[next + 1].Norm)))
            {
                return true;
            }
            if (n is ":" && next + 1 < tokens.Length && char.IsDigit(tokens[next + 1].Norm[0]))
            {
                return true; // a time, 10:30
            }
        }
        // A capitalised number word inside a name ("the Six Nations", "the Big Four").
        if (!char.IsDigit(word[0]) && char.IsUpper(word[0]) && i > 0 && next < tokens.Length && tokens[next].Norm.Length > 1 && char.IsUpper(tokens[next].Norm[0]))
        {
            return true;
        }
        if (char.IsDigit(word[0]) && !number.Vague && !HasCountedNoun(tokens, next) && IsLabelOrScore(tokens, i, next))
        {
            return true;
        }
        // Small spelled-out numbers without a counted noun are usually not figures ("two of them").
        return !char.IsDigit(word[0]) && number.Value < 10 && !number.Vague && !HasCountedNoun(tokens, next);
    }

    // Numbers that name or score rather than count: "Radio 4", "No 20", "the top 10", "aged 14",
    // "a 5-1 win", "7-6 (7-5)", "(Yakubu 55)".
    private static bool IsLabelOrScore(ReadOnlySpan<Token> tokens, int i, int next)
    {
        if (i > 0)
        {
            var before = tokens[i - 1].Norm;
            if (before.ToLowerInvariant() is "no" or "no." or "number" or "top" or "aged" or "age" or "version" or "round" or "page" or "grade"
                    or "level" or "channel" or "radio" or "platform" or "gate" or "room" or "flight" or "route" or "chapter" or "section" or "article" or "resolution"
                || (before.Length > 1 && char.IsUpper(before[0]) && before.All(char.IsLetter) && i > 1))
            {
                return true;
            }
            if (before is "-" && i > 1 && char.IsDigit(tokens[i - 2].Norm[0]))
            {
                return true;
            }
        }
        if (next + 1 < tokens.Length && tokens[next].Norm is "-" && char.IsDigit(tokens[next + 1].Norm[0]) && !HasCountedNoun(tokens, next + 2))
        {
            return true;
        }
        return next < tokens.Length && tokens[next].Norm is ")" && i > 0 && tokens[i - 1].Norm is "(" or "-";
    }

    private static bool HasCountedNoun(ReadOnlySpan<Token> tokens, int end) => CountedNoun(tokens, end).Index >= 0;

    private static (string? Qualifier, int Length) HedgeBefore(ReadOnlySpan<Token> tokens, int i)
    {
        foreach (var (words, qualifier) in Hedges)
        {
            var start = i - words.Length;
            if (start < 0)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                ok = tokens[start + k].Norm.Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }
            if (ok)
            {
                return (qualifier, words.Length);
            }
        }
        return (null, 0);
    }

    private static string? CurrencyBefore(ReadOnlySpan<Token> tokens, int i, out int length)
    {
        length = 0;
        if (i > 0 && Currencies.TryGetValue(tokens[i - 1].Norm, out var code) && !char.IsLetter(tokens[i - 1].Norm[0]))
        {
            length = 1;
            if (i > 1 && tokens[i - 2].Norm is "US" or "U.S.")
            {
                length = 2;
            }
            return code;
        }
        return null;
    }

    /// <summary>The noun a number counts: the first content word after it, skipping fillers; "-strong" marks a population.</summary>
    private static (string? Noun, int Index, bool Strong) CountedNoun(ReadOnlySpan<Token> tokens, int end)
    {
        var strong = false;
        // "120,000 people are expected": people counted, when no more telling noun follows.
        var people = -1;
        for (var k = end; k < tokens.Length && k < end + 6; k++)
        {
            var t = tokens[k];
            var w = t.Norm;
            if (w.Equals("strong", StringComparison.OrdinalIgnoreCase))
            {
                strong = true;
                continue;
            }
            if (Fillers.Contains(w) && !KindWords.ContainsKey(w))
            {
                if (people < 0 && k == end && w.ToLowerInvariant() is "people" or "civilians" or "civilian")
                {
                    people = k;
                }
                continue;
            }
            if (!char.IsLetter(w[0]))
            {
                break;
            }
            if (t.Upos is "VERB" or "AUX" or "ADP" or "SCONJ" or "CCONJ" or "PRON" || IsFunctionWord(w))
            {
                break;
            }
            if (t.Upos is "ADJ" && k + 1 < tokens.Length && char.IsLetter(tokens[k + 1].Norm[0]) && !KindWords.ContainsKey(w))
            {
                continue; // "1,400 Israeli fatalities"
            }
            return (w, k, strong);
        }
        return people >= 0 ? (tokens[people].Norm.ToLowerInvariant(), people, strong) : (null, -1, strong);
    }

    private static bool IsFunctionWord(string w) => w.ToLowerInvariant() is "and" or "or" or "but" or "to" or "in" or "on" or "at" or "by" or "for" or "with" or "from"
        or "was" or "were" or "is" or "are" or "had" or "has" or "have" or "be" or "been" or "that" or "which" or "who" or "as" or "into" or "a" or "an" or "their" or "its" or "his" or "her";

    private static string KindOf(ReadOnlySpan<Token> tokens, int numberIndex, int end, string? noun, int nounIndex, bool strong)
    {
        if (strong)
        {
            return "population";
        }
        if (noun is not null && KindWords.TryGetValue(noun, out var direct))
        {
            return direct;
        }
        // The nearest kind word in the clause around the number: "killing 12 people", "12 people were killed".
        string? best = null;
        var bestDistance = int.MaxValue;
        var from = Math.Max(0, numberIndex - 6);
        var to = Math.Min(tokens.Length, end + 7);
        for (var k = from; k < to; k++)
        {
            if (k >= numberIndex && k < end)
            {
                continue;
            }
            var w = tokens[k].Norm;
            if (w is "." or ";" or ":")
            {
                if (k < numberIndex) { best = null; bestDistance = int.MaxValue; continue; }
                break;
            }
            if (KindWords.TryGetValue(w, out var kind) && kind is not ("troops" or "munitions" or "votes" or "percent"))
            {
                var distance = k < numberIndex ? numberIndex - k : k - end + 1;
                if (distance < bestDistance)
                {
                    best = kind;
                    bestDistance = distance;
                }
            }
        }
        if (best is not null && noun is null or "people" or "persons" or "civilians" or "children" or "women" or "men" or "soldiers" or "palestinians" or "israelis")
        {
            return best;
        }
        if (best is not null && nounIndex < 0)
        {
            return best;
        }
        if (noun is "people" or "persons" && nounIndex >= 0 && nounIndex + 1 < tokens.Length && tokens[nounIndex + 1].Norm is "living" or "live")
        {
            return "population";
        }
        return best ?? "other";
    }

    private static int? AttributionOf(Doc doc, int sentence)
    {
        for (var a = 0; a < doc.Attributions.Length; a++)
        {
            if (doc.Attributions[a].Sentence == sentence)
            {
                return a;
            }
        }
        return null;
    }
}
