namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// The child collections of an incident a command loads. A command names what its domain method reads
/// or changes; a collection it does not name stays empty in memory, so a method that checks a rule over
/// a collection (the measures before submitting the retro, the findings already recorded, the latest
/// legal review to lapse) needs that collection named. Adding a new child needs no loading at all.
/// </summary>
[Flags]
public enum IncidentParts
{
    None = 0,
    Evidence = 1,
    Options = 2,
    CheckIns = 4,
    PreventionMeasures = 8,
    BlameFindings = 16,
    LegalReviews = 32,
    LegalTextReviews = 64,
    Pauses = 128,
}
