using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>An amount in an ISO 4217 currency (three capital letters).</summary>
public sealed record Money : IFormattable
{
    public Money(decimal amount, string currency)
    {
        if (amount < 0)
        {
            throw new DomainException(Messages.Of("money.negative-money"));
        }

        if (!IsCurrencyCode(currency))
        {
            throw new DomainException(Messages.Of("money.currency-code"));
        }

        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>For display: "12,500.00 EUR", the same whatever the server's culture.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount:N2} {Currency}");

    /// <summary>The amount in <paramref name="formatProvider"/>'s number format, as texts filled for a reader show it.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.Create(formatProvider, $"{Amount:N2} {Currency}");
}
