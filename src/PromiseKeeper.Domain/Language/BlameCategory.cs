namespace PromiseKeeper.Domain.Language;

/// <summary>
/// The kinds of wording the playbook forbids in a client-facing text: shifting the blame (onto a colleague,
/// another team or supplier, or the client) and pretending the promise did not exist or did not matter.
/// </summary>
public enum BlameCategory
{
    BlamesColleague = 0,
    BlamesAnotherTeam = 1,
    BlamesClient = 2,
    DeniesPromise = 3,

    /// <summary>A phrase legal asked not to use with this client (the incident's do-not-say list).</summary>
    LegalAskedNotToSay = 4,
}
