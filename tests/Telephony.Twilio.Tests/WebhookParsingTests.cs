using AiPhoneCoverage.Plugins.Telephony.Twilio;
using AiPhoneCoverage.Sdk;
using static AiPhoneCoverage.Telephony.Twilio.Tests.TwilioSigning;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>Each webhook kind becomes its canonical event; missing or malformed fields are <c>malformed</c> errors naming the field.</summary>
public sealed class WebhookParsingTests
{
    private static readonly TwilioTelephonyProvider Provider = ProviderFactory.Create();

    private static Result<CallEvent> Parse(WebhookKind kind, string pathAndQuery, Dictionary<string, string> form) =>
        Provider.ParseWebhook(TestAccounts.Account(), Webhook(kind, pathAndQuery, form));

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["AccountSid"] = TestAccounts.AccountSid, ["ApiVersion"] = "2010-04-01" };
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        return form;
    }

    private static void AssertMalformed(Result<CallEvent> result, string field)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(("malformed", ErrorKind.Permanent), (result.Error.Code, result.Error.Kind));
        Assert.Contains(field, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incoming_call_is_CallStarted()
    {
        var result = Parse(WebhookKind.IncomingCall, "/telephony/twilio/demo/voice", IncomingCallForm());

        Assert.Equal(new CallStarted(TestAccounts.CallSid, "+14155551234", "+15005550006"), result.Value);
    }

    [Fact]
    public void A_spoken_answer_is_CallerAnswered_with_its_turn_and_confidence()
    {
        var form = Form(("CallSid", TestAccounts.CallSid), ("SpeechResult", "The boiler is leaking."), ("Confidence", "0.912"));

        var result = Parse(WebhookKind.Gather, "/telephony/twilio/demo/gather?turn=3", form);

        Assert.Equal(new CallerAnswered(TestAccounts.CallSid, "The boiler is leaking.", "", 0.912, 3), result.Value);
    }

    [Fact]
    public void Keys_pressed_and_no_speech_give_empty_speech_and_no_confidence()
    {
        var result = Parse(WebhookKind.Gather, "/telephony/twilio/demo/gather?turn=0", Form(("CallSid", TestAccounts.CallSid), ("Digits", "2")));

        Assert.Equal(new CallerAnswered(TestAccounts.CallSid, "", "2", null, 0), result.Value);
    }

    [Theory]
    [InlineData("/telephony/twilio/demo/gather")]
    [InlineData("/telephony/twilio/demo/gather?turn=")]
    [InlineData("/telephony/twilio/demo/gather?turn=abc")]
    [InlineData("/telephony/twilio/demo/gather?turn=-1")]
    [InlineData("/telephony/twilio/demo/gather?turn=1.5")]
    [InlineData("/telephony/twilio/demo/gather?turn=%201")]
    [InlineData("/telephony/twilio/demo/gather?turn=99999999999")]
    [InlineData("/telephony/twilio/demo/gather?turn=1&turn=2")]
    public void A_gather_without_a_whole_turn_number_is_malformed(string pathAndQuery) =>
        AssertMalformed(Parse(WebhookKind.Gather, pathAndQuery, Form(("CallSid", TestAccounts.CallSid), ("SpeechResult", "hello"))), "turn");

    [Theory]
    [InlineData("high")]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    public void A_confidence_that_is_not_a_number_from_0_to_1_is_malformed(string confidence) =>
        AssertMalformed(Parse(WebhookKind.Gather, "/telephony/twilio/demo/gather?turn=1", Form(("CallSid", TestAccounts.CallSid), ("Confidence", confidence))), "Confidence");

    [Fact]
    public void A_status_callback_is_CallStatusChanged_with_its_sequence_number()
    {
        var form = Form(("CallSid", TestAccounts.CallSid), ("CallStatus", "completed"), ("SequenceNumber", "4"), ("CallDuration", "63"));

        var result = Parse(WebhookKind.CallStatus, "/telephony/twilio/demo/status", form);

        Assert.Equal(new CallStatusChanged(TestAccounts.CallSid, "completed", 4), result.Value);
    }

    [Fact]
    public void A_status_callback_without_a_sequence_number_has_none()
    {
        var result = Parse(WebhookKind.CallStatus, "/telephony/twilio/demo/status", Form(("CallSid", TestAccounts.CallSid), ("CallStatus", "no-answer")));

        Assert.Equal(new CallStatusChanged(TestAccounts.CallSid, "no-answer", null), result.Value);
    }

    [Fact]
    public void A_status_callback_without_a_status_is_malformed() =>
        AssertMalformed(Parse(WebhookKind.CallStatus, "/telephony/twilio/demo/status", Form(("CallSid", TestAccounts.CallSid))), "CallStatus");

    [Fact]
    public void A_status_callback_with_a_bad_sequence_number_is_malformed() =>
        AssertMalformed(Parse(WebhookKind.CallStatus, "/telephony/twilio/demo/status", Form(("CallSid", TestAccounts.CallSid), ("CallStatus", "ringing"), ("SequenceNumber", "first"))), "SequenceNumber");

    [Theory]
    [InlineData("MessageSid", "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    [InlineData("MessageSid", "MM0123456789abcdef0123456789abcdef")]
    [InlineData("SmsSid", "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    public void A_text_is_SmsReceived(string sidField, string sid)
    {
        var form = Form((sidField, sid), ("From", "+14155551234"), ("To", "+15005550006"), ("Body", "Sink is leaking again"), ("NumMedia", "0"));

        var result = Parse(WebhookKind.IncomingSms, "/telephony/twilio/demo/sms", form);

        Assert.Equal(new SmsReceived(sid, "+14155551234", "+15005550006", "Sink is leaking again"), result.Value);
    }

    [Fact]
    public void A_text_with_only_a_picture_has_an_empty_body()
    {
        var form = Form(("MessageSid", "MM0123456789abcdef0123456789abcdef"), ("From", "+14155551234"), ("To", "+15005550006"), ("Body", ""), ("NumMedia", "1"));

        Assert.Equal("", Assert.IsType<SmsReceived>(Parse(WebhookKind.IncomingSms, "/telephony/twilio/demo/sms", form).Value).Body);
    }

    [Theory]
    [InlineData("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "MessageSid")]
    [InlineData("SM0123", "MessageSid")]
    [InlineData("SMBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", "MessageSid")]
    public void A_text_whose_sid_is_not_a_message_sid_is_malformed(string sid, string field) =>
        AssertMalformed(Parse(WebhookKind.IncomingSms, "/telephony/twilio/demo/sms", Form(("MessageSid", sid), ("From", "+1"), ("To", "+2"), ("Body", "x"))), field);

    [Fact]
    public void A_text_without_a_sender_is_malformed() =>
        AssertMalformed(Parse(WebhookKind.IncomingSms, "/telephony/twilio/demo/sms", Form(("MessageSid", TestAccounts.MessageSid), ("To", "+15005550006"), ("Body", "x"))), "From");

    [Fact]
    public void A_recording_is_RecordingReceived()
    {
        var url = $"https://api.twilio.com/2010-04-01/Accounts/{TestAccounts.AccountSid}/Recordings/RE0123456789abcdef0123456789abcdef";
        var form = Form(("CallSid", TestAccounts.CallSid), ("RecordingUrl", url), ("RecordingDuration", "17"), ("Digits", "hangup"));

        var result = Parse(WebhookKind.Recording, "/telephony/twilio/demo/recording", form);

        Assert.Equal(new RecordingReceived(TestAccounts.CallSid, url, 17), result.Value);
    }

    [Theory]
    [InlineData("RecordingUrl", "not a url")]
    [InlineData("RecordingUrl", "ftp://example.com/r.wav")]
    [InlineData("RecordingDuration", "long")]
    public void A_recording_with_a_bad_field_is_malformed(string field, string value)
    {
        var form = Form(("CallSid", TestAccounts.CallSid), ("RecordingUrl", "https://api.twilio.com/r"), ("RecordingDuration", "5"));
        form[field] = value;

        AssertMalformed(Parse(WebhookKind.Recording, "/telephony/twilio/demo/recording", form), field);
    }

    [Fact]
    public void A_reply_is_CallerAnswered_with_the_key_and_the_turn_from_the_hubs_query()
    {
        var result = Parse(WebhookKind.Reply, "/telephony/twilio/demo/reply?escalation=42&turn=2", Form(("CallSid", TestAccounts.CallSid), ("Digits", "1")));

        Assert.Equal(new CallerAnswered(TestAccounts.CallSid, "", "1", null, 2), result.Value);
    }

    [Fact]
    public void A_reply_without_a_turn_is_turn_0()
    {
        var result = Parse(WebhookKind.Reply, "/telephony/twilio/demo/reply?escalation=42", Form(("CallSid", TestAccounts.CallSid), ("Digits", "1")));

        Assert.Equal(0, Assert.IsType<CallerAnswered>(result.Value).Turn);
    }

    [Fact]
    public void A_reply_with_a_bad_turn_is_malformed() =>
        AssertMalformed(Parse(WebhookKind.Reply, "/telephony/twilio/demo/reply?turn=x", Form(("CallSid", TestAccounts.CallSid), ("Digits", "1"))), "turn");

    [Theory]
    [InlineData(WebhookKind.IncomingCall)]
    [InlineData(WebhookKind.Gather)]
    [InlineData(WebhookKind.CallStatus)]
    [InlineData(WebhookKind.Recording)]
    [InlineData(WebhookKind.Reply)]
    public void A_call_webhook_without_a_CallSid_is_malformed(WebhookKind kind)
    {
        var form = Form(("From", "+14155551234"), ("To", "+15005550006"), ("CallStatus", "ringing"), ("RecordingUrl", "https://api.twilio.com/r"));

        AssertMalformed(Parse(kind, "/telephony/twilio/demo/x?turn=1", form), "CallSid");
    }

    [Theory]
    [InlineData("CA123")]
    [InlineData("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("CAgggggggggggggggggggggggggggggggg")]
    [InlineData("CA0c5d1a6e-62c1-4c77-9d1e-8f6c7b6a")]
    public void A_CallSid_that_is_not_CA_and_32_hex_digits_is_malformed(string sid)
    {
        var form = IncomingCallForm();
        form["CallSid"] = sid;

        var result = Parse(WebhookKind.IncomingCall, "/telephony/twilio/demo/voice", form);

        AssertMalformed(result, "CallSid");
        Assert.DoesNotContain(sid, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_path_without_its_leading_slash_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => Provider.ParseWebhook(TestAccounts.Account(), Webhook(WebhookKind.IncomingCall, "telephony/twilio/demo/voice", IncomingCallForm())));

    [Fact]
    public void A_malformed_message_never_repeats_what_the_caller_sent()
    {
        var form = IncomingCallForm();
        form.Remove("To");

        var result = Parse(WebhookKind.IncomingCall, "/telephony/twilio/demo/voice", form);

        AssertMalformed(result, "To");
        Assert.DoesNotContain("+14155551234", result.Error!.Message, StringComparison.Ordinal);
    }
}
