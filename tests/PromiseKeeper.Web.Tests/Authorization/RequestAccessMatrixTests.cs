using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>
/// Every Mediator request × every role × own / same team / other team / contract-linked incident,
/// sent straight to the mediator (no page policy in front), against <see cref="AccessRules"/>: the
/// handlers enforce access themselves.
/// </summary>
public sealed class RequestAccessMatrixTests(WebAppFixture app) : WebAppTest(app)
{
    public static TheoryData<string> Rows()
    {
        var rows = new TheoryData<string>();
        foreach (var row in RequestAccessTable.Rows)
        {
            rows.Add(row.ToString());
        }

        return rows;
    }

    [Fact]
    public void Every_request_of_the_app_is_in_the_table()
    {
        var inApp = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToHashSet();
        var inTable = RequestAccessTable.Rows.Select(r => r.Type).ToList();

        Assert.Empty(inApp.Except(inTable).Select(t => t.FullName).Order());
        Assert.Equal(inTable.Count, inTable.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_role_gets_what_the_table_says(string name)
    {
        var row = RequestAccessTable.Rows.Single(r => r.ToString() == name);
        var world = await AccessWorld.CreateAsync(App);
        var relations = AccessRules.IgnoresRelation(row.Access) ? [Relation.Own] : Enum.GetValues<Relation>();

        var mismatches = new List<string>();
        foreach (var viewer in Enum.GetValues<Viewer>())
        {
            foreach (var relation in relations)
            {
                var request = row.Make(world, world.Incident(viewer, relation));
                var (actual, detail) = await SendAsync(world.User(viewer), request);
                var expected = AccessRules.Expected(row.Access, viewer, relation);
                if (actual != expected)
                {
                    mismatches.Add($"{viewer} × {relation}: expected {expected}, got {actual?.ToString() ?? "an unexpected failure"} ({detail})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{name}:\n{string.Join("\n", mismatches)}");
    }

    private async Task<(Outcome? Outcome, string Detail)> SendAsync(TestUser user, object request)
    {
        try
        {
            var result = await App.SendAsync(user, m => m.Send(request));
            return result is null ? (Outcome.NotFound, "no result") : (Outcome.Allowed, "done");
        }
        catch (NotFoundException)
        {
            return (Outcome.NotFound, nameof(NotFoundException));
        }
        catch (ForbiddenException ex)
        {
            return (Outcome.Denied, ex.Message);
        }
        catch (Exception ex) when (ex is ValidationException or DomainException or DbUpdateConcurrencyException)
        {
            // It got past authorization to the rules about the input.
            return (Outcome.Allowed, ex.GetType().Name);
        }
        catch (Exception ex)
        {
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
