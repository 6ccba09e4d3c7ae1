# The secondary layer of the consumer label: the full web page (HTML) that
# the QR code on the box leads to, and the fragment the registry embeds.
# Consumers first, experts second: plain words, short sentences.

## The page as a whole

label-web-title = { $product }: iotmark consumer label
label-web-brand = iotmark consumer label
label-web-skip = Skip to the label
label-web-contents = Contents
label-web-list-separator = {", "}

## Header: the product and its mark

label-web-manufacturer = Manufacturer
label-web-model = Model
label-web-firmware = Software version
label-web-hardware = Hardware version
label-web-released = On sale since
label-web-mark = Mark level
label-web-level =
    { $level ->
        [0] No level reached
       *[other] Level { $level } of { $max }
    }
label-web-scale = Mark level scale from 1 to { $max }: { $level ->
        [0] no level reached
       *[other] level { $level } reached
    }
label-web-status = Status
label-web-status-valid = Certified, certificate valid
label-web-status-suspended = Certificate suspended
label-web-status-revoked = Certificate revoked
label-web-status-expired = Certificate expired
label-web-status-self_assessed = Self-assessed, not certified
label-web-status-valid-note = A certification body checked this product. Its certificate is recorded in a public log that anyone can check.
label-web-status-suspended-note = The certification body has suspended the certificate while it looks into a problem. Do not rely on the mark until it is restored.
label-web-status-revoked-note = The certification body has withdrawn the certificate. The mark no longer applies to this product.
label-web-status-expired-note = The certificate has run out, usually because security support has ended. The mark no longer applies.
label-web-status-self_assessed-note = The manufacturer assessed this product itself. Only the approval of a certification body in the registry makes a certificate.
label-web-registry = Check the current status in the registry
label-web-certificate = Certificate number
label-web-contradicted =
    { $count ->
        [one] Evidence contradicts one claim made by the manufacturer:
       *[other] Evidence contradicts { $count } claims made by the manufacturer:
    }

## Key facts (the same facts as the label on the box)

label-web-facts = Key facts
label-web-fact-support = Security updates guaranteed until
label-web-fact-updates = How updates are installed
label-web-fact-sensors = Sensors
label-web-fact-actuators = Can act in your home
label-web-fact-shared = Your data shared with others
label-web-fact-sold = Your data sold
label-web-fact-offline = Works without the internet
label-web-fact-account = Works without an account
label-web-fact-repair = Repair
label-web-not-disclosed = Not disclosed by the manufacturer

label-web-support-none = No date given
label-web-support-none-note = The manufacturer has not committed to providing security updates for any period of time.
label-web-support-left = { $duration } left on the day of the assessment.
label-web-support-last-day = Security updates end on the day of the assessment.
label-web-support-ended = Security support ended { $duration } before the assessment. No security updates are guaranteed any more.
label-web-support-published = Where the manufacturer publishes this date

label-web-duration-years =
    { $count ->
        [one] one year
       *[other] { $count } years
    }
label-web-duration-months =
    { $count ->
        [one] one month
       *[other] { $count } months
    }
label-web-duration-days =
    { $count ->
        [one] one day
       *[other] { $count } days
    }
label-web-duration-and = { $years } and { $months }

label-web-updates-automatic_may_opt_out = Automatically; you can turn this off
label-web-updates-automatic_may_not_opt_out = Automatically; you cannot turn this off
label-web-updates-manual = You start each update yourself
label-web-updates-no_updates = The software cannot be updated
label-web-updates-not_disclosed = Not disclosed by the manufacturer

label-web-sensors-none = None declared
label-web-sensor-camera = camera
label-web-sensor-microphone = microphone
label-web-sensor-location = location
label-web-sensor-motion = motion
label-web-sensor-presence = presence
label-web-sensor-biometric = biometric (for example fingerprint)
label-web-sensor-health = health (for example heart rate)
label-web-sensor-environmental = environment (for example temperature)
label-web-sensor-contact = door or window contact
label-web-sensor-light = light
label-web-sensor-nfc = NFC (contactless)

label-web-actuators-none = Nothing declared
label-web-actuator-lock = lock
label-web-actuator-power_switch = power switch
label-web-actuator-motor = motor
label-web-actuator-speaker = speaker
label-web-actuator-display = display
label-web-actuator-light = light
label-web-actuator-heating = heating
label-web-actuator-valve = valve
label-web-actuator-alarm = alarm or siren
label-web-actuator-vibration = vibration

label-web-shared-yes = Yes, with: { $recipients }
label-web-shared-yes-unnamed = Yes
label-web-shared-no = No one besides the manufacturer
label-web-recipient-service_provider = service providers
label-web-recipient-affiliate = affiliated companies
label-web-recipient-advertiser = advertisers
label-web-recipient-data_broker = data brokers
label-web-recipient-insurer = insurers
label-web-recipient-researcher = researchers
label-web-recipient-authority = public authorities
label-web-recipient-other = others
label-web-sold-yes = Yes, personal data is sold
label-web-sold-no = No

label-web-availability-full = Yes, fully
label-web-availability-partial = Partly
label-web-availability-none = No

