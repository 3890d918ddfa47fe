using System.Text;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Delivers signed webhooks as Twilio does: at most 15 s for the whole answer (twilio.md 1.5), and optionally twice,
/// comparing the second answer with the first byte for byte.
/// </summary>
internal sealed class WebhookPoster(HttpClient http, TimeProvider time)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task<WebhookExchange> DeliverAsync(SignedWebhook webhook, bool twice, CancellationToken cancellationToken)
    {
        var first = await SendOnceAsync(webhook, cancellationToken);
        bool? repeatMatched = null;
        if (twice)
        {
            var second = await SendOnceAsync(webhook, cancellationToken);
            repeatMatched = first.Status == second.Status && first.Body.AsSpan().SequenceEqual(second.Body);
        }

        return new WebhookExchange(webhook.Kind, webhook.Url, first.Status, first.Elapsed, Encoding.UTF8.GetString(first.Body), first.Failure, repeatMatched);
    }

    private async Task<Attempt> SendOnceAsync(SignedWebhook webhook, CancellationToken cancellationToken)
    {
        using var request = webhook.ToHttpRequest();
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = time.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            return new Attempt((int)response.StatusCode, body, time.GetElapsedTime(started), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt(null, [], time.GetElapsedTime(started), $"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new Attempt(null, [], time.GetElapsedTime(started), $"no answer: {e.Message}");
        }
    }

    private sealed record Attempt(int? Status, byte[] Body, TimeSpan Elapsed, string? Failure);
}
