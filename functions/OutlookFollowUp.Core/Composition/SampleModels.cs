using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// A plausible model per step kind, with every field filled, for trying an admin's template before it is saved:
/// it catches misspelt variables and templates that only break when run.
/// </summary>
internal static class SampleModels
{
    private static readonly Prospect SampleProspect = new("dana.reyes@example.com", "Dana Reyes", "Northwind Traders");

    public static MessageModel For(TemplateKey key)
    {
        var reasonCode = key.ReasonCode ?? ReasonCodes.Other;
        return key.Kind switch
        {
            StepKind.ThankYou => new ThankYouModel(reasonCode, "Sam Lee", SampleProspect, CallbackAgreed: true),
            StepKind.FollowUp => new FollowUpModel(reasonCode, "Sam Lee", SampleProspect,
                new ContentItem
                {
                    Id = "sample",
                    Title = "Five ways to shorten onboarding",
                    Url = new Uri("https://example.com/onboarding"),
                    Summary = "A short checklist from teams who halved their ramp-up time.",
                    Tags = ["onboarding"],
                },
                ["onboarding"]),
            _ => new CallbackModel(reasonCode, "Sam Lee", SampleProspect, "Bad timing", "Not now, we are mid-migration.",
                "Has the migration settled?", CallbackAgreed: true, new Uri("https://outlook.office.com/mail/"),
                ["Open with questions about their goals."], "They sounded open to a later chat.",
                new Uri("https://func-sample.azurewebsites.net/api/callback-outcome?t=sample")),
        };
    }
}
