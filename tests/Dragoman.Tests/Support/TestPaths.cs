namespace Dragoman.Tests.Support;

/// <summary>Locations the tests read: the repository, the fixtures, and the optional ../shared reference data.</summary>
public static class TestPaths
{
    private static readonly Lazy<string?> RepoRootValue = new(FindRepoRoot);

    /// <summary>The repository root: the nearest folder above the test binaries that holds Dragoman.sln.</summary>
    public static string RepoRoot => RepoRootValue.Value
        ?? throw new InvalidOperationException("cannot find the repository root (Dragoman.sln) above " + AppContext.BaseDirectory);

    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? RepoRootOrNull => RepoRootValue.Value;

    /// <summary>The test fixtures folder (copied next to the test assembly).</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The fixture dictionaries (a small test dictionary in Dragoman's format).</summary>
    public static string FixtureDictionaries => Path.Combine(Fixtures, "dictionaries");

    /// <summary>The ../shared folder beside the repository, or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            if (RepoRootOrNull is not { } root)
            {
                return null;
            }
            var path = Path.GetFullPath(Path.Combine(root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A path under ../shared, or null (with the reason) when it is absent, so the caller can skip.</summary>
    public static string? SharedFile(string relative, out string? skipReason)
    {
        var shared = Shared;
        if (shared is null)
        {
            skipReason = "../shared is not present beside the repository; skipping a test that needs reference data";
            return null;
        }
        var path = Path.Combine(shared, relative);
        skipReason = File.Exists(path) || Directory.Exists(path) ? null : $"../shared/{relative} is missing; skipping";
        return skipReason is null ? path : null;
    }

    private static string? FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dragoman.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }
}
