using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridTrainer.Data.Migrations
{
    /// <inheritdoc />
    public partial class RaceGoals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "race_date",
                table: "training_blocks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "race_distance",
                table: "training_blocks",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "race_goal_time",
                table: "training_blocks",
                type: "interval",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "race_date",
                table: "training_blocks");

            migrationBuilder.DropColumn(
                name: "race_distance",
                table: "training_blocks");

            migrationBuilder.DropColumn(
                name: "race_goal_time",
                table: "training_blocks");
        }
    }
}
