using System.Reflection;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

/// <summary>
/// Every word a sheet takes from <see cref="SheetWords"/> is a key of the sheets' resource file, read in the
/// language asked for: a word added to the list but not to the file fails here, not on a printed page.
/// </summary>
public class SheetWordsTests
{
    private static readonly PropertyInfo[] Words = typeof(SheetWords).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void EveryWord_IsAKeyOfTheSheetsResourceFile()
    {
        var keys = StaticLocalizers.For<SheetText>().GetAllStrings(includeParentCultures: true).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Words.ShouldNotBeEmpty();
        Words.Select(p => p.Name).Where(name => !keys.Contains(name)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Languages.English)]
    [InlineData(Languages.Spanish)]
    public void EveryWord_IsTheResourceFilesTextInThatLanguage(string language)
    {
        using (Languages.Use(language))
        {
            var text = StaticLocalizers.For<SheetText>();
            var words = SheetWords.For(text);

            foreach (var word in Words)
            {
                word.GetValue(words).ShouldBe(text[word.Name].Value, word.Name);
            }
        }
    }
}
