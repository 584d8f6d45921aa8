namespace OutlookFollowUp.Storage;

/// <summary>
/// A value does not fit Table Storage's limits (64 KiB per property, 1 MiB per entity, 100 entities per
/// transaction) or this store's own caps. The API validates sizes first; this is the last guard, and nothing was written.
/// </summary>
public sealed class StorageLimitException : Exception
{
    public StorageLimitException()
    {
    }

    public StorageLimitException(string message) : base(message)
    {
    }

    public StorageLimitException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
