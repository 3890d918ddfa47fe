using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Calls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_audit_entries_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    call_sid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    property_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    to_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    workflow_instance_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    awaited_turn = table.Column<int>(type: "INTEGER", nullable: false),
                    transcript_length = table.Column<int>(type: "INTEGER", nullable: false),
                    last_response_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    resident_external_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    life_safety = table.Column<bool>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calls", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_calls_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    correlation_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    property_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    payload_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_outbox_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_receipts",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    call_sid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    response_status = table.Column<int>(type: "INTEGER", nullable: false),
                    response_content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    response_body = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_receipts", x => new { x.portfolio_id, x.event_key });
                    table.ForeignKey(
                        name: "fk_webhook_receipts_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "call_turns",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    call_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    speaker = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_turns", x => new { x.portfolio_id, x.call_id, x.seq });
                    table.ForeignKey(
                        name: "fk_call_turns_calls_portfolio_id_call_id",
                        columns: x => new { x.portfolio_id, x.call_id },
                        principalTable: "calls",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_portfolio_id_subject",
                table: "audit_entries",
                columns: new[] { "portfolio_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_calls_portfolio_id_call_sid",
                table: "calls",
                columns: new[] { "portfolio_id", "call_sid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calls_portfolio_id_started_at",
                table: "calls",
                columns: new[] { "portfolio_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_portfolio_id_correlation_key",
                table: "outbox",
                columns: new[] { "portfolio_id", "correlation_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_portfolio_id_subject",
                table: "outbox",
                columns: new[] { "portfolio_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_status_next_attempt_at",
                table: "outbox",
                columns: new[] { "status", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "call_turns");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "webhook_receipts");

            migrationBuilder.DropTable(
                name: "calls");
        }
    }
}
