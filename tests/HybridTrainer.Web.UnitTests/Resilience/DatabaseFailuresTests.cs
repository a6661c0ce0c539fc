using System.Net.Sockets;
using HybridTrainer.Data.Resilience;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HybridTrainer.Web.UnitTests.Resilience;

public class DatabaseFailuresTests
{
    [Fact]
    public void IsUnavailable_ConnectionFailures_AreOutages()
    {
        DatabaseFailures.IsUnavailable(new NpgsqlException("Failed to connect", new SocketException(111))).ShouldBeTrue();
        DatabaseFailures.IsUnavailable(new RetryLimitExceededException("retries", new NpgsqlException("Exception while reading from stream"))).ShouldBeTrue();
        DatabaseFailures.IsUnavailable(new InvalidOperationException("wrapped", new TimeoutException())).ShouldBeTrue();
        DatabaseFailures.IsUnavailable(new PostgresException("shutting down", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)).ShouldBeTrue();
        DatabaseFailures.IsUnavailable(new PostgresException("starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow)).ShouldBeTrue();
    }

    [Fact]
    public void IsUnavailable_BugsAndRejectedStatements_StayErrors()
    {
        // A bug must not hide behind "try again later": only connection failures become 503.
        DatabaseFailures.IsUnavailable(new InvalidOperationException("bug")).ShouldBeFalse();
        DatabaseFailures.IsUnavailable(new PostgresException("duplicate", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)).ShouldBeFalse();
        DatabaseFailures.IsUnavailable(new PostgresException("syntax", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError)).ShouldBeFalse();
        DatabaseFailures.IsUnavailable(null).ShouldBeFalse();
    }
}
