using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The playbook's choice between an apology and regret, decided by whose fault it is.
/// The texts live in <c>Texts/&lt;language&gt;/acknowledgement-&lt;fault&gt;.txt</c>: first line the headline, the rest the guidance.
/// </summary>
public static class AcknowledgementGuidance
{
    /// <summary>
    /// Our fault: apology. Third party or force majeure: regret. The client's mistake or a disputed fault: clarify and move on.
    /// The advice is in the current UI language.
    /// </summary>
    public static AcknowledgementAdvice For(Fault fault) => For(fault, Languages.OfCurrentUi());

    /// <inheritdoc cref="For(Fault)"/>
    public static AcknowledgementAdvice For(Fault fault, string language)
    {
        var text = TextResources.Read(FileName(fault), language).Trim();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var headline = newline < 0 ? text : text[..newline].Trim();
        var guidance = newline < 0 ? string.Empty : text[(newline + 1)..].Trim();
        return new AcknowledgementAdvice(Recommended(fault), headline, guidance);
    }

    /// <summary>
    /// Whether what was given suits the fault. Our fault needs an apology. For a third party or force majeure,
    /// regret fits and so does an apology (over-apologising is not a mistake). For the client's mistake or a
    /// disputed fault, clarifying and moving on fits, and so does regret. Nothing at all never fits.
    /// </summary>
    public static bool Fits(Fault fault, Acknowledgement given) => fault switch
    {
        Fault.Ours => given == Acknowledgement.Apology,
        Fault.ThirdParty or Fault.ForceMajeure => given is Acknowledgement.Regret or Acknowledgement.Apology,
        Fault.Client or Fault.Disputed => given is Acknowledgement.ClarifiedAndMovedOn or Acknowledgement.Regret,
        _ => throw UnknownFault(fault),
    };

    private static Acknowledgement Recommended(Fault fault) => fault switch
    {
        Fault.Ours => Acknowledgement.Apology,
        Fault.ThirdParty or Fault.ForceMajeure => Acknowledgement.Regret,
        Fault.Client or Fault.Disputed => Acknowledgement.ClarifiedAndMovedOn,
        _ => throw UnknownFault(fault),
    };

    /// <summary>The text file for the fault, e.g. "acknowledgement-third-party.txt".</summary>
    public static string FileName(Fault fault) => fault switch
    {
        Fault.Ours => "acknowledgement-ours.txt",
        Fault.ThirdParty => "acknowledgement-third-party.txt",
        Fault.ForceMajeure => "acknowledgement-force-majeure.txt",
        Fault.Client => "acknowledgement-client.txt",
        Fault.Disputed => "acknowledgement-disputed.txt",
        _ => throw UnknownFault(fault),
    };

    private static ArgumentOutOfRangeException UnknownFault(Fault fault) =>
        new(nameof(fault), fault, "Unknown fault.");
}
