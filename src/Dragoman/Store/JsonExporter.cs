using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dragoman.Documents;

namespace Dragoman.Store;

/// <summary>What to include in JSON output beyond the documented core.</summary>
public sealed record JsonExportOptions
{
    /// <summary>Indent the JSON (for one-article output on a terminal).</summary>
    public bool Indented { get; init; }

    /// <summary>Include every token with its tags, lemma, head and relation.</summary>
    public bool IncludeTokens { get; init; }
}

/// <summary>
/// Writes a coded <see cref="Doc"/> as one JSON object. Field names are a public contract
/// (see docs/output-format.md): snake_case, offsets in UTF-16 code units of the article text.
/// </summary>
public static class JsonExporter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writes <paramref name="doc"/> to <paramref name="output"/>.</summary>
    public static void Write(Doc doc, IBufferWriter<byte> output, JsonExportOptions? options = null)
    {
        options ??= new JsonExportOptions();
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = options.Indented, Encoder = Encoder });
        Write(doc, w, options);
    }

    /// <summary>Serialises <paramref name="doc"/> to a string.</summary>
    public static string ToJson(Doc doc, JsonExportOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        Write(doc, buffer, options);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="doc"/> with an existing writer.</summary>
    public static void Write(Doc doc, Utf8JsonWriter w, JsonExportOptions options)
    {
        var a = doc.Article;
        w.WriteStartObject();

        w.WriteStartObject("article");
        w.WriteString("id", a.Id);
        WriteNullable(w, "title", a.Title);
        WriteDate(w, "date", a.Date);
        WriteNullable(w, "source", a.Source);
        WriteNullable(w, "url", a.Url);
        WriteNullable(w, "discard", doc.Discard);
        w.WriteEndObject();

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("index", s.Index);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteString("text", doc.TextOf(s.Span));
            w.WriteString("kind", KindName(s.Kind));
            w.WriteNumber("paragraph", s.Paragraph);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (options.IncludeTokens)
        {
            w.WriteStartArray("tokens");
            foreach (var t in doc.Tokens)
            {
                w.WriteStartObject();
                w.WriteNumber("index", t.Index);
                w.WriteNumber("sentence", t.Sentence);
                w.WriteString("text", t.Text);
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                WriteNullable(w, "upos", t.Upos);
                WriteNullable(w, "xpos", t.Xpos);
                WriteNullable(w, "lemma", t.Lemma);
                w.WriteNumber("head", t.Head);
                WriteNullable(w, "relation", t.Relation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteNumber("start", e.Span.Start);
            w.WriteNumber("end", e.Span.End);
            w.WriteNumber("sentence", e.Sentence);
            w.WriteString("label", e.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (var m in doc.Actors)
        {
            w.WriteStartObject();
            w.WriteString("text", m.Text);
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            w.WriteNumber("sentence", m.Sentence);
            w.WriteString("code", m.Code);
            w.WriteString("name", m.Name);
            w.WriteString("type", TypeName(m.Type));
            WriteNullable(w, "country", m.Country);
            WriteNullable(w, "role", m.Role);
            if (m.Antecedent is int antecedent)
            {
                w.WriteNumber("antecedent", antecedent);
            }
            else
            {
                w.WriteNull("antecedent");
            }
            w.WriteBoolean("modifier", m.IsModifier);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", e.Sentence);
            w.WriteString("sentence_text", doc.TextOf(doc.Sentences[e.Sentence].Span));
            WriteActor(w, "source", e.Source);
            WriteActor(w, "target", e.Target);
            w.WriteString("cameo", e.Cameo);
            w.WriteString("cameo_name", e.CameoName);
            w.WriteNumber("goldstein", e.Goldstein);
            w.WriteNumber("quad_class", e.QuadClass);
            w.WriteStartObject("plover");
            WriteNullable(w, "type", e.PloverType);
            WriteNullable(w, "mode", e.PloverMode);
            WriteNullable(w, "context", e.PloverContext);
            w.WriteEndObject();
            WriteDate(w, "date", e.Date);
            if (e.Place is { } place)
            {
                w.WritePropertyName("place");
                WritePlace(w, place);
            }
            else
            {
                w.WriteNull("place");
            }
            WriteTrigger(w, "trigger", e.Trigger);
            w.WriteBoolean("negated", e.Negated);
            w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            WriteNullable(w, "modality_cue", e.ModalityCue);
            WriteIndex(w, "attribution", e.Attribution);
            WriteIndex(w, "reported_by", e.ReportedBy);
            WriteNullable(w, "pattern", e.Pattern);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("attributions");
        foreach (var at in doc.Attributions)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", at.Sentence);
            WriteActor(w, "source", at.Source);
            w.WriteString("cue", at.Cue.Text);
            w.WriteNumber("cue_start", at.Cue.Span.Start);
            w.WriteNumber("cue_end", at.Cue.Span.End);
            w.WriteString("kind", at.Kind);
            if (at.Content is { } content)
            {
                w.WriteStartObject("content");
                w.WriteNumber("start", content.Start);
                w.WriteNumber("end", content.End);
                w.WriteString("text", doc.TextOf(content));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("content");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("figures");
        foreach (var f in doc.Figures)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", f.Sentence);
            w.WriteString("text", f.Text);
            w.WriteNumber("start", f.Span.Start);
            w.WriteNumber("end", f.Span.End);
            w.WriteNumber("value", f.Value);
            w.WriteBoolean("approx", f.Approximate);
            WriteNullable(w, "qualifier", f.Qualifier);
            w.WriteString("kind", f.Kind);
            WriteNullable(w, "noun", f.Noun);
            WriteNullable(w, "unit", f.Unit);
            WriteIndex(w, "attribution", f.Attribution);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("dates");
        foreach (var d in doc.Dates)
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            w.WriteNumber("start", d.Span.Start);
            w.WriteNumber("end", d.Span.End);
            w.WriteNumber("sentence", d.Sentence);
            WriteDate(w, "value", d.Value);
            w.WriteString("granularity", d.Granularity.ToString().ToLowerInvariant());
            w.WriteBoolean("relative", d.IsRelative);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("places");
        foreach (var p in doc.Places)
        {
            WritePlace(w, p);
        }
        w.WriteEndArray();

        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, PlaceMention p)
    {
        w.WriteStartObject();
        w.WriteString("text", p.Text);
        w.WriteNumber("start", p.Span.Start);
        w.WriteNumber("end", p.Span.End);
        w.WriteNumber("sentence", p.Sentence);
        w.WriteString("name", p.Name);
        w.WriteString("kind", p.Kind);
        WriteNullable(w, "country", p.Country);
        if (p.Latitude is double lat && p.Longitude is double lon)
        {
            w.WriteNumber("lat", Math.Round(lat, 4));
            w.WriteNumber("lon", Math.Round(lon, 4));
        }
        else
        {
            w.WriteNull("lat");
            w.WriteNull("lon");
        }
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, EventActor? actor)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("text", actor.Text);
        w.WriteString("code", actor.Code);
        if (actor.Span is { } span)
        {
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
        }
        WriteIndex(w, "actor", actor.Mention);
        w.WriteEndObject();
    }

    private static void WriteTrigger(Utf8JsonWriter w, string name, Trigger trigger)
    {
        w.WriteStartObject(name);
        w.WriteString("text", trigger.Text);
        w.WriteNumber("start", trigger.Span.Start);
        w.WriteNumber("end", trigger.Span.End);
        w.WriteEndObject();
    }

    private static void WriteIndex(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is DateOnly d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The JSON name of a sentence kind.</summary>
    public static string KindName(SentenceKind kind) => kind switch
    {
        SentenceKind.Heading => "heading",
        SentenceKind.Caption => "caption",
        _ => "sentence",
    };

    /// <summary>The JSON name of an actor type.</summary>
    public static string TypeName(ActorType type) => type switch
    {
        ActorType.Country => "country",
        ActorType.Agent => "agent",
        ActorType.Organization => "organization",
        ActorType.ArmedGroup => "armed_group",
        ActorType.Media => "media",
        ActorType.Person => "person",
        _ => "unknown",
    };
}
