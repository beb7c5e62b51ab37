using System;
using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Search;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DiscoveredAt",
                table: "IncidentSearch",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "IncidentSearch",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TeamId",
                table: "IncidentSearch",
                type: "integer",
                nullable: true);

            // Fills the columns before their indexes are built, and keeps them current from now on.
            IncidentSearchSql.UpKeys(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSearch_DiscoveredAt_IncidentId",
                table: "IncidentSearch",
                columns: new[] { "DiscoveredAt", "IncidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSearch_OwnerId_DiscoveredAt_IncidentId",
                table: "IncidentSearch",
                columns: new[] { "OwnerId", "DiscoveredAt", "IncidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSearch_TeamId_DiscoveredAt_IncidentId",
                table: "IncidentSearch",
                columns: new[] { "TeamId", "DiscoveredAt", "IncidentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            IncidentSearchSql.DownKeys(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_IncidentSearch_DiscoveredAt_IncidentId",
                table: "IncidentSearch");

            migrationBuilder.DropIndex(
                name: "IX_IncidentSearch_OwnerId_DiscoveredAt_IncidentId",
                table: "IncidentSearch");

            migrationBuilder.DropIndex(
                name: "IX_IncidentSearch_TeamId_DiscoveredAt_IncidentId",
                table: "IncidentSearch");

            migrationBuilder.DropColumn(
                name: "DiscoveredAt",
                table: "IncidentSearch");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "IncidentSearch");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "IncidentSearch");
        }
    }
}
