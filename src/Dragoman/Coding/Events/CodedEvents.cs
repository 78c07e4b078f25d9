using Dragoman.Coding.Ontology;
using Dragoman.Documents;

namespace Dragoman.Coding.Events;

/// <summary>Builds coded events with the ontology's name, Goldstein score, quad class and PLOVER mapping filled in.</summary>
internal static class CodedEvents
{
    /// <summary>An event of <paramref name="type"/>; callers add date, place, modality and links with <c>with</c>.</summary>
    public static CodedEvent Create(CameoEventType type, int sentence, EventActor source, EventActor? target, Trigger trigger, string? pattern) => new()
    {
        Sentence = sentence,
        Source = source,
        Target = target,
        Cameo = type.Code,
        CameoName = type.Name,
        Goldstein = type.Goldstein,
        QuadClass = type.QuadClass,
        PloverType = type.Plover?.Type,
        PloverMode = type.Plover?.Mode,
        PloverContext = type.Plover?.Context,
        Trigger = trigger,
        Pattern = pattern,
    };
}
