using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenIncidentsByClientWithTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_Open_ClientId_OwnerId",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Open_ClientId_OwnerId",
                table: "Incidents",
                columns: new[] { "ClientId", "OwnerId" },
                filter: "\"Stage\" <> 'Closed' AND \"Stage\" <> 'NotApplicable'")
                .Annotation("Npgsql:IndexInclude", new[] { "TeamId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_Open_ClientId_OwnerId",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Open_ClientId_OwnerId",
                table: "Incidents",
                columns: new[] { "ClientId", "OwnerId" },
                filter: "\"Stage\" <> 'Closed' AND \"Stage\" <> 'NotApplicable'");
        }
    }
}
