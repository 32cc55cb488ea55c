using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GameScheduler.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PostAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "post_at",
                table: "games",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "post_at",
                table: "games");
        }
    }
}
