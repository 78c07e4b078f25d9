using System.Globalization;
using System.Text.Json;
using Dragoman.Documents;

namespace Dragoman.Evaluation;

/// <summary>One PLOVER gold-standard record: a sentence with its coded event type and actors.</summary>
/// <param name="Id">Record id.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Date">The record's date, when given.</param>
/// <param name="Event">The gold PLOVER event type, with older category names mapped to current ones.</param>
/// <param name="SourceCodes">Gold source actor codes (country part first).</param>
/// <param name="TargetCodes">Gold target actor codes.</param>
/// <param name="Version">The PLOVER version the record was coded in (the record's <c>version</c> field), when given.</param>
public sealed record PloverRecord(string Id, string Text, DateOnly? Date, string Event, IReadOnlyList<string> SourceCodes, IReadOnlyList<string> TargetCodes, string? Version = null);

/// <summary>Scores of Dragoman against PLOVER gold records.</summary>
public sealed record PloverScores
{
    /// <summary>Records scored (documentation records excluded).</summary>
    public required int Records { get; init; }

    /// <summary>Share of records whose primary coded event has the gold PLOVER type (0–100).</summary>
    public required double EventAccuracy { get; init; }

    /// <summary>Share of records (with a gold source) whose primary event's source country is a gold source country (0–100).</summary>
    public required double SourceCountryAccuracy { get; init; }

    /// <summary>Share of records (with a gold target) whose primary event's target country is a gold target country (0–100).</summary>
    public required double TargetCountryAccuracy { get; init; }

    /// <summary>Share of records where any coded event has the gold type (a lenient view).</summary>
    public required double EventAnyAccuracy { get; init; }

    /// <summary>Share of records with at least one coded event.</summary>
    public required double Coverage { get; init; }

    /// <summary>Per gold type: records and correct primary events.</summary>
    public required IReadOnlyDictionary<string, (int Total, int Correct)> ByType { get; init; }

    /// <summary>Per record outcome, for error analysis.</summary>
    public required IReadOnlyList<(PloverRecord Record, string? Predicted, string? Source, string? Target)> Outcomes { get; init; }
}

