namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// What the simulated residents say (issue 5's mix): about 65% routine requests with one or two turns (one request, or
/// a question for the office left as a message), 30% requests whose follow-up question they answer, 5% life safety.
/// Each sentence was checked against ai.local and the default triage policy.
/// </summary>
internal static class CallScripts
{
    public static readonly IReadOnlyList<string[]> Routine =
    [
        ["the dishwasher makes a loud grinding noise"],
        ["there are roaches in the kitchen"],
        ["my toilet keeps running"],
        ["the light in the hallway is out"],
        ["the bathroom faucet drips a little"],
        ["the garbage disposal is jammed"],
        ["the bathroom sink drains slowly"],
        ["the closet door came off its track"],
        ["the thermostat shows the wrong temperature but the heat works"],
        ["the bedroom window is stuck and will not close"],
        ["I have a question about my parking permit", "please call me back about my parking permit, thank you"],
        ["I would like to renew my lease", "please have the leasing office call me back"],
    ];

    public static readonly IReadOnlyList<string[]> FollowUp =
    [
        ["my kitchen sink is leaking under the cabinet", "it has stopped now"],
        ["the washing machine leaked a little", "it has stopped now"],
        ["the heat is not working", "it is 68 degrees inside and nobody is unwell"],
        ["the heat is not working", "it is 50 degrees inside and my mother is elderly"],
        ["my front door lock is broken", "no, I cannot lock it"],
        ["my front door lock is broken", "yes, I can still lock it"],
    ];

    public static readonly IReadOnlyList<string[]> LifeSafety =
    [
        ["I smell gas in my kitchen"],
        ["there is smoke coming from the outlet"],
        ["the carbon monoxide alarm is going off"],
    ];

    /// <summary>One script, drawn with the mix's weights.</summary>
    public static (string Kind, string[] Turns) Draw(Random random)
    {
        var roll = random.Next(100);
        var (kind, list) = roll < 65 ? ("routine", Routine) : roll < 95 ? ("follow-up", FollowUp) : ("life safety", LifeSafety);
        return (kind, list[random.Next(list.Count)]);
    }
}
