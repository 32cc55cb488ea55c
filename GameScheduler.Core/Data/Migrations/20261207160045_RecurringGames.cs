using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GameScheduler.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecurringGames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "recurrence",
                table: "templates",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "awaiting_confirmation",
                table: "participants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "carry_over_players",
                table: "games",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "confirm_by",
                table: "games",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "confirm_minutes_before",
                table: "games",
                type: "integer",
                nullable: false,
                defaultValue: 1440);

            migrationBuilder.AddColumn<string>(
                name: "recurrence",
                table: "games",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "games",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "series_number",
                table: "games",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateIndex(
                name: "ix_games_series_id_series_number",
                table: "games",
                columns: new[] { "series_id", "series_number" },
                unique: true,
                filter: "series_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_games_series_id_series_number",
                table: "games");

            migrationBuilder.DropColumn(
                name: "recurrence",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "awaiting_confirmation",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "carry_over_players",
                table: "games");

            migrationBuilder.DropColumn(
                name: "confirm_by",
                table: "games");

            migrationBuilder.DropColumn(
                name: "confirm_minutes_before",
                table: "games");

            migrationBuilder.DropColumn(
                name: "recurrence",
                table: "games");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "games");

            migrationBuilder.DropColumn(
                name: "series_number",
                table: "games");
        }
    }
}
