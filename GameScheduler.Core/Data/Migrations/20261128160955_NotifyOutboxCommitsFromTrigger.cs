using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GameScheduler.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotifyOutboxCommitsFromTrigger : Migration
    {
        /// <summary>
        /// Every statement that adds outbox rows notifies the relay's channel (OutboxRelayStore.NotificationChannel);
        /// PostgreSQL delivers it on commit and folds a transaction's notifications into one. Doing it here instead of
        /// from the application saves a round trip per change and covers every writer.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_outbox_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('outbox_messages', '');
                    RETURN NULL;
                END;
                $$;
                CREATE TRIGGER outbox_messages_notify
                    AFTER INSERT ON outbox_messages
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_commit();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER outbox_messages_notify ON outbox_messages;
                DROP FUNCTION notify_outbox_commit();
                """);
        }
    }
}
