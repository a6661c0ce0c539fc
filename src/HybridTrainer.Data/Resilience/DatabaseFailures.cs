using System.Net.Sockets;
using Npgsql;

namespace HybridTrainer.Data.Resilience;

/// <summary>Tells "the database cannot be reached right now" apart from a bug or a rejected statement.</summary>
public static class DatabaseFailures
{
    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions says PostgreSQL is unreachable.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsUnavailableState(postgres.SqlState);
                case NpgsqlException: // raised by the client: socket, stream, timeout or exhausted pool
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnavailable):
                    return true;
            }
        }

        return false;
    }

    // 08: connection exceptions; 57P01-57P03: shutting down, crashed, not accepting connections yet; 53300: too many
    // connections. Anything else (constraint, syntax, serialization) is an answer from a working server.
    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
}
