using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="BlameHighlighter"/>: the segments give back the text exactly and mark the right pieces.</summary>
public class BlameHighlighterTests
{
    [Fact]
    public void Segments_round_trip_the_text_and_mark_findings_at_the_start_middle_and_end()
    {
        const string text = "We never promised that. Then my colleague dropped the ball. Honestly, these things happen";
        var findings = BlameLanguage.Check(text);
        Assert.Equal(3, findings.Count);

        var segments = BlameHighlighter.Split(text, findings);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(
            ["We never promised", " that. Then ", "my colleague dropped the ball", ". Honestly, ", "these things happen"],
            segments.Select(s => s.Text));
        Assert.Equal([true, false, true, false, true], segments.Select(s => s.IsHighlighted));
        Assert.Equal(findings, segments.Where(s => s.Finding is not null).Select(s => s.Finding!));
    }

    [Fact]
    public void Text_without_findings_is_one_plain_segment()
    {
        var segment = Assert.Single(BlameHighlighter.Split("We promised, and we are sorry.", []));

        Assert.Equal("We promised, and we are sorry.", segment.Text);
        Assert.Null(segment.Finding);
    }

    [Fact]
    public void Empty_text_has_no_segments()
    {
        Assert.Empty(BlameHighlighter.Split("", []));
    }

    [Fact]
    public void A_finding_covering_the_whole_text_is_one_highlighted_segment()
    {
        const string text = "no big deal";

        var segment = Assert.Single(BlameHighlighter.Split(text, BlameLanguage.Check(text)));

        Assert.Equal(text, segment.Text);
        Assert.Equal(BlameCategory.DeniesPromise, segment.Finding?.Category);
    }

    [Fact]
    public void Adjacent_findings_have_no_empty_segment_between_them()
    {
        const string text = "abcdef";
        BlameFinding[] findings = [Finding(text, 3, 3), Finding(text, 0, 3)];

        var segments = BlameHighlighter.Split(text, findings);

        Assert.Equal(["abc", "def"], segments.Select(s => s.Text));
        Assert.All(segments, s => Assert.NotNull(s.Finding));
    }

    [Fact]
    public void Findings_that_do_not_fit_the_text_are_left_out()
    {
        const string text = "one two three four";
        BlameFinding[] findings =
        [
            Finding(text, 4, 3), // "two": fits
            Finding(text, 5, 8), // "wo three" overlaps "two": left out
            new(BlameCategory.BlamesClient, "three", 8, 5, "fits"),
            new(BlameCategory.BlamesClient, "fxur", 14, 4, "stale after an edit"), // phrase differs from the text
            new(BlameCategory.BlamesClient, "four!", 14, 5, "runs past the end"),
            new(BlameCategory.BlamesClient, "", 2, 0, "empty"),
            new(BlameCategory.BlamesClient, "x", -1, 1, "negative"),
        ];

        var segments = BlameHighlighter.Split(text, findings);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["two", "three"], segments.Where(s => s.IsHighlighted).Select(s => s.Text));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => BlameHighlighter.Split(null!, []));
        Assert.Throws<ArgumentNullException>(() => BlameHighlighter.Split("text", null!));
    }

    private static BlameFinding Finding(string text, int start, int length) =>
        new(BlameCategory.BlamesColleague, text.Substring(start, length), start, length, "test");
}
