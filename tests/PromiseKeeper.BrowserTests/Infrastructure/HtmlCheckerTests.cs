namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>The checker that every visited page goes through finds real errors, and passes valid HTML.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlCheckerTests(BrowserAppFixture app)
{
    private const string Valid = "<!DOCTYPE html><html lang=\"en\"><head><title>Valid</title></head><body><p>Fine.</p></body></html>";

    [Fact]
    public async Task Valid_html_has_no_errors()
    {
        Assert.Empty(await app.HtmlChecker.CheckAsync(Valid));
    }

    [Fact]
    public async Task A_role_on_a_table_cell_and_a_carriage_return_reference_are_errors()
    {
        var html = Valid.Replace(
            "<p>Fine.</p>",
            "<table><tr><td role=\"cell\">A</td></tr></table><textarea aria-label=\"Notes\">one&#xD;&#xA;two</textarea>",
            StringComparison.Ordinal);

        var errors = await app.HtmlChecker.CheckAsync(html);

        Assert.Contains(errors, e => e.Contains("“role” attribute must not be used on a “td” element", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("carriage return", StringComparison.Ordinal));
    }
}
