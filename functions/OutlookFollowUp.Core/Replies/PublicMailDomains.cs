namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Free mail providers, where sharing a domain says nothing about sharing an employer. Providers that register the
/// same name under many country domains (yahoo.co.uk, gmx.at) are matched by name whatever the suffix.
/// </summary>
internal static class PublicMailDomains
{
    private static readonly HashSet<string> ProviderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "ymail", "aol", "gmx", "yandex",
    };

    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "msn.com", "icloud.com", "me.com", "mac.com", "web.de", "t-online.de", "freenet.de", "posteo.de",
        "mailbox.org", "proton.me", "protonmail.com", "pm.me", "mail.com", "zoho.com", "orange.fr", "free.fr",
        "laposte.net", "libero.it", "mail.ru", "qq.com", "163.com",
    };

    public static bool Contains(string domain)
    {
        if (Domains.Contains(domain))
        {
            return true;
        }

        // "yahoo.co.uk" is the provider "yahoo" under a two-label suffix; "mail.yahoo.com" is not a mailbox domain.
        var labels = domain.Split('.');
        return labels.Length is 2 or 3 && ProviderNames.Contains(labels[0]);
    }
}
