using CsCheck;
using FluentValidation;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Features.Shoes;
using Microsoft.Extensions.Time.Testing;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Forms;

/// <summary>How a form treats a text field: shown to people as typed, parsed into a value, or only hashed.</summary>
public enum TextKind
{
    Shown,
    ShownMultiline,
    Parsed,
    Secret,
}

/// <summary>A text field of a form: its validator path, the column it lands in, and an otherwise valid model around a value.</summary>
public sealed record TextFieldCase(string Form, string Path, int Column, bool Required, TextKind Kind, IValidator Validator, Func<string, object> Model)
{
    public override string ToString() => $"{Form}.{Path}";
}

/// <summary>A number or date field of a form, with an otherwise valid model around each hostile value of its type.</summary>
public sealed record ValueFieldCase(string Form, string Path, IValidator Validator, Gen<object> Models)
{
    public override string ToString() => $"{Form}.{Path}";
}

/// <summary>Every field a person types into, form by form, with the real validators.</summary>
public static class FormFields
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeProvider Clock = new FakeTimeProvider(Now);
    private const string GoodPassword = "a long enough passphrase";

    public static IReadOnlyList<TextFieldCase> Text { get; } =
    [
        new("Register", "DisplayName", 100, true, TextKind.Shown, new RegisterInputValidator(StaticLocalizers.For<AccountText>()), t => Register(i => i.DisplayName = t)),
        new("Register", "Email", 256, true, TextKind.Parsed, new RegisterInputValidator(StaticLocalizers.For<AccountText>()), t => Register(i => i.Email = t)),
        new("Register", "Password", 128, true, TextKind.Secret, new RegisterInputValidator(StaticLocalizers.For<AccountText>()), t => Register(i => (i.Password, i.ConfirmPassword) = (t, t))),
        new("Login", "Email", 256, true, TextKind.Parsed, new LoginInputValidator(StaticLocalizers.For<AccountText>()), t => new LoginInput { Email = t, Password = GoodPassword }),
        new("ChangePassword", "NewPassword", 128, true, TextKind.Secret, new ChangePasswordInputValidator(StaticLocalizers.For<AccountText>()),
            t => new ChangePasswordInput { CurrentPassword = GoodPassword, NewPassword = t, ConfirmPassword = t }),
        new("CreateToken", "Name", 100, true, TextKind.Shown, new CreateTokenInputValidator(StaticLocalizers.For<AccessTokensText>()), t => new CreateTokenInput { Name = t }),
        new("AddShoe", "Name", 80, true, TextKind.Shown, new AddShoeInputValidator(StaticLocalizers.For<ShoesText>()), t => new AddShoeInput { Name = t }),
        new("ShoesStep", "Shoes[0].Name", 80, true, TextKind.Shown, new ShoesStepInputValidator(StaticLocalizers.For<ProfileText>()), t => new ShoesStepInput { Shoes = [new() { Name = t }] }),
        new("Invite", "Label", 200, true, TextKind.Shown, new InviteInputValidator(StaticLocalizers.For<InvitationsText>()), t => new InviteInput { Label = t }),
        new("NewClient", "Name", 100, true, TextKind.Shown, new NewClientInputValidator(StaticLocalizers.For<CoachText>()), t => new NewClientInput { Name = t }),
        new("CoachNote", "Note", 2000, false, TextKind.ShownMultiline, new CoachNoteInputValidator(), t => new CoachNoteInput { Note = t }),
        new("LogSession", "Notes", 2000, false, TextKind.ShownMultiline, new LogSessionInputValidator(), t => Log(i => i.Notes = t)),
        new("RunningStep", "FiveKmTime", 16, false, TextKind.Parsed, new RunningStepInputValidator(StaticLocalizers.For<ProfileText>()), t => new RunningStepInput { RunningBaseWeeks = 8, FiveKmTime = t }),
        new("Prescription", "PaceFast", 16, false, TextKind.Parsed, new PrescriptionInputValidator(), t => Run(i => i.PaceFast = t)),
        new("Prescription", "PaceSlow", 16, false, TextKind.Parsed, new PrescriptionInputValidator(), t => Run(i => i.PaceSlow = t)),
    ];

    public static IReadOnlyList<ValueFieldCase> Values { get; } =
    [
        Decimal("BodyStep", "BodyWeight", new BodyStepInputValidator(Clock, StaticLocalizers.For<ProfileText>()), (d, u) => new BodyStepInput { Units = u, BodyWeight = d }),
        Int("BodyStep", "BirthYear", new BodyStepInputValidator(Clock, StaticLocalizers.For<ProfileText>()), n => new BodyStepInput { BodyWeight = 80m, BirthYear = n }),
        Int("BodyStep", "RestingHeartRate", new BodyStepInputValidator(Clock, StaticLocalizers.For<ProfileText>()), n => new BodyStepInput { BodyWeight = 80m, RestingHeartRate = n }),
        Int("RunningStep", "RunningBaseWeeks", new RunningStepInputValidator(StaticLocalizers.For<ProfileText>()), n => new RunningStepInput { RunningBaseWeeks = n }),
        Decimal("LiftsStep", "Lifts[0].OneRepMax", new LiftsStepInputValidator(StaticLocalizers.For<ProfileText>()), (d, u) => Lifts(u, l => l[0].OneRepMax = d)),
        Decimal("LiftsStep", "Lifts[1].Weight", new LiftsStepInputValidator(StaticLocalizers.For<ProfileText>()),
            (d, u) => Lifts(u, l => l[1] = new LiftInput { Lift = l[1].Lift, Kind = LiftTestKind.RepTest, Weight = d, Reps = 5 })),
        Int("LiftsStep", "Lifts[1].Reps", new LiftsStepInputValidator(StaticLocalizers.For<ProfileText>()),
            n => Lifts(UnitSystem.Metric, l => l[1] = new LiftInput { Lift = l[1].Lift, Kind = LiftTestKind.RepTest, Weight = 80m, Reps = n })),
        Decimal("ShoesStep", "Shoes[0].Distance", new ShoesStepInputValidator(StaticLocalizers.For<ProfileText>()), (d, u) => new ShoesStepInput { Units = u, Shoes = [new() { Name = "Daily", Distance = d }] }),
        Decimal("AddShoe", "Distance", new AddShoeInputValidator(StaticLocalizers.For<ShoesText>()), (d, u) => new AddShoeInput { Units = u, Name = "Daily", Distance = d }),
        Int("CreateToken", "ExpiresInDays", new CreateTokenInputValidator(StaticLocalizers.For<AccessTokensText>()), n => new CreateTokenInput { Name = "backup", ExpiresInDays = n }),
        Int("LogSession", "ActualDurationMinutes", new LogSessionInputValidator(), n => Log(i => i.ActualDurationMinutes = n)),
        Int("LogSession", "Rpe", new LogSessionInputValidator(), n => Log(i => i.Rpe = n)),
        Decimal("LogSession", "DistanceKm", new LogSessionInputValidator(), (d, u) => Log(i => (i.Units, i.DistanceKm) = (u, d))),
        Int("LogSession", "Sets[0].Reps", new LogSessionInputValidator(), n => Log(i => i.Sets[0].Reps = n)),
        Decimal("LogSession", "Sets[0].WeightKg", new LogSessionInputValidator(), (d, u) => Log(i => (i.Units, i.Sets[0].WeightKg) = (u, d))),
        Decimal("CheckIn", "SleepHours", new CheckInInputValidator(), (d, _) => new CheckInInput { SleepHours = d }),
        Int("CheckIn", "SorenessLegs", new CheckInInputValidator(), n => new CheckInInput { SorenessLegs = n }),
        Int("CheckIn", "RestingHeartRate", new CheckInInputValidator(), n => new CheckInInput { RestingHeartRate = n }),
        new("CheckIn", "HrvLnRmssd", new CheckInInputValidator(), HostileValues.NotANumberOrHuge.Select(x => (object)new CheckInInput { HrvLnRmssd = x })),
        Int("Prescription", "DurationMinutes", new PrescriptionInputValidator(), n => Run(i => i.DurationMinutes = n)),
        Int("Prescription", "PlannedRpe", new PrescriptionInputValidator(), n => Run(i => i.PlannedRpe = n)),
        Decimal("Prescription", "DistanceKm", new PrescriptionInputValidator(), (d, _) => Run(i => i.DistanceKm = d)),
        Int("Prescription", "Repetitions", new PrescriptionInputValidator(), n => Run(i => i.Repetitions = n)),
        Int("Prescription", "Sets[0].Reps", new PrescriptionInputValidator(), n => Run(i => i.Sets[0].Reps = n)),
        Decimal("Prescription", "Sets[0].WeightKg", new PrescriptionInputValidator(), (d, _) => Run(i => i.Sets[0].WeightKg = d)),
        Int("GenerateBlock", "Weeks", new GenerateBlockInputValidator(Clock), n => new GenerateBlockInput { StartDate = Now.UtcDateTime.AddDays(7), Weeks = n }),
        new("GenerateBlock", "StartDate", new GenerateBlockInputValidator(Clock),
            Gen.OneOf<DateTime>(Gen.OneOf<DateTime>(DateTime.MaxValue, DateTime.MinValue, new DateTime(9999, 12, 31), new DateTime(1, 1, 1), Now.UtcDateTime.AddDays(-2), Now.UtcDateTime.AddYears(3)),
                    Gen.DateTime[Now.UtcDateTime.AddYears(2).AddDays(1), DateTime.MaxValue], Gen.DateTime[DateTime.MinValue, Now.UtcDateTime.AddDays(-2)])
                .Select(d => (object)new GenerateBlockInput { StartDate = d, Weeks = 4 })),
    ];

    private static ValueFieldCase Decimal(string form, string path, IValidator validator, Func<decimal, UnitSystem, object> model) =>
        new(form, path, validator, Gen.Select(HostileValues.HugeOrNegativeDecimal, Gen.OneOf<UnitSystem>(UnitSystem.Metric, UnitSystem.Imperial)).Select(model));

    private static ValueFieldCase Int(string form, string path, IValidator validator, Func<int, object> model) =>
        new(form, path, validator, HostileValues.HugeOrNegativeInt.Select(model));

    private static RegisterInput Register(Action<RegisterInput> change)
    {
        var input = new RegisterInput { DisplayName = "Ada", Email = "ada@example.test", Password = GoodPassword, ConfirmPassword = GoodPassword };
        change(input);
        return input;
    }

    private static LogSessionInput Log(Action<LogSessionInput> change)
    {
        var input = new LogSessionInput { ActualDurationMinutes = 45, Rpe = 5, Sets = [new() { Exercise = "Squat", SetNumber = 1, PlannedReps = 5, Reps = 5, WeightKg = 100m }] };
        change(input);
        return input;
    }

    private static PrescriptionInput Run(Action<PrescriptionInput> change)
    {
        var input = new PrescriptionInput
        {
            IsRun = true, DurationMinutes = 45, PlannedRpe = 5, DistanceKm = 8m, PaceFast = "5:00", PaceSlow = "5:30",
            Sets = [new() { Exercise = "Squat", SetNumber = 1, Reps = 5, WeightKg = 100m }],
        };
        change(input);
        return input;
    }

    private static LiftsStepInput Lifts(UnitSystem units, Action<List<LiftInput>> change)
    {
        var input = new LiftsStepInput { Units = units };
        input.Lifts.ForEach(l => l.OneRepMax = 100m);
        change(input.Lifts);
        return input;
    }
}
