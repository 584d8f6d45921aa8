using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.Mailbox.Tests.Support;

/// <summary>Sandbox mailboxes and content made up for one test, so tests never depend on each other's items.</summary>
public static class TestReps
{
    public static SandboxUser Add(GraphSandbox.GraphSandbox sandbox, string timeZone = "W. Europe Standard Time", int startHour = 9, int endHour = 17)
    {
        var id = Guid.NewGuid().ToString();
        return sandbox.AddUser(new SandboxUser(id, $"rep-{id[..8]}@sales.example", $"Rep {id[..8]}", timeZone,
            new TimeOnly(startHour, 0), new TimeOnly(endHour, 0), SandboxUser.MondayToFriday));
    }

    public static string AddProspectMessage(GraphSandbox.GraphSandbox sandbox, SandboxUser rep, string prospect = "Noor Haddad") =>
        sandbox.AddInboxMessage(rep.Id, new SandboxRecipient("noor@prospect.example", prospect), "Our tooling review",
            "<p>Thanks, but the budget for this year is already spent.</p>");

    public static ComposedMessage Content(string subject = "Call Noor back about the tooling review") =>
        new(subject, "<p>Noor said: &quot;the budget is spent&quot;. Open with the planning checklist.</p>");

    /// <summary>A Wednesday at least a week away, so it is always a business day in the future.</summary>
    public static DateOnly NextWednesday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public static string NewStepKey() => "step-" + Guid.NewGuid().ToString("N");
}
