namespace Dragoman.Tests.Support;

/// <summary>Skips a test (a real xunit skip, with the reason) when ../shared reference data is absent.</summary>
public static class SharedData
{
    /// <summary>The full path of a file or folder under ../shared; skips the calling test when it is missing.</summary>
    public static string Require(string relative)
    {
        var path = TestPaths.SharedFile(relative, out var reason);
        Skip.If(path is null, reason);
        return path!;
    }
}
