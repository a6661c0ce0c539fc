using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridTrainer.Data.Migrations
{
    /// <summary>
    /// Sessions replaced after a check-in (R27) carried the check-in's answers ("You slept 4 h…") in the first line of
    /// their "why", which gym staff, printed sheets and calendar apps read. That line now names the rule only; the answers
    /// stay in downgrade_reason, shown to the athlete and their coach alone. Only that sentence of those rows changes.
    /// </summary>
    public partial class CheckInAnswersLeaveTheSessionsWhy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE planned_sessions
                SET prescription = jsonb_set(prescription, '{Why,0}',
                    to_jsonb(regexp_replace(prescription -> 'Why' ->> 0, '^([^.]*)\. .*\(R27\)$', '\1, after your check-in (R27).')))
                WHERE adjustment = 'R27' AND prescription -> 'Why' ->> 0 ~ '^[^.]*\. .*\(R27\)$';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The answers are health data that should never have been there; they are not written back.
        }
    }
}
