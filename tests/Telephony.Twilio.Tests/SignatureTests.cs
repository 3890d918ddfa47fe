using AiPhoneCoverage.Plugins.Telephony.Twilio;
using AiPhoneCoverage.Sdk;
using static AiPhoneCoverage.Telephony.Twilio.Tests.TwilioSigning;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>X-Twilio-Signature: what is accepted and what is refused, with signatures computed by hand.</summary>
public sealed class SignatureTests
{
    private const string VoicePath = "/telephony/twilio/demo/voice";

    private static readonly TwilioTelephonyProvider Provider = ProviderFactory.Create();

    private static Result<CallEvent> Parse(TelephonyWebhook webhook, string publicBaseUrl = "https://hub.example.com") =>
        Provider.ParseWebhook(TestAccounts.Account(publicBaseUrl), webhook);

    private static void AssertBadSignature(Result<CallEvent> result)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(("bad_signature", ErrorKind.Permanent), (result.Error.Code, result.Error.Kind));
        Assert.DoesNotContain(TestAccounts.AuthToken, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_computed_by_hand_is_accepted()
    {
        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.IsType<CallStarted>(result.Value);
    }

    [Fact]
    public void The_header_name_is_matched_whatever_its_case()
    {
        var signed = Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm());
        var signature = signed.Headers["X-Twilio-Signature"];
        var lowerCase = signed with { Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["x-twilio-signature"] = signature } };

        Assert.True(Parse(lowerCase).IsSuccess);
    }

    [Fact]
    public void A_signature_made_with_another_token_is_refused() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), secret: "someone-elses-token")));

    [Fact]
    public void A_request_without_the_header_is_refused()
    {
        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()).With(headers: h => h.Remove("X-Twilio-Signature")));

        AssertBadSignature(result);
        Assert.Contains("no X-Twilio-Signature", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_header_is_refused() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()).With(headers: h => h["X-Twilio-Signature"] = "")));

    [Fact]
    public void A_tampered_field_is_refused() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()).With(form: f => f["From"] = "+19999999999")));

    [Fact]
    public void An_added_field_is_refused() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()).With(form: f => f["Injected"] = "1")));

    [Fact]
    public void A_removed_field_is_refused() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()).With(form: f => f.Remove("FromCity"))));

    [Fact]
    public void Fields_Twilio_adds_later_are_covered_too()
    {
        var form = IncomingCallForm();
        form["SomeNewTwilioField"] = "value";

        Assert.True(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, form)).IsSuccess);
    }

    [Theory]
    [InlineData("https://other.example.com", "https://hub.example.com")]
    [InlineData("http://hub.example.com", "https://hub.example.com")]
    [InlineData("https://hub.example.com:8443", "https://hub.example.com:9443")]
    [InlineData("https://hub.example.com/prefix", "https://hub.example.com")]
    [InlineData("https://hub.example.com", "https://hub.example.com/prefix")]
    public void A_signature_for_another_host_scheme_port_or_path_is_refused(string signedBase, string publicBaseUrl)
    {
        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), signedBase), publicBaseUrl);

        AssertBadSignature(result);
        Assert.Contains(publicBaseUrl + VoicePath, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_for_another_query_is_refused()
    {
        var signed = Webhook(WebhookKind.Gather, "/telephony/twilio/demo/gather?turn=1", IncomingCallForm());

        AssertBadSignature(Parse(signed with { PathAndQuery = "/telephony/twilio/demo/gather?turn=2" }));
    }

    [Fact]
    public void Behind_a_proxy_the_configured_public_url_is_what_is_checked()
    {
        // Twilio called https://hub.example.com/...; the proxy forwarded it to the hub on http://127.0.0.1:5080 with the same path.
        var arrived = Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), signedBase: "https://hub.example.com");

        Assert.True(Parse(arrived, publicBaseUrl: "https://hub.example.com").IsSuccess);
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), signedBase: "http://127.0.0.1:5080")));
    }

    [Theory]
    [InlineData("https://hub.example.com/")]
    [InlineData("https://hub.example.com:443")]
    public void A_trailing_slash_or_the_default_port_in_the_public_url_changes_nothing(string publicBaseUrl) =>
        Assert.True(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm()), publicBaseUrl).IsSuccess);

    [Fact]
    public void A_proxy_prefix_belongs_in_the_public_url()
    {
        // Twilio calls https://example.com/aipc/telephony/...; the proxy strips /aipc before the hub sees the path.
        var arrived = Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), signedBase: "https://example.com/aipc");

        Assert.True(Parse(arrived, publicBaseUrl: "https://example.com/aipc/").IsSuccess);
    }

    [Fact]
    public void Twilio_validators_port_leniency_accepts_a_signature_made_without_the_configured_port()
    {
        // Twilio's RequestValidator also tries the URL without its port (its signing has varied); documented in the README.
        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), signedBase: "https://hub.example.com"), "https://hub.example.com:8443");

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void An_HMAC_SHA256_signature_is_accepted_when_the_settings_header_names_it()
    {
        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), sha256: true));

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void An_HMAC_SHA256_signature_without_the_settings_header_is_refused() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm(), sha256: true)
            .With(headers: h => h.Remove("X-Twilio-Webhooks-Signature-Settings"))));

    [Fact]
    public void An_HMAC_SHA1_signature_is_refused_when_the_settings_header_names_HMAC_SHA256() =>
        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm())
            .With(headers: h => h["X-Twilio-Webhooks-Signature-Settings"] = "key=KS0123,algorithm=HMAC_SHA256")));

    [Fact]
    public void An_unknown_algorithm_in_the_settings_header_is_refused()
    {
        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, IncomingCallForm())
            .With(headers: h => h["X-Twilio-Webhooks-Signature-Settings"] = "key=KS0123,algorithm=NONE"));

        AssertBadSignature(result);
        Assert.Contains("algorithm", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_signature_is_checked_before_anything_is_parsed()
    {
        var form = IncomingCallForm();
        form["AccountSid"] = TestAccounts.OtherAccountSid;
        form.Remove("CallSid");

        AssertBadSignature(Parse(Webhook(WebhookKind.IncomingCall, VoicePath, form, secret: "forged")));
    }

    [Fact]
    public void A_webhook_for_another_account_is_refused_even_when_signed()
    {
        var form = IncomingCallForm();
        form["AccountSid"] = TestAccounts.OtherAccountSid;

        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, form));

        Assert.Equal(("wrong_account", ErrorKind.Permanent), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public void A_webhook_without_an_account_sid_is_malformed()
    {
        var form = IncomingCallForm();
        form.Remove("AccountSid");

        var result = Parse(Webhook(WebhookKind.IncomingCall, VoicePath, form));

        Assert.Equal("malformed", result.Error!.Code);
        Assert.Contains("AccountSid", result.Error.Message, StringComparison.Ordinal);
    }
}
