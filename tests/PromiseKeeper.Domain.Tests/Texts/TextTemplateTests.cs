using System.Globalization;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary><see cref="TextTemplate"/>: placeholders, blocks, tidy output, and template bugs caught loudly.</summary>
public class TextTemplateTests
{
    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static List<IReadOnlyDictionary<string, object?>> Items(params Dictionary<string, object?>[] items) =>
        [.. items];

    [Fact]
    public void Placeholders_are_replaced_by_their_values()
    {
        var result = TextTemplate.Render("Hello {{Name}}, from {{ Sender }}.", Values(("Name", "Ana"), ("Sender", "Maja")));

        Assert.Equal("Hello Ana, from Maja.", result);
    }

    [Fact]
    public void A_null_value_inserts_nothing()
    {
        Assert.Equal("[]", TextTemplate.Render("[{{Name}}]", Values(("Name", null))));
    }

    [Theory]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public void If_else_chooses_by_a_boolean(bool flag, string expected)
    {
        Assert.Equal(expected, TextTemplate.Render("{{#if Flag}}yes{{else}}no{{/if}}", Values(("Flag", flag))));
    }

    public static TheoryData<object?, bool> Truthiness() => new()
    {
        { true, true },
        { false, false },
        { "text", true },
        { "", false },
        { null, false },
        { new List<IReadOnlyDictionary<string, object?>> { new Dictionary<string, object?>() }, true },
        { new List<IReadOnlyDictionary<string, object?>>(), false },
        { Array.Empty<string>(), false },
        { 0, true },
        { new object(), true },
    };

    [Theory]
    [MemberData(nameof(Truthiness))]
    public void If_treats_true_non_empty_text_non_empty_lists_and_other_objects_as_true(object? value, bool truthy)
    {
        var result = TextTemplate.Render("{{#if Value}}T{{else}}F{{/if}}", Values(("Value", value)));

        Assert.Equal(truthy ? "T" : "F", result);
    }

    [Fact]
    public void If_without_else_renders_nothing_when_false()
    {
        Assert.Equal("ab", TextTemplate.Render("a{{#if Flag}}X{{/if}}b", Values(("Flag", false))));
    }

    [Theory]
    [InlineData(true, true, "outer inner")]
    [InlineData(true, false, "outer other")]
    [InlineData(false, true, "none")]
    public void Ifs_nest(bool outer, bool inner, string expected)
    {
        const string template = "{{#if Outer}}outer {{#if Inner}}inner{{else}}other{{/if}}{{else}}none{{/if}}";

        Assert.Equal(expected, TextTemplate.Render(template, Values(("Outer", outer), ("Inner", inner))));
    }

    [Fact]
    public void Each_repeats_for_every_item_with_its_fields_and_the_outer_values()
    {
        var items = Items(
            Values(("What", "Fix"), ("Owner", "Maja")),
            Values(("What", "Test"), ("Owner", "Ana")));
        const string template = "{{#each Steps}}[{{What}} by {{Owner}} for {{Client}}]{{/each}}";

        var result = TextTemplate.Render(template, Values(("Steps", items), ("Client", "Acme")));

        Assert.Equal("[Fix by Maja for Acme][Test by Ana for Acme]", result);
    }

    [Fact]
    public void Each_item_fields_win_over_outer_values_of_the_same_name()
    {
        var items = Items(Values(("Name", "inner")));

        var result = TextTemplate.Render("{{#each Items}}{{Name}}{{/each}}/{{Name}}", Values(("Items", items), ("Name", "outer")));

        Assert.Equal("inner/outer", result);
    }

    [Fact]
    public void Each_over_an_empty_list_renders_nothing_and_ifs_work_inside_items()
    {
        var items = Items(Values(("Done", true)), Values(("Done", false)));
        const string template = "{{#each Items}}{{#if Done}}x{{else}}o{{/if}}{{/each}}|{{#each None}}never{{/each}}";

        var result = TextTemplate.Render(template, Values(("Items", items), ("None", Items())));

        Assert.Equal("xo|", result);
    }

