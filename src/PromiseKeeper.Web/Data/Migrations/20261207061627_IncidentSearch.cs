using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;
using PromiseKeeper.Web.Search;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncidentSearch",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Config = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentSearch", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_IncidentSearch_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSearch_Vector",
                table: "IncidentSearch",
                column: "Vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            IncidentSearchSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            IncidentSearchSql.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "IncidentSearch");
        }
    }
}
