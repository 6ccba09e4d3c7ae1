# User agency & control

AGY-01 = A reset brings back the safe factory settings
    .requirement = After a factory reset the product returns to its secure default configuration.
    .rationale = A reset is how people recover from a mistake or an attack; it must never leave the device weaker than it was when new.
    .consumer = Resetting the device puts it back to its safe factory settings.

AGY-02 = You know what works without the internet
    .requirement = The manufacturer states whether the core functions work without an internet connection and, when not all of them do, describes in plain words what stops working.
    .rationale = Outages, closed services and privacy choices can all cut a product off from the internet; buyers should know in advance what they would lose.
    .consumer = You are told what still works when the internet is down.

AGY-03 = Works fully without the internet
    .requirement = Every core function of the product works without an internet connection.
    .rationale = A product that needs no remote service keeps working through outages and after an online service closes, and it sends less data away.
    .consumer = Everything the device is for still works without the internet.

AGY-04 = No account needed
    .requirement = Every core function works without an account with the manufacturer, and the product does not require one.
    .rationale = Accounts gather personal details and tie the product to a service that may end; many products need neither.
    .consumer = You can use the device without signing up with the company.

AGY-05 = Optional features can be turned off one by one
    .requirement = The user can switch off each optional feature and each optional use of their data separately.
    .rationale = All-or-nothing choices push people into sharing more than they want; separate switches let them keep only what they value.
    .consumer = You can turn off the extras you don't want, one at a time.

AGY-06 = You can cut the device off from the cloud
    .requirement = The user can disconnect the device from the manufacturer's online service and keep using it.
    .rationale = Cutting the link to the cloud is the strongest privacy control there is, and a fallback when the service fails.
    .consumer = You can stop the device talking to the company's servers and still use it.

AGY-07 = No subscription for the core functions
    .requirement = No core function of the product needs a paid subscription.
    .rationale = Functions behind a subscription can be withdrawn or repriced after purchase; people should keep what they paid for.
    .consumer = You won't have to keep paying for the main things the device does.
