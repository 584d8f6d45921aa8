namespace OutlookFollowUp.Core.Reasons;

/// <summary>The stable codes of the reasons a prospect gives for a "no". Stored and sent over the API.</summary>
public static class ReasonCodes
{
    public const string NoNeed = "no-need";
    public const string HasSupplier = "has-supplier";
    public const string Price = "price";
    public const string TooSoon = "too-soon";
    public const string WrongContact = "wrong-contact";
    public const string NoBudget = "no-budget";
    public const string BadTiming = "bad-timing";
    public const string ChoseOther = "chose-other";
    public const string ReflexNo = "reflex-no";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
    [
        NoNeed, HasSupplier, Price, TooSoon, WrongContact, NoBudget, BadTiming, ChoseOther, ReflexNo, Other,
    ];
}
