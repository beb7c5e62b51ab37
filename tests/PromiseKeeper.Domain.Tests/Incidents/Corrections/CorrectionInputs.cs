using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Corrections;

/// <summary>The "correct the record" form for tests: the facts on record, to change one or two of them.</summary>
internal static class CorrectionInputs
{
    public const string Reason = "The supplier's report shows their server failed, not our code.";

    /// <summary>The correction form as the page fills it: the facts on record, with the test's reason.</summary>
    public static RecordCorrection AsRecorded(Incident incident) => new()
    {
        Summary = incident.Summary,
        Kind = incident.Kind,
        ContactName = incident.ContactName,
        ContactRole = incident.ContactRole,
        ContactEmail = incident.ContactEmail,
        PromiseDescription = incident.PromiseDescription,
        Fault = incident.Fault,
        Damage = incident.Damage,
        OurLossAmount = incident.OurLossEstimate?.Amount,
        OurLossCurrency = incident.OurLossEstimate?.Currency,
        ClientClaimedLossAmount = incident.ClientClaimedLoss?.Amount,
        ClientClaimedLossCurrency = incident.ClientClaimedLoss?.Currency,
        PersonalHarm = incident.PersonalHarm,
        PersonalHarmNote = incident.PersonalHarmNote,
        DiscoveredAt = incident.DiscoveredAt,
        ClientToldAt = incident.ClientToldAt,
        FirstDisclosure = incident.FirstDisclosure,
        Reason = Reason,
    };

    public static CorrectedFacts Parse(RecordCorrection correction) => correction.Parse(Now).OrThrow();
}
