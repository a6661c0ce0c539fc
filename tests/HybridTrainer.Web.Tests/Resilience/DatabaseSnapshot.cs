using Npgsql;

namespace HybridTrainer.Web.Tests.Resilience;

/// <summary>Every table of a database with its row count and a checksum of its rows, to compare two databases.</summary>
public static class DatabaseSnapshot
{
    /// <summary>The columns of every table in the public schema, in table order.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var list))
            {
                columns[table] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return columns.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.Ordinal);
    }

    /// <summary>Row count and checksum per table, over <paramref name="only"/>'s tables and columns when given.</summary>
    public static async Task<IReadOnlyDictionary<string, (long Rows, string Checksum)>> TakeAsync(
        string connectionString, IReadOnlyDictionary<string, IReadOnlyList<string>>? only = null)
    {
        only ??= await ColumnsAsync(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var snapshot = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var (table, columns) in only)
        {
            // Rows as text in a stable order: any changed, lost or extra value changes the checksum.
            var row = string.Join(", ", columns.Select(c => $"\"{c}\""));
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(r, '|' ORDER BY r)), '') FROM (SELECT ROW({row})::text AS r FROM \"{table}\") s",
                connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            snapshot[table] = (reader.GetInt64(0), reader.GetString(1));
        }

        return snapshot.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
    }
}
