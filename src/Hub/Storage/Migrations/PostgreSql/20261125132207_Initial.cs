using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_feed",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_feed", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "portfolios",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_portfolios", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "properties",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pms_plugin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    pms_property_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    pms_settings_json = table.Column<string>(type: "text", nullable: true),
                    emergency_line = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_properties", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_properties_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "property_phone_numbers",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_property_phone_numbers", x => new { x.portfolio_id, x.number });
                    table.ForeignKey(
                        name: "fk_property_phone_numbers_properties_portfolio_id_property_id",
                        columns: x => new { x.portfolio_id, x.property_id },
                        principalTable: "properties",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    external_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_units_properties_portfolio_id_property_id",
                        columns: x => new { x.portfolio_id, x.property_id },
                        principalTable: "properties",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_residents_properties_portfolio_id_property_id",
                        columns: x => new { x.portfolio_id, x.property_id },
                        principalTable: "properties",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_residents_units_portfolio_id_unit_id",
                        columns: x => new { x.portfolio_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resident_phones",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resident_phones", x => new { x.portfolio_id, x.resident_id, x.position });
                    table.ForeignKey(
                        name: "fk_resident_phones_residents_portfolio_id_resident_id",
                        columns: x => new { x.portfolio_id, x.resident_id },
                        principalTable: "residents",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_change_feed_portfolio_id_id",
                table: "change_feed",
                columns: new[] { "portfolio_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_portfolios_code",
                table: "portfolios",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_properties_portfolio_id_code",
                table: "properties",
                columns: new[] { "portfolio_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_property_phone_numbers_number",
                table: "property_phone_numbers",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_property_phone_numbers_portfolio_id_property_id",
                table: "property_phone_numbers",
                columns: new[] { "portfolio_id", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_resident_phones_hash",
                table: "resident_phones",
                column: "hash");

            migrationBuilder.CreateIndex(
                name: "ix_residents_portfolio_id_property_id_external_id",
                table: "residents",
                columns: new[] { "portfolio_id", "property_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_residents_portfolio_id_unit_id",
                table: "residents",
                columns: new[] { "portfolio_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_units_portfolio_id_property_id_code",
                table: "units",
                columns: new[] { "portfolio_id", "property_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_feed");

            migrationBuilder.DropTable(
                name: "property_phone_numbers");

            migrationBuilder.DropTable(
                name: "resident_phones");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "properties");

            migrationBuilder.DropTable(
                name: "portfolios");
        }
    }
}
