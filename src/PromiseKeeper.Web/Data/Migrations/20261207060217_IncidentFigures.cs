using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncidentFigures",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SeverityPoints = table.Column<int>(type: "integer", nullable: false),
                    MistakeA = table.Column<bool>(type: "boolean", nullable: false),
                    MistakeB = table.Column<bool>(type: "boolean", nullable: false),
                    MistakeC = table.Column<bool>(type: "boolean", nullable: false),
                    MistakeD = table.Column<bool>(type: "boolean", nullable: false),
                    MistakeE = table.Column<bool>(type: "boolean", nullable: false),
                    MistakeCount = table.Column<int>(type: "integer", nullable: false),
                    TimeToTellMinutes = table.Column<int>(type: "integer", nullable: true),
                    ToldFirst = table.Column<bool>(type: "boolean", nullable: false),
                    OfferToLossRatio = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ClientTextsSent = table.Column<int>(type: "integer", nullable: false),
                    BlameFindingsSent = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentFigures", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_IncidentFigures_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncidentFigures");
        }
    }
}
