namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>
/// A plain-delegate "all items satisfy" for property tests: Shouldly's ShouldAllBe compiles an expression tree on
/// every call, which is too slow for thousands of samples.
/// </summary>
public static class Expect
{
    public static void All<T>(IEnumerable<T> items, Func<T, bool> condition, string what)
    {
        foreach (var item in items)
        {
            if (!condition(item))
            {
                throw new ShouldAssertException($"Expected {what}, but found {item}");
            }
        }
    }
}
