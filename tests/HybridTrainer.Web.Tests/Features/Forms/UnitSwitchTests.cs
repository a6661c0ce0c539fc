using CsCheck;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Profile;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.Tests.Features.Forms;

public class UnitSwitchTests
{
    [Fact]
    public void ChangeUnits_HugeNumbersTyped_StayAsTypedAndEachStepSaysWhy() =>
        Gen.Select(HostileValues.HugeOrNegativeDecimal, Gen.OneOf<UnitSystem>(UnitSystem.Metric, UnitSystem.Imperial)).Sample((value, from) =>
        {
            var draft = new ProfileDraft { Body = { Units = from, BodyWeight = value } };
            draft.Lifts.Units = draft.Shoes.Units = from;
            draft.Lifts.Lifts.ForEach(l => l.OneRepMax = value);
            draft.Shoes.Shoes.Add(new ShoeInput { Name = "Daily", Distance = value });

            draft.ChangeUnits(from == UnitSystem.Metric ? UnitSystem.Imperial : UnitSystem.Metric);

            new BodyStepInputValidator(new FakeTimeProvider(FormFields.Now), StaticLocalizers.For<ProfileText>()).Validate(draft.Body).Errors.ShouldContain(e => e.PropertyName == "BodyWeight");
            new LiftsStepInputValidator(StaticLocalizers.For<ProfileText>()).Validate(draft.Lifts).Errors.ShouldContain(e => e.PropertyName == "Lifts[0].OneRepMax");
            new ShoesStepInputValidator(StaticLocalizers.For<ProfileText>()).Validate(draft.Shoes).Errors.ShouldContain(e => e.PropertyName == "Shoes[0].Distance");
        }, iter: 300);
}
