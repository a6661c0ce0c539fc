using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridTrainer.Data.Migrations
{
    /// <summary>
    /// A saved block keeps the figures of every week and the input it was generated from, inside its jsonb snapshot
    /// (no column changes). Blocks saved before get their weeks written out the way the engine generated them then:
    /// wave week from the programme week (R24) and one R22 step per completed wave on top of week 1's training maxes.
    /// Nothing already stored changes; the keys are only added.
    /// </summary>
    public partial class BlocksKeepTheirOwnFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE training_blocks AS b
                SET snapshot = b.snapshot || jsonb_build_object('Weeks', (
                    SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'ProgramWeek', w,
                        'WaveWeek', ((w - 1) % 4) + 1,
                        'SquatTrainingMaxKg', coalesce((b.snapshot ->> 'SquatTrainingMaxKg')::numeric, 0) + 5 * ((w - 1) / 4),
                        'BenchPressTrainingMaxKg', coalesce((b.snapshot ->> 'BenchPressTrainingMaxKg')::numeric, 0) + 2.5 * ((w - 1) / 4),
                        'DeadliftTrainingMaxKg', coalesce((b.snapshot ->> 'DeadliftTrainingMaxKg')::numeric, 0) + 5 * ((w - 1) / 4),
                        'OverheadPressTrainingMaxKg', coalesce((b.snapshot ->> 'OverheadPressTrainingMaxKg')::numeric, 0) + 2.5 * ((w - 1) / 4))
                        ORDER BY w), '[]'::jsonb)
                    FROM generate_series(1, b.weeks) AS w))
                WHERE coalesce(b.snapshot -> 'Weeks', '[]'::jsonb) IN ('[]'::jsonb, 'null'::jsonb);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The added keys are harmless to the older model (it ignores them); keeping them loses nothing.
        }
    }
}
