using PhoneNumbers;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>Turns a phone number as people write it ("(512) 555-0143", "512.555.0143 x2") into E.164 (+15125550143).</summary>
internal sealed class PhoneNumberNormalizer(string defaultRegion)
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public string DefaultRegion { get; } = defaultRegion;

    /// <summary>The E.164 form, or null with a reason when the text is not a valid number.</summary>
    public bool TryNormalize(string? text, out string e164, out string? reason)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "is empty";
            return false;
        }

        try
        {
            var number = Phones.Parse(text, DefaultRegion);
            if (!Phones.IsValidNumber(number))
            {
                reason = "is not a valid phone number";
                return false;
            }

            e164 = Phones.Format(number, PhoneNumberFormat.E164);
            reason = null;
            return true;
        }
        catch (NumberParseException)
        {
            reason = "is not a phone number";
            return false;
        }
    }

    /// <summary>Normalises, or returns null (for caller IDs such as "anonymous" or "+266696687").</summary>
    public string? NormalizeOrNull(string? text) => TryNormalize(text, out var e164, out _) ? e164 : null;
}
