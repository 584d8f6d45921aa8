using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookFollowUp.Api.Http;

/// <summary>
/// Reads a request body up to a size limit, in the handler's own terms, so both hosts enforce the same limit
/// (Kestrel's limit is not in play behind the Functions host or the test server). Too large is 413, a missing or
/// wrong content type is 415, each as a problem.
/// </summary>
internal static class BodyReader
{
    public static async Task<(byte[]? Bytes, string? MediaType, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, int maxBytes, IReadOnlyCollection<string> mediaTypes)
    {
        var mediaType = MediaType(request.ContentType);
        if (mediaType is null || !mediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, null, Problems.UnsupportedMediaType(mediaTypes));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, null, Problems.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, null, Problems.TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), mediaType, null);
    }

    private static string? MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : null;
}
