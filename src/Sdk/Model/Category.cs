using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>The canonical maintenance taxonomy. On every wire and file format the value is snake_case (<c>locks_access</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Category>))]
public enum Category
{
    /// <summary>Leasing, parking, amenities, packages, status of a request, anything else.</summary>
    General,

    /// <summary>Leaks, pipes, toilets, drains, water heater, no water, sewage.</summary>
    Plumbing,

    /// <summary>Heat, air conditioning, furnace, radiator, thermostat, filters.</summary>
    Hvac,

    /// <summary>Power loss, outlets, breakers, lights, fans, exposed wiring, panel.</summary>
    Electrical,

    /// <summary>Refrigerator, stove, dishwasher, disposal, washer and dryer, microwave.</summary>
    Appliance,

    /// <summary>Lockouts, keys, fobs, broken locks, doors that will not open.</summary>
    LocksAccess,

    /// <summary>Roaches, rodents, bed bugs, ants, wasps.</summary>
    Pest,

    /// <summary>Walls, ceilings, floors, windows, doors, cabinets, roof, railings, mold.</summary>
    Structural,

    /// <summary>Elevator out of service or entrapment.</summary>
    Elevator,

    /// <summary>Gas smell, fire, smoke, carbon monoxide, alarms and detectors.</summary>
    LifeSafety,

    /// <summary>Crime, intruders, injuries, unsafe lighting, gates left open.</summary>
    Security,

    /// <summary>Neighbour noise, parties, barking, construction.</summary>
    Noise,

    /// <summary>Rent, charges, fees, payments, deposits.</summary>
    Billing,
}
