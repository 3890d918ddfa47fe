using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>The account, ids and routes the tests share.</summary>
internal static class TestAccounts
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    public const string OtherAccountSid = "ACfedcba9876543210fedcba9876543210";

    public const string AuthToken = "tok-5ecret-9f8e7d6c5b4a";

    public const string CallSid = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    public const string MessageSid = "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    public static readonly CallRoutes Routes = new("/telephony/twilio/demo");

    public static TelephonyAccount Account(string publicBaseUrl = "https://hub.example.com", string? voice = null, string? language = null, Uri? apiBaseUrl = null) =>
        new(AccountSid, AuthToken, new Uri(publicBaseUrl), voice, language, apiBaseUrl);
}
