using System.Diagnostics.CodeAnalysis;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain;

/// <summary>
/// Collects field-level rule violations of one input, so a person sees every problem at once
/// instead of one per attempt. Field names are the input record's property names.
/// </summary>
public sealed class RuleCheck
{
    public const decimal MaxAmount = 1_000_000_000_000m;

    private readonly List<RuleViolation> _violations = [];

    public IReadOnlyList<RuleViolation> Violations => _violations;

    public void Add(string field, string message) => _violations.Add(new RuleViolation(field, message));

    public void RequireText(string field, string? value, int maxLength, string missingMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, missingMessage);
        }
        else
        {
            CheckLength(field, value, maxLength);
        }
    }

    /// <returns>True when the optional text has a value (whether or not it is too long).</returns>
    public bool OptionalText(string field, [NotNullWhen(true)] string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        CheckLength(field, value, maxLength);
        return true;
    }

    /// <returns>The trimmed text; empty when it was missing (then a violation is recorded and the value is never used).</returns>
    public string Text(string field, string? value, int maxLength, string missingMessage)
    {
        RequireText(field, value, maxLength, missingMessage);
        return value?.Trim() ?? string.Empty;
    }

    /// <returns>The trimmed text, or null when blank.</returns>
    public string? OptionalTextValue(string field, string? value, int maxLength) =>
        OptionalText(field, value, maxLength) ? value.Trim() : null;

    /// <returns>The value; the default when it was missing or undefined (then a violation is recorded and the value is never used).</returns>
    public TEnum Defined<TEnum>(string field, TEnum? value, string message)
        where TEnum : struct, Enum
    {
        RequireDefined(field, value, message);
        return value ?? default;
    }

    /// <returns>The value; the default when it was missing (then a violation is recorded and the value is never used).</returns>
    public T Present<T>(string field, T? value, string message)
        where T : struct
    {
        if (value is null)
        {
            Add(field, message);
        }

        return value ?? default;
    }

    /// <returns>The value, or null when it was not given; an undefined value records <paramref name="message"/>.</returns>
    public TEnum? OptionalDefined<TEnum>(string field, TEnum? value, string message)
        where TEnum : struct, Enum
    {
        if (value is { } given && !Enum.IsDefined(given))
        {
            Add(field, message);
            return null;
        }

        return value;
    }

    public void RequireDefined<TEnum>(string field, TEnum? value, string message)
        where TEnum : struct, Enum
    {
        if (value is not { } defined || !Enum.IsDefined(defined))
        {
            Add(field, message);
        }
    }

    /// <summary>Checks an amount and its currency typed as two fields.</summary>
    /// <returns>The money when both are present and valid, else null.</returns>
    public Money? Money(string amountField, decimal? amount, string currencyField, string? currency, string? missingMessage = null)
    {
        if (amount is null)
        {
            if (missingMessage is not null)
            {
                Add(amountField, missingMessage);
            }

            return null;
        }

        var valid = true;
        if (amount < 0)
        {
            Add(amountField, Messages.Of("money.negative"));
            valid = false;
        }
        else if (amount > MaxAmount)
        {
            Add(amountField, Messages.Of("money.too-large"));
            valid = false;
        }
        else if (decimal.Round(amount.Value, 2) != amount.Value)
        {
            Add(amountField, Messages.Of("money.decimals"));
            valid = false;
        }

        var code = currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            Add(currencyField, Messages.Of("money.currency-missing"));
            return null;
        }

        if (!Incidents.Money.IsCurrencyCode(code))
        {
            Add(currencyField, Messages.Of("money.currency-code"));
            return null;
        }

        return valid ? new Money(amount.Value, code) : null;
    }

    /// <exception cref="DomainException">When any rule was broken.</exception>
    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new DomainException(_violations);
        }
    }

    /// <summary>Trims, and turns blank text into null.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void CheckLength(string field, string value, int maxLength)
    {
        var length = value.Trim().Length;
        if (length > maxLength)
        {
            Add(field, Messages.Count("input.too-long(count)", maxLength, ("Length", length)));
        }
    }
}
