namespace OutlookFollowUp.Api.Hosting;

/// <summary>
/// Every route of the API, relative to <see cref="Prefix"/>. The dev host maps them under a route group and the
/// Functions app uses them as HTTP trigger routes (the Functions host adds its own "api" route prefix), so the two
/// hosts serve the same URLs.
/// </summary>
public static class Routes
{
    public const string Prefix = "api";

    public const string Reasons = "reasons";

    public const string Plans = "plans";
    public const string PlanByConversation = "plans/by-conversation";
    public const string Plan = "plans/{planId}";
    public const string PausePlan = "plans/{planId}/pause";
    public const string ResumePlan = "plans/{planId}/resume";
    public const string ClosePlan = "plans/{planId}/close";
    public const string StepOutcome = "plans/{planId}/steps/{number}/outcome";

    /// <summary>The page a callback event links to: record the call's outcome without signing in (a signed link).</summary>
    public const string CallbackOutcomeLink = "callback-outcome";

    public const string Insights = "insights";

    public const string AdminContent = "admin/content";
    public const string AdminReasons = "admin/reasons";
    public const string AdminTemplates = "admin/templates";
}
