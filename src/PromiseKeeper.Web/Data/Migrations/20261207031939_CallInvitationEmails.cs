using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallInvitationEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReplyToAddress",
                table: "OutgoingEmails",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyToName",
                table: "OutgoingEmails",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EmailedSequence",
                table: "IncidentCalls",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailedTo",
                table: "IncidentCalls",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReplyToAddress",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "ReplyToName",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "EmailedSequence",
                table: "IncidentCalls");

            migrationBuilder.DropColumn(
                name: "EmailedTo",
                table: "IncidentCalls");
        }
    }
}
