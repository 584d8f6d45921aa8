using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>
/// infra/graph-app-permissions.txt is the one list of Graph application permissions the app needs: the scripts that
/// grant them read it (and name none of their own), and the admin guide lists each. The Graph sandbox's token is
/// checked against the same file in the mailbox tests.
/// </summary>
public sealed partial class GraphPermissionsTests
{
    private static readonly string Scripts = Path.Combine(BicepCli.InfraDirectory, "scripts");

    private static readonly string[] Listed = [.. File.ReadAllLines(Path.Combine(BicepCli.InfraDirectory, "graph-app-permissions.txt"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_list_holds_what_the_mailbox_gateway_calls_need() =>
        Assert.Equal(["Calendars.ReadWrite", "Mail.ReadWrite", "MailboxSettings.Read"], Listed);

    [Fact]
    public void The_postprovision_hook_grants_exactly_the_listed_permissions()
    {
        var script = Path.Combine(Scripts, "postprovision.sh");
        var assignment = File.ReadAllLines(script).Single(l => l.StartsWith("MAILBOX_ROLES=", StringComparison.Ordinal));

        // The hook's own line, run by sh as the hook runs it ($0 is the script), prints the roles it will loop over.
        var roles = RunSh($"{assignment}\nprintf '%s' \"$MAILBOX_ROLES\"", script);

        Assert.Equal(Listed, roles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Exchange_RBAC_script_reads_the_list_and_names_no_role_of_its_own()
    {
        var code = File.ReadAllLines(Path.Combine(Scripts, "Grant-MailboxAccess.ps1"))
            .SkipWhile(l => !l.StartsWith("[CmdletBinding", StringComparison.Ordinal))
            .Where(l => !l.TrimStart().StartsWith('#'));
        var text = string.Join('\n', code);

        Assert.Contains("Join-Path $PSScriptRoot '..' 'graph-app-permissions.txt'", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(HardCodedRole(), text);
    }

    [Fact]
    public void The_admin_guide_explains_every_listed_permission()
    {
        var guide = File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "README.md"));

        Assert.All(Listed, permission => Assert.Contains($"| `{permission}` |", guide, StringComparison.Ordinal));
    }

    private static string RunSh(string command, string scriptPath)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(scriptPath);
        using var sh = Process.Start(start)!;
        var output = sh.StandardOutput.ReadToEnd();
        var error = sh.StandardError.ReadToEnd();
        sh.WaitForExit();
        Assert.True(sh.ExitCode == 0, error);
        return output;
    }

    [GeneratedRegex(@"'Application (Mail|Calendars|MailboxSettings)\.")]
    private static partial Regex HardCodedRole();
}
