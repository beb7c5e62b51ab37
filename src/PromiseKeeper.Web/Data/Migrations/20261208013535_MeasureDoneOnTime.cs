using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Web.Figures;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <summary>A measure is done on time by the date in its team's calendar zone (<see cref="MeasureDoneOnTimeSql"/>); the column is outside the EF model.</summary>
    public partial class MeasureDoneOnTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(MeasureDoneOnTimeSql.Up);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(MeasureDoneOnTimeSql.Down);
    }
}
