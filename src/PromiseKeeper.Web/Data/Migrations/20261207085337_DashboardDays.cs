using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Figures;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DashboardDaysSql.CreateTables);
            migrationBuilder.Sql(DashboardDaysSql.CreateFunction);
            migrationBuilder.Sql(DashboardDayQueueSql.CreateQueueFunctions);
            migrationBuilder.Sql(DashboardDayQueueSql.CreateTriggers);
            migrationBuilder.Sql(DashboardDaysSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DashboardDayQueueSql.Drop);
            migrationBuilder.Sql(DashboardDaysSql.Drop);
        }
    }
}
