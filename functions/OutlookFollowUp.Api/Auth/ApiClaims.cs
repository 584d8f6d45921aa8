namespace OutlookFollowUp.Api.Auth;

/// <summary>The claim names the API reads, as Entra ID puts them in a v2 access token (inbound claim mapping is off).</summary>
public static class ApiClaims
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string Scope = "scp";
    public const string Roles = "roles";
    public const string Name = "name";
}
