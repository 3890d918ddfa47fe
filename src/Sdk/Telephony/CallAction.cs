namespace AiPhoneCoverage.Sdk;

/// <summary>Something the hub wants done on a live call; the provider renders it (TwiML for Twilio).</summary>
public abstract record CallAction;
