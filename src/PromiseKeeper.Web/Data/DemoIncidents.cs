using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data;

/// <summary>The demo incidents: one per interesting stage, for <see cref="DemoData"/> to walk along the playbook.</summary>
internal static class DemoIncidents
{
    /// <summary>A client written to in Russian, with an incident whose call is planned and conversation held: the recap to draft.</summary>
    public const string RussianClient = "Балтийские Системы";

    /// <summary>A client written to in Slovenian, with an incident whose call is planned: the request email, plan and invitation to look at.</summary>
    public const string SlovenianClient = "Lipa Trgovina d.o.o.";

    public static IEnumerable<(IncidentDetails Details, Actor Owner, PlaybookStage Target)> All(
        IReadOnlyDictionary<string, int> clientIds, DateTimeOffset now, Actor alex, Actor bea)
    {
        yield return (new IncidentDetails
        {
            ClientId = clientIds["Northwind Logistics"],
            Summary = "Route-planning export will miss the agreed go-live",
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Maria Jensen",
            ContactRole = "Head of Operations",
            ContactEmail = "maria.jensen@northwind.example",
            PromiseDescription = "The CSV export of optimised routes would be live before the start of the winter season.",
            PromisedBy = "Alex Morgan",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-60)),
            PromiseChannel = PromiseChannel.Email,
            ClientGoals = "Cut the dispatchers' manual planning time before the seasonal peak.",
            Fault = Fault.Ours,
            Damage = DamageKinds.Delay,
            OurLossAmount = 8000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Some,
            PersonalHarmNote = "Maria told her board the export was coming.",
            DiscoveredAt = now.AddDays(-2),
        }, alex, PlaybookStage.InvestigateOrigin);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Contoso Retail"],
            Summary = "Loyalty-card integration promised in the SOW is not feasible",
            Kind = IncidentKind.UnrealisticPromiseByColleague,
            ContactName = "Daniel Ortiz",
            ContactRole = "CTO",
            PromiseDescription = "Real-time integration with the in-store loyalty card system, as part of phase one.",
            PromisedBy = "Jordan Blake (former sales lead)",
            PromisedByHasLeft = true,
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-200)),
            PromiseChannel = PromiseChannel.ContractClause,
            ContractReference = "SOW-2026-014, clause 4.2",
            ClientGoals = "Give store staff one view of each customer's purchases and points.",
            Fault = Fault.Disputed,
            Damage = DamageKinds.Delay | DamageKinds.QualityOrWrongResult,
            OurLossAmount = 25000m,
            OurLossCurrency = "EUR",
            ClientClaimedLossAmount = 120000m,
            ClientClaimedLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Serious,
            PersonalHarmNote = "Daniel sponsored the project internally.",
            DiscoveredAt = now.AddDays(-9),
            ClientToldAt = now.AddDays(-8),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, alex, PlaybookStage.ResearchAlternatives);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Fabrikam Health"],
            Summary = "Monthly report sent with wrong patient-volume figures",
            Kind = IncidentKind.PoorQualityOrWrongResult,
            ContactName = "Priya Raman",
            ContactRole = "Quality Manager",
            ContactEmail = "priya.raman@fabrikam.example",
            PromiseDescription = "Reports are checked against the source data before they are sent.",
            PromisedBy = "Alex Morgan",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-120)),
            PromiseChannel = PromiseChannel.Meeting,
            ClientGoals = "Reliable monthly figures for their regulator.",
            Fault = Fault.Ours,
            Damage = DamageKinds.QualityOrWrongResult | DamageKinds.Reputation,
            ClientClaimedLossAmount = 3000m,
            ClientClaimedLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Serious,
            // We knew for two days and the client found the wrong figures themselves: mistake A.
            DiscoveredAt = now.AddDays(-17),
            ClientToldAt = now.AddDays(-15),
            FirstDisclosure = FirstDisclosure.ClientToldUs,
        }, alex, PlaybookStage.Conversation);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Tailspin Travel"],
            Summary = "Booking widget launch slipped after a payment provider outage",
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Tom Becker",
            ContactRole = "Product Owner",
            PromiseDescription = "The new booking widget would launch on the first of the month.",
            PromisedBy = "Bea Novak",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-90)),
            PromiseChannel = PromiseChannel.Call,
            ClientGoals = "More direct bookings instead of paying agency commission.",
            Fault = Fault.ThirdParty,
            Damage = DamageKinds.Delay,
            OurLossAmount = 1500m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = now.AddDays(-30),
            ClientToldAt = now.AddDays(-30).AddHours(3),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, bea, PlaybookStage.InternalRetro);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Northwind Logistics"],
            Summary = "Driver app release went out with broken offline mode",
            Kind = IncidentKind.PoorQualityOrWrongResult,
            ContactName = "Maria Jensen",
            ContactRole = "Head of Operations",
            ContactEmail = "maria.jensen@northwind.example",
            PromiseDescription = "Drivers can keep working without mobile signal; the app syncs when back online.",
            PromisedBy = "Bea Novak",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-150)),
            PromiseChannel = PromiseChannel.SalesMaterial,
            ClientGoals = "Keep deliveries moving in rural areas with poor coverage.",
            Fault = Fault.Ours,
            Damage = DamageKinds.QualityOrWrongResult,
            OurLossAmount = 4000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = now.AddDays(-45),
            ClientToldAt = now.AddDays(-45).AddHours(2),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, bea, PlaybookStage.Closed);

        yield return (new IncidentDetails
        {
            ClientId = clientIds[RussianClient],
            Summary = "Warehouse dashboard migration will miss the agreed cut-over date",
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Ирина Соколова",
            ContactRole = "Head of Logistics",
            ContactEmail = "irina.sokolova@baltsys.example",
            PromiseDescription = "The warehouse dashboards would run on the new platform before the quarter closes.",
            PromisedBy = "Bea Novak",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-80)),
            PromiseChannel = PromiseChannel.Email,
            ClientGoals = "Switch off the old reporting servers before their licence renewal.",
            Fault = Fault.Ours,
            Damage = DamageKinds.Delay | DamageKinds.Reputation,
            ClientClaimedLossAmount = 9000m,
            ClientClaimedLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Some,
            DiscoveredAt = now.AddDays(-6),
            ClientToldAt = now.AddDays(-6).AddHours(4),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, bea, PlaybookStage.FollowUpRecap);

        yield return (new IncidentDetails
        {
            ClientId = clientIds[SlovenianClient],
            Summary = "Stock-sync feature for the web shop not ready after a supplier API change",
            Kind = IncidentKind.FeatureNotReady,
            ContactName = "Mojca Zupan",
            ContactRole = "E-commerce Manager",
            ContactEmail = "mojca.zupan@lipa-trgovina.example",
            PromiseDescription = "Stock levels in the web shop would update from the warehouse every fifteen minutes from the spring sale on.",
            PromisedBy = "Bea Novak",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-50)),
            PromiseChannel = PromiseChannel.Meeting,
            ClientGoals = "Stop selling items that are already out of stock.",
            Fault = Fault.ThirdParty,
            Damage = DamageKinds.Delay,
            OurLossAmount = 2000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = now.AddDays(-3),
        }, bea, PlaybookStage.Conversation);
    }

    // Shows the proportionality warning: a small discount against a large claimed loss.
    public static void OfferTooLittle(Incident incident, Actor owner, DateTimeOffset at)
    {
        var discount = incident.AddOption(
            new OptionDetails
            {
                Kind = CompensationKind.Discount,
                Description = "Ten percent off the next invoice",
                ClientDescription = DemoClientWords.In(incident.ClientLanguage).SmallDiscount,
                CostToUsAmount = 2400m,
                CostToUsCurrency = "EUR",
                ValueToClientAmount = 2400m,
                ValueToClientCurrency = "EUR",
                ConfirmedBy = "Finance",
            },
            owner,
            at);
        incident.AddToOffer(discount.Id, owner, at.AddMinutes(5));
    }
}
