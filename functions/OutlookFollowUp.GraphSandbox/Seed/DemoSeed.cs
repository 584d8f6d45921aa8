using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Seed;

/// <summary>
/// Four demo reps in different kinds of time zone (Windows ids and an IANA id) with different working hours, a
/// recurring busy block on their next working days so free-slot finding has something to avoid, and prospect threads
/// to mark as a "no" (<see cref="DemoThreads"/>). The dev host signs its development identity in as these reps,
/// matching a dev user name to a user principal name's local part (see its DevUsers), so "dev-rep" is Sam Rivera.
/// </summary>
internal static class DemoSeed
{
    /// <summary>The development identity's default rep; the try-out page shows this mailbox.</summary>
    public static SandboxUser DevRep { get; } = new(
        "5e2a9b47-18c6-4d3f-a7e0-9b4c6d8f1e04", "dev-rep@sales.example", "Sam Rivera",
        "W. Europe Standard Time", new TimeOnly(8, 30), new TimeOnly(17, 0), SandboxUser.MondayToFriday);

    public static SandboxUser Ava { get; } = new(
        "7d1c4a52-0b8e-4f0e-9a51-3c2f0e6b1a01", "ava.brooks@sales.example", "Ava Brooks",
        "Pacific Standard Time", new TimeOnly(8, 0), new TimeOnly(16, 30), SandboxUser.MondayToFriday);

    public static SandboxUser Lukas { get; } = new(
        "2b9e7f10-64d3-4c1a-8e2f-5a7d9c0b3e02", "lukas.berger@sales.example", "Lukas Berger",
        "W. Europe Standard Time", new TimeOnly(9, 0), new TimeOnly(17, 30), SandboxUser.MondayToFriday);

    public static SandboxUser Priya { get; } = new(
        "c4f0a8e6-93b2-4d7e-b1c5-0e8f2a6d4c03", "priya.nair@sales.example", "Priya Nair",
        "Asia/Kolkata", new TimeOnly(9, 30), new TimeOnly(18, 30),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday]);

    public static IReadOnlyList<SandboxUser> Reps { get; } = [DevRep, Ava, Lukas, Priya];

    public static void Apply(GraphSandbox sandbox)
    {
        foreach (var rep in Reps)
        {
            sandbox.AddUser(rep);
            AddPipelineReviews(sandbox, rep);
        }

        DemoThreads.Apply(sandbox);
    }

    // A one-hour review an hour into each of the next ten working days, so a callback's default slot is taken and
    // the gateway has to find the next free one.
    private static void AddPipelineReviews(GraphSandbox sandbox, SandboxUser rep)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(rep.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sandbox.Time.GetUtcNow(), zone).DateTime);
        var added = 0;
        for (var day = today; added < 10; day = day.AddDays(1))
        {
            if (!rep.WorkingDays.Contains(day.DayOfWeek))
            {
                continue;
            }

            var start = day.ToDateTime(rep.WorkdayStart.AddHours(1));
            var startUtc = TimeZoneInfo.ConvertTimeToUtc(start, zone);
            sandbox.AddEvent(rep.Id, "Pipeline review", startUtc, startUtc.AddHours(1));
            added++;
        }
    }
}
