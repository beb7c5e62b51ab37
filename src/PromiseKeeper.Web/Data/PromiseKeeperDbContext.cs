using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data;

public sealed class PromiseKeeperDbContext(DbContextOptions<PromiseKeeperDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Client> Clients => Set<Client>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentEvent> IncidentEvents => Set<IncidentEvent>();

    public DbSet<EvidenceDocumentContent> EvidenceDocumentContents => Set<EvidenceDocumentContent>();

    public DbSet<Team> Teams => Set<Team>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("citext");
        builder.ApplyConfigurationsFromAssembly(typeof(PromiseKeeperDbContext).Assembly);
        builder.Entity<ApplicationUser>().Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
    }
}
