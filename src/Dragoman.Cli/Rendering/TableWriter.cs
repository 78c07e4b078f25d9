using System.Globalization;
using Dragoman.Documents;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>A readable terminal rendering of coded articles: events first, then the supporting layers.</summary>
internal sealed class TableWriter : OutputWriter
{
    private readonly IAnsiConsole console;

    public TableWriter(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 160;
        }
    }

    public override void Write(Doc doc)
    {
        var a = doc.Article;
        var date = a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
        console.Write(new Rule($"[bold]{Markup.Escape(a.Title ?? a.Id)}[/] [grey]({Markup.Escape(a.Id)}, {date})[/]").LeftJustified());

        var events = NewTable("Events", "#", "sent", "source", "event", "target", "trigger", "date", "notes");
        for (var i = 0; i < doc.Events.Length; i++)
        {
            var e = doc.Events[i];
            var notes = new List<string>();
            if (e.Negated) notes.Add("negated");
            if (e.Modality != Modality.Asserted) notes.Add(e.Modality.ToString().ToLowerInvariant());
            if (e.Attribution is int at) notes.Add($"per {doc.Attributions[at].Source.Text}");
            events.AddRow(
                Cell(i), Cell(e.Sentence),
                Esc($"{e.Source.Text} [{e.Source.Code}]"),
                Esc($"{e.Cameo} {e.CameoName} ({e.Goldstein.ToString("0.#", CultureInfo.InvariantCulture)}, Q{e.QuadClass})"),
                Esc(e.Target is null ? "-" : $"{e.Target.Text} [{e.Target.Code}]"),
                Esc(e.Trigger.Text),
                Esc(e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"),
                Esc(string.Join(", ", notes)));
        }
        console.Write(events);

        var actors = NewTable("Actors", "sent", "text", "code", "name", "type", "role");
        foreach (var m in doc.Actors)
        {
            actors.AddRow(Cell(m.Sentence), Esc(m.Text), Esc(m.Code), Esc(m.Name), Esc(Store.JsonExporter.TypeName(m.Type)), Esc(m.Role ?? ""));
        }
        console.Write(actors);

        var attributions = NewTable("Attributions", "sent", "source", "cue", "kind");
        foreach (var at in doc.Attributions)
        {
            attributions.AddRow(Cell(at.Sentence), Esc($"{at.Source.Text} [{at.Source.Code}]"), Esc(at.Cue.Text), Esc(at.Kind));
        }
        console.Write(attributions);

        var figures = NewTable("Figures", "sent", "text", "value", "kind", "approx");
        foreach (var f in doc.Figures)
        {
            figures.AddRow(Cell(f.Sentence), Esc(f.Text), Esc(f.Value.ToString("#,0.##", CultureInfo.InvariantCulture)), Esc(f.Kind), f.Approximate ? "yes" : "");
        }
        console.Write(figures);

        var dates = NewTable("Dates and places", "sent", "text", "value");
        foreach (var d in doc.Dates)
        {
            dates.AddRow(Cell(d.Sentence), Esc(d.Text), Esc(d.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"));
        }
        foreach (var p in doc.Places)
        {
            dates.AddRow(Cell(p.Sentence), Esc(p.Text), Esc($"{p.Name} ({p.Kind}, {p.Country ?? "?"})"));
        }
        console.Write(dates);
        console.WriteLine();
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = false };
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(c));
        }
        return table;
    }

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Esc(string text) => Markup.Escape(text);
}
