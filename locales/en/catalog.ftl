# Names and descriptions shared by the whole catalog.

## Areas

area-SEC = Device & software security
    .description = Protection of the device and its software against attack, from passwords and encryption to secure boot and a small attack surface.
    .consumer = How hard it is for someone to break into the device.

area-UPD = Software updates & support period
    .description = Secure, timely and simple software updates, and a published date until which security updates are guaranteed.
    .consumer = How long the device gets security fixes and how easy they are to install.

area-VUL = Vulnerability management
    .description = How the manufacturer receives, handles and discloses reports of security flaws, and keeps track of the components it ships.
    .consumer = Whether the company listens to and fixes reported security problems.

area-PRV = Data privacy
    .description = What personal data the product collects, senses and shares, why, and on what terms.
    .consumer = What the device learns about you and who gets to see it.

area-GOV = Data governance & transparency
    .description = The rights users have over their data and the information the manufacturer gives about terms, purpose, risks and business model.
    .consumer = Whether you can see, copy and delete your data, and whether the company is open about how it works.

area-AGY = User agency & control
    .description = How far the product keeps working on the user's own terms: offline, without an account, without a subscription and with optional features under the user's control.
    .consumer = Whether you stay in charge of the device, even without the internet or an account.

area-INT = Interoperability & openness
    .description = Support for open standards and documented interfaces that let the product work with other makers' products, and publication of code and designs.
    .consumer = Whether the device works with other brands and apps.

area-REP = Repairability, longevity & environment
    .description = How easily the product can be repaired, how long it stays useful, and its energy use and end of life.
    .consumer = Whether the device can be fixed, lasts a long time and is kind to the planet.

area-SUP = Provenance & supply chain
    .description = Who makes the product, where, with which suppliers, and by what security process.
    .consumer = Who made the device and how carefully.

area-ACC = Accessibility
    .description = Whether people with disabilities can set up, use, update and reset the product and get help with it.
    .consumer = Whether everyone, including people with disabilities, can use the device safely.

area-ACT = Accountability
    .description = The manufacturer's legal statements, complaint handling, warranty, support and the evidence behind its claims.
    .consumer = Whether the company stands behind what it says and answers when something goes wrong.

## Levels

level-0 = Below baseline
    .description = The product does not meet every requirement of the baseline level.

level-1 = Baseline
    .description = The product meets what the law already demands where it is sold: the UK product security regime, the mandatory provisions of ETSI EN 303 645 and the outcomes behind the US Cyber Trust Mark.

level-2 = Trusted
    .description = The product meets the baseline and also the essential requirements of the EU Cyber Resilience Act, with sound privacy, data governance and update practice backed by evidence rather than claims alone.

level-3 = Exemplary
    .description = The product meets the trusted level and also leaves users in control, working locally and without an account, and is open and interoperable, repairable, kind to the environment and accessible.

## Applicability conditions

condition-always = all products
condition-network_login = products you can log in to over a network
condition-unique_default_password = products that ship with a unique password for each unit
condition-updatable = products whose software can be updated
condition-uses_cloud = products that use the manufacturer's online service
condition-has_account = products that need an account with the manufacturer
condition-has_app = products with a companion app
condition-has_battery = products with a battery
condition-has_camera_or_microphone = products with a camera or microphone
condition-has_sensitive_sensor = products with a camera, microphone, location, biometric or health sensor
condition-processes_personal_data = products that handle personal data
condition-for_children = products made for children
condition-has_standards = products that support an open standard

## Obligations

obligation-required = Required
obligation-recommended = Recommended

## Verification methods

verification-declared = Declared by the manufacturer
verification-analyser = Checked by an analyser
verification-assessor = Tested by an assessor

## Crosswalk confidence

confidence-exact = Same requirement
confidence-partial = Partial match
confidence-related = Related topic

## Verdict status

status-met = Met
status-not_met = Not met
status-unknown = Unknown
status-not_applicable = Not applicable

## Verdict basis

basis-declared = Declared
basis-verified = Verified by evidence
basis-assessor = Verified by an assessor
basis-contradicted = Contradicted by evidence
