using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// The checks of single values that the incident's facts share: money amounts with their currency, email addresses.
public sealed partial record IncidentDetails
{
    /// <returns>The money when the amount is given and both fields are valid, else null.</returns>
    private static Money? CheckMoney(RuleCheck check, string amountField, decimal? amount, string currencyField, string? currency)
    {
        if (amount is not { } value)
        {
            return null;
        }

        var valid = true;
        if (value < 0)
        {
            check.Add(amountField, Messages.Of("money.negative"));
            valid = false;
        }
        else if (value > MaxAmount)
        {
            check.Add(amountField, Messages.Of("money.too-large"));
            valid = false;
        }
        else if (decimal.Round(value, 2) != value)
        {
            check.Add(amountField, Messages.Of("money.decimals"));
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(currency))
        {
            check.Add(currencyField, Messages.Of("money.currency-missing"));
            return null;
        }

        if (!Money.IsCurrencyCode(currency))
        {
            check.Add(currencyField, Messages.Of("money.currency-code"));
            return null;
        }

        return valid ? new Money(value, currency) : null;
    }

    internal static bool LooksLikeEmail(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1
            && trimmed.IndexOf('.', at) > at + 1 && !trimmed.EndsWith('.') && !trimmed.Any(char.IsWhiteSpace);
    }
}