    [Fact]
    public void Each_over_something_that_is_not_a_list_of_items_throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextTemplate.Render("{{#each Name}}x{{/each}}", Values(("Name", "Ana"))));

        Assert.Contains("Name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello {{Missing}}")]
    [InlineData("{{#if Missing}}x{{/if}}")]
    [InlineData("{{#each Missing}}x{{/each}}")]
    public void An_unknown_name_throws_and_names_it(string template)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextTemplate.Render(template, Values(("Known", "k"))));

        Assert.Contains("Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_in_a_branch_that_is_not_taken_still_is_not_looked_up()
    {
        // Only names that are rendered are looked up; the drafts' tests render every branch to catch typos.
        Assert.Equal("", TextTemplate.Render("{{#if Flag}}{{Missing}}{{/if}}", Values(("Flag", false))));
    }

    [Theory]
    [InlineData("{{#if Flag}}never closed", "{{#if Flag}}")]
    [InlineData("no opening{{/if}}", "{{/if}}")]
    [InlineData("no opening{{/each}}", "{{/each}}")]
    [InlineData("{{#if Flag}}x{{/each}}", "{{#if Flag}}")]
    [InlineData("{{#each List}}x{{/if}}", "{{#each List}}")]
    [InlineData("{{else}}", "{{else}}")]
    [InlineData("{{#if Flag}}a{{else}}b{{else}}c{{/if}}", "{{else}}")]
    [InlineData("{{#unless Flag}}x{{/unless}}", "#unless")]
    [InlineData("Hello {{Name", "{{Name")]
    [InlineData("{{}}", "{{}}")]
    public void Unbalanced_or_malformed_blocks_throw_and_name_the_tag(string template, string named)
    {
        var values = Values(("Flag", true), ("List", Items()), ("Name", "Ana"));

        var error = Assert.Throws<InvalidOperationException>(() => TextTemplate.Render(template, values));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Intro\nShown\nOutro")]
    [InlineData(false, "Intro\nHidden\nOutro")]
    public void Lines_holding_only_block_tags_leave_no_blank_lines(bool flag, string expected)
    {
        const string template = "Intro\n{{#if Flag}}\nShown\n  {{else}}  \nHidden\n{{/if}}\nOutro\n";

        Assert.Equal(expected, TextTemplate.Render(template, Values(("Flag", flag))));
    }

    [Fact]
    public void Block_only_lines_inside_each_leave_one_line_per_item()
    {
        const string template = "Steps:\n{{#each Steps}}\n- {{What}}\n{{/each}}\nEnd";
        var steps = Items(Values(("What", "one")), Values(("What", "two")));

        Assert.Equal("Steps:\n- one\n- two\nEnd", TextTemplate.Render(template, Values(("Steps", steps))));
    }

    [Fact]
    public void Runs_of_blank_lines_collapse_to_one_and_trailing_whitespace_is_removed()
    {
        const string template = "\n\nFirst   \n\n\n\n{{Empty}}\n\nSecond\t\n\n\n   \n";

        Assert.Equal("First\n\nSecond", TextTemplate.Render(template, Values(("Empty", ""))));
    }

    [Fact]
    public void Windows_line_endings_are_treated_like_unix_ones()
    {
        const string template = "A\r\n{{#if Flag}}\r\nB\r\n{{/if}}\r\nC\r\n";

        Assert.Equal("A\nB\nC", TextTemplate.Render(template, Values(("Flag", true))));
    }

    [Fact]
    public void Numbers_and_dates_are_formatted_with_the_invariant_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var result = TextTemplate.Render(
                "{{Amount}} {{Ratio}} {{Count}} {{Date}}",
                Values(("Amount", 1234.5m), ("Ratio", 0.25), ("Count", 12000), ("Date", new DateOnly(2026, 12, 3))));

            Assert.Equal("1234.5 0.25 12000 12/03/2026", result);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Values_that_look_like_template_tags_are_inserted_literally()
    {
        var values = Values(("Name", "{{Secret}} {{#if X}}"), ("Secret", "leaked"));

        Assert.Equal("Hi {{Secret}} {{#if X}}!", TextTemplate.Render("Hi {{Name}}!", values));
    }
}
