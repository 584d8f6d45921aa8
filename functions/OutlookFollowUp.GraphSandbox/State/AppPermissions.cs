using System.Collections.Frozen;

namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// The application permissions (the <c>roles</c> claim of an app-only token) the sandbox treats the calling app as
/// holding. By default exactly infra/graph-app-permissions.txt, the list the deployment scripts grant, so a Graph
/// call the product adds without adding its permission there is refused here as Graph would refuse it.
/// </summary>
public static class AppPermissions
{
    private const string Resource = "OutlookFollowUp.GraphSandbox.graph-app-permissions.txt";

    public static FrozenSet<string> Deployed { get; } = Read();

    private static FrozenSet<string> Read()
    {
        using var stream = typeof(AppPermissions).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The sandbox was built without {Resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
