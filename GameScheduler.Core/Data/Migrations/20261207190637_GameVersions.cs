using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GameScheduler.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class GameVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "games",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            // In the database, so that every statement that writes a game (EF's, the roster's own SQL, bulk updates)
            // moves its version on, and two writers of one row, serialized by its lock, never give out the same one.
            migrationBuilder.Sql("""
                CREATE FUNCTION games_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.version := OLD.version + 1;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER games_version BEFORE UPDATE ON games FOR EACH ROW EXECUTE FUNCTION games_next_version();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER games_version ON games;
                DROP FUNCTION games_next_version();
                """);

            migrationBuilder.DropColumn(
                name: "version",
                table: "games");
        }
    }
}
