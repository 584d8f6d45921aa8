using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.Api.Outcomes;

/// <summary>
/// A small self-contained HTML page: no scripts, no external resources, and headers that keep it that way (a strict
/// Content-Security-Policy whose only allowance is the page's own stylesheet, by hash), keep the link's token out of
/// any Referer and keep the page out of caches.
/// </summary>
internal sealed class HtmlPage(int statusCode, string title, string bodyHtml) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string MediaType = "text/html; charset=utf-8";

    private const string Style = "body{font-family:Segoe UI,system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#201f1e}"
        + "button{font:inherit;margin:.25rem .5rem .25rem 0;padding:.5rem 1rem;border:1px solid #8a8886;border-radius:4px;background:#fff;cursor:pointer}"
        + "button:hover{background:#f3f2f1}dt{font-weight:600}dd{margin:0 0 .5rem 0}";

    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public int? StatusCode => statusCode;

    public string ContentType => MediaType;

    /// <summary>The whole document: the title is encoded here, the body arrives as HTML already encoded.</summary>
    public string Html { get; } = $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
        <title>{HtmlEncoder.Default.Encode(title)}</title><style>{Style}</style></head>
        <body>
        <h1>{HtmlEncoder.Default.Encode(title)}</h1>
        {bodyHtml}
        </body>
        </html>
        """;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.StatusCode = statusCode;
        response.ContentType = MediaType;
        response.ContentLength = bytes.Length;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        // Started before the body is written, so no host adds its own error body to a 4xx page.
        await response.StartAsync(httpContext.RequestAborted);
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
