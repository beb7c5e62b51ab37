using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PromiseKeeper.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PromiseKeeperDbContext>
{
    public PromiseKeeperDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PromiseKeeperDbContext>()
            .UseNpgsql("Host=localhost;Database=promisekeeper_design")
            .Options);
}
