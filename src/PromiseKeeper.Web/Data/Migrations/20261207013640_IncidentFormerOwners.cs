using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentFormerOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "FormerOwnerNames",
                table: "Incidents",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormerOwnerNames",
                table: "Incidents");
        }
    }
}
