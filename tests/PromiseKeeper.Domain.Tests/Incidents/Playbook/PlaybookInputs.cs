using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// Valid inputs for every stage method, so a test can change exactly one thing with a <c>with</c>
/// expression. Inputs that depend on the time take the time of the action they are used in.
/// </summary>
internal static class PlaybookInputs
{
    public const string SomeoneConfirming = "Luka Zupan";

    public static OriginDetails Origin() => new()
    {
        PromiseChannel = PromiseChannel.Email,
        PromiseReference = "Email \"Reporting timeline\", 1 March",
        PromisedOn = new DateOnly(2025, 3, 1),
        PromisedBy = "Peter Horvat",
        PromisedByHasLeft = true,
        ContractReference = null,
        ClientGoals = "Close the books two days faster each month.",
        Findings = "Peter confirmed the end of May in writing without checking the team's capacity.",
        // Needed only when a recorded origin changes who promised, when or where.
        Reason = "The signed email settles it.",
    };

    /// <summary>A confirmed discount worth 5,000 EUR to the client.</summary>
    public static OptionDetails Option(decimal value = 5_000m, string description = "Discount on the next three invoices") => new()
    {
        Kind = CompensationKind.Discount,
        Description = description,
        ClientDescription = $"For you: {description.ToLowerInvariant()}.",
        CostToUsAmount = 2_000m,
        CostToUsCurrency = "EUR",
        ValueToClientAmount = value,
        ValueToClientCurrency = "EUR",
        ConfirmedBy = SomeoneConfirming,
    };

    /// <summary>A video call the next day, planned at <paramref name="now"/>.</summary>
    public static CallDetails Call(DateTimeOffset now) => new()
    {
        StartsAt = now.AddDays(1),
        TimeZoneId = "Europe/Ljubljana",
        Channel = CallChannel.Video,
        Attendees = "Ana Novak; Maja Kovač",
        ClientSentence = "The new reporting module will not be ready at the end of May as we promised you.",
        RequestEmail = "Dear Ana, we have let you down on the reporting module. Could we talk tomorrow?",
        VoicemailScript = "Hello Ana, this is Maja. Please call me back about the reporting module.",
        CallPlan = "Open, listen, apologise, offer the discount and the new date.",
    };

    public static EmailInsteadDetails EmailInstead() => new()
    {
        Reason = "Ana is travelling for two weeks and only reads email.",
        ClientSentence = "The new reporting module will not be ready at the end of May as we promised you.",
        Message = "Dear Ana, the reporting module will be late, and I am sorry. I am glad to talk whenever it suits you.",
    };

    /// <summary>A conversation held at <paramref name="heldAt"/>: the client vented, we apologised, the offer was accepted.</summary>
    public static ConversationDetails Conversation(DateTimeOffset heldAt) => new()
    {
        HeldAt = heldAt,
        Notes = "Ana was upset: she had promised the reports to her board. She accepted the discount and the new date.",
        Agreed = "You will get the discount on your next three invoices, and the reporting module by 20 June.",
        ClientSharedFeelings = true,
        Acknowledgement = Acknowledgement.Apology,
        ClientDamageAmount = null,
        ClientDamageCurrency = null,
        OfferResponse = OfferResponse.Accepted,
        ResponseNote = null,
    };

    public const string RecapText = "Dear Ana, thank you for the call. We agreed on a discount and a new date. Please tell me if anything is unclear.";

    public static RetroDetails Retro() => new()
    {
        WhatHappened = "The reporting module was promised for the end of May and delivered three weeks late.",
        RootCauseCategory = RootCauseCategory.PromiseWithoutCheckingCapacity,
        RootCause = "The date was given without asking the team about its capacity.",
        LessonsLearned = "Dates go to clients only after the team lead has checked capacity.",
    };

    public static CheckedEvidenceFile Pdf(string fileName = "statement-of-work.pdf") =>
        new(EvidenceFileType.Pdf, fileName, "application/pdf", 48_000);
}
