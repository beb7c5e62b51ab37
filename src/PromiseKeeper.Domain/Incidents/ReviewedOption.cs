using System.Globalization;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// One option of the offer as legal saw it (<see cref="LegalReview.OfferReviewed"/>): kept as its description and value
/// (<c>description\tamount currency</c>, invariant) so it reads in the reader's language and number format. Reviews
/// written before kept an English sentence per option; such a line is shown as stored (<see cref="IsAsWritten"/>).
/// </summary>
public sealed record ReviewedOption(string Description, Money? ValueToClient, bool IsAsWritten)
{
    /// <summary>How <paramref name="option"/> is kept in the review's snapshot.</summary>
    internal static string Line(CompensationOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var description = option.Description.ReplaceLineEndings(" ").Replace('\t', ' ');
        var value = option.ValueToClient is { } money
            ? string.Create(CultureInfo.InvariantCulture, $"{money.Amount:0.00######} {money.Currency}")
            : string.Empty;
        return $"{description}\t{value}";
    }

    /// <summary>A snapshot line read back; an old English line (or one that does not parse) as written.</summary>
    internal static ReviewedOption Parse(string line)
    {
        var tab = line.LastIndexOf('\t');
        if (tab >= 0)
        {
            var value = line[(tab + 1)..];
            if (value.Length == 0)
            {
                return new(line[..tab], null, false);
            }

            var parts = value.Split(' ');
            if (parts.Length == 2 && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                && amount >= 0 && Money.IsCurrencyCode(parts[1]))
            {
                return new(line[..tab], new Money(amount, parts[1]), false);
            }
        }

        return new(line, null, true);
    }
}
