using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunningClocksByTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TeamId",
                table: "RunningClocks",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql(PromiseKeeper.Web.ClockHistory.NextStepBackfillSql.TeamBackfill);

            migrationBuilder.CreateIndex(
                name: "IX_RunningClocks_Team_NotPaused",
                table: "RunningClocks",
                columns: new[] { "TeamId", "DueAt" },
                filter: "\"State\" <> 'Paused'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RunningClocks_Team_NotPaused",
                table: "RunningClocks");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "RunningClocks");
        }
    }
}
