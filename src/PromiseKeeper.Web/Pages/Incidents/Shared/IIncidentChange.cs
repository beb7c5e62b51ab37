namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>A command that changes one incident, carrying the version its form was shown with.</summary>
public interface IIncidentChange : IIncidentRequest
{
    /// <summary>The incident's version when the form was shown, to catch a concurrent change.</summary>
    uint Version { get; }
}
