using System.Net.Http.Headers;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>Reads Graph's Retry-After, which may be a number of seconds (what Graph sends) or an HTTP date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Of(HttpResponseMessage? response, DateTimeOffset now) => Of(response?.Headers.RetryAfter, now);

    public static TimeSpan? Of(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
