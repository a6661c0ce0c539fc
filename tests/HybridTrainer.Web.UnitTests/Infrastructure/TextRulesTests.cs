using HybridTrainer.Web.Infrastructure.Validation;

namespace HybridTrainer.Web.UnitTests.Infrastructure;

public class TextRulesTests
{
    public static TheoryData<char> Hidden() =>
    [
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
        '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF',
    ];

    [Theory]
    [MemberData(nameof(Hidden))]
    public void HasHiddenFormatting_DirectionOrZeroWidthCharacter_IsTrue(char hidden) =>
        TextRules.HasHiddenFormatting($"Ann{hidden}a").ShouldBeTrue();

    [Theory]
    [InlineData("Zoë Ødegård")]
    [InlineData("محمد")]
    [InlineData("佐藤 花子")]
    [InlineData("")]
    [InlineData(null)]
    public void HasHiddenFormatting_OrdinaryNamesInAnyScript_IsFalse(string? name) =>
        TextRules.HasHiddenFormatting(name).ShouldBeFalse();
}
