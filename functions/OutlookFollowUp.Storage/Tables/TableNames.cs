namespace OutlookFollowUp.Storage.Tables;

/// <summary>The product's tables; names are letters and digits, as Table Storage requires.</summary>
internal static class TableNames
{
    public const string Plans = "plans";
    public const string DueIndex = "dueindex";
    public const string ActivePlans = "activeplans";
    public const string ContentLibrary = "contentlibrary";
    public const string TenantSettings = "tenantsettings";
    public const string MailboxLeases = "mailboxleases";
}
