using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;
using Npgsql;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

public class PlanPreviewAnonymousTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Preview_AnonymousWithoutAccount_AnswersAndStoresNothing()
    {
        using var client = CreateClient();
        var before = await CountRowsAsync();

        var response = await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await CountRowsAsync()).ShouldBe(before);
    }

    /// <summary>Rows per table across the whole schema, so any write anywhere would show.</summary>
    private async Task<Dictionary<string, long>> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.CreateConnectionString(App.DatabaseName));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        tables.ShouldNotBeEmpty();
        return counts;
    }
}
