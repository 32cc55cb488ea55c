using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GameScheduler.Core.Participants;

/// <summary>The SQL of <see cref="RosterTransaction"/>, its column lists taken from the EF model once per process.</summary>
internal sealed class RosterStatements
{
    private static RosterStatements? ofModel;

    private RosterStatements(IModel model)
    {
        Games = EntityColumns<Game>.Of(model);
        Guilds = EntityColumns<Guild>.Of(model);
        Users = EntityColumns<User>.Of(model);
        Participants = EntityColumns<Participant>.Of(model);
        OutboxMessages = EntityColumns<OutboxMessage>.Of(model);

        LockGame = $"""
            SELECT {Games.SelectList("g")}, {Guilds.SelectList("guild")}, {Users.SelectList("host")}
            FROM "{Games.Table}" g
            JOIN "{Guilds.Table}" guild ON guild."{Guilds.Key}" = g."{Games.Column(nameof(Game.GuildId))}"
            JOIN "{Users.Table}" host ON host."{Users.Key}" = g."{Games.Column(nameof(Game.HostId))}"
            WHERE g."{Games.Key}" = $1
            FOR UPDATE OF g
            """;
        ReadRoster = $"""
            SELECT {Participants.SelectList("p")}, {Users.SelectList("u")}
            FROM "{Participants.Table}" p
            LEFT JOIN "{Users.Table}" u ON u."{Users.Key}" = p."{Participants.Column(nameof(Participant.UserId))}"
            WHERE p."{Participants.Column(nameof(Participant.GameId))}" = $1
            """;
        SetGuild = Games.NavigationSetter<Guild?>(nameof(Game.Guild));
        SetHost = Games.NavigationSetter<User?>(nameof(Game.Host));
        SetUser = Participants.NavigationSetter<User?>(nameof(Participant.User));
        TouchGame = $"""UPDATE "{Games.Table}" SET "{Games.Column(nameof(Game.UpdatedAt))}" = $1 WHERE "{Games.Key}" = $2""";
    }

    public EntityColumns<Game> Games { get; }
    public EntityColumns<Guild> Guilds { get; }
    public EntityColumns<User> Users { get; }
    public EntityColumns<Participant> Participants { get; }
    public EntityColumns<OutboxMessage> OutboxMessages { get; }

    public Action<Game, Guild?> SetGuild { get; }
    public Action<Game, User?> SetHost { get; }
    public Action<Participant, User?> SetUser { get; }

    /// <summary>Locks the game ($1) and reads it with its guild and host: every column of the three, in that order.</summary>
    public string LockGame { get; }

    /// <summary>The roster of the game ($1): every column of each participant, then of its user (all null for a placeholder).</summary>
    public string ReadRoster { get; }

    /// <summary>Sets the game's ($2) updated time ($1).</summary>
    public string TouchGame { get; }

    public static RosterStatements Of(IModel model) => ofModel ??= new RosterStatements(model);
}
