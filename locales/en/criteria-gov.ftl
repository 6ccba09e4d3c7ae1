# Data governance & transparency

GOV-01 = A factory reset erases your data
    .requirement = A factory reset removes all user data, credentials and settings from the device in one simple action.
    .rationale = Devices are resold, returned and recycled; data left on them exposes the previous owner.
    .consumer = One reset wipes everything, so you can safely sell or recycle the device.

GOV-02 = You can delete your data from the cloud
    .requirement = The user can delete the data about them held by the manufacturer's online service. Where the product needs an account, the user can also close it, and closing it deletes the data linked to it.
    .rationale = Copies of recordings and histories kept online outlive the device; without a way to delete them, people lose control over their data for good.
    .consumer = You can delete what the company keeps about you online, and close your account for good.

GOV-03 = You can get a free copy of your data
    .requirement = The user can obtain a copy of the personal data the product and its services hold about them, at no charge.
    .rationale = A copy lets people see what is held about them and take it to another service instead of being locked in.
    .consumer = You can download your data for free and take it somewhere else.

GOV-04 = You can correct your data and limit its use
    .requirement = The user can correct their personal data and restrict how it is used. The manufacturer does not refuse a human review of automated decisions that significantly affect the user.
    .rationale = Wrong data leads to wrong decisions; people need a way to fix it, narrow its use and challenge what a machine decided about them.
    .consumer = You can fix wrong data, limit how it is used, and ask a person to check a decision a computer made about you.

GOV-05 = Passing the device on is safe for both owners
    .requirement = The product can be transferred to a new owner, and the transfer removes all access and data of the previous owner.
    .rationale = Products often outlive their first owner; the next one needs a working device, and the last one must not keep a window into it.
    .consumer = You can sell or give away the device; the new owner can use it and cannot see your data.

GOV-06 = Terms say how long they last and changes come with notice
    .requirement = The terms of service state how long they apply. The manufacturer gives users at least 30 days' notice of material changes, which take effect only once users agree to them.
    .rationale = A connected product depends on its terms as much as on its hardware; sudden or silent changes can take away what people paid for.
    .consumer = The service rules say how long they last, and you hear about changes at least a month ahead.

GOV-07 = Intended use and foreseeable risks are described
    .requirement = The manufacturer states what the product is intended for and describes foreseeable misuse and the security risks it could bring.
    .rationale = People can only avoid risky set-ups if they know what the product was designed for and where it can go wrong.
    .consumer = You are told what the device is made for and how using it the wrong way could put you at risk.

GOV-08 = Guides for safe set-up and for wiping the device
    .requirement = The manufacturer publishes guidance on setting the product up securely and on taking it out of service, including how to remove user data.
    .rationale = Many problems in real homes come from insecure set-up choices and from data left behind; clear instructions close both gaps.
    .consumer = You get clear steps to set the device up safely and to wipe it before you get rid of it.

GOV-09 = How the product makes money is stated
    .requirement = The manufacturer states how the product is paid for, whether by the purchase price, a subscription or the use of data, and whether any core function needs a paid subscription.
    .rationale = People pay with money or with their data; knowing which, and what may cost extra later, is part of an informed purchase.
    .consumer = You know how the company earns money from the device and whether you will have to keep paying.

GOV-10 = Requests for users' data are reported publicly
    .requirement = The manufacturer publishes a transparency report on the requests for user data it receives from governments and other third parties, and on how it responds to them.
    .rationale = Data held online can be demanded by authorities and others; public figures show how often that happens and how the company answers.
    .consumer = The company tells everyone how often others ask it for customers' data.

GOV-11 = Legal side effects of changing how you use it are explained
    .requirement = The manufacturer explains the legal consequences of substantially changing how the product is used, for example switching off a function that an insurance policy or contract relies on.
    .rationale = Some products carry obligations towards insurers, landlords or employers; people need to know before they change a setting that a contract depends on.
    .consumer = You are warned if changing how you use the device could affect your insurance or a contract.
