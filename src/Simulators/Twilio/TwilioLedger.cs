namespace AiPhoneCoverage.Simulators;

/// <summary>
/// What the fake Twilio REST API accepted, in arrival order. An idempotency token seen before on the same resource returns
/// the first answer again and records nothing; the check and the record happen under one lock, so concurrent duplicates
/// also create one entry.
/// </summary>
internal sealed class TwilioLedger
{
    private readonly Lock _lock = new();
    private readonly List<TwilioLedgerMessage> _messages = [];
    private readonly List<TwilioLedgerCall> _calls = [];
    private readonly Dictionary<(string Resource, string Token), string> _answers = [];

    public IReadOnlyList<TwilioLedgerMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return _messages.ToArray();
            }
        }
    }

    public IReadOnlyList<TwilioLedgerCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <summary>Records a message unless its token was seen; returns the resource JSON to answer with.</summary>
    public string AcceptMessage(string? token, Func<TwilioLedgerMessage> create, Func<TwilioLedgerMessage, string> render) =>
        Accept("Messages", token, create, render, _messages);

    /// <summary>Records a call unless its token was seen; returns the resource JSON to answer with.</summary>
    public string AcceptCall(string? token, Func<TwilioLedgerCall> create, Func<TwilioLedgerCall, string> render) =>
        Accept("Calls", token, create, render, _calls);

    /// <summary>Records a message that did not come through the REST API: a text sent in, or a TwiML reply to one.</summary>
    public void Record(TwilioLedgerMessage message)
    {
        lock (_lock)
        {
            _messages.Add(message);
        }
    }

    private string Accept<T>(string resource, string? token, Func<T> create, Func<T, string> render, List<T> entries)
    {
        lock (_lock)
        {
            if (token is not null && _answers.TryGetValue((resource, token), out var first))
            {
                return first;
            }

            var entry = create();
            var answer = render(entry);
            entries.Add(entry);
            if (token is not null)
            {
                _answers[(resource, token)] = answer;
            }

            return answer;
        }
    }
}
