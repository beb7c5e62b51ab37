using NodaTime;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Corrections;

/// <summary><see cref="Incident.RecordOrigin(OriginDetails, Actor, DateTimeOffset)"/>: once recorded, who promised, when and where keep field history.</summary>
public class OriginHistoryTests
{
    private const string Reason = "The signed email shows Ana made the promise, not Peter.";

    [Fact]
    public void Recording_the_origin_the_first_time_needs_no_reason_and_keeps_no_history()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        incident.RecordOrigin(PlaybookInputs.Origin(), Owner, Now);

        Assert.Equal("Peter Horvat", incident.PromisedBy);
        Assert.Empty(incident.FieldHistory);
    }

    [Fact]
    public void Changing_who_promised_after_recording_asks_for_a_reason_and_changes_nothing_without_one()
    {
        var incident = Recorded();

        var refusal = Assert.Throws<DomainException>(() => incident.RecordOrigin(PlaybookInputs.Origin() with { PromisedBy = "Ana Novak", Reason = "  " }, Owner, Now));

        Assert.Equal([nameof(OriginDetails.Reason)], refusal.Violations.Select(v => v.Field));
        Assert.Equal("Peter Horvat", incident.PromisedBy);
        Assert.Empty(incident.FieldHistory);
    }

    [Fact]
    public void A_change_with_a_reason_is_kept_as_field_history_and_shown_on_the_timeline()
    {
        var incident = Recorded();
        var at = Now.AddHours(3);

        incident.RecordOrigin(
            PlaybookInputs.Origin() with { PromisedBy = "Ana Novak", PromisedByHasLeft = false, PromisedOn = new DateOnly(2025, 2, 20), Reason = Reason },
            Owner,
            at);

        Assert.Equal(
            [
                (nameof(Incident.PromisedOn), "2025-03-01", "2025-02-20"),
                (nameof(Incident.PromisedBy), "Peter Horvat", "Ana Novak"),
                (nameof(Incident.PromisedByHasLeft), "yes", "no"),
            ],
            incident.FieldHistory.Select(c => (c.Field, c.OldValue, c.NewValue)));
        Assert.All(incident.FieldHistory, c => Assert.Equal((Owner.UserId, at, Reason), (c.ActorId, c.CorrectedAt, c.Reason)));
        var entry = incident.Timeline.Single(e => e.TextKey == "record.corrected");
        Assert.Contains("promised by: Peter Horvat → Ana Novak; who promised has left the company: yes → no", entry.Description, StringComparison.Ordinal);
        Assert.Contains("кто дал обещание: Peter Horvat → Ana Novak; автор обещания ушёл из компании: да → нет", entry.TextIn("ru", DateTimeZone.Utc), StringComparison.Ordinal);
        Assert.Equal("kdo je obljubil", CorrectedFields.Name(nameof(Incident.PromisedBy), "sl"));
    }

    [Fact]
    public void Changing_only_the_findings_or_where_to_find_it_needs_no_reason()
    {
        var incident = Recorded();

        incident.RecordOrigin(PlaybookInputs.Origin() with { Findings = "Peter also repeated it on a call.", PromiseReference = "Call notes, 3 March" }, Owner, Now);

        Assert.Equal("Peter also repeated it on a call.", incident.OriginFindings);
        Assert.Empty(incident.FieldHistory);
    }

    [Fact]
    public void An_over_long_reason_is_refused()
    {
        var incident = Recorded();

        var refusal = Assert.Throws<DomainException>(() => incident.RecordOrigin(
            PlaybookInputs.Origin() with { ClientGoals = "Faster month-end close.", Reason = new string('x', RecordCorrection.ReasonMaxLength + 1) }, Owner, Now));

        Assert.Equal([nameof(OriginDetails.Reason)], refusal.Violations.Select(v => v.Field));
        Assert.Equal("Close the books two days faster each month.", incident.ClientGoals);
    }

    private static Incident Recorded()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        incident.RecordOrigin(PlaybookInputs.Origin(), Owner, Now);
        return incident;
    }
}
