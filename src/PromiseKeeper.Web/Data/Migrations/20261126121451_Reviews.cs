using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DoneAt",
                table: "PreventionMeasures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoneByName",
                table: "PreventionMeasures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoneNote",
                table: "PreventionMeasures",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LegalReviewRequestedAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewStatus",
                table: "Incidents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TeamId",
                table: "Incidents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComments",
                table: "IncidentRetros",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "IncidentRetros",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByName",
                table: "IncidentRetros",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "IncidentRetros",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "LegalReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OfferReviewed = table.Column<string>(type: "text", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LapsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalReviews_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing rows: open contract-linked incidents enter legal's queue; submitted retros wait
            // for a team lead, except those of incidents already closed under the earlier rule.
            migrationBuilder.Sql("""
                UPDATE "Incidents" SET
                    "LegalReviewStatus" = CASE WHEN "ContractReference" IS NOT NULL AND "Stage" NOT IN ('Closed', 'NotApplicable') THEN 'Awaiting' ELSE 'NotNeeded' END,
                    "LegalReviewRequestedAt" = CASE WHEN "ContractReference" IS NOT NULL AND "Stage" NOT IN ('Closed', 'NotApplicable') THEN "LoggedAt" END;
                UPDATE "IncidentRetros" r SET "Status" = CASE
                    WHEN r."SubmittedAt" IS NULL THEN 'Draft'
                    WHEN i."Stage" = 'Closed' THEN 'Approved'
                    ELSE 'Submitted' END
                FROM "Incidents" i WHERE i."Id" = r."IncidentId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMeasures_DueOn",
                table: "PreventionMeasures",
                column: "DueOn",
                filter: "\"Status\" <> 'Done'");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AwaitingLegal",
                table: "Incidents",
                column: "LegalReviewRequestedAt",
                filter: "\"LegalReviewStatus\" = 'Awaiting'");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_TeamId_DiscoveredAt_Id",
                table: "Incidents",
                columns: new[] { "TeamId", "DiscoveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentRetros_Status",
                table: "IncidentRetros",
                column: "Status",
                filter: "\"Status\" = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "IX_LegalReviews_IncidentId",
                table: "LegalReviews",
                column: "IncidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalReviews");

            migrationBuilder.DropIndex(
                name: "IX_PreventionMeasures_DueOn",
                table: "PreventionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_AwaitingLegal",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_TeamId_DiscoveredAt_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_IncidentRetros_Status",
                table: "IncidentRetros");

            migrationBuilder.DropColumn(
                name: "DoneAt",
                table: "PreventionMeasures");

            migrationBuilder.DropColumn(
                name: "DoneByName",
                table: "PreventionMeasures");

            migrationBuilder.DropColumn(
                name: "DoneNote",
                table: "PreventionMeasures");

            migrationBuilder.DropColumn(
                name: "LegalReviewRequestedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "LegalReviewStatus",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ReviewComments",
                table: "IncidentRetros");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "IncidentRetros");

            migrationBuilder.DropColumn(
                name: "ReviewedByName",
                table: "IncidentRetros");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "IncidentRetros");
        }
    }
}
