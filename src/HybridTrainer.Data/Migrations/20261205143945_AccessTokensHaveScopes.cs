using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridTrainer.Data.Migrations
{
    /// <summary>
    /// Access tokens get a scope (read-only or read-write). Tokens that exist already could write before, so they stay
    /// read-write and no script breaks; new tokens choose, read-only by default.
    /// </summary>
    public partial class AccessTokensHaveScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "scope",
                table: "personal_access_tokens",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "ReadWrite");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "scope",
                table: "personal_access_tokens");
        }
    }
}
