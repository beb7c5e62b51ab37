using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Figures;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClientBankDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Closed_ClientId_FinishedAt",
                table: "Incidents",
                columns: new[] { "ClientId", "FinishedAt" },
                filter: "\"Stage\" = 'Closed'");

            migrationBuilder.Sql(ClientBankDaysSql.AddDoneClients);
            migrationBuilder.Sql(ClientBankDaysSql.CreateTables);
            migrationBuilder.Sql(ClientBankDaysSql.CreateRowsFunction);
            migrationBuilder.Sql(ClientBankDaysSql.CreateTotalsFunction);
            migrationBuilder.Sql(ClientBankDayQueueSql.CreateQueueFunctions);
            migrationBuilder.Sql(ClientBankDayQueueSql.CreateTriggers);
            migrationBuilder.Sql(ClientBankDaysSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ClientBankDayQueueSql.Drop);
            migrationBuilder.Sql(ClientBankDaysSql.Drop);

            migrationBuilder.DropIndex(
                name: "IX_Incidents_Closed_ClientId_FinishedAt",
                table: "Incidents");
        }
    }
}
