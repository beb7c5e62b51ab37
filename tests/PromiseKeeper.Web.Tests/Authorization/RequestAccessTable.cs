using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Account;
using PromiseKeeper.Web.Pages.Admin.Users;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using AdminMail = PromiseKeeper.Web.Pages.Admin.Mail.IndexModel;
using PromiseKeeper.Web.Pages.Notifications;
using AdminTeamEdit = PromiseKeeper.Web.Pages.Admin.Teams.EditModel;
using AdminTeamList = PromiseKeeper.Web.Pages.Admin.Teams.IndexModel;
using AdminUserCreate = PromiseKeeper.Web.Pages.Admin.Users.CreateModel;
using AdminUserEdit = PromiseKeeper.Web.Pages.Admin.Users.EditModel;
using AdminUserList = PromiseKeeper.Web.Pages.Admin.Users.IndexModel;
using TeamClocks = PromiseKeeper.Web.Pages.Teams.ClocksModel;
using AccountProfile = PromiseKeeper.Web.Pages.Account.ProfileModel;
using NotificationSettings = PromiseKeeper.Web.Pages.Account.NotificationSettingsModel;
using NotificationList = PromiseKeeper.Web.Pages.Notifications.IndexModel;
using NotificationCount = PromiseKeeper.Web.Pages.Notifications.CountModel;
using AuditLog = PromiseKeeper.Web.Pages.Audit.IndexModel;
using ClientCreate = PromiseKeeper.Web.Pages.Clients.CreateModel;
using ClientEdit = PromiseKeeper.Web.Pages.Clients.EditModel;
using ClientSla = PromiseKeeper.Web.Pages.Teams.ClientSlaModel;
using ClientList = PromiseKeeper.Web.Pages.Clients.IndexModel;
using IncidentList = PromiseKeeper.Web.Pages.Incidents.IndexModel;
using LegalQueue = PromiseKeeper.Web.Pages.Legal.IndexModel;
using ReviewQueue = PromiseKeeper.Web.Pages.Reviews.IndexModel;
using DashboardPage = PromiseKeeper.Web.Pages.Dashboard.IndexModel;

namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>One Mediator request type, how to make one about a world incident, and who may send it.</summary>
public sealed record RequestAccessRow(Type Type, Access Access, Func<AccessWorld, WorldIncident, object> Make)
{
    public override string ToString() => Type.FullName!.Replace("PromiseKeeper.Web.Pages.", string.Empty, StringComparison.Ordinal);
}

