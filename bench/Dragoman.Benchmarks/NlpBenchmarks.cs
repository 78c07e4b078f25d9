using BenchmarkDotNet.Attributes;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Benchmarks;

/// <summary>
/// Internals: the NLP models on one thread over a fixed set of news sentences (no ../shared needed).
/// Run: dotnet run -c Release --project bench/Dragoman.Benchmarks -- --filter '*NlpBenchmarks*'
/// Each benchmark processes every sentence once; divide the token count by the mean time for tokens/s.
/// </summary>
[MemoryDiagnoser]
public class NlpBenchmarks
{
    private static readonly string[] Texts =
    [
        "A Hamas delegation arrived in Moscow on Thursday for talks with Russian officials, the foreign ministry said.",
        "Israel's military said more than 1,400 people were killed in the attack, and at least 200 were taken hostage.",
        "The United Nations called for an immediate ceasefire as the death toll in the 2.3-million-strong enclave rose above 6,500.",
        "\"We will not negotiate under fire,\" a spokesman for the Israeli government told reporters in Jerusalem.",
        "Russia has offered to mediate between the two sides, but Washington dismissed the proposal as a stunt.",
        "Iran's foreign minister warned that the conflict could spread across the region if the bombardment continued.",
        "Egypt opened the Rafah crossing for a convoy of 20 lorries carrying food, water and medicine on Saturday.",
        "The European Union's foreign policy chief, Josep Borrell, said humanitarian pauses were needed to deliver aid.",
    ];

    private (string[] Forms, string[] Xpos, string[] Upos)[] _sentences = [];
    private readonly string[] _forms = new string[128];
    private readonly string[] _upos = new string[128];
    private readonly string[] _xpos = new string[128];
    private readonly int[] _heads = new int[128];
    private readonly string[] _relations = new string[128];
    private readonly List<RawToken> _raw = new(128);
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;
    private EntityRecognizer _recognizer = null!;

    /// <summary>Number of tokens processed by each benchmark.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = PosTagger.Default;
        _parser = DependencyParser.Default;
        _recognizer = EntityRecognizer.Default;
        _ = ActorGazetteer.Bundled;
        _sentences = Texts.Select(text =>
        {
            var forms = Tokenizer.Tokenize(text).Select(t => Tokenizer.Normalize(text[t.Start..t.End])).ToArray();
            var tags = _tagger.Tag(forms);
            return (forms, tags.Select(t => t.Xpos).ToArray(), tags.Select(t => t.Upos).ToArray());
        }).ToArray();
        Tokens = _sentences.Sum(s => s.Forms.Length);
    }

    [Benchmark(Description = "tokenise + tag")]
    public int TokenizeAndTag()
    {
        var n = 0;
        foreach (var text in Texts)
        {
            _raw.Clear();
            Tokenizer.Tokenize(text, 0, text.Length, _raw);
            for (var i = 0; i < _raw.Count; i++)
            {
                _forms[i] = Tokenizer.Normalize(text.Substring(_raw[i].Start, _raw[i].End - _raw[i].Start));
            }
            _tagger.Tag(_forms.AsSpan(0, _raw.Count), _upos, _xpos);
            n += _raw.Count;
        }
        return n;
    }

    [Benchmark(Description = "parse (given tags)")]
    public int Parse()
    {
        var n = 0;
        foreach (var (forms, xpos, upos) in _sentences)
        {
            _parser.Parse(forms, xpos, upos, _heads, _relations);
            n += _heads[0];
        }
        return n;
    }

    [Benchmark(Description = "entities (given tags, with gazetteer)")]
    public int Entities()
    {
        var n = 0;
        foreach (var (forms, xpos, _) in _sentences)
        {
            n += _recognizer.Recognize(forms, xpos, ActorGazetteer.Bundled).Count;
        }
        return n;
    }
}
