using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GameScheduler.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotifyRolesAndInstructions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "locked_fields",
                table: "templates",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<List<string>>(
                name: "notify_role_ids",
                table: "templates",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<string>(
                name: "signup_instructions",
                table: "templates",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "locked_fields",
                table: "games",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<List<string>>(
                name: "notify_role_ids",
                table: "games",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<string>(
                name: "signup_instructions",
                table: "games",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "locked_fields",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "notify_role_ids",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "signup_instructions",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "locked_fields",
                table: "games");

            migrationBuilder.DropColumn(
                name: "notify_role_ids",
                table: "games");

            migrationBuilder.DropColumn(
                name: "signup_instructions",
                table: "games");
        }
    }
}
