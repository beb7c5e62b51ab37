using System.Text.RegularExpressions;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Web.Infrastructure.Calendars;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Pages.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// Client texts are built only from fields written for the client. An incident whose every internal field (summary,
/// promise as recorded, who promised, goals, findings, contract, option descriptions, costs, who confirmed, call plan,
/// reason for writing, conversation notes, legal's notes, check-in topics) holds a marker is walked through the playbook
/// through the domain methods; every client text the app drafts on the way (request email, voicemail, the message instead
/// of a call, the recap, the calendar invitation and its cancellation) is rendered as the pages render it, for every fault
/// and several offer mixes, and must hold no marker, no cost, no value of nothing and no blame.
/// </summary>
public partial class NoInternalTextReachesTheClientTests
{
    private const string Marker = "INTERNAL-7f3a";
    private const decimal Cost = 4_321.09m;
    private const string ClientSentence = "Your new reports will not be ready at the end of May as we promised you.";
    private const string Agreed = "You will receive the reports by 20 June, and I will show you the first version on 10 June.";
    private const string ConsideredOnly = "Considered, never offered";

    private static readonly DraftTexts Drafts = new(new LiquidTemplates());
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Owner = Actor.Create("owner-1", "Maja Kovač");
    private static readonly Actor Legal = Actor.Create("legal-1", "Lena Legal");

    /// <summary>The offered options, by name: with a money value, without one, and both.</summary>
    private static readonly Dictionary<string, (string ClientDescription, decimal? Value)[]> Mixes = new(StringComparer.Ordinal)
    {
        ["money"] = [("Sixty hours of our work for you, free of charge", 9_000m)],
        ["no money"] = [("A new, firm date for your reports: 20 June", null)],
        ["mixed"] = [("Sixty hours of our work for you, free of charge", 9_000m), ("A new, firm date for your reports: 20 June", null)],
    };

