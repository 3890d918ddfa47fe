using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiPhoneCoverage.Hub.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OnCall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "oncall_contacts",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oncall_contacts", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_oncall_contacts_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "oncall_rotations",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    property_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    trade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    handoff_day = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    handoff_time = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    windows_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oncall_rotations", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_oncall_rotations_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_oncall_rotations_properties_portfolio_id_property_id",
                        columns: x => new { x.portfolio_id, x.property_id },
                        principalTable: "properties",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "oncall_members",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rotation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    escalation = table.Column<bool>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oncall_members", x => new { x.portfolio_id, x.rotation_id, x.escalation, x.position });
                    table.ForeignKey(
                        name: "fk_oncall_members_oncall_contacts_portfolio_id_contact_id",
                        columns: x => new { x.portfolio_id, x.contact_id },
                        principalTable: "oncall_contacts",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_oncall_members_oncall_rotations_portfolio_id_rotation_id",
                        columns: x => new { x.portfolio_id, x.rotation_id },
                        principalTable: "oncall_rotations",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "oncall_overrides",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rotation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_local = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    to_local = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oncall_overrides", x => new { x.portfolio_id, x.id });
                    table.ForeignKey(
                        name: "fk_oncall_overrides_oncall_contacts_portfolio_id_contact_id",
                        columns: x => new { x.portfolio_id, x.contact_id },
                        principalTable: "oncall_contacts",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_oncall_overrides_oncall_rotations_portfolio_id_rotation_id",
                        columns: x => new { x.portfolio_id, x.rotation_id },
                        principalTable: "oncall_rotations",
                        principalColumns: new[] { "portfolio_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_oncall_contacts_portfolio_id_code",
                table: "oncall_contacts",
                columns: new[] { "portfolio_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_oncall_members_portfolio_id_contact_id",
                table: "oncall_members",
                columns: new[] { "portfolio_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_oncall_overrides_portfolio_id_contact_id",
                table: "oncall_overrides",
                columns: new[] { "portfolio_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_oncall_overrides_portfolio_id_rotation_id_from_local",
                table: "oncall_overrides",
                columns: new[] { "portfolio_id", "rotation_id", "from_local" });

            migrationBuilder.CreateIndex(
                name: "ix_oncall_rotations_portfolio_id_name",
                table: "oncall_rotations",
                columns: new[] { "portfolio_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_oncall_rotations_portfolio_id_property_id_trade",
                table: "oncall_rotations",
                columns: new[] { "portfolio_id", "property_id", "trade" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oncall_members");

            migrationBuilder.DropTable(
                name: "oncall_overrides");

            migrationBuilder.DropTable(
                name: "oncall_contacts");

            migrationBuilder.DropTable(
                name: "oncall_rotations");
        }
    }
}
