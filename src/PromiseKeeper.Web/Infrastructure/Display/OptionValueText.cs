using System.Globalization;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// An option's value to the client as pages show it, in the reader's language and number format: an option without a
/// money value (or one of nothing) never reads "0.00".
/// </summary>
public static class OptionValueText
{
    public const string NoMoneyValue = "No money value";

    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(OptionValueText));

    /// <summary>"12,500.00 EUR", or "No money value".</summary>
    public static string Of(Money? value) => value is { Amount: > 0 } money ? Amount(money) : L[NoMoneyValue];

    /// <summary>"worth 12,500.00 EUR to the client", or "no money value", to complete a sentence.</summary>
    public static string Phrase(Money? value) =>
        value is { Amount: > 0 } money ? L["worth {0} to the client", Amount(money)] : InSentence(L[NoMoneyValue]);

    // One text for both uses: resource names may not differ in case alone.
    private static string InSentence(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..];

    private static string Amount(Money money) => MoneyText.Of(money);
}
