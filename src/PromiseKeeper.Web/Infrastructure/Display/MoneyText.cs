using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>An amount as a person reads it: the reader's number format (<see cref="Money.ToString()"/> is invariant, for machines).</summary>
public static class MoneyText
{
    /// <summary>"12,500.00 EUR" in English, "12 500,00 EUR" in Russian.</summary>
    public static string Of(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return string.Create(CultureInfo.CurrentCulture, $"{money.Amount:N2} {money.Currency}");
    }
}
