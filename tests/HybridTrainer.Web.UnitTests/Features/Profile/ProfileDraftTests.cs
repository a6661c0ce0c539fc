using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Profile;

namespace HybridTrainer.Web.UnitTests.Features.Profile;

public class ProfileDraftTests
{
    [Fact]
    public void ChangeUnits_TinyNegativeDistance_StaysAsTypedForTheStepToRefuse()
    {
        var draft = new ProfileDraft();
        draft.Body.Units = draft.Lifts.Units = draft.Shoes.Units = UnitSystem.Imperial;
        draft.Shoes.Shoes.Add(new ShoeInput { Name = "Daily", Distance = -0.01m });

        draft.ChangeUnits(UnitSystem.Metric);

        draft.Shoes.Shoes[0].Distance.ShouldBe(-0.01m);
        new ShoesStepInputValidator(StaticLocalizers.For<ProfileText>()).Validate(draft.Shoes).Errors.ShouldContain(e => e.PropertyName == "Shoes[0].Distance");
    }

    [Fact]
    public void ChangeUnits_DistanceInMiles_ShowsKilometresToATenth()
    {
        var draft = new ProfileDraft();
        draft.Body.Units = draft.Lifts.Units = draft.Shoes.Units = UnitSystem.Imperial;
        draft.Shoes.Shoes.Add(new ShoeInput { Name = "Daily", Distance = 100m });

        draft.ChangeUnits(UnitSystem.Metric);

        draft.Shoes.Shoes[0].Distance.ShouldBe(160.9m);
    }
}