    public static TheoryData<Fault, string> EveryFaultAndOfferMix()
    {
        var data = new TheoryData<Fault, string>();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            foreach (var mix in Mixes.Keys)
            {
                data.Add(fault, mix);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFaultAndOfferMix))]
    public void No_client_text_holds_internal_text_a_cost_a_value_of_nothing_or_blame(Fault fault, string mix)
    {
        var texts = ClientTextsOfAWalkedIncident(fault, Mixes[mix]);

        Assert.Equal(8, texts.Count);
        foreach (var (kind, text) in texts)
        {
            Assert.False(text.Contains(Marker, StringComparison.Ordinal), $"{kind} carries internal text:\n{text}");
            Assert.False(text.Contains("4,321.09", StringComparison.Ordinal) || text.Contains("4321.09", StringComparison.Ordinal), $"{kind} shows a cost:\n{text}");
            Assert.False(text.Contains(ConsideredOnly, StringComparison.Ordinal), $"{kind} names an option that was not offered:\n{text}");
            Assert.False(NothingAsAValue().IsMatch(text), $"{kind} shows a value of nothing:\n{text}");
            Assert.True(BlameLanguage.Check(text).Count == 0, $"{kind} fails the app's own blame check:\n{text}");
        }

        Assert.Contains(ClientSentence, texts["email instead"], StringComparison.Ordinal);
        Assert.Contains(ClientSentence, texts["recap"], StringComparison.Ordinal);
        Assert.Contains(Agreed, texts["recap"], StringComparison.Ordinal);
    }

    /// <summary>A control for the test itself: the internal record does hold the markers, and the call plan (never sent) uses them.</summary>
    [Fact]
    public void The_markers_are_really_in_the_internal_record_and_the_call_plan()
    {
        var incident = Walk(Fault.Ours, Mixes["mixed"], _ => { });

        var plan = Drafts.CallPlan(incident.ToCallPlanFacts("Acme d.o.o.", Owner.DisplayName));

        Assert.Contains($"{Marker}-summary", plan, StringComparison.Ordinal);
        Assert.Contains($"{Marker}-option-1", plan, StringComparison.Ordinal);
        Assert.Contains($"{Marker}-notes", incident.Conversation!.Notes, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ClientTextsOfAWalkedIncident(Fault fault, (string ClientDescription, decimal? Value)[] offer)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(fault, offer, moment =>
        {
            var (incident, label) = moment;
            var facts = incident.ToDraftFacts("Acme d.o.o.", Owner.DisplayName, ownerPhone: null);
            switch (label)
            {
                case "call planned":
                    texts["request email"] = Drafts.CallRequestEmail(facts);
                    texts["voicemail"] = Drafts.VoicemailScript(facts);
                    texts["invitation"] = Invitation(incident);
                    break;
                case "written instead":
                    texts["email instead"] = Drafts.EmailInstead(facts);
                    texts["cancellation"] = Invitation(incident);
                    break;
                case "call planned again":
                    texts["request email again"] = Drafts.CallRequestEmail(facts);
                    texts["invitation again"] = Invitation(incident);
                    break;
                case "recap":
                    texts["recap"] = Drafts.Recap(facts);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(moment), label, "Unknown moment.");
            }
        });
        return texts;
    }

    /// <summary>The .ics as the invitation page writes it, with folded lines joined again so a marker cannot hide across a fold.</summary>
    private static string Invitation(Incident incident)
    {
        var header = new IncidentHeader(incident.Id, incident.Summary, "Acme d.o.o.", incident.Stage, incident.ContractReference, incident.Version);
        var context = new CallContext(header, incident, Owner.DisplayName, "maja@us.example");
        var invitation = CallInviteModel.Handler.InvitationFor(context, Start) ?? throw new InvalidOperationException("No invitation.");
        return CallInvitationCalendar.Write(invitation).Replace("\r\n ", "", StringComparison.Ordinal);
    }

    /// <summary>Walks a fully marked incident to the recap, calling <paramref name="at"/> at each moment a client text is drafted.</summary>
    private static Incident Walk(Fault fault, (string ClientDescription, decimal? Value)[] offer, Action<(Incident Incident, string Label)> at)
    {
        var now = Start;
        DateTimeOffset Next() => now = now.AddMinutes(1);
        var incident = Incident.Log(MarkedDetails(fault), Owner, Next());

        incident.RecordOrigin(new OriginDetails
        {
            PromiseChannel = PromiseChannel.ContractClause,
            PromiseReference = $"{Marker}-reference",
            PromisedOn = new DateOnly(2026, 3, 1),
            PromisedBy = $"{Marker}-departed-colleague",
            PromisedByHasLeft = true,
            ContractReference = $"{Marker}-contract",
            ClientGoals = $"{Marker}-goals",
            Findings = $"{Marker}-findings: the former sales lead promised it without asking delivery.",
        }, Owner, Next());
        incident.MoveTo(PlaybookStage.ResearchAlternatives, Owner, Next());

        var n = 0;
        foreach (var (clientDescription, value) in offer)
        {
            var option = incident.AddOption(Option(++n, clientDescription, value), Owner, Next());
            incident.AddToOffer(option.Id, Owner, Next());
        }

        incident.AddOption(Option(++n, ConsideredOnly, 100m), Owner, Next());
        incident.RecordLegalReview(LegalDecision.Approved, $"{Marker}-legal: do not call it a breach.", Legal, Next());
        incident.MoveTo(PlaybookStage.ScheduleCall, Owner, Next());

        incident.ScheduleCall(Call(Next()), requestSent: false, Owner, Next());
        at((incident, "call planned"));
        incident.WriteInsteadOfCall(new EmailInsteadDetails
        {
            Reason = $"{Marker}-reason",
            Message = $"{Marker}-message-typed",
            ClientSentence = ClientSentence,
            Greeting = GreetingForm.FirstName,
        }, sent: false, Owner, Next());
        at((incident, "written instead"));
        incident.ScheduleCall(Call(Next()) with { LengthMinutes = 60, MeetingLink = "https://meet.example.com/acme" }, requestSent: true, Owner, Next());
        at((incident, "call planned again"));
        incident.MoveTo(PlaybookStage.Conversation, Owner, Next());

        var heldAt = Next();
        incident.RecordConversation(new ConversationDetails
        {
            HeldAt = heldAt,
            Notes = $"{Marker}-notes: she was furious, blamed her own team lead.",
            Agreed = Agreed,
            ClientSharedFeelings = true,
            Acknowledgement = AcknowledgementGuidance.For(fault).Recommended,
            ClientDamageAmount = 20_000m,
            ClientDamageCurrency = "EUR",
            OfferResponse = OfferResponse.Countered,
            ResponseNote = $"{Marker}-response-note",
        }, Owner, Next());
        incident.MoveTo(PlaybookStage.FollowUpRecap, Owner, Next());
        incident.PlanCheckIn(DateOnly.FromDateTime(now.UtcDateTime).AddDays(7), $"{Marker}-check-in", Owner, Next());
        at((incident, "recap"));
        return incident;
    }

    private static IncidentDetails MarkedDetails(Fault fault) => new()
    {
        ClientId = 1,
        Summary = $"{Marker}-summary",
        Kind = IncidentKind.UnrealisticPromiseByColleague,
        ContactName = "Ana Novak",
        ContactRole = $"{Marker}-role",
        ContactEmail = "ana@acme.example",
        PromiseDescription = $"{Marker}-promise: their reporting system, as Peter promised.",
        PromisedBy = $"{Marker}-departed-colleague",
        PromisedByHasLeft = true,
        PromisedOn = new DateOnly(2026, 3, 1),
        PromiseChannel = PromiseChannel.ContractClause,
        ContractReference = $"{Marker}-contract",
        ClientGoals = $"{Marker}-goals",
        Fault = fault,
        Damage = DamageKinds.Delay,
        OurLossAmount = 15_000m,
        OurLossCurrency = "EUR",
        PersonalHarm = PersonalHarm.Serious,
        PersonalHarmNote = $"{Marker}-harm",
        DiscoveredAt = Start.AddDays(-1),
    };

    private static OptionDetails Option(int n, string clientDescription, decimal? value) => new()
    {
        Kind = CompensationKind.Other,
        Description = $"{Marker}-option-{n}",
        ClientDescription = clientDescription,
        CostToUsAmount = Cost,
        CostToUsCurrency = "EUR",
        ValueToClientAmount = value,
        ValueToClientCurrency = value is null ? null : "EUR",
        ConfirmedBy = $"{Marker}-confirmer",
    };

    private static CallDetails Call(DateTimeOffset now) => new()
    {
        StartsAt = now.AddDays(1),
        TimeZoneId = "Europe/Ljubljana",
        Channel = CallChannel.Video,
        Attendees = "Ana Novak <ana@acme.example>; Maja Kovač <maja@us.example>",
        LengthMinutes = 45,
        ClientSentence = ClientSentence,
        Greeting = GreetingForm.FirstName,
        RequestEmail = $"{Marker}-request-typed",
        VoicemailScript = $"{Marker}-voicemail-typed",
        CallPlan = $"{Marker}-plan-typed",
    };

    [GeneratedRegex(@"(?<![\d.,])0(\.00)? [A-Z]{3}\b")]
    private static partial Regex NothingAsAValue();
}
