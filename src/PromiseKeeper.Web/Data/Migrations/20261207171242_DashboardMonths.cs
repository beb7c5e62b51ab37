using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Figures;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DashboardMonthsSql.CreateTable);
            migrationBuilder.Sql(DashboardMonthsSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DashboardMonthsSql.Drop);
        }
    }
}
