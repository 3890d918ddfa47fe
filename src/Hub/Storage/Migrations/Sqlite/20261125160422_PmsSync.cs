using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PmsSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "roster_full_sync_at",
                table: "properties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "roster_synced_at",
                table: "properties",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "roster_full_sync_at",
                table: "properties");

            migrationBuilder.DropColumn(
                name: "roster_synced_at",
                table: "properties");
        }
    }
}
