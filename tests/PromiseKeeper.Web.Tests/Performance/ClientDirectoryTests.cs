using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>The in-memory client list behind the pickers shows every client change as soon as it is committed.</summary>
public sealed class ClientDirectoryTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_client_added_or_renamed_anywhere_shows_in_the_pickers_at_once()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var acme = await App.AddClientAsync("Acme");
        using var http = await App.CreateSignedInClientAsync(owner);
        Assert.Contains(">Acme</option>", await PickerAsync(http, "/Incidents"), StringComparison.Ordinal);

        await App.AddClientAsync("Globex");
        await App.WithDbAsync(async db =>
        {
            // No page renames clients yet; a change through EF Core counts all the same.
            db.Entry(await db.Clients.SingleAsync(c => c.Id == acme)).Property(c => c.Name).CurrentValue = "Acme Holdings";
            await db.SaveChangesAsync();
        });

        var list = await PickerAsync(http, "/Incidents");
        Assert.Contains(">Globex</option>", list, StringComparison.Ordinal);
        Assert.Contains(">Acme Holdings</option>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">Acme</option>", list, StringComparison.Ordinal);
        Assert.Contains(">Globex</option>", await PickerAsync(http, "/Incidents/Log"), StringComparison.Ordinal);
        Assert.Contains(">Globex</a></td>", await PickerAsync(http, "/Clients"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_saved_inside_a_transaction_shows_once_the_transaction_commits_not_before()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await App.AddClientAsync("Acme");
        using var http = await App.CreateSignedInClientAsync(owner);

        await App.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Clients.Add(Client.Create("Initech", LoyaltyLevel.Neutral, App.Clock.Now));
            await db.SaveChangesAsync();

            // Read (and kept in memory) while the new client is not committed yet.
            Assert.DoesNotContain(">Initech</option>", await PickerAsync(http, "/Incidents"), StringComparison.Ordinal);
            await transaction.CommitAsync();
        });

        Assert.Contains(">Initech</option>", await PickerAsync(http, "/Incidents"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_added_by_another_instance_shows_once_this_instance_s_copy_is_older_than_its_limit()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await App.AddClientAsync("Acme");
        using var http = await App.CreateSignedInClientAsync(owner);
        Assert.DoesNotContain(">Initech</option>", await PickerAsync(http, "/Incidents"), StringComparison.Ordinal);

        // Another instance's save: committed in the database, never seen by this process's SaveChanges.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Clients\" (\"Name\", \"Loyalty\", \"CreatedAt\") VALUES ('Initech', 'Neutral', {App.Clock.Now})"));
        Assert.DoesNotContain(">Initech</option>", await PickerAsync(http, "/Incidents"), StringComparison.Ordinal);

        App.Clock.Now += ClientDirectory.MaxAge;
        Assert.Contains(">Initech</option>", await PickerAsync(http, "/Incidents"), StringComparison.Ordinal);
    }

    private static async Task<string> PickerAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
