namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// The sentences the call plan suggests saying to the client, in the client's language (<c>Texts/&lt;language&gt;/call-plan-sentences.txt</c>),
/// while the plan around them is in the account manager's own.
/// </summary>
public sealed record CallPlanSentences
{
    public const string FileName = "call-plan-sentences.txt";

    /// <summary>"I understand why you are upset."</summary>
    public required string Understand { get; init; }

    /// <summary>"I see what this does to your plans."</summary>
    public required string SeePlans { get; init; }

    /// <summary>The apology when the fault is ours.</summary>
    public required string Apology { get; init; }

    /// <summary>Regret when a third party caused it.</summary>
    public required string RegretThirdParty { get; init; }

    /// <summary>Regret when nobody could have prevented it.</summary>
    public required string RegretForceMajeure { get; init; }

    /// <summary>Agreeing to see it differently, when the fault is disputed or the client's.</summary>
    public required string SeeItDifferently { get; init; }

    /// <summary>The sentences in <paramref name="language"/>, else in English.</summary>
    public static CallPlanSentences In(string language)
    {
        var code = Languages.OrEnglish(language);
        string Say(string key) => TextCatalog.Get(FileName, key, language: code);
        return new CallPlanSentences
        {
            Understand = Say("understand"),
            SeePlans = Say("see-plans"),
            Apology = Say("apology"),
            RegretThirdParty = Say("regret.third-party"),
            RegretForceMajeure = Say("regret.force-majeure"),
            SeeItDifferently = Say("see-it-differently"),
        };
    }
}
