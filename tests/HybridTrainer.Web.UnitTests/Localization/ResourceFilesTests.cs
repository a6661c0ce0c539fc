using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.UnitTests.Localization;

/// <summary>
/// Every word the app shows exists in English and in Spanish. A key used in code but missing from its resource file,
/// a key in one language but not the other, or a placeholder lost in translation fails here rather than showing a
/// raw key or an English sentence to a Spanish reader.
/// </summary>
public partial class ResourceFilesTests
{
    private static readonly string WebSource = Path.Combine(RepositoryRoot(), "src", "HybridTrainer.Web");

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in NeutralResourceFiles())
        {
            data.Add(Path.GetRelativePath(WebSource, file));
        }

        return data;
    }

    [Fact]
    public void TheWebProject_HasResourceFiles()
    {
        NeutralResourceFiles().ShouldNotBeEmpty();
    }

    [Fact]
    public void EverySpanishResourceFile_HasItsEnglishOne()
    {
        var orphans = SourceFiles("*.es.resx")
            .Where(spanish => !File.Exists(spanish[..^".es.resx".Length] + ".resx"))
            .Select(f => Path.GetRelativePath(WebSource, f))
            .ToList();

        orphans.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ResourceFile_HasTheSameKeysInSpanish(string file)
    {
        var english = Entries(Path.Combine(WebSource, file));
        var spanishFile = Path.Combine(WebSource, file[..^".resx".Length] + ".es.resx");
        File.Exists(spanishFile).ShouldBeTrue($"{file} has no Spanish translation beside it");
        var spanish = Entries(spanishFile);

        english.Keys.Except(spanish.Keys).ShouldBeEmpty("keys missing in Spanish");
        spanish.Keys.Except(english.Keys).ShouldBeEmpty("keys missing in English");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ResourceFile_EveryTextIsFilledAndKeepsItsPlaceholders(string file)
    {
        var english = Entries(Path.Combine(WebSource, file));
        var spanish = Entries(Path.Combine(WebSource, file[..^".resx".Length] + ".es.resx"));

        var problems = english
            .Where(e => spanish.ContainsKey(e.Key))
            .SelectMany(e => Problems(e.Key, e.Value, spanish[e.Key]))
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void ResourceClassNames_AreUnique()
    {
        // Code names a resource by its class's short name; two classes of one name would leave a reader guessing.
        NeutralResourceFiles()
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(f => Path.GetRelativePath(WebSource, f))))
            .ShouldBeEmpty();
    }

    [Fact]
    public void EveryKeyTheCodeAsksFor_ExistsInItsResourceFile()
    {
        var resources = NeutralResourceFiles()
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => Entries(f).Keys).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in SourceFiles("*.razor").Concat(SourceFiles("*.cs")))
        {
            var text = File.ReadAllText(file);
            foreach (Match declaration in LocalizerDeclaration().Matches(text))
            {
                var type = declaration.Groups["type"].Value;
                var name = declaration.Groups["name"].Value;
                if (!resources.TryGetValue(type, out var keys))
                {
                    missing.Add($"{Path.GetRelativePath(WebSource, file)}: no {type}.resx for IStringLocalizer<{type}>");
                    continue;
                }

                foreach (Match use in new Regex(@"(?<![\w.])" + Regex.Escape(name) + @"(?:\[|\.GetString\()\s*""(?<key>[^""\\]+)""").Matches(text))
                {
                    if (!keys.Contains(use.Groups["key"].Value))
                    {
                        missing.Add($"{Path.GetRelativePath(WebSource, file)}: {type} has no key \"{use.Groups["key"].Value}\"");
                    }
                }
            }
        }

        missing.Distinct().ToList().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ResourceFile_IsReadByTheLocalizerInBothLanguages(string file)
    {
        // The compiled resource must be found under its class's name, in the main assembly and in the Spanish satellite.
        var typeName = "HybridTrainer.Web." + file[..^".resx".Length].Replace(Path.DirectorySeparatorChar, '.');
        var type = typeof(Languages).Assembly.GetType(typeName);
        type.ShouldNotBeNull($"{file} needs a class {typeName} for IStringLocalizer<T>");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var localizer = factory.Create(type);
        var entries = Entries(Path.Combine(WebSource, file));
        var spanish = Entries(Path.Combine(WebSource, file[..^".resx".Length] + ".es.resx"));

        foreach (var (code, expected) in new[] { (Languages.English, entries), (Languages.Spanish, spanish) })
        {
            using (Languages.Use(code))
            {
                foreach (var (key, value) in expected)
                {
                    var found = localizer[key];
                    found.ResourceNotFound.ShouldBeFalse($"{key} in {code}");
                    found.Value.ShouldBe(value, $"{key} in {code}");
                }
            }
        }
    }

    private static IEnumerable<string> Problems(string key, string english, string spanish)
    {
        if (string.IsNullOrWhiteSpace(english) || string.IsNullOrWhiteSpace(spanish))
        {
            yield return $"{key}: empty text";
        }

        var englishHoles = Placeholders(english);
        var spanishHoles = Placeholders(spanish);
        if (!englishHoles.SetEquals(spanishHoles))
        {
            yield return $"{key}: placeholders {string.Join(",", englishHoles)} in English but {string.Join(",", spanishHoles)} in Spanish";
        }
    }

    private static HashSet<int> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static IEnumerable<string> NeutralResourceFiles() =>
        SourceFiles("*.resx").Where(f => !f.EndsWith(".es.resx", StringComparison.Ordinal));

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(WebSource, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

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

    // "@inject IStringLocalizer<PlanText> T" in a component, or a constructor parameter, field or property in C#.
    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>\??\s+(?<name>\w+)")]
    private static partial Regex LocalizerDeclaration();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
