namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// A rep's time-zone id that is neither an IANA nor a Windows id known to this machine. It is an
/// <see cref="ArgumentException"/> so callers that validate input can report it as a bad request.
/// </summary>
public sealed class UnknownTimeZoneException : ArgumentException
{
    public UnknownTimeZoneException()
    {
    }

    public UnknownTimeZoneException(string? message)
        : base(message)
    {
    }

    public UnknownTimeZoneException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Reports <paramref name="timeZoneId"/> as unknown, blaming the argument or field <paramref name="paramName"/>.</summary>
    public UnknownTimeZoneException(string? timeZoneId, string? paramName, Exception? innerException)
        : base($"'{timeZoneId}' is not a known IANA or Windows time-zone id.", paramName, innerException)
    {
        TimeZoneId = timeZoneId;
    }

    public string? TimeZoneId { get; }
}
