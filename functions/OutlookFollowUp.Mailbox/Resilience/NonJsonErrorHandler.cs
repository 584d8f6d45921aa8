using System.Net.Http.Headers;
using System.Text.Json;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// Gives an error response that is not JSON (a proxy's or gateway's HTML page for a 502/503/504) Graph's JSON error
/// shape, keeping its status. Graph's own errors are JSON ("Microsoft Graph error responses and resource types"); the
/// SDK can parse nothing else and would throw "Content type text/html does not have a factory registered", losing the
/// status that decides whether the step is retried.
/// </summary>
internal sealed class NonJsonErrorHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        // Without a content type the SDK reports the status itself (ApiException); JSON it parses as ODataError.
        if (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType is not { } mediaType || IsJson(mediaType))
        {
            return response;
        }

        var error = JsonSerializer.Serialize(new
        {
            error = new
            {
                code = response.StatusCode.ToString(),
                message = $"{(int)response.StatusCode} {response.ReasonPhrase} with a {mediaType} body, not Graph's JSON: a proxy or gateway in front of Graph answered.",
            },
        });
        response.Content.Dispose();
        response.Content = new StringContent(error);
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return response;
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
