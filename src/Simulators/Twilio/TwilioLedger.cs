namespace AiPhoneCoverage.Simulators;

/// <summary>
/// What the fake Twilio REST API accepted, in arrival order. Like Twilio's, it has no idempotency key: every accepted
/// request is a new message or call, so a client that sends twice is seen sending twice. The request's
/// I-Twilio-Idempotency-Token header (which Twilio puts on its own webhooks and ignores on API requests) is only kept on
/// the entry, so that drills can tell which outbox row each one came from.
/// </summary>
internal sealed class TwilioLedger
{
    private readonly Lock _lock = new();
    private readonly List<TwilioLedgerMessage> _messages = [];
    private readonly List<TwilioLedgerCall> _calls = [];

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

    /// <summary>Records a message; returns the resource JSON to answer with.</summary>
    public string AcceptMessage(string? token, Func<TwilioLedgerMessage> create, Func<TwilioLedgerMessage, string> render) =>
        Accept("Messages", token, create, render, _messages);

    /// <summary>Records a call; returns the resource JSON to answer with.</summary>
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

    /// <summary>
    /// Takes a call to answer and marks it in progress: the one named by <paramref name="sid"/> (again, if it was answered
    /// before), or else the latest call still queued to <paramref name="to"/> (to any number when null). A call being
    /// answered cannot be taken twice at once.
    /// </summary>
    public CallToAnswer TakeCallToAnswer(string? sid, string? to)
    {
        lock (_lock)
        {
            var index = sid is not null
                ? _calls.FindIndex(c => c.Sid == sid)
                : _calls.FindLastIndex(c => c.Status == "queued" && (to is null || c.To == to));
            if (index < 0)
            {
                return sid is not null
                    ? new CallToAnswer(null, 404, $"no call {sid} in the ledger")
                    : new CallToAnswer(null, 404, to is null ? "no call is waiting to be answered" : $"no call to {to} is waiting to be answered");
            }

            var call = _calls[index];
            if (call.Status == "in-progress")
            {
                return new CallToAnswer(null, 409, $"call {call.Sid} is being answered");
            }

            _calls[index] = call with { Status = "in-progress" };
            return new CallToAnswer(call, 200, null);
        }
    }

    /// <summary>Records how an answer went; the call is completed.</summary>
    public TwilioLedgerCall FinishAnswer(string sid, TwilioCallAnswer answer)
    {
        lock (_lock)
        {
            var index = _calls.FindIndex(c => c.Sid == sid);
            var call = _calls[index];
            _calls[index] = call with { Status = "completed", Answers = [.. call.Answers, answer] };
            return _calls[index];
        }
    }

    private string Accept<T>(string resource, string? token, Func<T> create, Func<T, string> render, List<T> entries)
    {
        lock (_lock)
        {
            var entry = create();
            entries.Add(entry);
            return render(entry);
        }
    }
}
