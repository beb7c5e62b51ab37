using System;
using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Figures;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentFiguresQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FigureChecks",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    CheckAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureChecks", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_FigureChecks_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureChecks_CheckAt",
                table: "FigureChecks",
                column: "CheckAt");

            // Hand-written: the triggers that queue figure checks, and the backfill (see FigureCheckSql).
            migrationBuilder.Sql(FigureCheckSql.QueueIncident);
            migrationBuilder.Sql(FigureCheckSql.QueueClient);
            migrationBuilder.Sql(FigureCheckSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FigureCheckSql.Drop);

            migrationBuilder.DropTable(
                name: "FigureChecks");
        }
    }
}
