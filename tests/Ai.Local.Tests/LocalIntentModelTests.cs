using AiPhoneCoverage.Plugins.Ai.Local;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiPhoneCoverage.Ai.Local.Tests;

/// <summary>The whole model on a few plain requests of each kind (sanity, not the triage targets: those are the scenario runner's).</summary>
public sealed class LocalIntentModelTests : IDisposable
{
    private readonly LocalIntentModel _model = new(NullLogger<LocalIntentModel>.Instance);

    private async Task<IntentAnalysis> AnalyzeAsync(params string[] turns)
    {
        var result = await _model.AnalyzeAsync(new IntentRequest(turns.Select(t => new TranscriptTurn(Speaker.Caller, t, DateTimeOffset.UnixEpoch)).ToList()), CancellationToken.None);
        Assert.True(result.IsSuccess);
        return result.Value;
    }

    [Theory]
    [InlineData("the kitchen sink is clogged and won't drain", Category.Plumbing)]
    [InlineData("my heater isn't working and the apartment is freezing", Category.Hvac)]
    [InlineData("i locked myself out of my apartment", Category.LocksAccess)]
    [InlineData("i smell gas near the stove", Category.LifeSafety)]
    [InlineData("the upstairs neighbours are having a loud party", Category.Noise)]
    [InlineData("i have a question about a late fee on my rent", Category.Billing)]
    [InlineData("there are roaches all over the kitchen", Category.Pest)]
    public async Task Plain_requests_land_in_their_category(string said, Category expected)
    {
        var analysis = await AnalyzeAsync(said);

        Assert.Equal(expected, analysis.Category);
        Assert.InRange(analysis.Confidence, 0, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \u0001\u0002  ")]
    public async Task Empty_or_control_characters_give_general_with_no_confidence(string said)
    {
        var analysis = await AnalyzeAsync(said);

        Assert.Equal((Category.General, 0.0), (analysis.Category, analysis.Confidence));
    }

    [Fact]
    public async Task A_ten_thousand_character_turn_is_answered()
    {
        var analysis = await AnalyzeAsync(string.Concat(Enumerable.Repeat("the toilet keeps running all night long ", 250)));

        Assert.Equal(Category.Plumbing, analysis.Category);
    }

    public void Dispose() => _model.Dispose();
}
