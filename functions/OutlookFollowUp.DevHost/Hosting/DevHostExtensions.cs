using Microsoft.Extensions.FileProviders;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Hosting;

namespace OutlookFollowUp.DevHost.Hosting;

/// <summary>The dev host's defaults and pipeline, so Program.cs reads as a table of contents.</summary>
internal static class DevHostExtensions
{
    /// <summary>Where the dev host listens unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise (the Functions host's port).</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>
    /// Azurite's well-known development account on its default loopback ports, spelled out as a full connection string
    /// (<c>UseDevelopmentStorage=true</c> cannot name other ports, and this one can be edited when needed).
    /// </summary>
    public const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    public static WebApplicationBuilder AddDevHostDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Only in Development does a missing storage setting mean "Azurite on this machine"; elsewhere it is an error
        // that AddFollowUpStorage reports at start-up.
        if (builder.Environment.IsDevelopment()
            && string.IsNullOrWhiteSpace(builder.Configuration[ConfigurationNames.StorageConnectionString])
            && string.IsNullOrWhiteSpace(builder.Configuration["Storage:TableServiceUri"]))
        {
            builder.Configuration.AddInMemoryCollection([new(ConfigurationNames.StorageConnectionString, AzuriteConnectionString)]);
        }

        // Locally, Microsoft Graph is the sandbox this host serves itself, unless Graph:BaseUrl names another.
        if (string.IsNullOrWhiteSpace(builder.Configuration[ConfigurationNames.GraphBaseUrl]))
        {
            builder.Configuration.AddInMemoryCollection([new(ConfigurationNames.GraphBaseUrl, SandboxBaseUrl(builder.Configuration[WebHostDefaults.ServerUrlsKey]))]);
        }

        // Locally, callback events link to this host's outcome page, signed with a fixed development key.
        if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration[OutcomeLinkKey]))
        {
            builder.Configuration.AddInMemoryCollection([new(OutcomeLinkKey, DevelopmentOutcomeLinkKey)]);
            if (string.IsNullOrWhiteSpace(builder.Configuration[PublicBaseUrl]))
            {
                builder.Configuration.AddInMemoryCollection([new(PublicBaseUrl, OwnBaseUrl(builder.Configuration[WebHostDefaults.ServerUrlsKey]))]);
            }
        }

        return builder;
    }

    private const string OutcomeLinkKey = $"{ApiOptions.Section}:{nameof(ApiOptions.OutcomeLinkKey)}";
    private const string PublicBaseUrl = $"{ApiOptions.Section}:{nameof(ApiOptions.PublicBaseUrl)}";

    /// <summary>Development only, and public on purpose: links signed with it are worth nothing anywhere else.</summary>
    private const string DevelopmentOutcomeLinkKey = "ZGV2LWhvc3Qgb3V0Y29tZSBsaW5rIGtleSwgbm90IGEgc2VjcmV0IQ==";

    /// <summary>The sandbox's Graph root on the first address this host listens on.</summary>
    private static string SandboxBaseUrl(string? serverUrls) => $"{OwnBaseUrl(serverUrls)}{GraphSandboxPrefix}";

    /// <summary>The first address this host listens on (a wildcard host means loopback), without a trailing slash.</summary>
    private static string OwnBaseUrl(string? serverUrls)
    {
        var first = (serverUrls ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        var url = first.Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
        return url.TrimEnd('/');
    }

    /// <summary>Where the Graph sandbox answers, as Graph's own <c>/v1.0</c> root does.</summary>
    public const string GraphSandboxPrefix = "/graph/v1.0";

    public static WebApplication UseDevHostPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAddInFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Serves the add-in's built files (<c>addin/dist</c>, or <c>AddIn:DistPath</c>) when they exist; <c>index.html</c> is the default page.</summary>
    private static WebApplication UseAddInFiles(this WebApplication app)
    {
        if (AddInDist(app) is { } dist)
        {
            var files = new PhysicalFileProvider(dist);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        return app;
    }

    /// <summary>Unless the add-in's build has its own <c>index.html</c>, the root page lists what the dev host serves.</summary>
    public static WebApplication MapAddIn(this WebApplication app)
    {
        var dist = AddInDist(app);
        if (dist is null || !File.Exists(Path.Combine(dist, "index.html")))
        {
            var addIn = dist is null
                ? "<p>The add-in has not been built (no <code>addin/dist</code>).</p>"
                : $"<p>The add-in's pages, from <code>addin/dist</code>: {string.Join(", ", PageLinks(dist))}.</p>";
            var page = IndexPage.Replace("{{addin}}", addIn, StringComparison.Ordinal);
            app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8")).ExcludeFromDescription();
        }

        return app;
    }

    private static IEnumerable<string> PageLinks(string dist) =>
        Directory.EnumerateFiles(dist, "*.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(dist, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => $"<a href=\"{path}\">{path}</a>");

    private static string? AddInDist(WebApplication app)
    {
        var configured = app.Configuration["AddIn:DistPath"];
        var path = Path.GetFullPath(configured ?? Path.Combine(app.Environment.ContentRootPath, "..", "..", "addin", "dist"));
        return Directory.Exists(path) ? path : null;
    }

    private const string IndexPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Outlook Follow-Up — dev host</title></head>
        <body>
          <h1>Outlook Follow-Up — dev host</h1>
          {{addin}}
          <ul>
            <li><a href="/api/reasons">GET /api/reasons</a> — the reason catalog</li>
            <li><a href="/api/plans">GET /api/plans</a> — your plans (PUT /api/plans marks a "no")</li>
            <li>GET /api/plans/by-conversation?conversationId=… — the plan of a thread</li>
            <li><a href="/sandbox">/sandbox</a> — the Graph sandbox: each demo mailbox's calendar and drafts</li>
            <li>POST /dev/sweep — run the sweep now rather than at the next five-minute tick</li>
            <li>POST /dev/replies — check the active plans' threads for replies now (reply as the prospect in the sandbox first)</li>
            <li>POST /dev/clock/advance?days=70 — move this host's clock ahead, so later steps fall due (then sweep)</li>
            <li><a href="/api/admin/reasons">GET /api/admin/reasons</a>, <a href="/api/admin/templates">GET /api/admin/templates</a> — admin</li>
          </ul>
          <p>In Development every request is signed in as the dev rep (the sandbox mailbox dev-rep@sales.example); send
          <code>X-Dev-User: ava</code>, <code>lukas</code> or <code>priya</code> to act as another demo rep, or any other name for a rep without a mailbox.
          <a href="/dev/me">GET /dev/me</a> tells who you are.</p>
        </body>
        </html>
        """;
}
