using System.Text.Json;
using AiPhoneCoverage.Plugins.Ai.OpenAI;
using AiPhoneCoverage.Sdk;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AiPhoneCoverage.Ai.OpenAI.Tests;

/// <summary>ai.openai against a simulated OpenAI-compatible endpoint: a good answer, and slow, failing and malformed ones.</summary>
public sealed class OpenAIIntentModelTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    private OpenAIIntentModel Model(int deadlineMs = 1000) =>
        new(new OpenAIIntentModelOptions { Endpoint = _server.Url + "/v1", ApiKey = "test-key", Model = "test-model", DeadlineMs = deadlineMs });

    private static IntentRequest Said(string said) => new([new TranscriptTurn(Speaker.Caller, said, DateTimeOffset.UnixEpoch)]);

    private void Answer(string content, int status = 200, TimeSpan? delay = null)
    {
        var body = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            created = 1,
            model = "test-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        _server.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost()).RespondWith(delay is null ? response : response.WithDelay(delay.Value));
    }

    [Fact]
    public async Task A_structured_answer_becomes_the_analysis_and_the_request_carries_the_taxonomy()
    {
        Answer("""{"category":"plumbing","confidence":0.93,"signals":[{"name":"water_active","present":true},{"name":"made_up","present":true}],"entities":{"location":"kitchen"},"alternateCategory":null}""");
        using var model = Model();

        var result = await model.AnalyzeAsync(Said("water is pouring out under my kitchen sink"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal((Category.Plumbing, 0.93), (result.Value.Category, result.Value.Confidence));
        Assert.Equal(["water_active"], result.Value.Signals.Select(s => s.Name));
        Assert.Equal("kitchen", result.Value.Entities["location"]);
        var sent = _server.LogEntries.Single().RequestMessage;
        Assert.Equal("Bearer test-key", sent.Headers!["Authorization"].Single());
        Assert.Contains("locks_access", sent.Body, StringComparison.Ordinal);
        Assert.Contains("json_schema", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_model_is_a_timeout_error_within_the_deadline()
    {
        Answer("""{"category":"plumbing","confidence":0.9,"signals":[]}""", delay: TimeSpan.FromSeconds(5));
        using var model = Model(deadlineMs: 300);

        var result = await model.AnalyzeAsync(Said("my sink leaks"), CancellationToken.None);

        // The server does answer, with a valid body, after 5 s: a timeout error means the model gave up before then. How
        // soon is a timing figure, not asserted here (a busy machine would make it flaky).
        Assert.False(result.IsSuccess);
        Assert.Equal(("timeout", ErrorKind.Transient), (result.Error.Code, result.Error.Kind));
    }

    [Fact]
    public async Task A_failing_server_is_an_error_without_retries()
    {
        Answer("""{"error":"boom"}""", status: 500);
        using var model = Model();

        var result = await model.AnalyzeAsync(Said("my sink leaks"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Single(_server.LogEntries);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"category":"teleportation","confidence":0.9,"signals":[]}""")]
    public async Task A_malformed_answer_is_an_error(string content)
    {
        Answer(content);
        using var model = Model();

        var result = await model.AnalyzeAsync(Said("my sink leaks"), CancellationToken.None);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task Without_an_endpoint_it_says_it_is_not_configured()
    {
        using var model = new OpenAIIntentModel(new OpenAIIntentModelOptions());

        var result = await model.AnalyzeAsync(Said("hello"), CancellationToken.None);

        Assert.Equal("not_configured", result.Error!.Code);
    }

    public void Dispose() => _server.Stop();
}
