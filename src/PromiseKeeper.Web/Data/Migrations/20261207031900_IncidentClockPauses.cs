using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentClockPauses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "SlaHoldCallDays",
                table: "Clients",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SlaLegalReviewDays",
                table: "Clients",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SlaSendRecapDays",
                table: "Clients",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SlaSubmitRetroDays",
                table: "Clients",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SlaTellClientDays",
                table: "Clients",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IncidentPauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EndedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentPauses_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentPauses_IncidentId",
                table: "IncidentPauses",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentPauses_OpenClientPause",
                table: "IncidentPauses",
                column: "IncidentId",
                unique: true,
                filter: "\"EndedAt\" IS NULL AND \"Reason\" = 'WaitingOnClient'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncidentPauses");

            migrationBuilder.DropColumn(
                name: "SlaHoldCallDays",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "SlaLegalReviewDays",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "SlaSendRecapDays",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "SlaSubmitRetroDays",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "SlaTellClientDays",
                table: "Clients");
        }
    }
}
