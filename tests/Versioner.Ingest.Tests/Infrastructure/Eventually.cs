namespace Versioner.Tests.Infrastructure;

/// <summary>Polls a condition that becomes true asynchronously (a timer, a queue consumer), with a bounded wait.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {(timeout ?? TimeSpan.FromSeconds(20)).TotalSeconds} s{(because is null ? "" : ": " + because)}.");
            }

            await Task.Delay(50);
        }
    }
}
