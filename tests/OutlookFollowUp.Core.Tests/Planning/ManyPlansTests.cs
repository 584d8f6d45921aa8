using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Planning;

/// <summary>The attention guard and the callback spreader with the load of a busy rep: many plans, one after another.</summary>
public sealed class ManyPlansTests
{
    private static readonly BusinessCalendar Calendar = new(Plans.ParisRep);

    [Fact]
    public void Twenty_plans_for_one_prospect_never_put_two_follow_ups_within_a_quiet_period()
    {
        var builder = Plans.Builder();
        var followUps = new List<DateTimeOffset>();

        for (var i = 0; i < 20; i++)
        {
            var reason = ReasonCodes.All[i % ReasonCodes.All.Count];
            var context = Plans.Context() with { OtherFollowUpsToProspect = [.. followUps] };
            followUps.AddRange(builder.Build(Plans.Mark(reason), context).FollowUps().Select(f => f.DueAt));
        }

        followUps.Sort();
        Assert.True(followUps.Count >= 5, $"only {followUps.Count} follow-ups were planned");
        Assert.All(followUps.Zip(followUps.Skip(1)), pair =>
            Assert.True(pair.Second - pair.First >= PlanningPolicy.Default.QuietPeriod, $"{pair.First:O} and {pair.Second:O}"));
        Assert.All(followUps, f => Assert.Equal(Calendar.WorkdayStartOn(Calendar.LocalDateOf(f)), f));
    }

    [Fact]
    public void Sixty_callbacks_for_one_rep_stay_under_the_daily_cap_in_the_window_on_the_least_loaded_days()
    {
        var builder = Plans.Builder();
        var load = new Dictionary<DateOnly, int>();
        var window = new DateWindow(new DateOnly(2027, 1, 22), new DateOnly(2027, 2, 21));

        for (var i = 0; i < 60; i++)
        {
            var lightest = window.Days().Where(Calendar.IsBusinessDay).Min(d => load.GetValueOrDefault(d));
            var context = Plans.Context() with { CallbacksPerDay = new Dictionary<DateOnly, int>(load) };

            var day = builder.Build(Plans.Mark(ReasonCodes.NoNeed, $"prospect{i}@example.com"), context).Callback().LocalDate(Plans.ParisRep);

            Assert.True(window.Contains(day), $"callback {i} on {day} is outside the window");
            Assert.Equal(lightest, load.GetValueOrDefault(day));
            Assert.Equal(window.Days().First(d => Calendar.IsBusinessDay(d) && load.GetValueOrDefault(d) == lightest), day);
            load[day] = load.GetValueOrDefault(day) + 1;
        }

        Assert.All(load.Values, count => Assert.InRange(count, 1, PlanningPolicy.Default.CallbackDailyCap));
    }

    [Fact]
    public void Once_the_window_is_full_callbacks_overflow_to_the_next_days_with_room_never_over_the_cap()
    {
        var builder = Plans.Builder();
        var load = new Dictionary<DateOnly, int>();
        var windowEnd = new DateOnly(2027, 2, 21);

        // The window's 21 business days hold 63 callbacks at three a day; plan 75.
        var days = Enumerable.Range(0, 75).Select(i =>
        {
            var context = Plans.Context() with { CallbacksPerDay = new Dictionary<DateOnly, int>(load) };
            var day = builder.Build(Plans.Mark(ReasonCodes.NoNeed, $"prospect{i}@example.com"), context).Callback().LocalDate(Plans.ParisRep);
            load[day] = load.GetValueOrDefault(day) + 1;
            return day;
        }).ToList();

        Assert.Equal(63, days.Count(d => d <= windowEnd));
        Assert.All(days.Skip(63), d => Assert.True(d > windowEnd && Calendar.IsBusinessDay(d)));
        Assert.All(load.Values, count => Assert.InRange(count, 1, PlanningPolicy.Default.CallbackDailyCap));
        Assert.Equal(new DateOnly(2027, 2, 25), days.Max());
    }

    [Fact]
    public void Callbacks_that_share_a_day_get_different_times()
    {
        var builder = Plans.Builder();
        var load = new Dictionary<DateOnly, int>();
        var times = new List<DateTimeOffset>();
        var policy = PlanningPolicy.Default with { CallbackDailyCap = 1_000 };

        for (var i = 0; i < 5; i++)
        {
            var context = Plans.Context() with { Policy = policy, CallbacksPerDay = new Dictionary<DateOnly, int>(load) };
            var callback = builder.Build(Plans.Mark(ReasonCodes.NoNeed, $"prospect{i}@example.com") with { ProspectNamedDate = new DateOnly(2027, 6, 15) }, context).Callback();
            load[callback.LocalDate(Plans.ParisRep)] = load.GetValueOrDefault(callback.LocalDate(Plans.ParisRep)) + 1;
            times.Add(callback.DueAt);
        }

        Assert.Equal(5, times.Distinct().Count());
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= policy.CallbackDuration));
    }
}
