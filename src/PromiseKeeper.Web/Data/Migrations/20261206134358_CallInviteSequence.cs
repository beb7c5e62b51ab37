using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallInviteSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "IncidentCalls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InviteSequence",
                table: "IncidentCalls",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Calls already called off count as cancelled: replaced by a written message, or still ahead when the incident
            // was marked not applicable. Their next invitation is a cancellation one revision after the request.
            migrationBuilder.Sql("""
                UPDATE "IncidentCalls" c SET "CancelledAt" = now(), "InviteSequence" = 1
                FROM "Incidents" i
                WHERE i."Id" = c."IncidentId" AND c."StartsAt" IS NOT NULL
                  AND (c."Mode" = 'EmailInstead' OR (i."Stage" = 'NotApplicable' AND c."StartsAt" > i."FinishedAt"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "IncidentCalls");

            migrationBuilder.DropColumn(
                name: "InviteSequence",
                table: "IncidentCalls");
        }
    }
}
