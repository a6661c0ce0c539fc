using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class ShoeListTests : MudTestContext
{
    [Fact]
    public void ShoeList_FlagsAPairFrom500KmAndAsksToRetireItFrom800Km()
    {
        var list = Render<ShoeList>(ps => ps.Add(c => c.Shoes, Pairs()));

        Statuses(list).ShouldBe(["In rotation", "Worn: past 500 km", "Retire it: past 800 km", "Retired 2 Nov 2026"]);
        list.FindAll("[data-testid=shoe-distance]").Select(td => td.TextContent).ShouldBe(["499.9 km", "500 km", "1,000 km", "820 km"]);
    }

    [Fact]
    public void ShoeList_InMiles_ShowsDistancesAndThresholdsInMiles()
    {
        var list = Render<ShoeList>(ps => ps.Add(c => c.Shoes, Pairs()).Add(c => c.Units, UnitSystem.Imperial));

        Statuses(list)[1].ShouldBe("Worn: past 310.7 mi");
        list.FindAll("[data-testid=shoe-distance]")[2].TextContent.ShouldBe("621.4 mi");
    }

    [Fact]
    public void ShoeList_RetireButton_IsOfferedForPairsStillInUseAndReportsWhichOne()
    {
        ShoeRow? retired = null;
        var list = Render<ShoeList>(ps => ps.Add(c => c.Shoes, Pairs()).Add(c => c.OnRetire, (ShoeRow shoe) => retired = shoe));

        var buttons = list.FindAll("button");
        buttons.Select(b => b.GetAttribute("aria-label")).ShouldBe(["Retire Daily trainer", "Retire Tempo pair", "Retire Old trainer"]);
        buttons[2].Click();
        retired!.Name.ShouldBe("Old trainer");
    }

    private static string[] Statuses(IRenderedComponent<ShoeList> list) =>
        [.. list.FindAll("[data-testid=shoe-status]").Select(td => td.TextContent.Trim())];

    private static List<ShoeRow> Pairs() =>
    [
        new(Guid.NewGuid(), "Daily trainer", ShoeKind.Cushioned, 400m, 99.9m, null),
        new(Guid.NewGuid(), "Tempo pair", ShoeKind.Minimalist, 480m, 20m, null),
        new(Guid.NewGuid(), "Old trainer", ShoeKind.Cushioned, 900m, 100m, null),
        new(Guid.NewGuid(), "Racers", ShoeKind.Minimalist, 800m, 20m, new DateOnly(2026, 11, 2)),
    ];
}
