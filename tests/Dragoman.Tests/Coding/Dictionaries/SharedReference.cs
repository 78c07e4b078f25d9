namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>
/// Locates the repository (the folder holding Dragoman.sln, found by walking up from the test
/// assembly) and the third-party reference data beside it in ../shared, which tests may read but
/// the project must not need: tests that use it are skipped, with a message, when it is absent.
/// </summary>
internal static class SharedReference
{
    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? RepoRoot => Support.TestPaths.RepoRootOrNull;

    /// <summary>The ../shared folder beside the repository, or null when it is absent.</summary>
    public static string? SharedRoot => Support.TestPaths.Shared;

    /// <summary>A file under ../shared.</summary>
    public static string SharedFile(params string[] parts) =>
        Path.Combine([SharedRoot ?? throw new InvalidOperationException("../shared is absent"), .. parts]);

    public const string SkipMessage =
        "../shared (third-party reference data beside the repository) is absent: reference coverage tests skipped";
}

/// <summary>A fact that is skipped, with a clear message, when ../shared is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedReference.SharedRoot is null)
        {
            Skip = SharedReference.SkipMessage;
        }
    }
}

/// <summary>A fact that needs the repository checkout (the data/ folder on disk).</summary>
public sealed class RepoFactAttribute : FactAttribute
{
    public RepoFactAttribute()
    {
        if (SharedReference.RepoRoot is null)
        {
            Skip = "the repository checkout (Dragoman.sln above the test assembly) was not found";
        }
    }
}
