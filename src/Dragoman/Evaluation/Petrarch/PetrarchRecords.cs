using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using Dragoman.Coding.Dictionaries.Petrarch;
using Dragoman.Coding.Events;

namespace Dragoman.Evaluation.Petrarch;

/// <summary>A coded event as PETRARCH validation records write it: source, target and event codes ("---" for none).</summary>
/// <param name="Source">Source actor code.</param>
/// <param name="Target">Target actor code, "---" when none.</param>
/// <param name="Event">Event code.</param>
public readonly record struct EventTriple(string Source, string Target, string Event)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source} {Target} {Event}";
}

/// <summary>What a record's <c>&lt;Parse&gt;</c> holds.</summary>
public enum RecordParseFormat
{
    /// <summary>No parse.</summary>
    None,
    /// <summary>A bracketed Penn Treebank tree.</summary>
    Penn,
    /// <summary>CoNLL-U lines (UD v1 or v2).</summary>
    Conllu,
}

/// <summary>
/// One PETRARCH validation record: a sentence with its parse and the events it should code. The
/// coder settings in force (changed by <c>&lt;Config&gt;</c> elements earlier in the file) travel with it.
/// </summary>
public sealed record PetrarchRecord
{
    /// <summary>The record id ("DEMO-01").</summary>
    public required string Id { get; init; }

    /// <summary>The test category ("DEMO", "COMPOUND"); "" when the file gives none.</summary>
    public required string Category { get; init; }

    /// <summary>False for records marked <c>valid="false"</c> (features PETRARCH does not implement), reported apart.</summary>
    public required bool Valid { get; init; }

    /// <summary>The sentence date (actor codes may depend on it).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The sentence text (whitespace normalised).</summary>
    public required string Text { get; init; }

    /// <summary>The parse as written, or null.</summary>
    public string? Parse { get; init; }

    /// <summary>The parse's format.</summary>
    public RecordParseFormat ParseFormat { get; init; }

    /// <summary>The expected events; empty for "noevents" and for expected errors and discards.</summary>
    public required ImmutableArray<EventTriple> Expected { get; init; }

    /// <summary>The expected outcome when it is not a set of events ("dateline", "sentencediscard"), or null.</summary>
    public string? ExpectedError { get; init; }

    /// <summary>The coder settings in force for this record.</summary>
    public required SequenceCodingOptions Options { get; init; }

    /// <summary>The line of the record in its file.</summary>
    public int Line { get; init; }
}

/// <summary>
/// Reads PETRARCH validation files (<c>PETR.UnitTest.records.xml</c> and the UDPipe variant) with an
/// XML reader. <c>&lt;Config option=… value=…&gt;</c> elements between records change the coder
/// settings for every later record, as in PETRARCH.
/// </summary>
public static class PetrarchRecordReader
{
    /// <summary>Reads a validation file.</summary>
    /// <exception cref="FormatException">The file is not well-formed XML or a record is malformed; the message names the line.</exception>
    public static List<PetrarchRecord> Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FormatException($"{path}:{e.LineNumber}: not well-formed XML: {e.Message}", e);
        }
        var records = new List<PetrarchRecord>();
        var options = SequenceCodingOptions.Default;
        var root = document.Root ?? throw new FormatException($"{path}: empty document");
        foreach (var element in root.Descendants())
        {
            var line = ((IXmlLineInfo)element).LineNumber;
            if (element.Name.LocalName == "Config" && element.Parent?.Name.LocalName != "Environment")
            {
                var option = (string?)element.Attribute("option");
                var value = (string?)element.Attribute("value");
                if (option is null || value is null)
                {
                    throw new FormatException($"{path}:{line}: <Config> needs option= and value=");
                }
                // PETRARCH ignores options it does not know (stop_on_error, for one); so do we.
                options = options.With(option, value) ?? options;
                continue;
            }
            if (element.Name.LocalName != "Sentence")
            {
                continue;
            }
            records.Add(ReadRecord(path, element, line, options));
        }
        return records;
    }

    private static PetrarchRecord ReadRecord(string path, XElement s, int line, SequenceCodingOptions options)
    {
        var id = ((string?)s.Attribute("id"))?.Trim() ?? throw new FormatException($"{path}:{line}: <Sentence> without id=");
        var valid = (string?)s.Attribute("valid") is not { } v || !v.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
        DateOnly? date = null;
        if ((string?)s.Attribute("date") is { } d)
        {
            if (!PetrarchNounReaders.TryParseDate(d.Trim(), out var parsed))
            {
                throw new FormatException($"{path}:{line}: record {id}: bad date '{d}' (expected YYYYMMDD)");
            }
            date = parsed;
        }
        var expected = ImmutableArray.CreateBuilder<EventTriple>();
        string? error = null;
        foreach (var coding in s.Elements("EventCoding"))
        {
            if ((string?)coding.Attribute("error") is { } e)
            {
                error = e.Trim();
                continue;
            }
            if ((string?)coding.Attribute("noevents") is { } none && none.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var source = (string?)coding.Attribute("sourcecode");
            var target = (string?)coding.Attribute("targetcode");
            var code = (string?)coding.Attribute("eventcode");
            if (source is null || target is null || code is null)
            {
                throw new FormatException($"{path}:{((IXmlLineInfo)coding).LineNumber}: record {id}: <EventCoding> needs sourcecode=, targetcode= and eventcode= (or noevents= or error=)");
            }
            var triple = new EventTriple(source.Trim(), target.Trim(), code.Trim());
            if (!expected.Contains(triple))
            {
                expected.Add(triple);
            }
        }
        var parse = s.Element("Parse")?.Value;
        var format = RecordParseFormat.None;
        if (parse is not null && parse.Trim().Length > 0)
        {
            format = parse.TrimStart()[0] == '(' ? RecordParseFormat.Penn : RecordParseFormat.Conllu;
        }
        else
        {
            parse = null;
        }
        return new PetrarchRecord
        {
            Id = id,
            Category = ((string?)s.Attribute("category"))?.Trim() ?? "",
            Valid = valid,
            Date = date,
            Text = string.Join(' ', (s.Element("Text")?.Value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            Parse = parse,
            ParseFormat = format,
            Expected = expected.ToImmutable(),
            ExpectedError = error,
            Options = options,
            Line = line,
        };
    }

    /// <summary>A record id in a form that matches across the files' spellings ("DEMO_00" and "DEMO-00").</summary>
    public static string NormalizeId(string id) => id.Replace('_', '-').ToUpperInvariant();

    /// <summary>
    /// The records with the parse of the same sentence taken from another file (same id, '-' and '_'
    /// alike, and the same text). Records without such a counterpart are left out, since their expected
    /// events describe another sentence.
    /// </summary>
    public static List<PetrarchRecord> WithParsesFrom(IEnumerable<PetrarchRecord> records, IEnumerable<PetrarchRecord> parses)
    {
        var byId = new Dictionary<string, PetrarchRecord>(StringComparer.Ordinal);
        foreach (var p in parses)
        {
            byId.TryAdd(NormalizeId(p.Id), p);
        }
        var result = new List<PetrarchRecord>();
        foreach (var r in records)
        {
            if (byId.TryGetValue(NormalizeId(r.Id), out var p) && p.Text == r.Text && p.Parse is not null)
            {
                result.Add(r with { Parse = p.Parse, ParseFormat = p.ParseFormat });
            }
        }
        return result;
    }
}
