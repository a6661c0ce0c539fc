using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridTrainer.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoachReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "logged_kilometres",
                table: "shoes",
                type: "numeric(8,2)",
                precision: 8,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "block_verdicts",
                columns: table => new
                {
                    block_id = table.Column<Guid>(type: "uuid", nullable: false),
                    athlete_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    warnings = table.Column<List<string>>(type: "text[]", nullable: false),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_block_verdicts", x => x.block_id);
                    table.ForeignKey(
                        name: "fk_block_verdicts_athletes_athlete_id",
                        column: x => x.athlete_id,
                        principalTable: "athletes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_block_verdicts_training_blocks_block_id",
                        column: x => x.block_id,
                        principalTable: "training_blocks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_block_verdicts_athlete_id",
                table: "block_verdicts",
                column: "athlete_id");

            // Backfill: each pair's logged distance as the shoes page counted it (completed logs with a distance of
            // sessions planned in the pair). Verdicts need the C# plan checker: DatabaseMigrator fills them at start-up
            // (CoachReadModel.BackfillAsync, for live blocks without a verdict of the current version).
            migrationBuilder.Sql("""
                UPDATE shoes AS s
                SET logged_kilometres = pair.km
                FROM (
                    SELECT ps.shoe_id, SUM(l.distance_km) AS km
                    FROM session_logs AS l
                    JOIN planned_sessions AS ps ON ps.id = l.planned_session_id
                    WHERE ps.shoe_id IS NOT NULL AND l.completed AND l.distance_km IS NOT NULL
                    GROUP BY ps.shoe_id
                ) AS pair
                WHERE pair.shoe_id = s.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "block_verdicts");

            migrationBuilder.DropColumn(
                name: "logged_kilometres",
                table: "shoes");
        }
    }
}
