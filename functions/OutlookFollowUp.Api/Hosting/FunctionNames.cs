namespace OutlookFollowUp.Api.Hosting;

/// <summary>
/// Names of the Azure Functions and of the dev host's endpoints (<c>WithName</c>): the same name in both hosts, so logs,
/// metrics and links read the same locally and in Azure.
/// </summary>
public static class FunctionNames
{
    public const string GetReasons = "GetReasons";

    public const string MarkNo = "MarkNo";
    public const string ListPlans = "ListPlans";
    public const string GetPlan = "GetPlan";
    public const string GetPlanByConversation = "GetPlanByConversation";
    public const string PausePlan = "PausePlan";
    public const string ResumePlan = "ResumePlan";
    public const string ClosePlan = "ClosePlan";
    public const string RecordStepOutcome = "RecordStepOutcome";
    public const string ShowCallbackOutcomeLink = "ShowCallbackOutcomeLink";
    public const string SubmitCallbackOutcomeLink = "SubmitCallbackOutcomeLink";

    public const string GetInsights = "GetInsights";

    public const string PutContent = "PutContent";
    public const string GetReasonOverrides = "GetReasonOverrides";
    public const string PutReasonOverrides = "PutReasonOverrides";
    public const string GetTemplates = "GetTemplates";
    public const string PutTemplates = "PutTemplates";

    /// <summary>The timer that hands due steps to mailbox workers (DESIGN.md section 6).</summary>
    public const string Sweep = "Sweep";

    /// <summary>The timer that looks for prospects' replies in marked threads.</summary>
    public const string Replies = "Replies";
}
