using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>The engine's refusal of a race block reaches the form in the athlete's language, under the field to change.</summary>
public class RaceRefusalLanguageTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task Preview_TooFewDaysForAMarathonInSpanish_SaysWhatToAddInSpanish()
    {
        var user = await Data.UserAsync(AppRoles.Athlete);
        await Data.CompleteAthleteAsync(user.Id, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday]);
        var input = new GenerateBlockInput
        {
            StartDate = NextMonday.ToDateTime(TimeOnly.MinValue),
            ForRace = true,
            Distance = RaceDistance.Marathon,
            RaceDate = NextMonday.AddDays((15 * 7) + 6).ToDateTime(TimeOnly.MinValue),
        };

        using (Languages.Use(Languages.Spanish))
        {
            var preview = await Service<PlanService>().PreviewAsync(Principal(user.Id, AppRoles.Athlete), null, input, Ct);

            preview.Failure.ShouldNotBeNull().FieldErrors![RaceRefusal.AvailableDaysField]
                .ShouldBe(["Una maratón necesita al menos 3 carreras por semana, lo que requiere 5 días disponibles; añade 1 día."]);
        }
    }
}
