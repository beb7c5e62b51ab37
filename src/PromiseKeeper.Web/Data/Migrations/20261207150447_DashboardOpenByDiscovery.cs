using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardOpenByDiscovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Open_DiscoveredAt",
                table: "Incidents",
                column: "DiscoveredAt",
                filter: "\"Stage\" <> 'Closed' AND \"Stage\" <> 'NotApplicable'")
                .Annotation("Npgsql:IndexInclude", new[] { "Stage", "TeamId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_Open_DiscoveredAt",
                table: "Incidents");
        }
    }
}
