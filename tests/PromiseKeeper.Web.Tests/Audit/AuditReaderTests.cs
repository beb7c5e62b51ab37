using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Audit;

/// <summary>The audit log as its reader sees it: days of the date filter in their own zone, details written from keyed texts.</summary>
public sealed class AuditReaderTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_date_filter_reads_days_in_the_readers_zone_and_says_which_zone()
    {
        var admin = await ReaderInLjubljanaAsync();
        // In November Ljubljana is an hour ahead of UTC.
        var day = new DateOnly(2026, 11, 10);
        var utcMidnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await AddAsync(
            Entry("Late the evening before", utcMidnight.AddMinutes(-90)),
            Entry("Just after midnight", utcMidnight.AddMinutes(-30)),
            Entry("Late that evening", utcMidnight.AddHours(22.5)),
            Entry("Just after the next midnight", utcMidnight.AddHours(23.5)));
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await (await http.GetAsync(new Uri("/Audit?From=2026-11-10&To=2026-11-10", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Just after midnight", html, StringComparison.Ordinal);
        Assert.Contains("Late that evening", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Late the evening before", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Just after the next midnight", html, StringComparison.Ordinal);
        Assert.Contains("From (Europe/Ljubljana)", html, StringComparison.Ordinal);
        Assert.Contains("To (Europe/Ljubljana)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(UTC)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_entry_keeps_its_template_and_values_and_its_english_details()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");

        await App.AsUserAsync(admin, async services =>
        {
            services.GetRequiredService<IAuditLog>().Add(AuditAction.UserChanged, AuditTexts.UserSaved("Omar Haddad", [Roles.AccountManager, Roles.TeamLead], team: null));
            return await services.GetRequiredService<PromiseKeeperDbContext>().SaveChangesAsync();
        });

        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.UserChanged));
        Assert.Equal("Saved Omar Haddad: roles Account manager, Team lead; team: none.", entry.Details);
        Assert.Equal(AuditTexts.UserSavedWithoutTeamTemplate, entry.DetailsKey);
        Assert.Equal(
            new TextValues([TextValue.Text("Name", "Omar Haddad"), TextValue.Words("Roles", "role", [Roles.AccountManager, Roles.TeamLead])]),
            entry.DetailsValues);
    }

    [Fact]
    public async Task An_entry_written_before_details_were_keyed_shows_its_details_as_stored()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await AddAsync(Entry("Renamed the team at 2026-11-01 10:00 UTC.", new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero)));
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await (await http.GetAsync(new Uri("/Audit", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Renamed the team at 2026-11-01 10:00 UTC.", html, StringComparison.Ordinal);
    }

    private async Task<TestUser> ReaderInLjubljanaAsync()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "Europe/Ljubljana")));
        return admin;
    }

    private static AuditEntry Entry(string details, DateTimeOffset at) =>
        new() { OccurredAt = at, ActorName = "Casey Lead", Action = AuditAction.TeamChanged, Details = details };

    private Task AddAsync(params AuditEntry[] entries) =>
        App.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync();
        });
}
