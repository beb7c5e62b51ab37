using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PromiseKeeper.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Playbook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FinishedAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastChangedAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "NotApplicableReason",
                table: "Incidents",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OfferRevisedAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginFindings",
                table: "Incidents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OriginRecordedAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PromiseReference",
                table: "Incidents",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            // Existing incidents were last changed when they were logged (or later, by a stage move on the timeline).
            migrationBuilder.Sql("UPDATE \"Incidents\" i SET \"LastChangedAt\" = COALESCE((SELECT MAX(e.\"OccurredAt\") FROM \"IncidentEvents\" e WHERE e.\"IncidentId\" = i.\"Id\"), i.\"LoggedAt\");");

            migrationBuilder.CreateTable(
                name: "BlameFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Phrase = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WasSent = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlameFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlameFindings_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsDone = table.Column<bool>(type: "boolean", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompensationOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsOffered = table.Column<bool>(type: "boolean", nullable: false),
                    CostToUsAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CostToUsCurrency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    ValueToClientAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ValueToClientCurrency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationOptions_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PastedText = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentCalls",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TimeZoneId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Attendees = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RequestEmail = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    VoicemailScript = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    CallPlan = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    EmailInsteadReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EmailInsteadMessage = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCalls", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_IncidentCalls_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentConversations",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ClientSharedFeelings = table.Column<bool>(type: "boolean", nullable: false),
                    Acknowledgement = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OfferResponse = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResponseNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentConversations", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_IncidentConversations_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentRecaps",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentRecaps", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_IncidentRecaps_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentRetros",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    RootCauseCategory = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RootCause = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    LessonsLearned = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentRetros", x => x.IncidentId);
                    table.ForeignKey(
                        name: "FK_IncidentRetros_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreventionMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreventionMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreventionMeasures_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceDocumentContents",
                columns: table => new
                {
                    EvidenceItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceDocumentContents", x => x.EvidenceItemId);
                    table.ForeignKey(
                        name: "FK_EvidenceDocumentContents_EvidenceItems_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BlameFindings_IncidentId",
                table: "BlameFindings",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_IncidentId",
                table: "CheckIns",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationOptions_IncidentId",
                table: "CompensationOptions",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_IncidentId_AddedAt",
                table: "EvidenceItems",
                columns: new[] { "IncidentId", "AddedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMeasures_IncidentId",
                table: "PreventionMeasures",
                column: "IncidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BlameFindings");

            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "CompensationOptions");

            migrationBuilder.DropTable(
                name: "EvidenceDocumentContents");

            migrationBuilder.DropTable(
                name: "IncidentCalls");

            migrationBuilder.DropTable(
                name: "IncidentConversations");

            migrationBuilder.DropTable(
                name: "IncidentRecaps");

            migrationBuilder.DropTable(
                name: "IncidentRetros");

            migrationBuilder.DropTable(
                name: "PreventionMeasures");

            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropColumn(
                name: "FinishedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "LastChangedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "NotApplicableReason",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OfferRevisedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OriginFindings",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OriginRecordedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PromiseReference",
                table: "Incidents");
        }
    }
}
