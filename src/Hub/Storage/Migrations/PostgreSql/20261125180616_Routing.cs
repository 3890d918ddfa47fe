using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Routing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    property_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    trade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ack_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    resident_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    hub_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    acknowledged_via = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalations", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_escalations_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routing_policies",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    escalation_json = table.Column<string>(type: "text", nullable: true),
                    sla_json = table.Column<string>(type: "text", nullable: true),
                    messages_json = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_policies", x => x.portfolio_id);
                    table.ForeignKey(
                        name: "fk_routing_policies_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sla_clocks",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    property_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    target = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    near_breach_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    met_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    near_breach_noted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_check_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_clocks", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_sla_clocks_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vendors",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    dispatcher = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    settings_json = table.Column<string>(type: "text", nullable: true),
                    sms_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vendors", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_vendors_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "escalation_steps",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    escalation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    tier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    contact_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    timed_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalation_steps", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_escalation_steps_escalations_portfolio_id_escalation_id",
                        columns: x => new { x.portfolio_id, x.escalation_id },
                        principalTable: "escalations",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "preferred_vendors",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    trade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    vendor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    not_to_exceed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_preferred_vendors", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_preferred_vendors_vendors_portfolio_id_vendor_id",
                        columns: x => new { x.portfolio_id, x.vendor_id },
                        principalTable: "vendors",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vendor_dispatches",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    vendor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    not_to_exceed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    vendor_status = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_poll_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vendor_dispatches", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_vendor_dispatches_vendors_portfolio_id_vendor_id",
                        columns: x => new { x.portfolio_id, x.vendor_id },
                        principalTable: "vendors",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_escalation_steps_portfolio_id_escalation_id_number",
                table: "escalation_steps",
                columns: new[] { "portfolio_id", "escalation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_escalation_steps_portfolio_id_phone",
                table: "escalation_steps",
                columns: new[] { "portfolio_id", "phone" });

            migrationBuilder.CreateIndex(
                name: "ix_escalations_portfolio_id_status_ack_code",
                table: "escalations",
                columns: new[] { "portfolio_id", "status", "ack_code" });

            migrationBuilder.CreateIndex(
                name: "ix_escalations_portfolio_id_subject",
                table: "escalations",
                columns: new[] { "portfolio_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_escalations_portfolio_id_work_order_id",
                table: "escalations",
                columns: new[] { "portfolio_id", "work_order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_preferred_vendors_portfolio_id_property_id_trade_rank",
                table: "preferred_vendors",
                columns: new[] { "portfolio_id", "property_id", "trade", "rank" });

            migrationBuilder.CreateIndex(
                name: "ix_preferred_vendors_portfolio_id_vendor_id",
                table: "preferred_vendors",
                columns: new[] { "portfolio_id", "vendor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_next_check_at",
                table: "sla_clocks",
                column: "next_check_at");

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_portfolio_id_started_at",
                table: "sla_clocks",
                columns: new[] { "portfolio_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_portfolio_id_work_order_id_target",
                table: "sla_clocks",
                columns: new[] { "portfolio_id", "work_order_id", "target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vendor_dispatches_next_poll_at",
                table: "vendor_dispatches",
                column: "next_poll_at");

            migrationBuilder.CreateIndex(
                name: "ix_vendor_dispatches_portfolio_id_vendor_id",
                table: "vendor_dispatches",
                columns: new[] { "portfolio_id", "vendor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_vendor_dispatches_portfolio_id_work_order_id",
                table: "vendor_dispatches",
                columns: new[] { "portfolio_id", "work_order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_vendors_portfolio_id_code",
                table: "vendors",
                columns: new[] { "portfolio_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "escalation_steps");

            migrationBuilder.DropTable(
                name: "preferred_vendors");

            migrationBuilder.DropTable(
                name: "routing_policies");

            migrationBuilder.DropTable(
                name: "sla_clocks");

            migrationBuilder.DropTable(
                name: "vendor_dispatches");

            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "vendors");
        }
    }
}
