using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;

// The bicep binary these tests run is the linux-x64 build.
[assembly: SupportedOSPlatform("linux")]

namespace OutlookFollowUp.Infra.Tests;

/// <summary>The bicep binary from the Azure.Bicep.CommandLine.linux-x64 package, run as a child process.</summary>
internal static partial class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The Functions app's build output, where the Sdk writes functions.metadata and extensions.json.</summary>
    public static string FunctionAppOutput { get; } = Metadata("FunctionAppOutput");

    public static string InfraDirectory { get; } = Path.Combine(RepositoryRoot, "infra");

    public static string MainBicep { get; } = Path.Combine(InfraDirectory, "main.bicep");

    public static BicepRun Run(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = InfraDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("bicep did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BicepRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The package's binary; copied next to the tests and made executable if the NuGet cache lost the mode bit.</summary>
    private static string ExecutablePath()
    {
        var packaged = Metadata("BicepPath");
        Assert.True(File.Exists(packaged), $"bicep not found at {packaged}; restore the Azure.Bicep.CommandLine.linux-x64 package.");
        if (File.GetUnixFileMode(packaged).HasFlag(UnixFileMode.UserExecute))
        {
            return packaged;
        }

        var copy = Path.Combine(AppContext.BaseDirectory, "bicep");
        if (!File.Exists(copy))
        {
            File.Copy(packaged, copy, overwrite: true);
            File.SetUnixFileMode(copy, File.GetUnixFileMode(copy) | UnixFileMode.UserExecute);
        }

        return copy;
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");

    [GeneratedRegex(@"^.*\) : (Error|Warning) .*$", RegexOptions.Multiline)]
    internal static partial Regex DiagnosticLine();
}

/// <summary>Exit code and output of one bicep run.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Every error and warning line, e.g. "main.bicep(3,7) : Warning no-unused-params: ...".</summary>
    public IReadOnlyList<string> ErrorsAndWarnings =>
        BicepCli.DiagnosticLine().Matches(StandardOutput + "\n" + StandardError).Select(match => match.Value.Trim()).ToList();
}
