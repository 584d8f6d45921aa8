namespace OutlookFollowUp.Api.Validation;

/// <summary>Size limits of request fields. Generous for real Outlook data, small enough to keep rows and drafts sane.</summary>
public static class Limits
{
    /// <summary>Outlook conversation and item ids are base64-like strings of a few hundred characters at most.</summary>
    public const int OutlookId = 512;

    /// <summary>RFC 5322 message ids; Outlook's are well under this.</summary>
    public const int InternetMessageId = 998;

    public const int Subject = 512;
    public const int Email = 254;
    public const int PersonName = 200;
    public const int Company = 200;
    public const int ProspectWords = 2000;
    public const int DebriefNote = 2000;
    public const int TimeZoneId = 100;

    public const int TagsPerList = 20;
    public const int TagLength = 50;

    /// <summary>How far ahead a callback or contract date may be.</summary>
    public const int CallbackYearsAhead = 2;
    public const int ContractYearsAhead = 10;

    public const int PageSizeDefault = 20;
    public const int PageSizeMax = 100;
    public const int ContinuationToken = 2048;

    public const int ReasonLabel = 100;
    public const int ReasonHint = 500;
    public const int ReasonOpening = 1000;
    public const int CallbackWindowMaxDays = 730;
    public const int FollowUpsPerReason = 12;
}
