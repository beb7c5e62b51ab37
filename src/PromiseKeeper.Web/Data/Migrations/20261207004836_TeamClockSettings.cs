using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TeamClockSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TeamClockSettings",
                columns: table => new
                {
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    WorkStarts = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WorkEnds = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Holidays = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    TellClientDays = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    HoldCallDays = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    SendRecapDays = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    SubmitRetroDays = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    LegalReviewDays = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    WarnSharePercent = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamClockSettings", x => x.TeamId);
                    table.ForeignKey(
                        name: "FK_TeamClockSettings_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TeamClockSettings");
        }
    }
}
