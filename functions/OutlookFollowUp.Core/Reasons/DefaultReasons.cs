using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Core.Reasons;

/// <summary>
/// The playbooks every tenant starts with. Windows and cadences follow the product design (section 4);
/// the wording is ours.
/// </summary>
public static class DefaultReasons
{
    public static IReadOnlyList<ReasonDefinition> All { get; } =
    [
        new(ReasonCodes.NoNeed, "No perceived need",
            "\"We don't need that.\" They do not yet see what it would change for them.",
            CallbackWindow.AfterMark(60, 90), [14, 35, 56],
            new("Helpful material first, then a story of an organisation like theirs.",
                [ContentKind.Article, ContentKind.Tip, ContentKind.CaseStudy], 0.34),
            "Last time you told me it wasn't a need yet. Has anything moved on the goals you mentioned?",
            ThankYouByDefault: true),

        new(ReasonCodes.HasSupplier, "Already has a supplier",
            "\"We're covered.\" Someone already does this for them.",
            CallbackWindow.AfterMark(80, 100), [28, 70],
            new("Reference customers who switched, and fair comparisons.",
                [ContentKind.Testimonial, ContentKind.CaseStudy], 0.5),
            "You mentioned your current provider has this in hand. How has it gone since we spoke?",
            ThankYouByDefault: true),

        new(ReasonCodes.Price, "Price",
            "\"Too expensive.\" The value did not outweigh the cost for them.",
            CallbackWindow.AfterMark(55, 70), [21, 49],
            new("The value delivered and the cost of leaving things as they are.",
                [ContentKind.CaseStudy, ContentKind.Article], 0.5),
            "When we spoke, the cost was the sticking point. Would it help to look at what staying as you are is costing?",
            ThankYouByDefault: true),

        new(ReasonCodes.TooSoon, "Too soon after a purchase",
            "\"We just bought A; not now for B.\" Cross-sold before the first purchase paid off.",
            CallbackWindow.AfterMark(110, 130), [42, 98],
            new("Help getting full value from what they already bought.",
                [ContentKind.Tip, ContentKind.Article], 0.2),
            "How is what you bought earlier settling in? I'd like to hear what is working before suggesting anything else.",
            ThankYouByDefault: true),

        new(ReasonCodes.WrongContact, "Not the decision-maker",
            "They are not the person who decides, or it is not their area.",
            CallbackWindow.AfterMark(10, 18), [2],
            new("Short material that is easy to forward to the right person.",
                [ContentKind.CaseStudy, ContentKind.Article], 0.5),
            "Thanks again for pointing me in the right direction. Did you get a chance to mention our conversation to them?",
            ThankYouByDefault: true),

        new(ReasonCodes.NoBudget, "Budget already spent",
            "\"The budget is gone for this year.\" Worth revisiting before the next one is set.",
            CallbackWindow.BeforeNextBudgetYear(75, 30), [30, 60, 90, 120, 150, 180],
            new("Light planning material, about once a month.",
                [ContentKind.Tip, ContentKind.Article, ContentKind.Event], 0.25),
            "You said this year's budget was committed. As next year's plans take shape, is this worth a line in them?",
            ThankYouByDefault: true),

        new(ReasonCodes.BadTiming, "Bad timing",
            "\"Not now.\" Something else has their attention at the moment.",
            CallbackWindow.AfterMark(90, 180), [42, 77],
            new("Low-pressure help with whatever is taking their time.",
                [ContentKind.Tip, ContentKind.Article, ContentKind.Event], 0.2),
            "You had a lot on when we last spoke. Has the dust settled enough to pick this up again?",
            ThankYouByDefault: true),

        new(ReasonCodes.ChoseOther, "Chose another vendor",
            "\"We went with someone else.\" Stay useful for when it comes up for review.",
            CallbackWindow.AfterMark(170, 190), [84],
            new("Industry insight, with no pitch.",
                [ContentKind.Article, ContentKind.Event], 0.1),
            "I hope the project you chose went well. What did it teach you that you'd want from the next round?",
            ThankYouByDefault: true),

        new(ReasonCodes.ReflexNo, "Reflex brush-off",
            "A quick \"not interested\" on a cold call, before any real conversation.",
            CallbackWindow.AfterMark(21, 28), [10],
            new("One sharper value proposition: why organisations like theirs took a second look.",
                [ContentKind.CaseStudy, ContentKind.Testimonial], 1.0),
            "Open with one outcome a similar organisation got, not with last time's call.",
            ThankYouByDefault: false),

        new(ReasonCodes.Other, "Other",
            "Anything else; the prospect's own words matter most here.",
            CallbackWindow.AfterMark(80, 100), [42],
            new("General, goal-specific help.",
                [ContentKind.Article, ContentKind.Tip], 0.3),
            "When we last spoke you had reservations. Is it worth a fresh look at where things stand?",
            ThankYouByDefault: true),
    ];
}
