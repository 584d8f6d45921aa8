using System.Globalization;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Planning;

public sealed class CallbackPlanningTests
{
    [Fact]
    public void A_date_the_prospect_named_overrides_the_reasons_window()
    {
        var named = new DateOnly(2027, 6, 15);

        var plan = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed) with { ProspectNamedDate = named }, Plans.Context());

        Assert.Equal(named, plan.Callback().LocalDate(Plans.ParisRep));
    }

    [Fact]
    public void A_date_the_prospect_named_on_a_weekend_moves_to_the_next_business_day()
    {
        var saturday = new DateOnly(2027, 6, 19);

        var plan = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed) with { ProspectNamedDate = saturday }, Plans.Context());

        Assert.Equal(new DateOnly(2027, 6, 21), plan.Callback().LocalDate(Plans.ParisRep));
    }

    [Fact]
    public void A_date_the_prospect_named_is_kept_even_when_that_day_is_already_full()
    {
        var named = new DateOnly(2027, 6, 15);
        var context = Plans.Context() with { CallbacksPerDay = new Dictionary<DateOnly, int> { [named] = 5 } };

        var callback = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed) with { ProspectNamedDate = named }, context).Callback();

        Assert.Equal(named, callback.LocalDate(Plans.ParisRep));
        Assert.Equal(new TimeOnly(12, 30), callback.LocalTime(Plans.ParisRep));
    }

    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("2026-11-23")]
    public void A_date_the_prospect_named_that_is_not_after_today_is_rejected_naming_the_field(string named)
    {
        var mark = Plans.Mark(ReasonCodes.NoNeed) with { ProspectNamedDate = DateOnly.Parse(named, CultureInfo.InvariantCulture) };

        var error = Assert.Throws<ArgumentException>(() => Plans.Builder().Build(mark, Plans.Context()));

        Assert.Contains(nameof(NoMark.ProspectNamedDate), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_contract_end_brings_the_call_six_to_eight_weeks_before_it()
    {
        var contractEnd = new DateOnly(2027, 9, 30);

        var day = Plans.Builder().Build(Plans.Mark(ReasonCodes.HasSupplier) with { ContractEndsOn = contractEnd }, Plans.Context())
            .Callback().LocalDate(Plans.ParisRep);

        Assert.InRange(day, contractEnd.AddDays(-56), contractEnd.AddDays(-42));
    }

    [Fact]
    public void A_contract_ending_too_soon_to_call_before_it_falls_back_to_the_reasons_window()
    {
        var day = Plans.Builder().Build(Plans.Mark(ReasonCodes.HasSupplier) with { ContractEndsOn = new DateOnly(2026, 12, 15) }, Plans.Context())
            .Callback().LocalDate(Plans.ParisRep);

        Assert.InRange(day, new DateOnly(2026, 11, 23).AddDays(80), new DateOnly(2026, 11, 23).AddDays(100));
    }

    [Fact]
    public void A_contract_whose_window_has_begun_gets_a_call_in_what_is_left_of_it_a_week_out_at_the_earliest()
    {
        // Ends 2027-01-20: the window is 2026-11-25..2026-12-09, and a call needs a week's notice, so from 2026-11-30.
        var day = Plans.Builder().Build(Plans.Mark(ReasonCodes.HasSupplier) with { ContractEndsOn = new DateOnly(2027, 1, 20) }, Plans.Context())
            .Callback().LocalDate(Plans.ParisRep);

        Assert.InRange(day, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 9));
    }

    [Theory]
    [InlineData(4, "2027-01-16", "2027-03-02")]
    [InlineData(7, "2027-04-17", "2027-06-01")]
    [InlineData(11, "2027-08-18", "2027-10-02")]
    [InlineData(1, "2026-11-30", "2026-12-02")]
    [InlineData(12, "2027-09-17", "2027-11-01")]
    public void A_spent_budget_gets_its_call_in_the_weeks_before_the_next_budget_year_that_is_still_ahead(int fiscalYearStartMonth, string from, string to)
    {
        var rep = Plans.ParisRep with { FiscalYearStartMonth = fiscalYearStartMonth };

        var day = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoBudget), Plans.Context(rep)).Callback().LocalDate(rep);

        Assert.InRange(day, Date(from), Date(to));
    }

    [Fact]
    public void When_the_window_before_this_budget_year_has_closed_the_call_goes_before_the_following_one()
    {
        // On 2026-12-01 the window before January 2027 (to 2026-12-02) is less than a week away.
        var rep = Plans.ParisRep with { FiscalYearStartMonth = 1 };
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        var day = Plans.Builder(now: now).Build(Plans.Mark(ReasonCodes.NoBudget), Plans.Context(rep)).Callback().LocalDate(rep);

        Assert.InRange(day, new DateOnly(2027, 10, 18), new DateOnly(2027, 12, 2));
    }

    [Fact]
    public void A_window_across_New_Year_skips_the_holidays_and_takes_the_least_loaded_day_of_either_year()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 31), new(2027, 1, 1) };
        var rep = Plans.ParisRep with { Holidays = holidays };
        var catalog = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.Other, CallbackWindow: CallbackWindow.AfterMark(30, 45))]);
        var load = Enumerable.Range(30, 16).Select(d => new DateOnly(2026, 11, 23).AddDays(d)).ToDictionary(d => d, d => d.Year == 2026 ? 2 : 1);
        load[new DateOnly(2027, 1, 5)] = 0;
        foreach (var holiday in holidays)
        {
            load[holiday] = 0;
        }

        var context = Plans.Context(rep) with { CallbacksPerDay = load };

        var day = Plans.Builder(catalog).Build(Plans.Mark(ReasonCodes.Other), context).Callback().LocalDate(rep);

        Assert.Equal(new DateOnly(2027, 1, 5), day);
    }

    [Fact]
    public void A_second_callback_on_the_same_day_follows_the_first_instead_of_clashing_with_it()
    {
        var context = Plans.Context() with { CallbacksPerDay = new Dictionary<DateOnly, int> { [new DateOnly(2027, 6, 15)] = 1 } };

        var callback = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed) with { ProspectNamedDate = new DateOnly(2027, 6, 15) }, context).Callback();

        Assert.Equal(new TimeOnly(10, 30), callback.LocalTime(Plans.ParisRep));
    }

    [Fact]
    public void A_rep_in_UTC_plus_13_gets_dates_from_their_own_calendar_not_from_UTC()
    {
        // Wednesday 12:00 UTC is already Thursday 01:00 in Tonga: two days on is Saturday, so Monday 09:00 local.
        var rep = RepCalendar.Standard("Tonga Standard Time");
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var plan = Plans.Builder(now: now).Build(Plans.Mark(ReasonCodes.WrongContact), Plans.Context(rep));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero), Assert.Single(plan.FollowUps()).DueAt);
        Assert.InRange(plan.Callback().LocalDate(rep), new DateOnly(2026, 12, 6), new DateOnly(2026, 12, 14));
        Assert.Equal(new TimeOnly(10, 0), plan.Callback().LocalTime(rep));
    }

    [Fact]
    public void A_rep_in_UTC_minus_10_gets_dates_from_their_own_calendar_not_from_UTC()
    {
        // Thursday 05:00 UTC is still Wednesday 19:00 in Honolulu: two days on is Friday, 09:00 local.
        var rep = RepCalendar.Standard("Pacific/Honolulu");
        var now = new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero);

        var plan = Plans.Builder(now: now).Build(Plans.Mark(ReasonCodes.WrongContact), Plans.Context(rep));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 19, 0, 0, TimeSpan.Zero), Assert.Single(plan.FollowUps()).DueAt);
        Assert.Equal(new TimeOnly(10, 0), plan.Callback().LocalTime(rep));
    }

    [Fact]
    public void Follow_ups_keep_the_local_start_of_the_working_day_across_a_daylight_saving_change()
    {
        // Marked in New York on 2026-10-19 (EDT); the second follow-up falls after clocks go back on 1 November.
        var rep = RepCalendar.Standard("Eastern Standard Time");
        var now = new DateTimeOffset(2026, 10, 19, 15, 0, 0, TimeSpan.Zero);
        var catalog = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.Other, FollowUpDays: [3, 24])]);

        var followUps = Plans.Builder(catalog, now).Build(Plans.Mark(ReasonCodes.Other), Plans.Context(rep)).FollowUps();

        Assert.Equal(
            [new DateTimeOffset(2026, 10, 22, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 12, 14, 0, 0, TimeSpan.Zero)],
            followUps.Select(f => f.DueAt));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
