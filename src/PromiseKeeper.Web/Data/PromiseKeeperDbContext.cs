using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Data;

public sealed class PromiseKeeperDbContext(DbContextOptions<PromiseKeeperDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies, antiforgery tokens and TempData, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ClientContact> ClientContacts => Set<ClientContact>();

    public DbSet<ClientRelationshipChange> ClientRelationshipChanges => Set<ClientRelationshipChange>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentEvent> IncidentEvents => Set<IncidentEvent>();

    public DbSet<EvidenceDocumentContent> EvidenceDocumentContents => Set<EvidenceDocumentContent>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamClockSettings> TeamClockSettings => Set<TeamClockSettings>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<EndedSession> EndedSessions => Set<EndedSession>();

    /// <summary>The email outbox (<see cref="EmailOutbox"/>).</summary>
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();

    /// <summary>
    /// <c>client_bank_totals</c> (<see cref="Figures.ClientBankDaysSql"/>, <see cref="Figures.ClientBankMonthsSql"/>) as a
    /// table a query can join: EF Core then caches the statement's SQL like any LINQ query's (raw SQL with parameters,
    /// as it was read before, is generated again on every call).
    /// </summary>
    public IQueryable<Pages.Clients.BankTotalsRow> ClientBankTotals(int[] clientIds, DateTimeOffset now, DateTimeOffset before) =>
        FromExpression(() => ClientBankTotals(clientIds, now, before));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("citext");
        builder.ApplyConfigurationsFromAssembly(typeof(PromiseKeeperDbContext).Assembly);
        SqlWindow.Map(builder);
        builder.Entity<Pages.Clients.BankTotalsRow>().HasNoKey().ToTable((string?)null);
        builder.HasDbFunction(typeof(PromiseKeeperDbContext).GetMethod(nameof(ClientBankTotals))!).HasName("client_bank_totals");
        builder.Entity<ApplicationUser>().Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
    }

    /// <summary>
    /// The audit log is append-only: new entries are saved, changed or removed ones never are. (The
    /// database trigger in <see cref="AuditLogSql"/> also stops what bypasses SaveChanges.)
    /// </summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(
                "The audit log is append-only: an audit entry cannot be changed or deleted once written.");
        }
    }
}
