namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>
/// The regular English forms PETRARCH generates from dictionary entries, so that matching needs
/// no lemmatiser: verb forms (-S, -ED, -ING) and noun plurals. Words are upper case.
/// </summary>
public static class PetrarchWordForms
{
    /// <summary>
    /// The base and its regular forms: "RESTORE" → RESTORE, RESTORES, RESTORED, RESTORING;
    /// "ACT" → ACT, ACTS, ACTED, ACTING. As in PETRARCH, a final E takes -D and is dropped before
    /// -ING, and S, X or Z take -ES. Two refinements PETRARCH lacks: a consonant + Y also gives
    /// -IES and -IED ("DENY" → DENIES, DENIED), and a final EE keeps its E before -ING ("AGREEING").
    /// </summary>
    public static IReadOnlyList<string> RegularVerbForms(string verb)
    {
        var forms = new List<string> { verb };
        if (verb.Length == 0)
        {
            return forms;
        }
        var last = verb[^1];
        forms.Add(last is 'S' or 'X' or 'Z' || verb.EndsWith("SH", StringComparison.Ordinal) || verb.EndsWith("CH", StringComparison.Ordinal) ? verb + "ES" : verb + "S");
        if (last == 'E')
        {
            forms.Add(verb + "D");
            forms.Add(verb.EndsWith("EE", StringComparison.Ordinal) ? verb + "ING" : verb[..^1] + "ING");
        }
        else
        {
            forms.Add(verb + "ED");
            forms.Add(verb + "ING");
        }
        if (last == 'Y' && verb.Length > 1 && !IsVowel(verb[^2]))
        {
            forms.Add(verb[..^1] + "IES");
            forms.Add(verb[..^1] + "IED");
        }
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The regular plural of a noun phrase's last word, as PETRARCH forms it: Y → IES, S → SES
    /// ("CONGRESS" → CONGRESSES), otherwise +S.
    /// </summary>
    public static string Plural(string phrase)
    {
        if (phrase.Length == 0)
        {
            return phrase;
        }
        var last = phrase[^1];
        if (last == 'Y' && phrase.Length > 1 && !IsVowel(phrase[^2]))
        {
            return phrase[..^1] + "IES";
        }
        if (last == 'S')
        {
            return phrase + "ES";
        }
        return phrase + "S";
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
