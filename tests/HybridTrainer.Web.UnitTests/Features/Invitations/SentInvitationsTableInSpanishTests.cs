using Bunit;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Invitations;

/// <summary>The coach's and gym admin's list of sent links, in Spanish: headings, kinds, states and Spanish dates.</summary>
public class SentInvitationsTableInSpanishTests : MudTestContext
{
    private static readonly DateTimeOffset Sent = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OpenClientLink_InSpanish_ShowsSpanishWordsAndDates()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var table = Render<SentInvitationsTable>(p => p.Add(t => t.Invitations, [Invitation(InvitationState.Open)]));

            table.Find("thead").TextContent.ShouldContain("Estado");
            var cells = table.FindAll("tbody td").Select(td => td.TextContent.Trim()).ToList();
            cells[1].ShouldBe("Cliente");
            cells[2].ShouldBe(Sent.ToString("d MMM yyyy", Languages.Culture(Languages.Spanish)));
            cells[3].ShouldStartWith("abierta hasta el ");
            table.Find("button").GetAttribute("aria-label").ShouldBe("Retirar la invitación para Ana");
        }
    }

    [Fact]
    public void WithdrawnLink_InEnglish_KeepsItsEnglishState()
    {
        using (Languages.Use(Languages.English))
        {
            var table = Render<SentInvitationsTable>(p => p.Add(t => t.Invitations, [Invitation(InvitationState.Revoked)]));

            table.FindAll("tbody td")[3].TextContent.Trim().ShouldBe("withdrawn");
        }
    }

    [Fact]
    public void NoLinks_InSpanish_SaysSoInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Render<SentInvitationsTable>(p => p.Add(t => t.Invitations, [])).Find("p").TextContent.ShouldBe("Todavía no has enviado invitaciones.");
        }
    }

    private static SentInvitation Invitation(InvitationState state) =>
        new(Guid.CreateVersion7(Sent), InvitationKind.Client, "Ana", Sent, Sent.AddDays(7), state);
}
