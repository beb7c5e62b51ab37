using System.Globalization;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>The startup banner speaks the language of the process's UI culture, English when it is none of the app's.</summary>
public sealed class StartupBannerTests
{
    private static readonly StartupOptions Demo = new() { SeedDemoData = true, MailInboxUrl = "http://127.0.0.1:5081" };

    [Theory]
    [InlineData("ru-RU", "Откройте http://127.0.0.1:5080 в браузере.", "Чтобы остановить, нажмите Ctrl+C.")]
    [InlineData("sl-SI", "V brskalniku odprite http://127.0.0.1:5080.", "Za ustavitev pritisnite Ctrl+C.")]
    [InlineData("en-US", "Open http://127.0.0.1:5080 in your browser.", "Press Ctrl+C to stop.")]
    [InlineData("de-DE", "Open http://127.0.0.1:5080 in your browser.", "Press Ctrl+C to stop.")]
    public void The_banner_is_in_the_process_s_language(string culture, string open, string stop)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var lines = StartupBanner.Lines(["http://127.0.0.1:5080"], Demo).Select(l => l.Trim()).ToList();

            Assert.Contains(open, lines);
            Assert.Contains(stop, lines);
            Assert.Contains(lines, l => l.Contains("http://127.0.0.1:5081", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("am@demo.promisekeeper.test", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
