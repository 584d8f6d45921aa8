namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// Asks Graph for immutable ids on every request (<c>Prefer: IdType="ImmutableId"</c>). Regular Outlook ids change
/// when a rep moves an item (a draft into a folder, an event to another calendar); the ids we store must not.
/// </summary>
internal sealed class PreferImmutableIdsHandler : DelegatingHandler
{
    public const string Preference = "IdType=\"ImmutableId\"";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.TryGetValues("Prefer", out var values) || !values.Any(v => v.Contains("IdType=", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation("Prefer", Preference);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
