namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// A sandbox mailbox owner as Graph describes it: the object id and user principal name that both address
/// <c>/users/{id | userPrincipalName}</c>, and the mailbox settings the gateway reads (time zone, working hours).
/// </summary>
/// <remarks>
/// <c>TimeZone</c>: As Outlook stores it: a Windows id ("Pacific Standard Time") or an IANA id.<br/>
/// <c>WorkingDays</c>: Graph's lower-case day names are produced from these.<br/>
/// </remarks>
public sealed record SandboxUser(
    string Id,
    string UserPrincipalName,
    string DisplayName,
    string TimeZone,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd,
    IReadOnlyList<DayOfWeek> WorkingDays)
{
    public static IReadOnlyList<DayOfWeek> MondayToFriday { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
