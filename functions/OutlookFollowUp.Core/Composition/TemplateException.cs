namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// A template could not be compiled or rendered within the sandbox's limits. The message names the template and the
/// part (subject or body), so a parked step tells the rep (or the admin) exactly which template to fix.
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
