using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// The most SQL statements a POST may send (as <see cref="SqlCommandLog"/> counts them): when valid, when its form is
/// outdated (someone else changed the record since it was rendered), and when its input is refused. Null where the
/// POST has no such case. A playbook or review POST may send 3: the access check, the load of what it changes, and one
/// SaveChanges carrying the change and its audit row. Keyed by the rows of <see cref="Authorization.PageAccessTable"/>.
/// </summary>
internal static class PageWriteBudgets
{
    public static readonly IReadOnlyDictionary<string, WriteBudget> Rows = new Dictionary<string, WriteBudget>
    {
        // Valid: the user, their roles, the audit entry. Refused: the user and the audit entry (failures are counted in memory).
        ["POST /Account/Login"] = new(Valid: 3, Invalid: 2),
        // Ending the login on the server: the expired rows deleted, the ended login added.
        ["POST /Account/Logout"] = new(Valid: 2),
        // The new security stamp.
        ["POST /Account/Sessions"] = new(Valid: 1),
        // Valid: the user, its update, the roles for the renewed login cookie. Refused: the name and email shown again.
        ["POST /Account/Profile"] = new(Valid: 3, Invalid: 1),
        // Valid: the saved choices read, the changes saved. Refused: the choices read again to show the form.
        ["POST /Account/NotificationSettings"] = new(Valid: 2, Invalid: 1),
        // The notification read, marked read.
        ["POST /Notifications/Index?handler=Open"] = new(Valid: 2),
        // One UPDATE of every unread one.
        ["POST /Notifications/Index?handler=MarkAllRead"] = new(Valid: 1),
        // The zone taken from the layout's notice: the same. Refused (a zone the tz database does not know): the profile shown with the message.
        ["POST /Account/Profile?handler=UseZone"] = new(Valid: 3, Invalid: 1),
        ["POST /Error"] = new(Valid: 0),
        // The token checked (user exists, nonce unused), the preference read, the preference and the used nonce saved.
        ["POST /Unsubscribe"] = new(Valid: 3),
        ["POST /Clients/Create"] = new(Valid: 2, Invalid: 0),
        ["POST /Clients/Edit"] = new(Valid: 3, Invalid: 1),
        // Valid: the client, then its SLA and the audit row in one save. Refused: the client's name and SLA read to show the form again.
        ["POST /Teams/ClientSla"] = new(Valid: 2, Invalid: 1),
        ["POST /Incidents/Log"] = new(Valid: 3, Invalid: 2),
        // The contact (with its client's name), then its change and the audit row in one save.
        ["POST /Clients/Details?handler=Deactivate"] = new(Valid: 2),
        ["POST /Clients/Details?handler=Reactivate"] = new(Valid: 2),
        // Valid (a new contact): the client's name, then the contact and the audit row in one save. Refused: the client's
        // name to show the form again. (Editing one carries its version: Clients/ContactTests covers the conflict.)
        ["POST /Clients/Contact"] = new(Valid: 2, Invalid: 1),
        // Valid: the client locked, then the new relationship, its history row and the audit row in one save. Refused: the client read to show the form again.
        ["POST /Clients/Relationship"] = new(Valid: 2, Invalid: 1),
        ["POST /Incidents/Details?handler=Move"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Details?handler=AskLegalAgain"] = new(Valid: 3, Conflict: 4),
        // Reads only the names on the incident's record; saves nothing.
        ["POST /Incidents/BlameCheck"] = new(Valid: 1),
        ["POST /Incidents/Details?handler=LegalNote"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Details?handler=WaitOnClient"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Details?handler=ClientAnswered"] = new(Valid: 3, Conflict: 4),
        ["POST /Incidents/Playbook/Origin"] = new(Valid: 3, Conflict: 4, Invalid: 2),
        ["POST /Incidents/Correct"] = new(Valid: 3, Conflict: 4, Invalid: 3),
        ["POST /Incidents/Playbook/Evidence?handler=Paste"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Playbook/Evidence?handler=Upload"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Playbook/Alternatives"] = new(Valid: 3, Conflict: 4, Invalid: 3),
        ["POST /Incidents/Playbook/Alternatives?handler=Confirm"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Playbook/Alternatives?handler=Offer"] = new(Valid: 3, Conflict: 4),
        ["POST /Incidents/Playbook/Call"] = new(Valid: 3, Conflict: 4, Invalid: 2),
        // The emails and the record of who got them go in the same SaveChanges as the call; attendees without an
        // address are refused by the validator after the access check, then the form is read again (2).
        ["POST /Incidents/Playbook/Call?handler=EmailInvitation"] = new(Valid: 3, Conflict: 4, Invalid: 3),
        ["POST /Incidents/Playbook/WriteInstead"] = new(Valid: 3, Conflict: 4, Invalid: 3),
        ["POST /Incidents/Playbook/Conversation"] = new(Valid: 3, Conflict: 4, Invalid: 2),
        ["POST /Incidents/Playbook/Recap"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Playbook/Recap?handler=Send"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Playbook/Recap?handler=Redraft"] = new(Valid: 3, Conflict: 4),
        // Redrafting saves nothing: the incident with its owner, and its options, read to draft from; from an outdated form, read again to show it.
        ["POST /Incidents/Playbook/Call?handler=Redraft"] = new(Valid: 2, Conflict: 4),
        ["POST /Incidents/Playbook/WriteInstead?handler=Redraft"] = new(Valid: 2, Conflict: 4),
        // The check-in and retro pages shown again read the people the owner pickers offer too.
        ["POST /Incidents/Playbook/CheckIns"] = new(Valid: 3, Conflict: 5, Invalid: 5),
        ["POST /Incidents/Playbook/CheckIns?handler=SetDone"] = new(Valid: 3, Conflict: 5),
        // The chosen person is read with the incident.
        ["POST /Incidents/Playbook/CheckIns?handler=Owner"] = new(Valid: 3, Conflict: 5, Invalid: 5),
        ["POST /Incidents/Playbook/Retro"] = new(Valid: 3, Conflict: 5, Invalid: 4),
        ["POST /Incidents/Playbook/Retro?handler=AddMeasure"] = new(Valid: 3, Conflict: 5, Invalid: 3),
        ["POST /Incidents/Playbook/Retro?handler=MeasureStatus"] = new(Valid: 3, Conflict: 5, Invalid: 4),
        ["POST /Incidents/Playbook/Retro?handler=MeasureOwner"] = new(Valid: 3, Conflict: 5, Invalid: 5),
        ["POST /Incidents/Playbook/Retro?handler=Submit"] = new(Valid: 3, Conflict: 5),
        // The owner's own item: the incident it belongs to (with whether they may read it), then the save. Refused: the list shown again.
        ["POST /Work/Owned?handler=MeasureDone"] = new(Valid: 2, Invalid: 2),
        ["POST /Work/Owned?handler=CheckInDone"] = new(Valid: 2),
        ["POST /Incidents/Playbook/NotApplicable"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/LegalReview"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/LegalReview?handler=Text"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/LegalReview?handler=DoNotSay"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/LegalReview?handler=LegalNote"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/RetroReview?handler=Approve"] = new(Valid: 3, Conflict: 4),
        ["POST /Incidents/RetroReview?handler=SendBack"] = new(Valid: 3, Conflict: 4, Invalid: 4),
        ["POST /Incidents/Reassign"] = new(Valid: 3, Conflict: 4, Invalid: 3),
        // Identity's UserManager checks name and email on every save and looks each role up.
        ["POST /Admin/Users/Create"] = new(Valid: 10, Invalid: 2),
        ["POST /Admin/Users/Edit"] = new(Valid: 8, Conflict: 5, Invalid: 4),
        ["POST /Admin/Users/Edit?handler=Deactivate"] = new(Valid: 4),
        ["POST /Admin/Users/Edit?handler=Reactivate"] = new(Valid: 4),
        ["POST /Admin/Users/Edit?handler=ResetPassword"] = new(Valid: 4, Invalid: 3),
        ["POST /Admin/Teams/Index"] = new(Valid: 2, Invalid: 3),
        ["POST /Admin/Teams/Edit"] = new(Valid: 3, Invalid: 3),
        // Valid: the team with its settings, then one save (settings and audit row). Outdated or refused: the form shown again.
        ["POST /Teams/Clocks"] = new(Valid: 2, Conflict: 2, Invalid: 1),
    };
}

/// <param name="Valid">A valid post.</param>
/// <param name="Conflict">A post from an outdated form: the form is shown again, which may reload the page's data.</param>
/// <param name="Invalid">A post with input the form refuses: the form is shown again with messages.</param>
internal sealed record WriteBudget(int Valid, int? Conflict = null, int? Invalid = null);
