using HybridTrainer.Web.Features.Account;

namespace HybridTrainer.Web.UnitTests.Architecture;

/// <summary>
/// The web project's map, pinned: which feature may use which, and that infrastructure and the app's shell use none
/// of them beyond what is written here. A new edge fails until it is added on purpose; an edge no longer used fails
/// until it is removed, so the table stays the truth (drawn in the README).
/// </summary>
public class FeatureMapTests
{
    private const string Features = "HybridTrainer.Web.Features.";
    private const string Infrastructure = "HybridTrainer.Web.Infrastructure";
    private const string Common = "HybridTrainer.Web.Common";
    private const string Shell = "HybridTrainer.Web.Components";

    /// <summary>Feature → the features it may use. Everything may use Infrastructure and the domain.</summary>
    private static readonly Dictionary<string, string[]> _allowed = new()
    {
        ["AccessTokens"] = ["Account"],
        ["Activities"] = ["Athletes"],
        ["Benchmark"] = ["Coach"],
        ["Calendar"] = ["Account", "Athletes", "Sessions"],
        ["Coach"] = ["Activities", "Athletes", "Dashboard", "Journal", "Plan", "Sessions"],
        ["Dashboard"] = ["Activities", "Athletes", "Plan", "Progress", "Sessions"],
        ["Exports"] = ["Athletes", "Journal", "Sessions"],
        ["Gym"] = ["Account", "Invitations"],
        ["Home"] = ["Athletes", "Coach", "Dashboard"],
        ["Invitations"] = ["Account"],
        ["Notifications"] = ["Account", "Coach", "Sessions"],
        ["Journal"] = ["Athletes", "Sessions"],
        ["Plan"] = ["Athletes", "PlanPreview", "Sessions"],
        ["Profile"] = ["Athletes"],
        ["Progress"] = ["Activities", "Athletes"],
        ["Sessions"] = ["Activities", "Athletes"],
        ["Sheets"] = ["Athletes", "Sessions"],
        ["Shoes"] = ["Sessions"],
    };

    /// <summary>The app's shell (layout, navigation, routes) shows these features' parts; the composition root may use all.</summary>
    private static readonly string[] _shellUses = ["Account", "Language"];

    private static readonly IReadOnlyList<(string From, string To, string Example)> _edges = Edges();

    [Fact]
    public void Features_UseOnlyTheFeaturesTheMapAllows()
    {
        var unexpected = _edges.Where(e => e.From is not ("Infrastructure" or "Shell") && !(_allowed.GetValueOrDefault(e.From) ?? []).Contains(e.To))
            .Select(e => $"{e.From} → {e.To} ({e.Example})").ToList();

        unexpected.ShouldBeEmpty("add the edge to the map (and the README's drawing) only if it is meant");
    }

    [Fact]
    public void Map_HasNoEdgeThatIsNoLongerUsed()
    {
        var unused = _allowed.SelectMany(a => a.Value.Select(to => (From: a.Key, To: to)))
            .Where(a => !_edges.Any(e => e.From == a.From && e.To == a.To)).Select(a => $"{a.From} → {a.To}").ToList();

        unused.ShouldBeEmpty("remove it from the map");
    }

    [Fact]
    public void Infrastructure_UsesNoFeature()
    {
        _edges.Where(e => e.From == "Infrastructure").Select(e => $"{e.To} ({e.Example})").ShouldBeEmpty();
    }

    [Fact]
    public void Shell_UsesOnlyTheFeaturesItShows()
    {
        _edges.Where(e => e.From == "Shell" && !_shellUses.Contains(e.To)).Select(e => $"{e.To} ({e.Example})").ShouldBeEmpty();
        _shellUses.Where(to => !_edges.Any(e => e.From == "Shell" && e.To == to)).ShouldBeEmpty("remove it from the shell's list");
    }

    [Fact]
    public void Common_UsesNeitherFeaturesNorInfrastructure()
    {
        var uses = typeof(LoginPage).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace?.StartsWith(Common, StringComparison.Ordinal) == true)
            .SelectMany(t => TypeReferences.Of(t).Where(u => u.Assembly == t.Assembly && u.Namespace is { } ns
                && (ns.StartsWith(Features, StringComparison.Ordinal) || ns.StartsWith(Infrastructure, StringComparison.Ordinal) || ns.StartsWith(Shell, StringComparison.Ordinal)))
                .Select(u => $"{t.Name} uses {u.FullName}"))
            .ToList();

        uses.ShouldBeEmpty("Common holds small shared values every area may use; it depends on none of them");
    }

    [Fact]
    public void Map_HasNoCycle()
    {
        var cycles = new List<string>();
        foreach (var start in _allowed.Keys)
        {
            var path = new Stack<string>();
            Visit(start, start, path, [], cycles);
        }

        cycles.ShouldBeEmpty();
    }

    private static void Visit(string start, string at, Stack<string> path, HashSet<string> seen, List<string> cycles)
    {
        path.Push(at);
        foreach (var next in _allowed.GetValueOrDefault(at) ?? [])
        {
            if (next == start)
            {
                cycles.Add(string.Join(" → ", path.Reverse().Append(start)));
            }
            else if (seen.Add(next))
            {
                Visit(start, next, path, seen, cycles);
            }
        }

        path.Pop();
    }

    private static List<(string From, string To, string Example)> Edges()
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in typeof(LoginPage).Assembly.GetTypes().Where(t => !t.IsNested))
        {
            if (AreaOf(type) is not { } from)
            {
                continue;
            }

            foreach (var used in TypeReferences.Of(type))
            {
                if (used.Assembly == type.Assembly && FeatureOf(used) is { } to && to != from)
                {
                    edges.TryAdd((from, to), $"{type.Name} uses {used.Name}");
                }
            }
        }

        return [.. edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value)).OrderBy(e => e.Item1).ThenBy(e => e.Item2)];
    }

    private static string? AreaOf(Type type) =>
        type.Namespace?.StartsWith(Infrastructure, StringComparison.Ordinal) == true ? "Infrastructure"
        : type.Namespace?.StartsWith(Shell, StringComparison.Ordinal) == true ? "Shell"
        : FeatureOf(type);

    private static string? FeatureOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(Features, StringComparison.Ordinal) ? ns[Features.Length..].Split('.')[0] : null;
}