label-web-repair-parts =
    { $years ->
        [one] Spare parts for one year after sales end
       *[other] Spare parts for { $years } years after sales end
    }
label-web-repair-parts-none = No spare parts
label-web-repair-parts-unknown = Spare parts: not disclosed
label-web-repair-manual-yes = Repair manual published
label-web-repair-manual-no = No repair manual published
label-web-repair-manual-unknown = Repair manual: not disclosed
label-web-repair-battery-yes = You can replace the battery
label-web-repair-battery-no = You cannot replace the battery yourself
label-web-repair-battery-unknown = Battery replacement: not disclosed
label-web-repair-battery-none = No battery

## The security support period

label-web-support = Security updates
label-web-support-why = Security updates fix flaws that attackers could use. Once they stop, keeping the product connected becomes riskier.
label-web-timeline-title = Security support period
label-web-timeline-desc = Security updates from { $start } until { $end }. The assessment took place on { $today }.
label-web-timeline-released = On sale since
label-web-timeline-assessed = Assessed on
label-web-timeline-end = Security updates end
label-web-timeline-past = Time already passed
label-web-timeline-left = Guaranteed time left

## Results by area and criterion

label-web-areas = Results by area
label-web-areas-intro = Each area gets a grade from A (best) to E, from the criteria it meets. Criteria that do not apply to this product do not count.
label-web-grades-caption = Grades and scores by area
label-web-col-area = Area
label-web-col-grade = Grade
label-web-col-score = Score
label-web-col-met = Met
label-web-col-not-met = Not met
label-web-col-unknown = Unknown
label-web-col-not-applicable = Does not apply
label-web-grade = Grade
label-web-score = Score { $score } out of 100
label-web-counts = { $met } met, { $notmet } not met, { $unknown } unknown, { $na } not applicable

label-web-verdict-met = Met
label-web-verdict-not_met = Not met
label-web-verdict-unknown = Unknown: no information given
label-web-verdict-not_applicable = Does not apply to this product
label-web-basis-declared = Declared by the manufacturer
label-web-basis-verified = Verified by evidence
label-web-basis-assessor = Tested by an assessor
label-web-basis-contradicted = Contradicted by evidence
label-web-reason = Reason
label-web-reason-english = Reason (in English)
label-web-expert = Details for experts
label-web-criterion = Criterion
label-web-criterion-level = Level
label-web-required = Required for level { $level }
label-web-recommended = Recommended from level { $level }
label-web-references = Corresponds to
label-web-references-none = No corresponding clause in other schemes

## Short names of the schemes, for the references under each criterion

label-web-scheme-better-iot = Better IoT
label-web-scheme-cta-2120 = CTA-2120
label-web-scheme-digital-standard = Digital Standard
label-web-scheme-etsi-en-303-645 = ETSI EN 303 645
label-web-scheme-eu-cra = EU CRA
label-web-scheme-nist-ir-8425 = NIST IR 8425
label-web-scheme-sg-cls = Singapore CLS
label-web-scheme-uk-psti = UK PSTI

## Known vulnerabilities

label-web-vulnerabilities = Known vulnerabilities
label-web-vuln-intro = Known security flaws in the software parts the manufacturer lists in its software bill of materials, checked against public vulnerability data.
label-web-vuln-not-scanned = No software bill of materials was checked against vulnerability data, so it is not known whether the product contains known vulnerabilities.
label-web-vuln-none = None found: no software part matched a known vulnerability.
label-web-vuln-count =
    { $count ->
        [one] One known vulnerability found.
       *[other] { $count } known vulnerabilities found.
    }
label-web-vuln-component = Software part
label-web-vuln-installed = Installed version
label-web-vuln-fixed = Fixed in version
label-web-vuln-fixed-none = No fix known yet
label-web-vuln-severity = Severity: { $severity }
label-web-severity-critical = Critical
label-web-severity-high = High
label-web-severity-medium = Medium
label-web-severity-low = Low
label-web-severity-unknown = Unknown
label-web-vuln-kev = Known to be exploited by attackers
label-web-vuln-kev-note = Listed in the Known Exploited Vulnerabilities catalog of CISA, the US cyber security agency.
label-web-vuln-suppressed = Does not affect this product, according to the manufacturer
label-web-vuln-justification = Justification

## Next level

label-web-next = Next level
label-web-next-missing = To reach level { $level } ({ $name }), these required criteria must also be met:
label-web-next-top = This product has reached the highest level.

## Other schemes and laws

label-web-schemes = Other schemes and laws
label-web-schemes-intro = Each criterion corresponds to clauses of other security schemes and laws. This table shows how many of their clauses this product meets.
label-web-schemes-caption = Clauses of other schemes met by this product
label-web-col-scheme = Scheme
label-web-col-clauses = Clauses
label-web-col-uncovered = Not covered by iotmark

## Footer

label-web-assessed = Assessed on { $date } against the iotmark catalog, version { $version }.
label-web-snapshot = This page shows the assessment as it stood on that day. The registry shows the current status.
label-web-format = Machine-readable version: { $format }, format version { $version }.
