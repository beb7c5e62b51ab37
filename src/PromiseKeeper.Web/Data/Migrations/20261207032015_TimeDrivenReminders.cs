using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TimeDrivenReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DueSoonRemindedAt",
                table: "PreventionMeasures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueRemindedAt",
                table: "PreventionMeasures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DueRemindedAt",
                table: "CheckIns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMeasures_DueSoonToRemind",
                table: "PreventionMeasures",
                column: "DueOn",
                filter: "\"DueSoonRemindedAt\" IS NULL AND \"Status\" <> 'Done'");

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMeasures_OverdueToRemind",
                table: "PreventionMeasures",
                column: "DueOn",
                filter: "\"OverdueRemindedAt\" IS NULL AND \"Status\" <> 'Done'");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DigestPending",
                table: "Notifications",
                columns: new[] { "RecipientId", "CreatedAt" },
                filter: "\"Email\" = 'Digest' AND \"EmailQueuedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_DueToRemind",
                table: "CheckIns",
                column: "PlannedOn",
                filter: "\"DueRemindedAt\" IS NULL AND NOT \"IsDone\" AND \"CancelledAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PreventionMeasures_DueSoonToRemind",
                table: "PreventionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_PreventionMeasures_OverdueToRemind",
                table: "PreventionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_DigestPending",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_DueToRemind",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "DueSoonRemindedAt",
                table: "PreventionMeasures");

            migrationBuilder.DropColumn(
                name: "OverdueRemindedAt",
                table: "PreventionMeasures");

            migrationBuilder.DropColumn(
                name: "DueRemindedAt",
                table: "CheckIns");
        }
    }
}
