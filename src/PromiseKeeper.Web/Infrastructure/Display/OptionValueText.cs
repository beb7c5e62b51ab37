using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>An option's value to the client as pages show it: an option without a money value (or one of nothing) never reads "0.00".</summary>
public static class OptionValueText
{
    public const string NoMoneyValue = "No money value";

    /// <summary>"12,500.00 EUR", or "No money value".</summary>
    public static string Of(Money? value) => value is { Amount: > 0 } ? value.ToString() : NoMoneyValue;

    /// <summary>"worth 12,500.00 EUR to the client", or "no money value", to complete a sentence.</summary>
    public static string Phrase(Money? value) => value is { Amount: > 0 } ? $"worth {value} to the client" : "no money value";
}
