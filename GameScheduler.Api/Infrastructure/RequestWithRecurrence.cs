using System.Text.Json.Serialization;
using GameScheduler.Core.Games;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// A body with a <c>recurrence</c> whose explicit null means something (no repeating) that leaving it out does not
/// (keep the current rule): the deserializer sets the property only when the body has it.
/// </summary>
public abstract record RequestWithRecurrence
{
    private readonly Recurrence? recurrence;

    public Recurrence? Recurrence
    {
        get => recurrence;
        init
        {
            recurrence = value;
            RecurrenceGiven = true;
        }
    }

    [JsonIgnore]
    public bool RecurrenceGiven { get; private init; }
}
