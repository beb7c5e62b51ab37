using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeasureAndCheckInOwnerIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "PreventionMeasures",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "CheckIns",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMeasures_OwnerId",
                table: "PreventionMeasures",
                column: "OwnerId",
                filter: "\"OwnerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_OwnerId",
                table: "CheckIns",
                column: "OwnerId",
                filter: "\"OwnerId\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_CheckIns_AspNetUsers_OwnerId",
                table: "CheckIns",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_PreventionMeasures_AspNetUsers_OwnerId",
                table: "PreventionMeasures",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CheckIns_AspNetUsers_OwnerId",
                table: "CheckIns");

            migrationBuilder.DropForeignKey(
                name: "FK_PreventionMeasures_AspNetUsers_OwnerId",
                table: "PreventionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_PreventionMeasures_OwnerId",
                table: "PreventionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_OwnerId",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "PreventionMeasures");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "CheckIns");
        }
    }
}
