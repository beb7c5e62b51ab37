using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class EndedSessionConfiguration : IEntityTypeConfiguration<EndedSession>
{
    public void Configure(EntityTypeBuilder<EndedSession> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        // For deleting the rows no login can need any more.
        builder.HasIndex(s => s.EndedAt);
    }
}
