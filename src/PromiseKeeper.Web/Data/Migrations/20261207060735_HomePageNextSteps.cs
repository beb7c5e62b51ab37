using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HomePageNextSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsNextStep",
                table: "RunningClocks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "RunningClocks",
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(PromiseKeeper.Web.ClockHistory.NextStepBackfillSql.Backfill);

            migrationBuilder.CreateIndex(
                name: "IX_RunningClocks_NextStep",
                table: "RunningClocks",
                columns: new[] { "OwnerId", "DueAt" },
                filter: "\"IsNextStep\" AND \"State\" <> 'Paused'");

            migrationBuilder.CreateIndex(
                name: "IX_RunningClocks_NextStep_Paused",
                table: "RunningClocks",
                columns: new[] { "OwnerId", "DueAt" },
                filter: "\"IsNextStep\" AND \"State\" = 'Paused'");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_LegalChangesAsked",
                table: "Incidents",
                column: "OwnerId",
                filter: "\"LegalReviewStatus\" = 'ChangesRequired'");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentRetros_SentBack",
                table: "IncidentRetros",
                column: "ReviewedAt",
                filter: "\"Status\" = 'SentBack'");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_OpenWithoutOwner",
                table: "CheckIns",
                columns: new[] { "PlannedOn", "Id" },
                filter: "\"OwnerId\" IS NULL AND NOT \"IsDone\" AND \"CancelledAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RunningClocks_NextStep",
                table: "RunningClocks");

            migrationBuilder.DropIndex(
                name: "IX_RunningClocks_NextStep_Paused",
                table: "RunningClocks");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_LegalChangesAsked",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_IncidentRetros_SentBack",
                table: "IncidentRetros");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_OpenWithoutOwner",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "IsNextStep",
                table: "RunningClocks");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "RunningClocks");
        }
    }
}
