namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Actor.Create"/>: the signed-in person recorded on timelines.</summary>
public class ActorTests
{
    [Fact]
    public void Keeps_the_user_id_and_the_trimmed_display_name()
    {
        var actor = Actor.Create("user-17", "  Maja Kovač ");

        Assert.Equal(new Actor("user-17", "Maja Kovač"), actor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Falls_back_to_the_user_id_without_a_display_name(string? displayName)
    {
        Assert.Equal("user-17", Actor.Create("user-17", displayName!).DisplayName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Needs_a_user_id(string? userId)
    {
        Assert.Throws<DomainException>(() => Actor.Create(userId!, "Maja Kovač"));
    }
}
