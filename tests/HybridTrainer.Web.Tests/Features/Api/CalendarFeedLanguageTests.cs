using System.Net;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>
/// A calendar app fetches the feed with no one signed in: its entries are worded in the feed owner's language (a coach's
/// feed of a client in the coach's), whatever the client's.
/// </summary>
public sealed class CalendarFeedLanguageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Feed_OwnerChoseSpanish_WordsTheEntriesInSpanish()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        await SetLanguageAsync(me.UserId, Languages.Spanish);
        var token = await CreateAsync(me.UserId, null);

        var text = await FetchAsync(token);

        // iCal folds long lines at 75 octets; unfold before reading.
        text.Replace("\r\n ", "", StringComparison.Ordinal).ShouldContain("X-WR-CALDESC:Sesiones de entrenamiento planificadas en HybridTrainer");
        var calendar = IcalCalendar.Load(text)!;
        calendar.Events.ShouldContain(e => e.Description!.Contains("Por qué: ", StringComparison.Ordinal));
        calendar.Events.ShouldAllBe(e => !e.Description!.Contains("Why: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_OfACoach_FollowsTheCoachsLanguageNotTheClients()
    {
        var scenario = new ApiScenario(App);
        var client = await scenario.PlannedAthleteAsync();
        var coach = await scenario.CoachOfAsync(client.Athlete.Id);
        await SetLanguageAsync(client.UserId, Languages.Spanish);
        var token = await CreateAsync(coach, client.Athlete.Id);

        var calendar = IcalCalendar.Load(await FetchAsync(token))!;

        calendar.Events.ShouldContain(e => e.Description!.Contains("Why: ", StringComparison.Ordinal));
        calendar.Events.ShouldAllBe(e => !e.Description!.Contains("Por qué: ", StringComparison.Ordinal));
    }

    private async Task<string> FetchAsync(string token)
    {
        using var calendarApp = CreateClient();
        // The calendar app's own Accept-Language must not matter: nobody reads the feed at that moment.
        calendarApp.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var response = await calendarApp.GetAsync($"/ical/{token}.ics", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task SetLanguageAsync(Guid userId, string language)
    {
        await using var db = App.CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), TestContext.Current.CancellationToken);
    }

    private async Task<string> CreateAsync(Guid userId, Guid? athleteId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>()
            .CreateAsync(TestData.Principal(userId), athleteId, TestData.Password, TestContext.Current.CancellationToken);
        return token.Value.ShouldNotBeNull();
    }
}
