using Dragoman.Cli.Commands;
using Dragoman.Documents;
using Dragoman.Store;

namespace Dragoman.Cli.Rendering;

/// <summary>Writes coded documents in the chosen output format.</summary>
internal abstract class OutputWriter
{
    public abstract void Write(Doc doc);

    public virtual void Finish() { }

    public static OutputWriter Create(CodeCommand.OutputFormat format, bool singleArticle, bool includeTokens, TextWriter output) => format switch
    {
        CodeCommand.OutputFormat.Table => new TableWriter(output),
        CodeCommand.OutputFormat.Json => new JsonWriter(output, new JsonExportOptions { Indented = singleArticle, IncludeTokens = includeTokens }),
        _ => new JsonWriter(output, new JsonExportOptions { Indented = false, IncludeTokens = includeTokens }),
    };

    private sealed class JsonWriter(TextWriter output, JsonExportOptions options) : OutputWriter
    {
        public override void Write(Doc doc)
        {
            output.Write(JsonExporter.ToJson(doc, options));
            output.Write('\n');
        }
    }
}
