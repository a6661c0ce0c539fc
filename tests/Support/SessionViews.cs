using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Sessions;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Tests.Support;

/// <summary>A stored session as its own athlete sees it: everything shown, nothing left out.</summary>
internal static class SessionViews
{
    public static SessionView Of(PlannedSession session) =>
        SessionView.For(session, new AthleteAccess(session.AthleteId, Guid.Empty, AthleteRelation.Self));
}
