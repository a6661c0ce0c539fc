using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridTrainer.Data.Migrations
{
    /// <inheritdoc />
    public partial class WatchActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    athlete_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sport = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    start_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    local_date = table.Column<DateOnly>(type: "date", nullable: true),
                    moving_seconds = table.Column<double>(type: "double precision", nullable: false),
                    elapsed_seconds = table.Column<double>(type: "double precision", nullable: false),
                    distance_meters = table.Column<double>(type: "double precision", nullable: true),
                    average_heart_rate = table.Column<int>(type: "integer", nullable: true),
                    max_heart_rate = table.Column<int>(type: "integer", nullable: true),
                    matched_session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rpe = table.Column<int>(type: "integer", nullable: true),
                    imported_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    laps = table.Column<string>(type: "jsonb", nullable: false),
                    samples = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_athletes_athlete_id",
                        column: x => x.athlete_id,
                        principalTable: "athletes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activities_planned_sessions_matched_session_id",
                        column: x => x.matched_session_id,
                        principalTable: "planned_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_activities_users_imported_by_user_id",
                        column: x => x.imported_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_athlete_id_fingerprint",
                table: "activities",
                columns: new[] { "athlete_id", "fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_activities_athlete_id_local_date",
                table: "activities",
                columns: new[] { "athlete_id", "local_date" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_imported_by_user_id",
                table: "activities",
                column: "imported_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_matched_session_id",
                table: "activities",
                column: "matched_session_id",
                unique: true,
                filter: "matched_session_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");
        }
    }
}
