using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// <see cref="IncidentChildren"/> builds the same children as EF Core's own Include, for every column of every
/// child table in the EF model, so a column it would not fill cannot go unnoticed.
/// </summary>
public sealed class IncidentChildrenTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_loader_reads_every_column_of_every_child_table_of_the_model()
    {
        await App.WithDbAsync(db =>
        {
            var tables = db.Model.GetRelationalModel();
            foreach (var navigation in IncidentChildren.Collections(db.Model))
            {
                var child = navigation.TargetEntityType;
                var table = tables.FindTable(child.GetTableName()!, child.GetSchema())!;
                Assert.Equal(
                    table.Columns.Select(c => c.Name).Order(),
                    IncidentChildren.Columns(child).Select(c => c.Column).Order());
            }

            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task The_loader_builds_the_same_children_as_ef_cores_include_property_by_property()
    {
        var scenario = await ReadScenario.CreateAsync(App);
        var owner = scenario.Owner;
        var actor = Actor.Create(owner.Id, owner.DisplayName);
        var now = App.Clock.Now.AddMinutes(-5);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var incident = await App.AnIncident(owner).ContractLinked("MSA 9").AtStage(PlaybookStage.FollowUpRecap).Then(i =>
        {
            // Blame language in a saved draft is kept on the record (a blame finding).
            i.SaveRecap("Hello Dana,\n\nSadly you failed to send us the data in time.\n\nAlex", send: false, actor, now);
            i.CompleteStage(owner, App.Clock.Now);
            // Contract-linked: the recap goes out once legal approved its wording; legal and the owner share notes.
            var legal = Actor.Create("legal-user", "Lena Legal");
            i.RecordLegalTextReview(ClientTextKind.Recap, LegalDecision.Approved, "Fine as written.", legal, now);
            i.SaveRecap(i.Recap!.Text, send: true, actor, now);
            i.AddLegalNote("Please keep clause 7 out of every text.", byLegal: true, legal, now);
            i.MoveTo(PlaybookStage.InternalRetro, actor, now);
            i.AddPreventionMeasure("Weekly delivery review", "Alex", today.AddDays(14), actor, now);
            i.PlanCheckIn(today.AddDays(3), "Delivery update", actor, now);
            i.AddPastedEvidence("Email", "We promised March.", actor, now);
            // A document too: its columns are the ones pasted text leaves empty.
            i.AddDocumentEvidence("Signed SOW", new CheckedEvidenceFile(EvidenceFileType.Pdf, "sow.pdf", "application/pdf", 2048), actor, now);
            // A corrected fact, kept as field history.
            i.CorrectRecord(CorrectedKind(i, now), actor, now);
            // An open wait on the client (legal's waits, ended, were kept on the way).
            i.WaitOnClient(null, "Their board decides on Friday.", actor, now);
        }).SaveAsync();
        await App.AnIncident(owner).Titled("Another incident's children must not show").AtStage(PlaybookStage.Closed).SaveAsync();
        var id = incident.Id;
        await App.WithDbAsync(async db =>
        {
            var expected = await db.Incidents.AsNoTracking()
                .Include(i => i.Timeline).Include(i => i.Evidence).Include(i => i.Options).Include(i => i.CheckIns)
                .Include(i => i.PreventionMeasures).Include(i => i.BlameFindings).Include(i => i.LegalReviews).Include(i => i.FieldHistory)
                .Include(i => i.LegalTextReviews).Include(i => i.LegalNotes).Include(i => i.Pauses)
                .AsSplitQuery().SingleAsync(i => i.Id == id);
            var actual = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id);
            await db.LoadChildrenAsync(actual, CancellationToken.None);

            foreach (var navigation in IncidentChildren.Collections(db.Model))
            {
                var wanted = Children(navigation, expected);
                var got = Children(navigation, actual);
                Assert.True(wanted.Count > 0, $"The test incident has no {navigation.Name}: it would prove nothing about them.");
                Assert.Equal(wanted.Keys.Order(), got.Keys.Order());
                foreach (var (key, child) in wanted)
                {
                    foreach (var (property, _) in IncidentChildren.Columns(navigation.TargetEntityType))
                    {
                        var getter = property.GetGetter();
                        Assert.True(
                            Equals(getter.GetClrValueUsingContainingEntity(child), getter.GetClrValueUsingContainingEntity(got[key])),
                            $"{navigation.Name} {key}: {property.DeclaringType.DisplayName()}.{property.Name} differs.");
                    }
                }
            }
        });
    }

    private static Dictionary<object, object> Children(INavigation navigation, Incident incident)
    {
        var key = navigation.TargetEntityType.FindPrimaryKey()!.Properties.Single().GetGetter();
        var children = (System.Collections.IEnumerable)navigation.GetGetter().GetClrValue(incident)!;
        return children.Cast<object>().ToDictionary(c => key.GetClrValue(c)!, c => c);
    }

    /// <summary>The incident's facts as recorded, with the kind corrected.</summary>
    private static CorrectedFacts CorrectedKind(Incident incident, DateTimeOffset now) => new RecordCorrection
    {
        Summary = incident.Summary,
        Kind = incident.Kind == IncidentKind.FeatureNotReady ? IncidentKind.MissedDeadline : IncidentKind.FeatureNotReady,
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
        Reason = "It was a feature that was not ready, not a missed date.",
    }.Parse(now).OrThrow();
}