/// <summary>
/// Runs PLOVER gold-standard records (JSON like the PLOVER GSR files) through a pipeline and scores
/// the event type and the source and target countries. The primary event of a sentence is the
/// first coded event that is not only a reporting statement; older category names are mapped
/// (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT).
/// </summary>
/// <remarks>
/// Dragoman maps CAMEO to PLOVER by the 2021 conversion table (data/ontology/plover.txt), which
/// moves a few codes out of their CAMEO root (163 sanctions → COERCE; 1712, 175 → ASSAULT;
/// 191, 192 → COERCE; 0813, 0814 → RETREAT). Records coded in PLOVER 0.5 or earlier (their
/// <c>version</c> field) follow the CAMEO root instead, so for them the predicted type is taken
/// from the event's CAMEO root (<see cref="LegacyType"/>): each record is compared with the
/// version it was coded in.
/// </remarks>
public static class PloverEvaluation
{
    /// <summary>Maps the PLOVER 0.5 category names of older gold files to current PLOVER types.</summary>
    public static string CurrentType(string type) => type.ToUpperInvariant() switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        var t => t,
    };

    /// <summary>Reads records from a JSON array; documentation records and records without text are skipped.</summary>
    /// <exception cref="FormatException">The JSON is not an array of records.</exception>
    public static List<PloverRecord> Read(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: not valid JSON ({e.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{name}: expected a JSON array of records");
            }
            var records = new List<PloverRecord>();
            foreach (var r in document.RootElement.EnumerateArray())
            {
                if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.String)
                {
                    continue;
                }
                var type = ev.GetString()!;
                if (type.Equals("DOCUMENT", StringComparison.OrdinalIgnoreCase) || !r.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    continue;
                }
                DateOnly? date = null;
                if (r.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                }
                var id = r.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : $"record-{records.Count}";
                var version = r.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                records.Add(new PloverRecord(id, text.GetString()!, date, CurrentType(type), Codes(r, "source"), Codes(r, "target"), version));
            }
            return records;
        }
    }

    private static List<string> Codes(JsonElement record, string field)
    {
        var codes = new List<string>();
        if (record.TryGetProperty(field, out var actors) && actors.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in actors.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() is { Length: >= 3 } c)
                {
                    codes.Add(c.ToUpperInvariant());
                }
            }
        }
        return codes;
    }

    /// <summary>Codes every record with <paramref name="code"/> and scores the results.</summary>
    public static PloverScores Score(IReadOnlyList<PloverRecord> records, Func<PloverRecord, Doc> code)
    {
        var outcomes = new (PloverRecord, string?, string?, string?)[records.Count];
        var anyType = new bool[records.Count];
        Parallel.For(0, records.Count, i =>
        {
            var doc = code(records[i]);
            var primary = Primary(doc);
            var version = records[i].Version;
            outcomes[i] = (records[i], primary is null ? null : TypeFor(primary, version), primary?.Source.Code, primary?.Target?.Code);
            anyType[i] = doc.Events.Any(e => TypeFor(e, version) == records[i].Event);
        });
        var anyHits = 0;
        var covered = 0;
        var byType = new Dictionary<string, (int Total, int Correct)>(StringComparer.Ordinal);
        int eventCorrect = 0, sourceTotal = 0, sourceCorrect = 0, targetTotal = 0, targetCorrect = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var (record, predicted, source, target) = outcomes[i];
            var correct = predicted == record.Event;
            eventCorrect += correct ? 1 : 0;
            covered += predicted is null ? 0 : 1;
            var (total, right) = byType.GetValueOrDefault(record.Event);
            byType[record.Event] = (total + 1, right + (correct ? 1 : 0));
            if (record.SourceCodes.Count > 0)
            {
                sourceTotal++;
                sourceCorrect += SameCountry(source, record.SourceCodes) ? 1 : 0;
            }
            if (record.TargetCodes.Count > 0)
            {
                targetTotal++;
                targetCorrect += SameCountry(target, record.TargetCodes) ? 1 : 0;
            }
        }
        anyHits = anyType.Count(hit => hit);
        double Pct(int a, int b) => b == 0 ? 0 : Math.Round(100.0 * a / b, 1);
        return new PloverScores
        {
            Records = records.Count,
            EventAccuracy = Pct(eventCorrect, records.Count),
            SourceCountryAccuracy = Pct(sourceCorrect, sourceTotal),
            TargetCountryAccuracy = Pct(targetCorrect, targetTotal),
            EventAnyAccuracy = Pct(anyHits, records.Count),
            Coverage = Pct(covered, records.Count),
            ByType = byType,
            Outcomes = outcomes,
        };
    }

    /// <summary>True for PLOVER versions before 0.6 (the gold standard records are 0.5b1), which type events by their CAMEO root.</summary>
    public static bool IsLegacyVersion(string? version)
    {
        if (version is null || !version.StartsWith("0.", StringComparison.Ordinal))
        {
            return false;
        }
        var digits = new string(version[2..].TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0 && int.Parse(digits, CultureInfo.InvariantCulture) < 6;
    }

    /// <summary>The PLOVER type of an event as the given gold version types it (current names).</summary>
    public static string? TypeFor(CodedEvent e, string? version) =>
        IsLegacyVersion(version) ? LegacyType(e.Cameo) ?? e.PloverType : e.PloverType;

    /// <summary>
    /// The PLOVER 0.5 type of a CAMEO code, in current names: the CAMEO root decides (02 and 10
    /// REQUEST, 09 and 11 ACCUSE, 16 SANCTION, 17 COERCE, 18–20 ASSAULT; 080–083 CONCEDE and
    /// 084–087 RETREAT); null for statements (01) and codes that are not CAMEO.
    /// </summary>
    public static string? LegacyType(string cameo)
    {
        if (cameo.Length < 2)
        {
            return null;
        }
        return cameo[..2] switch
        {
            "02" or "10" => "REQUEST",
            "03" => "AGREE",
            "04" => "CONSULT",
            "05" => "SUPPORT",
            "06" => "COOPERATE",
            "07" => "AID",
            "08" => cameo.Length >= 3 && cameo[2] is '4' or '5' or '6' or '7' ? "RETREAT" : "CONCEDE",
            "09" or "11" => "ACCUSE",
            "12" => "REJECT",
            "13" => "THREATEN",
            "14" => "PROTEST",
            "15" => "MOBILIZE",
            "16" => "SANCTION",
            "17" => "COERCE",
            "18" or "19" or "20" => "ASSAULT",
            _ => null,
        };
    }

    /// <summary>The sentence's primary event: the first that is not merely a reporting statement.</summary>
    public static CodedEvent? Primary(Doc doc) =>
        doc.Events.FirstOrDefault(e => e.Pattern != "reported-speech" && !(e.Cameo.StartsWith("01", StringComparison.Ordinal) && doc.Events.Length > 1))
        ?? doc.Events.FirstOrDefault();

    /// <summary>True when the predicted code's country (first three letters) is that of one of the gold codes.</summary>
    public static bool SameCountry(string? predicted, IReadOnlyList<string> gold) =>
        predicted is { Length: >= 3 } p && gold.Any(g => g.Length >= 3 && string.Equals(g[..3], p[..3], StringComparison.Ordinal));
}
