using System.Globalization;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class BudgetYearTests
{
    [Theory]
    [InlineData("2026-11-23", 1, "2027-01-01")]
    [InlineData("2026-11-23", 4, "2027-04-01")]
    [InlineData("2026-11-23", 12, "2026-12-01")]
    [InlineData("2026-11-23", 11, "2027-11-01")]
    [InlineData("2026-03-31", 4, "2026-04-01")]
    [InlineData("2026-12-31", 1, "2027-01-01")]
    [InlineData("2026-07-15", 7, "2027-07-01")]
    public void The_next_budget_year_starts_on_the_first_of_its_month_after_today(string today, int startMonth, string expected) =>
        Assert.Equal(Date(expected), BudgetYear.NextStart(Date(today), startMonth));

    [Theory]
    [InlineData("2026-01-01", 1, "2027-01-01")]
    [InlineData("2026-04-01", 4, "2027-04-01")]
    public void On_the_first_day_of_a_budget_year_the_next_one_is_a_year_away(string today, int startMonth, string expected) =>
        Assert.Equal(Date(expected), BudgetYear.NextStart(Date(today), startMonth));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_start_month_outside_1_to_12_is_rejected(int startMonth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetYear.NextStart(new DateOnly(2026, 11, 23), startMonth));

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
