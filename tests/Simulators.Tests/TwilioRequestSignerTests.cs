using System.Collections.Specialized;
using System.Security.Cryptography;
using System.Text;
using Twilio.Security;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>X-Twilio-Signature, checked by hand and against Twilio's own RequestValidator (Twilio 8.2.0).</summary>
public sealed class TwilioRequestSignerTests
{
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string Token = "12345";

    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["To"] = "+18005551212",
        ["From"] = "+14158675309",
        ["Digits"] = "1234",
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+14158675309",
    };

    [Fact]
    public void The_signature_is_HMAC_SHA1_of_the_url_and_the_sorted_name_value_pairs_computed_by_hand()
    {
        var signed = Url + "CallSid" + "CA1234567890ABCDE" + "Caller" + "+14158675309" + "Digits" + "1234" + "From" + "+14158675309" + "To" + "+18005551212";
#pragma warning disable CA5350 // Twilio's scheme is SHA-1
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(Token));
#pragma warning restore CA5350
        var byHand = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(signed)));

        Assert.Equal(byHand, TwilioRequestSigner.Sign(Token, Url, Parameters));
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioRequestSigner.Sign(Token, Url, Parameters)); // Twilio's documented example
    }

    [Fact]
    public void Sorting_is_ordinal_so_upper_case_names_come_before_lower_case_ones()
    {
        var parameters = new Dictionary<string, string> { ["b"] = "1", ["B"] = "2", ["a"] = "3" };

        Assert.Equal(
            TwilioRequestSigner.Sign(Token, Url + "B2a3b1", []),
            TwilioRequestSigner.Sign(Token, Url, parameters));
    }

    [Fact]
    public void Twilio_RequestValidator_accepts_the_signature_and_rejects_a_tampered_request()
    {
        var validator = new RequestValidator(Token);
        var signature = TwilioRequestSigner.Sign(Token, Url, Parameters);
        var form = new NameValueCollection();
        foreach (var (name, value) in Parameters)
        {
            form.Add(name, value);
        }

        Assert.True(validator.Validate(Url, form, signature));
        Assert.True(validator.Validate(Url, Parameters, signature));
        Assert.False(validator.Validate(Url, new Dictionary<string, string>(Parameters) { ["Digits"] = "9" }, signature));
        Assert.False(validator.Validate(Url.Replace("foo=1", "foo=2", StringComparison.Ordinal), Parameters, signature));
        Assert.False(new RequestValidator("another-token").Validate(Url, Parameters, signature));
    }

    [Fact]
    public void Twilio_RequestValidator_accepts_a_webhook_signed_with_speech_punctuation_and_unicode()
    {
        var url = "http://127.0.0.1:5000/twilio/voice/turn?property=ELM&turn=2";
        var parameters = new Dictionary<string, string>
        {
            ["SpeechResult"] = "My sink's leaking & the floor is wet, ñ + 100% soaked?",
            ["Confidence"] = "0.92",
            ["CallSid"] = "CA" + new string('a', 32),
        };

        Assert.True(new RequestValidator(Token).Validate(url, parameters, TwilioRequestSigner.Sign(Token, new Uri(url), parameters)));
    }
}
