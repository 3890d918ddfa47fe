using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static AiPhoneCoverage.Hub.Tests.Workflows.RuntimeFixture;

namespace AiPhoneCoverage.Hub.Tests.Triage;

/// <summary>
/// The default Intake workflow with the real triage activities and the real ai.local model: the caller's words go in
/// turn by turn, the policy decides, follow-ups are asked only when they matter, life safety comes first. Activities
/// of later capabilities (caller ID, work orders, dispatch, confirmation) are scripted stand-ins here.
/// </summary>
public sealed class IntakeTriageTests
{
    private static async Task<TestHub> HubAsync() => await TestHub.StartAsync(Provider.Sqlite, RepoPaths.Plugins, services =>
    {
        foreach (var (type, port) in new[]
        {
            ("AiPhoneCoverage.IdentifyCaller", "Identified"), ("AiPhoneCoverage.CreateWorkOrder", "Done"), ("AiPhoneCoverage.Dispatch", "Technician"),
            ("AiPhoneCoverage.Confirm", "Done"), ("AiPhoneCoverage.TakeMessage", "Done"),
        })
        {
            services.AddSingleton<IActivityBehavior>(new Scripted(type, port));
        }
    });

    private static async Task<(WorkflowState State, int Questions)> CallAsync(TestHub hub, Guid portfolio, params string[] turns)
    {
        var id = await StartAsync(hub, portfolio, "intake");
        var questions = 0;
        foreach (var turn in turns)
        {
            var (instance, state) = await LoadAsync(hub, portfolio, id);
            if (instance.Status != WorkflowStatus.Suspended)
            {
                break;
            }

            questions += state.Bookmarks.Single().ActivityId == "followUp" ? 1 : 0;
            Assert.Equal(ResumeResult.Resumed, await ResumeAsync(hub, portfolio, id, state.Bookmarks.Single().Id, new ResumeInput(BookmarkKinds.Input, JsonValue.Create(turn))));
        }

        var final = await LoadAsync(hub, portfolio, id);
        return (final.State, questions);
    }

    [Fact]
    public async Task Water_still_pouring_ends_as_an_emergency_plumbing_request_with_one_follow_up()
    {
        await using var hub = await HubAsync();
        var portfolio = await PortfolioAsync(hub);

        var (state, questions) = await CallAsync(hub, portfolio, "there's water under my sink", "yes it's still pouring out");

        Assert.Equal(1, questions);
        Assert.Equal("plumbing", state.Variables["Analysis"]!["category"]!.GetValue<string>());
        Assert.Equal("emergency", state.Variables["Triage"]!["urgency"]!.GetValue<string>());
        Assert.Equal("emergency.active_water", state.Variables["Triage"]!["rule"]!.GetValue<string>());
        Assert.Contains(state.Journal, j => j.ActivityId == "hangup");
    }

    [Fact]
    public async Task A_gas_smell_gets_the_gas_instructions_first_and_no_triage_questions()
    {
        await using var hub = await HubAsync();
        var portfolio = await PortfolioAsync(hub);

        var (state, questions) = await CallAsync(hub, portfolio, "I smell gas in my kitchen");

        Assert.Equal(0, questions);
        Assert.Equal(LifeSafetyInstructions.Gas, state.Variables["SayFirst"]!.GetValue<string>());
        Assert.True(state.Variables["Triage"]!["life_safety"]!.GetValue<bool>());
        Assert.DoesNotContain(state.Journal, j => j.ActivityId == "followUp");
    }

    [Fact]
    public async Task A_billing_question_takes_a_message_without_triage_questions()
    {
        await using var hub = await HubAsync();
        var portfolio = await PortfolioAsync(hub);

        var (state, questions) = await CallAsync(hub, portfolio, "I have a question about a late fee on my rent");

        Assert.Equal(0, questions);
        Assert.Equal("none", state.Variables["Triage"]!["urgency"]!.GetValue<string>());
        Assert.Contains(state.Journal, j => j.ActivityId == "message");
    }

    private sealed class Scripted(string typeName, string port) : IActivityBehavior
    {
        public string TypeName { get; } = typeName;

        public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityOutcome.Take(port));
    }
}
