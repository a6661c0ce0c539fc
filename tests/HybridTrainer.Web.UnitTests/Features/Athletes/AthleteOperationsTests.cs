using HybridTrainer.Web.Features.Athletes;

namespace HybridTrainer.Web.UnitTests.Features.Athletes;

public class AthleteOperationsTests
{
    [Theory]
    [InlineData(AthleteOperation.ViewPlan)]
    [InlineData(AthleteOperation.EditPlan)]
    [InlineData(AthleteOperation.LogTraining)]
    [InlineData(AthleteOperation.ViewRecovery)]
    [InlineData(AthleteOperation.LogRecovery)]
    [InlineData(AthleteOperation.ViewCoachNotes)]
    [InlineData(AthleteOperation.EditProfile)]
    [InlineData(AthleteOperation.PrintSheet)]
    public void Allows_TheAthleteThemselves_EverythingButWritingCoachNotes(AthleteOperation operation) =>
        AthleteOperations.Allows(AthleteRelation.Self, operation).ShouldBeTrue();

    [Fact]
    public void Allows_OnlyACoach_ToWriteCoachNotes() =>
        Enum.GetValues<AthleteRelation>().Where(r => AthleteOperations.Allows(r, AthleteOperation.WriteCoachNotes))
            .ShouldBe([AthleteRelation.Coach]);

    [Fact]
    public void Allows_GymStaff_OnlyToViewAndPrintThePlan() =>
        Enum.GetValues<AthleteOperation>().Where(o => AthleteOperations.Allows(AthleteRelation.GymStaff, o))
            .ShouldBe([AthleteOperation.ViewPlan, AthleteOperation.PrintSheet]);

    [Fact]
    public void Allows_ACoach_WhatTheAthleteMayDoOnTheirPlan()
    {
        foreach (var operation in Enum.GetValues<AthleteOperation>().Where(o => o != AthleteOperation.WriteCoachNotes))
        {
            AthleteOperations.Allows(AthleteRelation.Coach, operation).ShouldBe(AthleteOperations.Allows(AthleteRelation.Self, operation), operation.ToString());
        }
    }
}
