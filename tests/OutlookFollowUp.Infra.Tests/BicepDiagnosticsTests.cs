namespace OutlookFollowUp.Infra.Tests;

/// <summary>bicep build and bicep lint of infra/main.bicep (and, through it, every module) are clean.</summary>
[Collection(CompiledTemplateFixture.Name)]
public sealed class BicepDiagnosticsTests(CompiledTemplate template)
{
    [Fact]
    public void Bicep_build_of_main_reports_no_errors_and_no_warnings()
    {
        Assert.Empty(template.Build.ErrorsAndWarnings);
        Assert.Equal(0, template.Build.ExitCode);
        Assert.NotEmpty(template.Text);
    }

    [Fact]
    public void Bicep_lint_of_main_reports_no_errors_and_no_warnings()
    {
        var lint = BicepCli.Run("lint", BicepCli.MainBicep);

        Assert.Empty(lint.ErrorsAndWarnings);
        Assert.Equal(0, lint.ExitCode);
    }

    [Fact]
    public void Every_module_under_infra_modules_is_used_by_main_and_therefore_linted()
    {
        var main = File.ReadAllText(BicepCli.MainBicep);
        var modules = Directory.GetFiles(Path.Combine(BicepCli.InfraDirectory, "modules"), "*.bicep");

        Assert.NotEmpty(modules);
        Assert.All(modules, module => Assert.Contains($"'modules/{Path.GetFileName(module)}'", main, StringComparison.Ordinal));
    }

    [Fact]
    public void Main_uses_no_registry_modules_so_bicep_needs_no_network()
    {
        var sources = Directory.GetFiles(BicepCli.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(File.ReadAllText);

        Assert.All(sources, source =>
        {
            Assert.DoesNotContain("'br:", source, StringComparison.Ordinal);
            Assert.DoesNotContain("'br/", source, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts:", source, StringComparison.Ordinal);
        });
    }
}
