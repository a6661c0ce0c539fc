using System.Text.RegularExpressions;

namespace HybridTrainer.Web.UnitTests.Time;

/// <summary>
/// Tests read time from the test clock only, so no run can behave differently either side of midnight. TestClock
/// itself reads the machine's clock once, for the day the run lives in.
/// </summary>
public partial class NoWallClockInTestsTests
{
    [Fact]
    public void TestSources_NeverReadTheWallClock()
    {
        var tests = Path.Combine(RepositoryRoot(), "tests");
        var offenders = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(nameof(NoWallClockInTestsTests) + ".cs", StringComparison.Ordinal)
                && !f.EndsWith($"{Path.DirectorySeparatorChar}Support{Path.DirectorySeparatorChar}TestClock.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(tests, f), Line: i + 1, Text: line)))
            .Where(l => WallClock().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty("use TestClock (or the app's FakeTimeProvider) instead of the wall clock");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HybridTrainer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HybridTrainer.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b|TimeProvider\.System\b")]
    private static partial Regex WallClock();
}
