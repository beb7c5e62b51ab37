using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Figures;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClientBankMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ClientBankMonthsSql.CreateTable);
            migrationBuilder.Sql(ClientBankMonthsSql.Backfill);
            migrationBuilder.Sql(ClientBankMonthsSql.CreateTotalsFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ClientBankMonthsSql.Drop);
        }
    }
}
