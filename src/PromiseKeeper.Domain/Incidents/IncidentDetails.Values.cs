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
            check.Add(amountField, "An amount cannot be negative.");
            valid = false;
        }
        else if (value > MaxAmount)
        {
            check.Add(amountField, "That amount is too large; check the number.");
            valid = false;
        }
        else if (decimal.Round(value, 2) != value)
        {
            check.Add(amountField, "Use at most two decimal places.");
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(currency))
        {
            check.Add(currencyField, "Choose the currency of the amount.");
            return null;
        }

        if (!Money.IsCurrencyCode(currency))
        {
            check.Add(currencyField, "Use a three-letter currency code such as EUR or USD.");
            return null;
        }

        return valid ? new Money(value, currency) : null;
    }

    private static bool LooksLikeEmail(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1
            && trimmed.IndexOf('.', at) > at + 1 && !trimmed.EndsWith('.') && !trimmed.Any(char.IsWhiteSpace);
    }
}
