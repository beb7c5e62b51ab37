using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// <see cref="LiquidTemplates"/> with this test assembly's own templates (Texts/Templates/): a template that names a value the
/// model does not have, reads an absent value, uses an unknown filter or does not parse fails loudly instead of rendering a gap.
/// </summary>
public class LiquidTemplatesTests
{
    private static readonly LiquidTemplates Templates = new(typeof(LiquidTemplatesTests).Assembly);

    private static readonly DraftValues Values = DraftValues.From(DraftFactsCombinations.Bare(Fault.Ours));

    private static readonly DraftValues WithCallTime = DraftValues.From(DraftFactsCombinations.Bare(Fault.Ours) with
    {
        CallStartsAt = new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero),
        CallTimeZoneId = "Europe/Ljubljana",
    });

    [Theory]
    [InlineData("misspelt-name", "ContactNmae")]
    [InlineData("wrong-case", "contactName")]
    public void A_template_that_names_a_value_the_model_does_not_have_throws(string template, string name)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.Render(template, Values));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains($"Texts/en/{template}.liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_absent_may_only_be_read_under_its_flag()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.Render("unguarded-call-time", Values));

        Assert.Contains("CallTime", error.Message, StringComparison.Ordinal);
        Assert.Equal("When: Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)", Templates.Render("unguarded-call-time", WithCallTime));
    }

    [Fact]
    public void An_unknown_filter_throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.Render("unknown-filter", Values));

        Assert.Contains("shout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_throws_with_its_path()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.Render("unclosed-if", Values));

        Assert.Contains("Texts/en/unclosed-if.liquid does not parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.Render("no-such-template", Values));

        Assert.Contains("Texts/en/no-such-template.liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_with_its_own_template_uses_it_and_another_falls_back_to_english()
    {
        Assert.Equal("Zdravo Ana Novak,", Templates.Render("greeting", Values, "sl"));
        Assert.Equal("Hello Ana Novak,", Templates.Render("greeting", Values, "de"));
    }

    [Fact]
    public void A_tag_alone_on_its_line_leaves_no_line_behind_while_blank_lines_stay()
    {
        Assert.Equal("Above\n\nBelow", Templates.Render("block-lines", Values));
        Assert.Equal("Above\nWhen: Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)\n\nBelow", Templates.Render("block-lines", WithCallTime));
    }

    [Fact]
    public void Names_lists_the_english_templates_without_their_extension()
    {
        var names = Templates.Names();

        Assert.Contains("greeting", names);
        Assert.Contains("block-lines", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }
}
