using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// What demo (and test) incidents tell the client, written for the client as an account manager would on the Call page:
/// one sentence per kind of broken promise, the option as the client reads it, and what was agreed, in the second person.
/// </summary>
internal static class DemoClientWords
{
    public const string ExtraHours = "Forty hours of our team's work, at no cost to you, on whatever matters most to you now.";

    public const string SmallDiscount = "Ten percent off your next invoice.";

    public const string Agreed =
        "You will get forty hours of our team's work at no cost, spent on what you told me matters most to you now. " +
        "I will send you the plan for those hours within a week, and we will check progress together after that.";

    public static string Sentence(IncidentKind kind) => kind switch
    {
        IncidentKind.MissedDeadline => "What we promised to deliver to you will not be ready on the date we agreed, and that puts your own plans at risk.",
        IncidentKind.FeatureNotReady => "A feature we promised you is not ready, so you cannot use it yet as you had planned.",
        IncidentKind.UnrealisticPromiseByColleague => "We promised you something that we cannot deliver in the way it was described, and we should not have promised it like that.",
        IncidentKind.PoorQualityOrWrongResult => "What we delivered to you was not right, and you had to find that out yourself.",
        IncidentKind.InsensitiveRemark => "Something we said to you was careless and hurtful, and it should not have been said.",
        IncidentKind.ExpectationMismatch => "What we are delivering is not what you expected from our agreement, and we did not make that clear early enough.",
        IncidentKind.ResistedPlanChangeInClientCrisis => "When your situation changed, we held on to the old plan instead of helping you change it quickly.",
        IncidentKind.ClientMistake => "The result you received is not what you needed, and we want to sort out together how to get it right.",
        _ => "Something we promised you has not happened as agreed.",
    };
}
