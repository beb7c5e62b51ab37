namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>tests/PromiseKeeper.BrowserTests/artifacts/ (git-ignored): screenshots and traces of failed tests.</summary>
public static class Artifacts
{
    private const string ProjectFile = "PromiseKeeper.BrowserTests.csproj";

    private static readonly Lazy<string> Location = new(Create);

    public static string Directory => Location.Value;

    private static string Create()
    {
        // The test runs from bin/<configuration>/<framework>/; the project folder is an ancestor of it.
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, ProjectFile)))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
