using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventTextKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextKey",
                table: "IncidentEvents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextValues",
                table: "IncidentEvents",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailsKey",
                table: "AuditEntries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailsValues",
                table: "AuditEntries",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextKey",
                table: "IncidentEvents");

            migrationBuilder.DropColumn(
                name: "TextValues",
                table: "IncidentEvents");

            migrationBuilder.DropColumn(
                name: "DetailsKey",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "DetailsValues",
                table: "AuditEntries");
        }
    }
}
