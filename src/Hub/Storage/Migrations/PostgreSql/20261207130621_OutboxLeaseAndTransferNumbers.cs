using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxLeaseAndTransferNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "allowed_transfer_numbers_json",
                table: "portfolios",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "attempted_at",
                table: "outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "lease_token",
                table: "outbox",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_portfolio_id_kind_external_id",
                table: "outbox",
                columns: new[] { "portfolio_id", "kind", "external_id" },
                unique: true,
                filter: "\"kind\" IN ('sms', 'page_call') AND \"external_id\" IS NOT NULL");

            // A row a hub before this version was delivering when it stopped has not counted that attempt yet (the old
            // worker counted at settle): count it, so that its next attempt looks before sending.
            migrationBuilder.Sql("UPDATE outbox SET attempts = attempts + 1 WHERE status = 'pending' AND lease_until IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_portfolio_id_kind_external_id",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "allowed_transfer_numbers_json",
                table: "portfolios");

            migrationBuilder.DropColumn(
                name: "attempted_at",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "lease_token",
                table: "outbox");
        }
    }
}
