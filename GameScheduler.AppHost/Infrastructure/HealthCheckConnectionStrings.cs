namespace GameScheduler.AppHost.Infrastructure;

internal static class HealthCheckConnectionStrings
{
    /// <summary>
    /// Health checks run only once their resource is running, when every endpoint is allocated, so the expression
    /// resolves at once; the health-check libraries ask for the string synchronously.
    /// </summary>
    public static string ValueExpressionForHealthCheck(this ReferenceExpression expression) =>
        expression.GetValueAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()
        ?? throw new InvalidOperationException("The connection string is not available yet.");
}
