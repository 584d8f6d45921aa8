namespace OutlookFollowUp.Mailbox.Configuration;

/// <summary>
/// Where Graph is and how the app signs in to it, bound from the "Graph" section (<c>Graph__BaseUrl</c>,
/// <c>Graph__TenantId</c>, <c>Graph__ClientId</c>, <c>Graph__ManagedIdentityClientId</c>; DESIGN.md section 8).
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>
    /// <c>https://graph.microsoft.com/v1.0</c> in Azure; the Graph sandbox locally (e.g. <c>http://localhost:5000/graph/v1.0</c>).
    /// Only Microsoft Graph hosts get a token; any other host must be loopback (see <see cref="GraphAuthentication"/>).
    /// </summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The tenant whose mailboxes the app reads and writes (app-only).</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id, which trusts the managed identity through a federated credential.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Client id of the user-assigned managed identity whose token is the app's client assertion; empty means the
    /// system-assigned identity.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// How long a mailbox's time zone and working hours are trusted before they are read again. Reps rarely change
    /// them, and reading them for every step would double the requests a sweep makes.
    /// </summary>
    public TimeSpan MailboxProfileLifetime { get; set; } = TimeSpan.FromHours(6);

    public GraphResilienceOptions Resilience { get; set; } = new();
}
