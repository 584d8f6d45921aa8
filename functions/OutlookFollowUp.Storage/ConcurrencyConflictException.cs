namespace OutlookFollowUp.Storage;

/// <summary>
/// A write lost an optimistic-concurrency race: the entity changed, appeared or vanished since its version was read.
/// Nothing was written; read again, re-apply the change and retry (or report 409/412 to the caller).
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message) : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
