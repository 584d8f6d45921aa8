namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// The mailbox a Graph request is about: the segment after <c>/users/</c>. Throttling, concurrency limits and circuit
/// breakers are all per mailbox, so this is the key of everything in the pipeline.
/// </summary>
internal static class MailboxOfRequest
{
    /// <summary>The key for requests not addressed to one mailbox; the gateway makes none, but the pipeline must not fail on them.</summary>
    public const string None = "(no mailbox)";

    public static string From(Uri? uri)
    {
        if (uri is null)
        {
            return None;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i].Equals("users", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(segments[i + 1]).ToLowerInvariant();
            }
        }

        return None;
    }
}
