namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>Whether a call can change Voyager's data: a lost answer to a write is an unknown outcome, to a read only a failure.</summary>
internal enum YardiCallKind
{
    Read,
    Write,
}
