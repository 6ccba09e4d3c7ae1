# Repairability, longevity & environment

REP-01 = A repair manual is published
    .requirement = The manufacturer publishes a repair manual that covers the parts that can be repaired or replaced.
    .rationale = Instructions make repair possible for owners and independent repair shops, and keep working products out of landfill.
    .consumer = You can find instructions for fixing the device.

REP-02 = Spare parts for at least five years
    .requirement = Spare parts stay available for at least 5 years after the product is no longer sold.
    .rationale = A product lasts only as long as its most fragile part; available spares turn a failure into a repair.
    .consumer = You can buy replacement parts for at least five years after the device leaves the shops.

REP-03 = You can replace the battery
    .requirement = The user can replace the product's battery themselves.
    .rationale = Batteries wear out long before the electronics do; a sealed-in battery turns a small repair into a new purchase.
    .consumer = When the battery wears out, you can swap it yourself.

REP-04 = Replacement parts work without being unlocked
    .requirement = Genuine and third-party replacement parts work without having to be paired to the device by the manufacturer.
    .rationale = Software locks on parts block independent repair and make the maker the only place to fix the product.
    .consumer = New parts work without the company having to unlock them.

REP-05 = Opens with ordinary tools
    .requirement = The product can be opened for repair with commonly available tools.
    .rationale = Special screws and glued cases make repair costly or impossible for most people.
    .consumer = You can open the device with ordinary tools.

REP-06 = Keeps working after the maker's support ends
    .requirement = The device keeps its local functions after the manufacturer's online service ends, or its owner may install other firmware once support ends. A product that uses no online service meets this.
    .rationale = A working product should not become waste because a server is switched off; local operation or the freedom to install other software gives it a second life.
    .consumer = The device won't turn into a useless brick if the company shuts down its servers.

REP-07 = Take-back for reuse and recycling
    .requirement = The manufacturer publishes how the product can be returned for reuse or recycling at the end of its life.
    .rationale = Electronics hold valuable and hazardous materials; an easy way to return them keeps them out of household waste.
    .consumer = You know where to return the device when you are done with it, so it gets reused or recycled.

REP-08 = Low power use on standby
    .requirement = In networked standby the product draws no more than 2.0 watts.
    .rationale = Connected products stay on day and night, so small standby losses add up to real energy use and cost over the years.
    .consumer = The device uses very little electricity when it is idle.
