using System.Xml.Linq;
using AiPhoneCoverage.Plugins.Telephony.Twilio;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>Call actions rendered as TwiML: parsed back and checked element by element and attribute by attribute.</summary>
public sealed class RenderTests
{
    private static readonly TwilioTelephonyProvider Provider = ProviderFactory.Create();

    private static readonly TelephonyAccount Voiced = TestAccounts.Account(voice: "Polly.Joanna-Neural", language: "en-US");

    private static XElement Render(TelephonyAccount account, params CallAction[] actions)
    {
        var response = Provider.Render(account, actions, TestAccounts.Routes);
        Assert.Equal("application/xml", response.ContentType);
        var root = XDocument.Parse(response.Body).Root!;
        Assert.Equal("Response", root.Name.LocalName);
        return root;
    }

    private static Dictionary<string, string> Attributes(XElement element) =>
        element.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);

    [Fact]
    public void Say_and_Hangup_render_as_the_golden_TwiML()
    {
        var response = Provider.Render(TestAccounts.Account(), [new Say("Goodbye."), new Hangup()], TestAccounts.Routes);

        Assert.Equal("""<?xml version="1.0" encoding="utf-8"?><Response><Say>Goodbye.</Say><Hangup></Hangup></Response>""", response.Body);
    }

    [Fact]
    public void Say_uses_the_accounts_voice_and_language()
    {
        var say = Render(Voiced, new Say("Hello, you have reached maintenance.")).Elements().Single();

        Assert.Equal("Say", say.Name.LocalName);
        Assert.Equal("Hello, you have reached maintenance.", say.Value);
        Assert.Equal(new Dictionary<string, string> { ["voice"] = "Polly.Joanna-Neural", ["language"] = "en-US" }, Attributes(say));
    }

    [Fact]
    public void Markup_in_the_text_stays_text()
    {
        var root = Render(TestAccounts.Account(), new Say("I said <Hangup/> & \"left\""));

        Assert.Equal("I said <Hangup/> & \"left\"", root.Elements().Single().Value);
        Assert.Empty(root.Descendants("Hangup"));
    }

    [Fact]
    public void Ask_is_a_speech_Gather_posting_to_the_absolute_gather_route_of_its_turn()
    {
        var gather = Render(Voiced, new Ask("What is the problem?", ["boiler", " radiator ", "", "boiler"], 3)).Elements().Single();

        Assert.Equal("Gather", gather.Name.LocalName);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["input"] = "speech",
                ["action"] = "https://hub.example.com/telephony/twilio/demo/gather?turn=3",
                ["method"] = "POST",
                ["speechTimeout"] = "auto",
                ["actionOnEmptyResult"] = "true",
                ["language"] = "en-US",
                ["hints"] = "boiler, radiator",
            },
            Attributes(gather));
        var prompt = gather.Elements().Single();
        Assert.Equal(("Say", "What is the problem?", "Polly.Joanna-Neural"), (prompt.Name.LocalName, prompt.Value, prompt.Attribute("voice")?.Value));
    }

    [Fact]
    public void Ask_accepting_digits_listens_for_keys_and_speech()
    {
        var gather = Render(TestAccounts.Account(), new Ask("Press or say 1.", [], 0, AcceptDigits: true)).Elements().Single();

        Assert.Equal("dtmf speech", gather.Attribute("input")?.Value);
        Assert.Null(gather.Attribute("hints"));
        Assert.Null(gather.Attribute("language"));
        Assert.Empty(Attributes(gather.Elements().Single()));
    }

    [Fact]
    public void The_public_url_keeps_its_path_prefix_and_loses_its_trailing_slash()
    {
        var gather = Render(TestAccounts.Account("https://example.com/aipc/"), new Ask("Yes?", [], 7)).Elements().Single();

        Assert.Equal("https://example.com/aipc/telephony/twilio/demo/gather?turn=7", gather.Attribute("action")?.Value);
    }

    [Fact]
    public void Transfer_is_a_Dial_of_the_number()
    {
        var dial = Render(TestAccounts.Account(), new Transfer("+14155550100")).Elements().Single();

        Assert.Equal("Dial", dial.Name.LocalName);
        var number = dial.Elements().Single();
        Assert.Equal(("Number", "+14155550100"), (number.Name.LocalName, number.Value));
    }

    [Fact]
    public void RecordMessage_records_with_a_beep_and_posts_to_the_recording_route()
    {
        var record = Render(TestAccounts.Account(), new RecordMessage(90)).Elements().Single();

        Assert.Equal("Record", record.Name.LocalName);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["action"] = "https://hub.example.com/telephony/twilio/demo/recording",
                ["method"] = "POST",
                ["maxLength"] = "90",
                ["playBeep"] = "true",
            },
            Attributes(record));
    }

    [Fact]
    public void Actions_render_in_order()
    {
        var root = Render(TestAccounts.Account(), new Say("Sorry."), new RecordMessage(), new Say("Thanks."), new Hangup());

        Assert.Equal(["Say", "Record", "Say", "Hangup"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("120", root.Element("Record")?.Attribute("maxLength")?.Value);
    }

    [Fact]
    public void No_actions_is_an_empty_response() => Assert.Empty(Render(TestAccounts.Account()).Elements());

    [Fact]
    public void A_recording_of_no_length_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Provider.Render(TestAccounts.Account(), [new RecordMessage(0)], TestAccounts.Routes));

    [Fact]
    public void An_action_it_does_not_know_is_a_programming_error() =>
        Assert.Throws<NotSupportedException>(() => Provider.Render(TestAccounts.Account(), [new Pause()], TestAccounts.Routes));

    private sealed record Pause : CallAction;
}
