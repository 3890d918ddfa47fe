using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "attempted_at",
                table: "outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "lease_token",
                table: "outbox",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
