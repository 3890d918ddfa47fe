using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The crash-drill faults: a create that is recorded but never answered, and latency drawn from a range.</summary>
public sealed class TwilioFaultTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero));
    private readonly TwilioSimulator _twilio;
    private readonly HttpClient _http = new();
    private readonly TwilioRestClient _client;

    public TwilioFaultTests()
    {
        _twilio = new TwilioSimulator(0, time: _clock);
        _client = new TwilioRestClient(_http, _twilio);
    }

    [Fact]
    public async Task CreatedThenDropped_records_the_message_then_closes_the_connection_and_a_list_finds_it()
    {
        _twilio.InjectFault(TwilioFault.CreatedThenDropped(), 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.PostAsync("Messages", TwilioRestClient.Sms("Leak in 4B")));

        var recorded = Assert.Single(_twilio.Messages);
        Assert.Equal("Leak in 4B", recorded.Body);
        var (status, json, _) = await _client.PostAsync("Messages", TwilioRestClient.Sms("after the drop"));
        Assert.Equal(201, status);
        Assert.Equal(2, _twilio.Messages.Count);
        Assert.NotEqual(recorded.Sid, json.GetProperty("sid").GetString());
    }

    [Fact]
    public async Task CreatedThenDropped_set_over_http_applies_to_calls_for_the_count_given()
    {
        using var set = await _http.PostAsync(new Uri(_twilio.Url + "/__faults?kind=CreatedThenDropped&count=2"), null);

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.PostAsync("Calls", TwilioRestClient.Call()));
        await Assert.ThrowsAsync<HttpRequestException>(() => _client.PostAsync("Calls", TwilioRestClient.Call()));
        var (status, _, _) = await _client.PostAsync("Calls", TwilioRestClient.Call());

        Assert.Equal((HttpStatusCode.NoContent, 201, 3), (set.StatusCode, status, _twilio.Calls.Count));
    }

    [Fact]
    public async Task A_latency_range_set_over_http_holds_each_answer_at_least_the_shortest_wait()
    {
        using var set = await _http.PostAsync(new Uri(_twilio.Url + "/__faults?kind=Latency&seconds=2&maxSeconds=8&count=1"), null);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);

        var post = _client.PostAsync("Messages", TwilioRestClient.Sms());
        var advanced = TimeSpan.Zero;
        while (!post.IsCompleted)
        {
            // Moves the fake clock until the simulator's wait ends; the answer must not come before 2 s of it.
            _clock.Advance(TimeSpan.FromMilliseconds(250));
            advanced += TimeSpan.FromMilliseconds(250);
            await Task.WhenAny(post, Task.Delay(TimeSpan.FromMilliseconds(20)));
        }

        var (status, _, _) = await post;
        Assert.Equal(201, status);
        Assert.True(advanced >= TimeSpan.FromSeconds(2), $"answered after {advanced} of simulated time");
    }

    [Fact]
    public void A_latency_range_is_drawn_per_request_across_the_range()
    {
        var fault = TwilioFault.Delay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));
        var pms = PmsFault.Latency(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));

        var draws = Enumerable.Range(0, 1000).SelectMany(_ => new[] { fault.DrawDelay(), pms.DrawLatency() }).ToList();

        Assert.All(draws, d => Assert.InRange(d, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8)));
        Assert.Contains(draws, d => d < TimeSpan.FromSeconds(3));
        Assert.Contains(draws, d => d > TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.FromSeconds(2), TwilioFault.Delay(TimeSpan.FromSeconds(2)).DrawDelay());
    }

    public void Dispose()
    {
        _twilio.Dispose();
        _http.Dispose();
    }
}
