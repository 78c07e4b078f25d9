using System.Collections.Immutable;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Training;

namespace Dragoman.Tests.Nlp;

/// <summary>Entity-recogniser training: ensembles, document memory, cross-validation and the file format.</summary>
public class EntityTrainingTests
{
    private static readonly string[] People = ["Smith", "Jones", "Okafor", "Lindqvist", "Haddad", "Moreau"];
    private static readonly string[] Places = ["Paris", "Lagos", "Oslo", "Lima", "Hanoi", "Quito"];

    // Toy documents: a person introduced with "Mr" and a place with "in", then named bare.
    private static List<NerSentence> Toy(int documents)
    {
        var result = new List<NerSentence>();
        for (var d = 0; d < documents; d++)
        {
            var person = People[d % People.Length];
            var place = Places[(d / 2) % Places.Length];
            (string[] Tokens, string[] Tags, TokenSpan[] Spans)[] sentences =
            [
                (["Mr", person, "arrived", "in", place, "."], ["NNP", "NNP", "VBD", "IN", "NNP", "."], [new(0, 2, "PER"), new(4, 5, "LOC")]),
                ([person, "liked", place, "."], ["NNP", "VBD", "NNP", "."], [new(0, 1, "PER"), new(2, 3, "LOC")]),
                (["then", person, "left", "."], ["RB", "NNP", "VBD", "."], [new(1, 2, "PER")]),
            ];
            for (var s = 0; s < sentences.Length; s++)
            {
                var (tokens, tags, spans) = sentences[s];
                result.Add(new NerSentence(new IobSentence($"doc{d}-{s}", [.. tokens], [.. spans], s == 0), tags));
            }
        }
        return result;
    }

    private static readonly NerTrainingOptions Options = new() { Epochs = 3, Prune = 0, Ensemble = 1, DocumentMemory = false };

    [Fact]
    public void A_model_with_document_memory_keeps_it_through_its_file()
    {
        var model = NerTrainer.Train(Toy(24), null, Options with { DocumentMemory = true, Ensemble = 2 });
        Assert.True(model.UsesMemory);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = EntityRecognizer.Load(path);
            Assert.True(loaded.UsesMemory);
            Assert.Equal("document", loaded.Info.Trained["memory"]);
            Assert.Equal("2", loaded.Info.Trained["ensemble"]);
            var memory = new EntityMemory();
            var first = loaded.Recognize(["Mr", "Haddad", "arrived", "in", "Oslo", "."], ["NNP", "NNP", "VBD", "IN", "NNP", "."], null, memory);
            // The toy data labels "Mr" inside the name; the recogniser leaves titles out, as UNER does.
            Assert.Contains(new TokenSpan(1, 2, "PER"), first);
            Assert.True(memory.Count > 0);
            memory.Clear();
            Assert.Equal(0, memory.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_without_document_memory_leaves_the_memory_alone()
    {
        var model = NerTrainer.Train(Toy(12), null, Options);
        Assert.False(model.UsesMemory);
        var memory = new EntityMemory();
        model.Recognize(["Mr", "Smith", "arrived", "."], ["NNP", "NNP", "VBD", "."], null, memory);
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Ensemble_training_is_deterministic()
    {
        string Bytes(EntityRecognizer model)
        {
            var path = Path.GetTempFileName();
            try
            {
                model.Save(path);
                return Convert.ToBase64String(File.ReadAllBytes(path));
            }
            finally
            {
                File.Delete(path);
            }
        }
        var options = Options with { Ensemble = 2, DocumentMemory = true };
        Assert.Equal(Bytes(NerTrainer.Train(Toy(12), Toy(3), options)), Bytes(NerTrainer.Train(Toy(12), Toy(3), options)));
    }

    [Fact]
    public void Cross_validation_scores_every_sentence_once()
    {
        var train = Toy(16);
        var score = NerTrainer.CrossValidate(train, 4, Options);
        Assert.Equal(train.Sum(s => s.Gold.Entities.Length), score.Gold);
        Assert.True(score.F1 > 50, $"F1 {score.F1}");
    }
}
