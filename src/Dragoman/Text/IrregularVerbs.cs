using System.Collections.Frozen;

namespace Dragoman.Text;

/// <summary>
/// Past forms of irregular English verbs and their base forms: the lemmatiser and the tagger
/// corrections use them for verbs too rare in the treebank ("forgave"), and the event coder for a
/// predicate whose lemma still came out wrong ("froze" → "froze", "undertook" → "undertoo").
/// </summary>
internal static class IrregularVerbs
{
    // One verb per entry: "base past participle".
    private static readonly string[] Entries =
    [
        "arise arose arisen", "awake awoke awoken", "bear bore borne", "beat beat beaten", "become became become",
        "begin began begun", "bend bent bent", "bet bet bet", "bid bid bid", "bind bound bound", "bite bit bitten",
        "bleed bled bled", "blow blew blown", "break broke broken", "breed bred bred", "bring brought brought",
        "build built built", "burn burnt burnt", "buy bought bought", "catch caught caught", "choose chose chosen",
        "cling clung clung", "come came come", "creep crept crept", "deal dealt dealt", "dig dug dug", "do did done",
        "draw drew drawn", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed fed",
        "feel felt felt", "fight fought fought", "find found found", "flee fled fled", "fling flung flung", "fly flew flown",
        "forbid forbade forbidden", "forecast forecast forecast", "foresee foresaw foreseen", "forget forgot forgotten",
        "forgive forgave forgiven", "forsake forsook forsaken", "freeze froze frozen", "get got gotten", "give gave given",
        "go went gone", "grind ground ground", "grow grew grown", "hang hung hung", "have had had", "hear heard heard",
        "hide hid hidden", "hold held held", "keep kept kept", "know knew known", "lay laid laid", "lead led led",
        "leave left left", "lend lent lent", "lie lay lain", "lose lost lost", "make made made", "mean meant meant",
        "meet met met", "mislead misled misled", "overcome overcame overcome", "overrun overran overrun",
        "oversee oversaw overseen", "overtake overtook overtaken", "overthrow overthrew overthrown", "pay paid paid",
        "rebuild rebuilt rebuilt", "repay repaid repaid", "retake retook retaken", "rethink rethought rethought",
        "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run", "say said said", "see saw seen",
        "seek sought sought", "sell sold sold", "send sent sent", "shake shook shaken", "shine shone shone",
        "shoot shot shot", "shrink shrank shrunk", "sing sang sung", "sink sank sunk", "sit sat sat", "slay slew slain",
        "sleep slept slept", "slide slid slid", "speak spoke spoken", "spend spent spent", "spin spun spun",
        "spring sprang sprung", "stand stood stood", "steal stole stolen", "stick stuck stuck", "sting stung stung",
        "stride strode stridden", "strike struck struck", "strive strove striven", "swear swore sworn", "sweep swept swept",
        "swim swam swum", "swing swung swung", "take took taken", "teach taught taught", "tear tore torn", "tell told told",
        "think thought thought", "throw threw thrown", "undergo underwent undergone", "understand understood understood",
        "undertake undertook undertaken", "uphold upheld upheld", "wake woke woken", "wear wore worn", "weep wept wept",
        "win won won", "withdraw withdrew withdrawn", "withhold withheld withheld", "withstand withstood withstood",
        "wring wrung wrung", "write wrote written", "mistake mistook mistaken", "partake partook partaken",
        "befall befell befallen", "beset beset beset", "forswear forswore forsworn", "outrun outran outrun",
        "override overrode overridden", "overhear overheard overheard", "overtook overtook overtaken", "shed shed shed",
        "smite smote smitten", "stink stank stunk", "tread trod trodden", "weave wove woven",
    ];

    private static readonly FrozenDictionary<string, string> BaseForms = Build(Entries);

    private static readonly FrozenSet<string> PastForms = Entries.Select(e => e.Split(' ')).Where(f => f.Length > 1 && f[1] != f[0])
        .Select(f => f[1]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The base form of an irregular past or past participle ("froze" → "freeze"), or null.</summary>
    public static string? BaseOf(string word) => BaseForms.TryGetValue(word, out var b) ? b : null;

    /// <summary>Whether the word is the simple past of an irregular verb ("forgave", "overthrew").</summary>
    public static bool IsSimplePast(string word) => PastForms.Contains(word);

    private static FrozenDictionary<string, string> Build(string[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var forms = entry.Split(' ');
            for (var i = 1; i < forms.Length; i++)
            {
                if (forms[i] != forms[0])
                {
                    map.TryAdd(forms[i], forms[0]);
                }
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
