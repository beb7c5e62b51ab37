using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar) as one HTTP service for the whole run: one JVM, started once, that
/// every page's HTML is posted to. <see cref="CheckAsync"/> returns the checker's errors (warnings and
/// info are left out).
/// </summary>
public sealed class HtmlChecker : IAsyncDisposable
{
    /// <summary>The path of vnu.jar; scripts/test.sh installs it and sets this.</summary>
    public const string JarVariable = "PROMISEKEEPER_VNU_JAR";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly StringBuilder _output = new();

    // Completes when the checker says it listens (true) or when its process ends first (false).
    private readonly TaskCompletionSource<bool> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HtmlChecker(Process process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
        // The checker answers 400 to a request without a User-Agent.
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("PromiseKeeper.BrowserTests");
    }

    /// <summary>Starts the checker on a free port of 127.0.0.1 and waits until it answers.</summary>
    public static async Task<HtmlChecker> StartAsync()
    {
        var jar = FindJar();
        var port = FreePort();
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-Xss1m", "-Xmx512m", "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "-cp", jar, "nu.validator.servlet.Main", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "The browser tests check every page with the Nu Html Checker, which needs Java and found no 'java' on PATH. " +
                "Install a JRE (Debian: apt-get install -y default-jre-headless; scripts/test.sh does this).", ex);
        }

        var checker = new HtmlChecker(process, port);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => checker._started.TrySetResult(false);
        process.OutputDataReceived += (_, e) => checker.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => checker.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await checker.WaitUntilStartedAsync();
        return checker;
    }

    /// <summary>The checker's errors in <paramref name="html"/>, each as "line N: message (extract)".</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(string html)
    {
        using var content = new StringContent(html, Encoding.UTF8);
        content.Headers.ContentType = new("text/html") { CharSet = "utf-8" };
        using var response = await _http.PostAsync("?out=json", content);
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<Report>()
            ?? throw new InvalidOperationException("The Nu Html Checker sent an empty answer.");
        return report.Messages
            .Where(m => m.Type is not "info")
            .Select(m => $"line {m.LastLine}: {m.Text} ({m.Extract?.ReplaceLineEndings(" ").Trim()})")
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string FindJar()
    {
        var configured = Environment.GetEnvironmentVariable(JarVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"The browser tests check every page with the Nu Html Checker and {JarVariable} is not set. " +
                "Run the tests with scripts/test.sh (it installs vnu.jar into .local/vnu and sets it), " +
                $"or install the npm package vnu-jar and set {JarVariable} to its build/dist/vnu.jar.");
        }

        return File.Exists(configured)
            ? configured
            : throw new InvalidOperationException($"{JarVariable} is set to '{configured}', which does not exist.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        // vnu's last start-up line, written once its HTTP service accepts requests.
        if (line.StartsWith("Checker service started", StringComparison.Ordinal))
        {
            _started.TrySetResult(true);
        }
    }

    private async Task WaitUntilStartedAsync()
    {
        var started = false;
        try
        {
            started = await _started.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
        }

        if (started)
        {
            return;
        }

        string output;
        lock (_output)
        {
            output = _output.ToString();
        }

        await DisposeAsync();
        throw new InvalidOperationException($"The Nu Html Checker did not start within {StartTimeout.TotalSeconds} seconds. Its output:\n{output}");
    }

    private sealed record Report([property: JsonPropertyName("messages")] IReadOnlyList<Entry> Messages);

    private sealed record Entry(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("lastLine")] int LastLine,
        [property: JsonPropertyName("message")] string Text,
        [property: JsonPropertyName("extract")] string? Extract);
}
