namespace PromiseKeeper.Domain.Language;

/// <summary>
/// A piece of a checked text, so a view can render highlights without raw HTML.
/// <see cref="Finding"/> is null for plain text and set for a highlighted phrase.
/// </summary>
public sealed record TextSegment(string Text, BlameFinding? Finding)
{
    public bool IsHighlighted => Finding is not null;
}
