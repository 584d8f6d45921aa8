namespace OutlookFollowUp.Testing;

/// <summary>The checkout's root: the nearest folder above the running binaries that holds the solution file.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookFollowUp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OutlookFollowUp.sln above {AppContext.BaseDirectory}.");
    }
}
