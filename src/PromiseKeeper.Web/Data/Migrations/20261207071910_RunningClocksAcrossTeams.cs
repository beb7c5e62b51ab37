using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunningClocksAcrossTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RunningClocks_NotPaused",
                table: "RunningClocks",
                column: "DueAt",
                filter: "\"State\" <> 'Paused'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RunningClocks_NotPaused",
                table: "RunningClocks");
        }
    }
}
