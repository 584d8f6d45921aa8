using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Jobs.Sweep;

namespace OutlookFollowUp.DevHost.Jobs;

/// <summary>
/// <c>POST /dev/sweep</c>: runs the sweep now instead of at the next five-minute tick, so a demo shows a thank-you
/// draft in the sandbox seconds after the "no" is marked. Development only, like the development identity.
/// </summary>
internal static class DevJobEndpoints
{
    public static WebApplication MapDevJobs(this WebApplication app)
    {
        if (DevIdentityExtensions.IsEnabled(app.Environment, app.Configuration))
        {
            app.MapPost("/dev/sweep", (SweepJob sweep, CancellationToken cancellationToken) => sweep.SweepAsync(cancellationToken))
                .RequireAuthorization()
                .ExcludeFromDescription();
        }

        return app;
    }
}
