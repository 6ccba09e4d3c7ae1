# Criteria of the area UPD: software updates & support period.

UPD-01 = Support end date shown before you buy
    .requirement = The manufacturer states the date until which the product will receive security updates, publishes it at a stable address, and shows it to buyers before purchase, on the packaging or the shop page.
    .rationale = A device without updates grows less safe every year; buyers need the support period to compare products and plan for replacement.
    .consumer = You know before you buy how long your device will get security fixes.

UPD-02 = Software updates are secure
    .requirement = The product's software can be updated, and the device checks with established cryptography that each update is authentic and unaltered before installing it.
    .rationale = Updates are how security holes get closed; an unchecked update channel would itself be a way to install malware.
    .consumer = Your device can get security fixes, and it only installs genuine ones from the maker.

UPD-03 = Updates are easy to install
    .requirement = Installing an update takes the user no more than a simple action, or none at all.
    .rationale = Updates that need technical skill or special equipment often never get installed.
    .consumer = Installing an update is as easy as pressing a button, or it happens by itself.

UPD-04 = Critical holes are fixed quickly
    .requirement = The manufacturer ships a fix for a critical vulnerability within the time limit this criterion sets, 90 days by default.
    .rationale = The longer a known flaw stays open, the more likely it is to be exploited.
    .consumer = Serious security holes get fixed quickly, within about three months.

UPD-05 = Model and software version are easy to find
    .requirement = The user can read the product's model designation and software version in at least one documented place, such as the device label, the packaging, the app or the device's web interface.
    .rationale = Owners and authorities need the exact model and version to tell whether a warning or a recall applies.
    .consumer = You can easily find which model and software version you have, to check for warnings.

UPD-06 = Automatic security updates, under your control
    .requirement = Automatic security updates are switched on out of the box, and the user can postpone them or switch them off.
    .rationale = Automatic updates reach devices whose owners never look for them; postponing respects moments when a restart would do harm.
    .consumer = Security fixes install by themselves, but you can delay them when it isn't a good time.

UPD-07 = Security updates are free
    .requirement = The manufacturer provides security updates at no extra charge throughout the support period.
    .rationale = Charging for fixes leaves unsafe devices in the homes of people who cannot or will not pay.
    .consumer = You never have to pay to get security fixes.

UPD-08 = Support lasts at least five years
    .requirement = The security support period ends no earlier than the minimum this criterion sets after the product was first placed on the market, five years by default.
    .rationale = Connected products stay in use for many years; short support leaves them exposed long before they wear out.
    .consumer = Your device gets security fixes for at least five years after it first went on sale.

UPD-09 = You are told about updates
    .requirement = The product or the manufacturer tells the user when an update is available or has been installed, and what it fixes.
    .rationale = People who know what an update changes can judge how urgent it is and notice when updates stop.
    .consumer = You're told when an update arrives and what it fixes.

UPD-10 = Security fixes come separately from new features
    .requirement = Where technically feasible, the manufacturer releases security fixes separately from feature changes, so the user can install them without accepting other changes.
    .rationale = Bundling fixes with unwanted changes pushes people to refuse updates altogether.
    .consumer = You can get security fixes without having to accept new features you don't want.

UPD-11 = Public release notes for every version
    .requirement = The manufacturer publishes release notes for each software version at a stable public address, keeping a lasting record of what changed.
    .rationale = A public change history lets owners, researchers and regulators see what each update did and hold the manufacturer to it.
    .consumer = You can read online what changed in every software update.

UPD-12 = A published end-of-life plan
    .requirement = The manufacturer publishes a plan that says what happens to the device, its services and the user's data when support ends, when the service shuts down, and if the company becomes insolvent or is taken over.
    .rationale = Devices often outlive the services behind them; a plan made in advance keeps owners from being left with a useless or unsafe product.
    .consumer = You can read what happens to your device and your data if the company stops supporting it.

UPD-13 = Core functions are not taken away
    .requirement = The manufacturer does not remove or degrade the product's declared core functions, by update or by service change, during the support period.
    .rationale = Buyers pay for the functions promised at purchase; taking them away later breaks trust in every update.
    .consumer = Updates won't take away the main things your device did when you bought it.
