using System.Text.Json.Serialization;

namespace OutlookFollowUp.GraphSandbox.Faults;

[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    None,

    /// <summary>429 TooManyRequests with Retry-After; nothing changes.</summary>
    Throttle,

    /// <summary>503 ServiceNotAvailable; nothing changes.</summary>
    ServiceUnavailable,

    /// <summary>502 from a proxy in front of Graph, with an HTML page for a body instead of Graph's JSON; nothing changes.</summary>
    BadGatewayHtml,

    /// <summary>Connection aborted before the request has any effect.</summary>
    DropBeforeWrite,

    /// <summary>The request takes effect, then the connection is aborted before the response.</summary>
    DropAfterWrite,
}
