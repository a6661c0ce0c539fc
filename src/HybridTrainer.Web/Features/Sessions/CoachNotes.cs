using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// A coach's private note on one of a client's sessions. Only an active coach writes it (WriteCoachNotes); the athlete
/// reads it on the session; gym staff never get it, since every read path strips it for them.
/// </summary>
internal sealed class CoachNotes(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<CoachNoteInput> validator, AthleteGate gate, TimeProvider clock, IStringLocalizer<SessionsText> text)
{
    public async Task<Outcome<NoteSaved>> SaveAsync(ClaimsPrincipal user, Guid sessionId, CoachNoteInput input, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckSessionAsync(db, user, sessionId, AthleteOperation.WriteCoachNotes, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var session = await db.PlannedSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        session.CoachNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        session.UpdatedByUserId = access.UserId;
        session.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Stale(text["NoteStale"]);
        }

        return new NoteSaved(session.Version);
    }
}

public sealed class CoachNoteInput
{
    public string? Note { get; set; }
}

public sealed class CoachNoteInputValidator : AbstractValidator<CoachNoteInput>
{
    /// <summary>For code that builds the validator itself; the container passes its localizer.</summary>
    public CoachNoteInputValidator()
        : this(StaticLocalizers.For<SessionsText>())
    {
    }

    public CoachNoteInputValidator(IStringLocalizer<SessionsText> text) =>
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage(_ => text["NoteTooLong"]).PlainText(multiline: true);
}

/// <summary>A saved note and the session's new version.</summary>
public sealed record NoteSaved(uint Version);
