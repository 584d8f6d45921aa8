using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Jobs.Sweep;

namespace OutlookFollowUp.DevHost.DevDemo;

/// <summary>
/// Demo switches, Development only like the development identity: <c>POST /dev/sweep</c> runs the sweep now instead of
/// at the next five-minute tick; <c>POST /dev/replies</c> checks the active plans' threads for replies now, instead of
/// at the next half-hour tick; <c>POST /dev/clock/advance?days=N</c> moves the dev host's clock forward, so the
/// follow-ups and the callback of a plan become due (then sweep). <c>GET /dev/clock</c> tells the time it keeps.
/// </summary>
internal static class DevDemoExtensions
{
    private const int MaxAdvanceDays = 3660;

    /// <summary>The dev clock, the demo content library and some history for the insights: the state a local demo starts from.</summary>
    public static WebApplicationBuilder AddDevDemo(this WebApplicationBuilder builder)
    {
        if (DevIdentityExtensions.IsEnabled(builder.Environment, builder.Configuration))
        {
            builder.Services.AddSingleton<DevClock>();
            builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DevClock>());
            builder.Services.AddHostedService<DemoContentSeeder>();
            builder.Services.AddHostedService<DemoInsightsSeeder>();
        }

        return builder;
    }

    public static WebApplication MapDevDemo(this WebApplication app)
    {
        if (DevIdentityExtensions.IsEnabled(app.Environment, app.Configuration))
        {
            var dev = app.MapGroup("/dev").RequireAuthorization().ExcludeFromDescription();
            dev.MapPost("/sweep", (SweepJob sweep, CancellationToken cancellationToken) => sweep.SweepAsync(cancellationToken));
            dev.MapPost("/replies", (RepliesJob replies, CancellationToken cancellationToken) => replies.CheckAsync(cancellationToken));
            dev.MapGet("/clock", (DevClock clock) => Now(clock));
            dev.MapPost("/clock/advance", (DevClock clock, int days) =>
            {
                if (days is < 0 or > MaxAdvanceDays)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["days"] = [$"Must be between 0 and {MaxAdvanceDays}."],
                    });
                }

                clock.Advance(TimeSpan.FromDays(days));
                return Results.Ok(Now(clock));
            });
        }

        return app;
    }

    private static object Now(DevClock clock) => new { now = clock.GetUtcNow(), offset = clock.Offset };
}
