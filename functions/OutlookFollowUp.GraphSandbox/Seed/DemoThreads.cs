using System.Net;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Seed;

/// <summary>
/// The demo prospect replies, one thread each, with ids derived from the rep and the thread's key so they survive a
/// restart. The dev rep's four are the ones the try-out page lists, in this order (newest first); its browser tests
/// open them by position and look for the senders' names. Invented people and companies.
/// </summary>
internal static class DemoThreads
{
    private sealed record Thread(SandboxUser Rep, string Key, string FromAddress, string FromName, string Subject, TimeSpan Age, string[] Paragraphs);

    private static readonly Thread[] All =
    [
        new(DemoSeed.DevRep, "dana-price", "dana.okafor@fabrikam.example", "Dana Okafor", "Re: Proposal for the warehouse scanners", TimeSpan.FromHours(2),
        [
            "Hi Sam,",
            "Thanks for walking us through the proposal on Thursday. The team liked the scanners, and the pilot numbers were convincing.",
            "Honestly, though, it's more than we can justify right now. At that price per site we'd need the whole rollout to pay back inside a year, and I can't show that to our CFO.",
            "Let's leave it here for the moment. Happy to talk again in a couple of months if things change on our side.",
            "Best, Dana",
        ]),
        new(DemoSeed.DevRep, "priya-supplier", "priya.raman@northwind.example", "Priya Raman", "Re: A quick question about your route planning", TimeSpan.FromHours(3),
        [
            "Hello Sam,",
            "Appreciate you reaching out. We're covered on route planning; we have worked with the same provider for four years and it does the job.",
            "Our contract runs until the end of October, so there is nothing to decide before then.",
            "Kind regards, Priya Raman — Head of Logistics, Northwind",
        ]),
        new(DemoSeed.DevRep, "tomas-timing", "tomas.keller@adatum.example", "Tomás Keller", "Re: Following up on our discovery call", TimeSpan.FromDays(3),
        [
            "Hi Sam,",
            "Sorry for the slow reply. We are in the middle of merging two business units and every project that is not the merger is on hold.",
            "It is not a no to the idea; it is a not now. Try me again after the summer, once the new structure has settled.",
            "Tomás",
        ]),
        new(DemoSeed.DevRep, "lee-reflex", "lee.chen@litware.example", "Lee Chen", "Re: 15 minutes next week?", TimeSpan.FromDays(3.2),
            ["Not interested, thanks.", "Lee"]),

        new(DemoSeed.Ava, "dana-contract", "dana.whitfield@harbourfreight.example", "Dana Whitfield", "Re: Route planning pilot", TimeSpan.FromHours(3),
            ["Thanks for walking us through the pilot. Honestly, we signed a three-year deal with our current provider in spring, so there's no room to switch right now."]),
        new(DemoSeed.Ava, "marco-price", "marco.ruiz@sunvalleyclinics.example", "Marco Ruiz", "Re: Scheduling assistant for the clinics", TimeSpan.FromHours(26),
            ["It looks useful, but the price is well above what we set aside for tooling this year."]),
        new(DemoSeed.Lukas, "julia-timing", "j.hoffmann@brandt-maschinenbau.example", "Julia Hoffmann", "AW: Wartungsplanung", TimeSpan.FromHours(5),
            ["We are in the middle of an ERP migration until autumn. Please don't take it personally, it's simply bad timing."]),
        new(DemoSeed.Lukas, "pieter-authority", "pieter@vandijklogistics.example", "Pieter van Dijk", "Re: Intro call", TimeSpan.FromHours(30),
            ["I'm not the right person for this; purchasing decisions sit with our operations director."]),
        new(DemoSeed.Priya, "anand-need", "anand.k@lotusretail.example", "Anand Kumar", "Re: Store analytics proposal", TimeSpan.FromHours(2),
            ["We don't really see the need at the moment; our spreadsheets do the job for the twelve stores we have."]),
        new(DemoSeed.Priya, "meera-competitor", "meera@bluepeakfoods.example", "Meera Iyer", "Re: Follow-up on demand forecasting", TimeSpan.FromHours(50),
            ["We went with another vendor last month, but thanks for your patience throughout."]),
    ];

    public static void Apply(GraphSandbox sandbox)
    {
        var now = sandbox.Time.GetUtcNow();
        foreach (var t in All)
        {
            var body = string.Concat(t.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
            sandbox.AddInboxMessage(t.Rep.Id, new SandboxRecipient(t.FromAddress, t.FromName), t.Subject, body, now - t.Age,
                stableKey: $"{t.Rep.Id}/{t.Key}");
        }
    }
}
