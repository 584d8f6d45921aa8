namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// How much of each value reaches a message. Generous for real text, small enough that a pasted essay or a hostile
/// 100 KB string cannot bloat a draft or an event.
/// </summary>
internal static class FieldLimits
{
    public const int Name = 200;
    public const int Email = 320;
    public const int Label = 100;
    public const int Words = 2000;
    public const int Opening = 500;
    public const int Title = 200;
    public const int Summary = 1000;
    public const int Topic = 50;
    public const int Topics = 20;
    public const int Prompt = 300;
    public const int Prompts = 10;
    public const int Note = 1000;
}
