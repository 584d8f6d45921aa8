namespace OutlookFollowUp.Mailbox;

/// <summary>A gateway call that did not produce its item, with what the caller should do about it.</summary>
public sealed class MailboxGatewayException : Exception
{
    public MailboxGatewayException()
    {
    }

    public MailboxGatewayException(string message)
        : base(message)
    {
    }

    public MailboxGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailboxGatewayException(MailboxFailure failure, string message, Exception? innerException, string? graphCode = null, int? statusCode = null)
        : base(message, innerException)
    {
        Failure = failure;
        GraphCode = graphCode;
        StatusCode = statusCode;
    }

    public MailboxFailure Failure { get; }

    /// <summary>Graph's error code (e.g. ErrorInvalidUser, ErrorItemNotFound), when Graph answered with one.</summary>
    public string? GraphCode { get; }

    public int? StatusCode { get; }
}
