using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.ClockHistory;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClockChecksFollowClientSla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ClockCheckSql.QueueClient);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ClockCheckSql.DropQueueClient);
        }
    }
}
