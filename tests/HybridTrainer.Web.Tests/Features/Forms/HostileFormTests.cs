using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using CsCheck;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Resilience;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Forms;

/// <summary>
/// The forms that save, rendered with their real validators and services against PostgreSQL: hostile values typed
/// into each field show a message under that field (tied to the input with aria-describedby), nothing is saved, and
/// no exception escapes to end the circuit.
/// </summary>
public class HostileFormTests(HostFixture host) : HostTest(host)
{
    private const int Tries = 12;
    private const string ConversionError = "Not a valid number";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddShoeForm_HostileNameAndDistance_MessagesUnderBothAndNothingSaved()
    {
        var (user, _, _) = await new TestData(App).AthleteWithBlockAsync(NextMonday);
        var before = await SnapshotAsync();
        await using var scope = App.Services.CreateAsyncScope();
        await using var forms = new FormContext(user, services => services.AddSingleton(scope.ServiceProvider.GetRequiredService<ShoeService>()));
        var form = forms.Render<AddShoeForm>(ps => ps.Add(f => f.Units, UnitSystem.Imperial));

        Gen.Select(HostileValues.Refused(80, multiline: false), HostileValues.TypedNumber).Sample((name, distance) =>
        {
            form.Find("input[type=text]").Input(name);
            Field(form, "Distance already run").QuerySelector("input")!.Input(distance);
            form.FindAll("button").Single(b => b.TextContent.Contains("Add the pair", StringComparison.Ordinal)).Click();

            form.WaitForAssertion(() =>
            {
                MessageUnder(form, "Name of the pair").ShouldNotBeEmpty($"name {Describe(name)}");
                MessageUnder(form, "Distance already run").ShouldNotBeEmpty($"distance {distance}");
            });
        }, iter: Tries, threads: 1);

        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task LogForm_HostileNotesAndDistance_MessagesUnderThemAndNothingSaved()
    {
        var (user, athlete, _) = await new TestData(App).AthleteWithBlockAsync(NextMonday);
        var run = (await new TestData(App).SessionsOfAsync(athlete.Id)).First(s => s.Prescription.Run is not null);
        var before = await SnapshotAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var journal = scope.ServiceProvider.GetRequiredService<SessionJournal>();
        var detail = (await journal.GetAsync(user, run.Id, Ct))!;
        await using var forms = new FormContext(user, services => services.AddSingleton(journal));
        var form = forms.Render<LogForm>(ps => ps.Add(f => f.Detail, detail).Add(f => f.Units, UnitSystem.Imperial));

        Gen.Select(HostileValues.Refused(2000, multiline: true), HostileValues.TypedNumber).Sample((notes, distance) =>
        {
            Field(form, "Notes").QuerySelector("textarea")!.Change(notes);
            Field(form, "Distance (mi)").QuerySelector("input")!.Change(distance);
            form.Find("form").Submit();

            form.WaitForAssertion(() =>
            {
                MessageUnder(form, "Notes").ShouldNotBeEmpty($"notes {Describe(notes)}");
                MessageUnder(form, "Distance (mi)").ShouldNotBeEmpty($"distance {distance}");
            });
        }, iter: Tries, threads: 1);

        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CoachNoteEditor_HostileNote_MessageUnderTheNoteAndTheOldNoteKept()
    {
        var data = new TestData(App);
        var (_, athlete, _) = await data.AthleteWithBlockAsync(NextMonday);
        var coach = await data.UserAsync(AppRoles.Coach);
        await data.LinkCoachAsync(coach.Id, athlete.Id);
        var session = (await data.SessionsOfAsync(athlete.Id))[0];
        await using (var db = App.CreateDbContext())
        {
            await db.PlannedSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CoachNote, "Keep it easy."), Ct);
        }

        var before = await SnapshotAsync();
        var principal = TestData.Principal(coach.Id);
        await using var scope = App.Services.CreateAsyncScope();
        var detail = (await scope.ServiceProvider.GetRequiredService<SessionJournal>().GetAsync(principal, session.Id, Ct))!;
        await using var forms = new FormContext(principal, services => services.AddSingleton(scope.ServiceProvider.GetRequiredService<CoachNotes>()));
        var form = forms.Render<CoachNoteEditor>(ps => ps.Add(f => f.Detail, detail));

        HostileValues.Refused(2000, multiline: true).Sample(note =>
        {
            Field(form, "Coach's note").QuerySelector("textarea")!.Change(note);
            form.Find("form").Submit();

            form.WaitForAssertion(() => MessageUnder(form, "Coach's note").ShouldNotBeEmpty($"note {Describe(note)}"));
        }, iter: Tries, threads: 1);

        (await SnapshotAsync()).ShouldBe(before);
    }

    private static DateOnly NextMonday => LocalDays.MondayOf(TestClock.Today.AddDays(7));

    private async Task<IReadOnlyDictionary<string, (long Rows, string Checksum)>> SnapshotAsync() =>
        await DatabaseSnapshot.TakeAsync(TestDatabase.CreateConnectionString(App.DatabaseName));

    private static IElement Field<T>(IRenderedComponent<T> form, string label) where T : IComponent =>
        form.FindAll(".mud-input-control").Where(e => e.QuerySelector("label")?.TextContent.Trim() == label).ShouldHaveSingleItem();

    /// <summary>The error line under a field, checked to be the input's accessible description.</summary>
    internal static string MessageUnder<T>(IRenderedComponent<T> form, string label) where T : IComponent
    {
        var field = Field(form, label);
        var message = field.QuerySelector(".mud-input-helper-text.mud-input-error");
        if (message is null)
        {
            return "";
        }

        var input = field.QuerySelector("input, textarea")!;
        input.GetAttribute("aria-invalid").ShouldBe("true");
        var text = message.TextContent.Trim();
        // MudBlazor's own "Not a valid number" (text it cannot parse) inside an EditForm carries no id to point at;
        // every validator message does.
        if (text != ConversionError)
        {
            var described = message.QuerySelector("[id]").ShouldNotBeNull(field.OuterHtml).Id;
            (input.GetAttribute("aria-describedby") ?? "").Split(' ').ShouldContain(described);
        }

        return text;
    }

    internal static string Describe(string text) =>
        text.Length > 40 ? $"of {text.Length} characters" : string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>A MudBlazor bunit context signed in as one user, with the form's own service.</summary>
    private sealed class FormContext : MudTestContext
    {
        public FormContext(ClaimsPrincipal user, Action<IServiceCollection> addServices)
        {
            addServices(Services);
            Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.Start));
            AddAuthorization().SetAuthorized("someone").SetClaims([.. user.Claims]);
        }
    }
}
