using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Composition;

/// <summary>Ordinary, friendly models; tests change one field with <c>with</c> to show one rule.</summary>
internal static class Samples
{
    public static Prospect Prospect { get; } = new("ana.silva@contoso.example", "Ana Silva", "Contoso Ltd");

    public static ContentItem Item { get; } = new()
    {
        Id = "retention-guide",
        Title = "A practical guide to keeping new hires",
        Url = new Uri("https://content.example/retention-guide"),
        Summary = "Seven habits of teams whose new starters stay.",
        Kind = ContentKind.Article,
        Tags = ["retention", "hiring"],
    };

    public static ThankYouModel ThankYou { get; } = new(ReasonCodes.Price, "Sam Lee", Prospect, CallbackAgreed: true);

    public static FollowUpModel FollowUp { get; } = new(ReasonCodes.NoNeed, "Sam Lee", Prospect, Item, ["retention"]);

    public static CallbackModel Callback { get; } = new(
        ReasonCodes.Price,
        "Sam Lee",
        Prospect,
        ReasonLabel: "Price",
        ProspectWords: "Honestly, it is more than we can justify right now.",
        SuggestedOpening: "Would it help to look at what staying as you are is costing?",
        CallbackAgreed: true,
        ThreadLink: new Uri("https://outlook.office.com/mail/inbox/id/AAMk123"),
        DebriefPrompts: ["Open with questions about their goals."],
        DebriefNote: "Check whether finance joined the decision.",
        OutcomeLink: new Uri("https://func-follow-up.azurewebsites.net/api/callback-outcome?t=eyJ2MSJ9.c2ln"));
}
