using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GameScheduler.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class TidyChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "after_game",
                table: "templates",
                type: "text",
                nullable: false,
                defaultValue: "KEEP");

            migrationBuilder.AddColumn<int>(
                name: "after_game_delay_minutes",
                table: "templates",
                type: "integer",
                nullable: false,
                defaultValue: 1440);

            migrationBuilder.AddColumn<string>(
                name: "archive_channel_id",
                table: "templates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "after_game",
                table: "games",
                type: "text",
                nullable: false,
                defaultValue: "KEEP");

            migrationBuilder.AddColumn<int>(
                name: "after_game_delay_minutes",
                table: "games",
                type: "integer",
                nullable: false,
                defaultValue: 1440);

            migrationBuilder.AddColumn<string>(
                name: "archive_channel_id",
                table: "games",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "archive_message_id",
                table: "games",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "tidied_at",
                table: "games",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_templates_archive_channel_id",
                table: "templates",
                column: "archive_channel_id");

            migrationBuilder.AddForeignKey(
                name: "fk_templates_channels_archive_channel_id",
                table: "templates",
                column: "archive_channel_id",
                principalTable: "channels",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_templates_channels_archive_channel_id",
                table: "templates");

            migrationBuilder.DropIndex(
                name: "ix_templates_archive_channel_id",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "after_game",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "after_game_delay_minutes",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "archive_channel_id",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "after_game",
                table: "games");

            migrationBuilder.DropColumn(
                name: "after_game_delay_minutes",
                table: "games");

            migrationBuilder.DropColumn(
                name: "archive_channel_id",
                table: "games");

            migrationBuilder.DropColumn(
                name: "archive_message_id",
                table: "games");

            migrationBuilder.DropColumn(
                name: "tidied_at",
                table: "games");
        }
    }
}
