using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HomePageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Open_OwnerId_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "OwnerId", "DiscoveredAt", "Id" },
                filter: "\"Stage\" <> 'Closed' AND \"Stage\" <> 'NotApplicable'");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Open_TeamId_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "TeamId", "DiscoveredAt", "Id" },
                filter: "\"Stage\" <> 'Closed' AND \"Stage\" <> 'NotApplicable'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_Open_OwnerId_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_Open_TeamId_DiscoveredAt_Id",
                table: "Incidents");
        }
    }
}
