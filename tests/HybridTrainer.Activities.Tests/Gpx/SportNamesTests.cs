using HybridTrainer.Activities.Xml;

namespace HybridTrainer.Activities.Tests.Gpx;

public class SportNamesTests
{
    [Theory]
    [InlineData("running", ActivitySport.Running)]
    [InlineData("Run", ActivitySport.Running)]
    [InlineData("trail_running", ActivitySport.Running)]
    [InlineData("walking", ActivitySport.Walking)]
    [InlineData("Hiking", ActivitySport.Walking)]
    [InlineData("cycling", ActivitySport.Cycling)]
    [InlineData("Biking", ActivitySport.Cycling)]
    [InlineData("road_biking", ActivitySport.Cycling)]
    [InlineData("Ride", ActivitySport.Cycling)]
    [InlineData("open_water_swimming", ActivitySport.Swimming)]
    [InlineData("indoor_rowing", ActivitySport.Rowing)]
    public void Recognise_SportWordsOfGpxAndTcx_GiveTheSport(string word, ActivitySport sport) =>
        SportNames.Recognise(word).ShouldBe(sport);

    [Theory]
    [InlineData("Other")]
    [InlineData("jkljkl")]
    [InlineData("...")]
    [InlineData("")]
    [InlineData(null)]
    public void Recognise_WordsThatNameNoSport_GiveNothing(string? word) => SportNames.Recognise(word).ShouldBeNull();
}
