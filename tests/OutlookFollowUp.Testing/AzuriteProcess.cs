using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OutlookFollowUp.Testing;

/// <summary>
/// Azurite from <c>tools/node_modules</c> (installed by scripts/test.sh) as a child process, in memory, on free
/// loopback ports; disposing it (or this process exiting) kills it.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's fixed, public development account; not a secret.
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteProcess(int blob, int queue, int table)
    {
        BlobServiceUri = Endpoint(blob);
        QueueServiceUri = Endpoint(queue);
        TableServiceUri = Endpoint(table);
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};"
            + $"BlobEndpoint={BlobServiceUri};QueueEndpoint={QueueServiceUri};TableEndpoint={TableServiceUri};";
    }

    /// <summary>A full connection string with explicit blob, queue and table endpoints on this run's ports.</summary>
    public string ConnectionString { get; }

    public Uri TableServiceUri { get; }

    public Uri QueueServiceUri { get; }

    public Uri BlobServiceUri { get; }

    /// <summary>Starts Azurite and returns once it listens on all three ports.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var executable = FindAzurite();
        var ports = FreePorts(3);
        var azurite = new AzuriteProcess(ports[0], ports[1], ports[2]);
        try
        {
            azurite.Start(executable, ports);
            await azurite.WaitUntilListeningAsync(ports);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        Stop();
        return ValueTask.CompletedTask;
    }

    private static string FindAzurite()
    {
        var bin = Path.Combine(RepositoryRoot.Find(), "tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        return File.Exists(bin)
            ? bin
            : throw new InvalidOperationException(
                $"Azurite is not installed ({bin} is missing). Run scripts/test.sh, which installs tools/ with npm ci, or run `npm ci` in tools/.");
    }

    private void Start(string executable, int[] ports)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Azurite writes nothing to disk in memory mode; a temp working folder keeps any stray file out of the repo.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", Port(ports[0]),
            "--queueHost", "127.0.0.1", "--queuePort", Port(ports[1]),
            "--tableHost", "127.0.0.1", "--tablePort", Port(ports[2]),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // If the host process dies without disposing this, do not leave Azurite running.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    private async Task WaitUntilListeningAsync(int[] ports)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (true)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}:\n{Output()}");
                }

                if (deadline.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"Azurite did not listen on port {port} within {StartTimeout.TotalSeconds}s:\n{Output()}");
                }

                using var probe = new TcpClient();
                try
                {
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void KillOnExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process?.Dispose();
        _process = null;
    }

    // Port 0 lets the OS choose free ports; they are released together just before Azurite binds them. Another
    // process could take one in between, which then shows as Azurite failing to start, with its output.
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static Uri Endpoint(int port) => new($"http://127.0.0.1:{Port(port)}/{Account}");
}
