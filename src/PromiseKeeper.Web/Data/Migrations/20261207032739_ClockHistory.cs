using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using PromiseKeeper.Web.ClockHistory;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClockHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClockKind",
                table: "Notifications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClockSubject",
                table: "Notifications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClockChecks",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    CheckAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockChecks", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_ClockChecks_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClockEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    ClockKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Event = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HappenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Notified = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockEvents_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClockChecks_CheckAt",
                table: "ClockChecks",
                column: "CheckAt");

            migrationBuilder.CreateIndex(
                name: "IX_ClockEvents_IncidentId_ClockKey_Event",
                table: "ClockEvents",
                columns: new[] { "IncidentId", "ClockKey", "Event" },
                unique: true);

            // Hand-written: the triggers that queue clock checks, and the backfill (see ClockCheckSql).
            migrationBuilder.Sql(ClockCheckSql.QueueIncident);
            migrationBuilder.Sql(ClockCheckSql.QueueTeam);
            migrationBuilder.Sql(ClockCheckSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ClockCheckSql.Drop);

            migrationBuilder.DropTable(
                name: "ClockChecks");

            migrationBuilder.DropTable(
                name: "ClockEvents");

            migrationBuilder.DropColumn(
                name: "ClockKind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ClockSubject",
                table: "Notifications");
        }
    }
}
