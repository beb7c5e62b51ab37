using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Faults;

/// <summary>scripts/backup.sh and scripts/restore.sh, run as an operator would, against the test server.</summary>
public sealed class BackupRestoreTests(WebAppFixture app) : WebAppTest(app)
{
    private const string RestoredDatabase = "promisekeeper_restore_test";

    [Fact]
    public async Task A_restored_backup_has_the_same_incidents_and_the_same_evidence_files()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await AddIncidentWithFileAsync(owner, "Release slipped", "We said it would be ready by March."u8.ToArray());
        await AddIncidentWithFileAsync(owner, "Wrong invoice", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Line of the call notes. ", 12_000))));
        var connectionString = App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;
        var restored = new NpgsqlConnectionStringBuilder(connectionString) { Database = RestoredDatabase, Pooling = false }.ConnectionString;
        var backup = Path.Combine(Path.GetTempPath(), $"promisekeeper-{Guid.NewGuid():N}.dump");
        await DropRestoredAsync(connectionString);
        try
        {
            await RunScriptAsync(connectionString, "backup.sh", backup);
            await RunScriptAsync(connectionString, "restore.sh", backup, RestoredDatabase);

            var (incidents, files) = await ContentsAsync(connectionString);
            var (restoredIncidents, restoredFiles) = await ContentsAsync(restored);

            Assert.Equal(2, files.Count);
            Assert.Equal(incidents, restoredIncidents);
            Assert.Equal(files, restoredFiles);
        }
        finally
        {
            File.Delete(backup);
            await DropRestoredAsync(connectionString);
        }
    }

    private async Task AddIncidentWithFileAsync(TestUser owner, string summary, byte[] bytes)
    {
        var clientId = await App.AddClientAsync($"{summary} client");
        var now = App.Clock.GetUtcNow();
        var actor = Actor.Create(owner.Id, owner.DisplayName);
        var incident = Incident.Log(TestIncidents.Details(clientId, now.AddDays(-2), summary: summary), actor, now.AddDays(-1), owner.TeamId);
        var evidence = incident.AddDocumentEvidence("Notes", EvidenceFileCheck.Check("notes.txt", bytes), actor, now);
        await App.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            db.EvidenceDocumentContents.Add(new EvidenceDocumentContent { EvidenceItemId = evidence.Id, Bytes = bytes });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>The incidents' ids and summaries, and a SHA-256 of every evidence file.</summary>
    private static async Task<(string Incidents, List<string> Files)> ContentsAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PromiseKeeperDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new PromiseKeeperDbContext(options);
        var incidents = await db.Incidents.OrderBy(i => i.Id).Select(i => $"{i.Id} {i.Summary}").ToListAsync();
        var files = await db.EvidenceDocumentContents.OrderBy(c => c.EvidenceItemId).Select(c => new { c.EvidenceItemId, c.Bytes }).ToListAsync();
        return (string.Join("\n", incidents), [.. files.Select(f => $"{f.EvidenceItemId} {Convert.ToHexString(SHA256.HashData(f.Bytes))}")]);
    }

    private static async Task RunScriptAsync(string connectionString, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__PromiseKeeper"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"scripts/{script} failed ({process.ExitCode}): {await output}{await errors}");
    }

    private static async Task DropRestoredAsync(string connectionString)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{RestoredDatabase}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "backup.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("scripts/backup.sh not found above the test binaries.");
    }
}
