using Azure.Core;
using Azure.Identity;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace OutlookFollowUp.Mailbox.Configuration;

/// <summary>
/// How requests are authenticated. Against Microsoft Graph: app-only, as the app registration, proving itself with a
/// managed identity token through a federated credential, so no secret exists anywhere. Against anything else (the
/// loopback Graph sandbox): no token at all, because the sandbox needs none and a token must never leave for a host
/// that is not Graph.
/// </summary>
public static class GraphAuthentication
{
    // Public cloud and the national clouds; each is its own token audience.
    private static readonly string[] GraphHosts =
        ["graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn"];

    /// <summary>The audience Entra ID expects on a managed identity token used as a federated client assertion.</summary>
    public const string FederatedTokenAudience = "api://AzureADTokenExchange/.default";

    public static bool IsMicrosoftGraph(Uri baseUrl) =>
        GraphHosts.Contains(baseUrl.Host, StringComparer.OrdinalIgnoreCase);

    public static IAuthenticationProvider CreateProvider(GraphOptions options)
    {
        if (!IsMicrosoftGraph(options.BaseUrl))
        {
            return new AnonymousAuthenticationProvider();
        }

        var managedIdentity = string.IsNullOrEmpty(options.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));

        // The app's client credential is the identity's token for the token-exchange audience, fetched (and cached by
        // Azure.Identity) whenever the app's own token needs renewing.
        var app = new ClientAssertionCredential(
            options.TenantId,
            options.ClientId,
            async cancellationToken =>
                (await managedIdentity.GetTokenAsync(new TokenRequestContext([FederatedTokenAudience]), cancellationToken)).Token);

        var host = options.BaseUrl.Host;
        return new AzureIdentityAuthenticationProvider(app, allowedHosts: [host], scopes: [$"https://{host}/.default"]);
    }
}