/// <summary>
/// Every Mediator request of the app with the access it needs when sent directly, without a page in
/// front. <see cref="RequestAccessMatrixTests"/> fails when the app has a request missing here.
/// The requests carry no real input: what matters is whether they get past authorization.
/// </summary>
public static class RequestAccessTable
{
    public static readonly IReadOnlyList<RequestAccessRow> Rows =
    [
        Row(Access.SignedIn, (_, _) => new AccountProfile.Query()),
        Row(Access.SignedIn, (_, _) => new AccountProfile.Command()),
        Row(Access.SignedIn, (_, _) => new Web.Pages.Home.WaitingOnMeQuery()),
        Row(Access.SignedIn, (_, _) => new Web.Pages.Home.WaitingCountQuery()),
        Row(Access.SignedIn, (_, _) => new NotificationSettings.Query()),
        Row(Access.SignedIn, (_, _) => new NotificationSettings.Command()),
        Row(Access.SignedIn, (_, _) => new NotificationList.Query()),
        Row(Access.SignedIn, (_, _) => new NotificationCount.Query()),
        Row(Access.SignedIn, (_, _) => new MarkRead.Command(0)),
        Row(Access.SignedIn, (_, _) => new MarkAllRead.Command()),
        Row(Access.SignedIn, (_, _) => new UseTimeZone.Command("Europe/Ljubljana")),
        // Each user's own measures and check-ins; the commands refuse an item the user does not own (OwnedWorkTests).
        Row(Access.SignedIn, (_, _) => new Web.Pages.Work.OwnedModel.Query()),
        Row(Access.SignedIn, (_, i) => new Web.Pages.Work.OwnedModel.MayOpenQuery(i.Id)),
        Row(Access.SignedIn, (_, _) => new Web.Pages.Work.CompleteMeasure.Command(Guid.Empty, null)),
        Row(Access.SignedIn, (_, _) => new Web.Pages.Work.CompleteCheckIn.Command(Guid.Empty)),
        Row(Access.IncidentLists, (_, _) => new IncidentList.Query()),
        Row(Access.IncidentLists, (_, _) => new Web.Pages.Incidents.List.ExportQuery()),
        Row(Access.IncidentLists, (_, _) => new ClientList.Query()),
        Row(Access.LogIncidents, (_, _) => new LogModel.Command()),
        Row(Access.LogIncidents, (_, _) => new ClientCreate.Command()),
        Row(Access.LogIncidents, (w, _) => new ClientEdit.Query(w.ClientId)),
        Row(Access.LogIncidents, (_, _) => new ClientEdit.Command()),
        Row(Access.IncidentLists, (w, _) => new Web.Pages.Clients.DetailsModel.Query(w.ClientId)),
        Row(Access.LogIncidents, (w, _) => new Web.Pages.Clients.ContactModel.Query(w.ClientId, null)),
        Row(Access.LogIncidents, (w, _) => new Web.Pages.Clients.ContactModel.Command { ClientId = w.ClientId }),
        Row(Access.LogIncidents, (w, _) => new Web.Pages.Clients.SetContactActive.Command(w.ClientId, 0, 0, Active: false)),
        Row(Access.LogIncidents, (w, _) => new Web.Pages.Clients.RelationshipModel.Query(w.ClientId)),
        Row(Access.LogIncidents, (w, _) => new Web.Pages.Clients.RelationshipModel.Command { Id = w.ClientId }),
        Row(Access.LogIncidents, (_, _) => new LogContacts.Chosen(0)),

        Row(Access.ReadIncident, (_, i) => new DetailsModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new EvidenceDownloadModel.Query(i.Id, i.EvidenceId)),
        Row(Access.ReadIncident, (_, i) => new TimelineModel.Query(i.Id, null, null)),
        Row(Access.ReadIncident, (_, i) => new BlameCheckModel.Query(i.Id, "")),
        Row(Access.ReadIncident, (_, i) => new OriginModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new EvidenceModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new AlternativesModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new CallModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new CallInviteModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new WriteInsteadModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new ConversationModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new RecapModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new CheckInsModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new RetroModel.Query(i.Id)),
        Row(Access.ReadIncident, (_, i) => new NotApplicableModel.Query(i.Id)),

        Row(Access.ChangeIncident, (_, i) => new MoveToStage.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new AskLegalAgain.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new AddLegalNote.FromAccountTeam { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new WaitOnClient.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new ClientAnswered.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new OriginModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new CorrectModel.Query(i.Id)),
        Row(Access.ChangeIncident, (_, i) => new CorrectModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new AddPastedEvidence.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new UploadEvidence.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new AlternativesModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new ConfirmOption.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new ChangeOffer.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new CallModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new WriteInsteadModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new ConversationModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new RecapModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new RedraftRecap.Command(i.Id, i.Version)),
        Row(Access.ChangeIncident, (_, i) => new CheckInsModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new SetCheckInDone.Command(i.Id, Guid.Empty, true, i.Version)),
        Row(Access.ChangeIncident, (_, i) => new GiveCheckIn.Command(i.Id, Guid.Empty, null, i.Version)),
        Row(Access.ChangeIncident, (_, i) => new RetroModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new AddPreventionMeasure.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ChangeIncident, (_, i) => new SetMeasureStatus.Command(i.Id, Guid.Empty, MeasureStatus.InProgress, i.Version)),
        Row(Access.ChangeIncident, (_, i) => new GiveMeasure.Command(i.Id, Guid.Empty, null, i.Version)),
        Row(Access.ChangeIncident, (_, i) => new SubmitRetro.Command(i.Id, i.Version)),
        Row(Access.ChangeIncident, (_, i) => new NotApplicableModel.Command { Id = i.Id, Version = i.Version }),

        Row(Access.LegalQueue, (_, _) => new LegalQueue.Query()),
        Row(Access.ReviewLegally, (_, i) => new LegalReviewModel.Query(i.Id)),
        Row(Access.ReviewLegally, (_, i) => new LegalReviewModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ReviewLegally, (_, i) => new ReviewTextWording.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ReviewLegally, (_, i) => new AddDoNotSay.Command { Id = i.Id, Version = i.Version }),
        Row(Access.ReviewLegally, (_, i) => new AddLegalNote.FromLegal { Id = i.Id, Version = i.Version }),

        Row(Access.ReviewQueue, (_, _) => new ReviewQueue.Query()),
        Row(Access.ViewDashboard, (_, _) => new DashboardPage.Query()),
        Row(Access.ReadRetroReview, (_, i) => new RetroReviewModel.Query(i.Id)),
        Row(Access.LeadIncident, (_, i) => new ReassignModel.Query(i.Id)),
        Row(Access.LeadIncident, (_, i) => new ReassignModel.Command { Id = i.Id, Version = i.Version }),
        Row(Access.LeadIncident, (_, i) => new ApproveRetro.Command(i.Id, i.Version, null)),
        Row(Access.LeadIncident, (_, i) => new SendRetroBack.Command(i.Id, i.Version, null)),

        Row(Access.ReadAuditLog, (_, _) => new AuditLog.Query()),

        Row(Access.Administer, (_, _) => new AdminUserList.Query()),
        Row(Access.Administer, (_, _) => new AdminUserCreate.Command()),
        Row(Access.Administer, (w, _) => new AdminUserEdit.Query(w.Colleague.Id)),
        Row(Access.Administer, (w, _) => new AdminUserEdit.Command { Id = w.Colleague.Id }),
        Row(Access.Administer, (w, _) => new SetActive.Command(w.Colleague.Id, true)),
        Row(Access.Administer, (w, _) => new ResetPassword.Command { Id = w.Colleague.Id }),
        Row(Access.Administer, (_, _) => new AdminTeamList.Query()),
        Row(Access.Administer, (_, _) => new AdminTeamList.Command()),
        Row(Access.Administer, (w, _) => new AdminTeamEdit.Query(w.TeamId)),
        Row(Access.Administer, (w, _) => new AdminTeamEdit.Command { Id = w.TeamId }),
        Row(Access.TeamClocks, (w, _) => new TeamClocks.Query(w.TeamId)),
        Row(Access.TeamClocks, (w, _) => new TeamClocks.Command { Id = w.TeamId }),
        Row(Access.TeamClocks, (w, _) => new ClientSla.Query(w.ClientId)),
        Row(Access.TeamClocks, (w, _) => new ClientSla.Command { Id = w.ClientId }),
        Row(Access.Administer, (_, _) => new AdminMail.Query(DateTimeOffset.UnixEpoch)),
    ];

    private static RequestAccessRow Row<T>(Access access, Func<AccessWorld, WorldIncident, T> make)
        where T : notnull =>
        new(typeof(T), access, (world, incident) => make(world, incident));
}
