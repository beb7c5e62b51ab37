using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ClientId_Stage_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "ClientId", "Stage", "DiscoveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ContractLinked_ClientId_Kind_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "ClientId", "Kind", "DiscoveredAt", "Id" },
                filter: "\"ContractReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ContractLinked_Kind_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "Kind", "DiscoveredAt", "Id" },
                filter: "\"ContractReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ContractLinked_Stage_Kind_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "Stage", "Kind", "DiscoveredAt", "Id" },
                filter: "\"ContractReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OwnerId_ClientId_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "OwnerId", "ClientId", "DiscoveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OwnerId_Stage_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "OwnerId", "Stage", "DiscoveredAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_ClientId_Stage_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_ContractLinked_ClientId_Kind_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_ContractLinked_Kind_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_ContractLinked_Stage_Kind_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_OwnerId_ClientId_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_OwnerId_Stage_DiscoveredAt_Id",
                table: "Incidents");
        }
    }
}
