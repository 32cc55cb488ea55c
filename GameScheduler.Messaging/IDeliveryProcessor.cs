using RabbitMQ.Client.Events;

namespace GameScheduler.Messaging;

/// <summary>What a <see cref="ConsumerChannel"/> hands its deliveries and its recoveries to.</summary>
internal interface IDeliveryProcessor
{
    /// <summary>Decides the delivery's fate; throws only <see cref="OperationCanceledException"/>, when <paramref name="ct"/> is cancelled.</summary>
    Task<DeliveryOutcome> ProcessAsync(BasicDeliverEventArgs delivery, CancellationToken ct);

    /// <summary>Consumption goes on after the channel or its connection was lost for a while.</summary>
    Task ConsumptionResumedAsync(CancellationToken ct);
}
