# The primary layer of the consumer label (printed on the box) and its
# compact variant (shop listings). Keep every message short: the label is
# 60 × 90 mm and the text is set at 6 to 8 pt.

## The whole label, for screen readers. $product is the product's name.

label-title = iotmark label: { $product }
# The summary is built from the sentences below, joined with spaces.
label-desc-mark = Mark level { $level } of { $max }: { $name }.
label-desc-support = Security updates until { $date }.
label-desc-support-ended = Security updates ended on { $date }.
label-desc-support-none = No commitment to security updates.
label-desc-scan = Full details: { $url }

## The mark. $level is 1 to 3, $name the level's name.

label-level = Level { $level } · { $name }
label-level-short = Level { $level }

## Where the mark stands.

label-status-valid = Certified · valid
label-status-suspended = Certificate suspended
label-status-revoked = Certificate revoked
label-status-expired = Certificate expired
label-status-self_assessed = Self-assessed · not certified
label-certificate = No. { $id }

## The support period: the largest fact on the label.

label-support-until = Security updates until
label-support-ended = Security updates ended on
label-support-none = No security update commitment
label-support-none-detail = The maker does not say how long this product gets security updates.
# The compact variant: $date is a month and year.
label-compact-until = Updates until
label-compact-none = No update commitment

## The facts. Each has a heading and a value.

label-fact-updates = Updates
label-fact-sensors = Sensors
label-fact-data = Your data
label-fact-offline = Without internet
label-fact-account = Without an account
label-fact-repair = Repair

label-update-automatic_may_opt_out = Automatic, can be turned off
label-update-automatic_may_not_opt_out = Automatic, always on
label-update-manual = You install them
label-update-no_updates = Cannot be updated
label-update-not_disclosed = Not disclosed

label-sensors-none = No sensors
label-sensor-camera = Camera
label-sensor-microphone = Microphone
label-sensor-location = Location
label-sensor-motion = Motion
label-sensor-presence = Presence
label-sensor-biometric = Biometric
label-sensor-health = Health
label-sensor-environmental = Environment
label-sensor-contact = Door contact
label-sensor-light = Light
label-sensor-nfc = NFC

# $recipients: the kinds of recipient, joined by label-list-separator.
label-data-shared-with = Shared with: { $recipients }
label-data-shared = Shared with others
label-data-not-shared = Not shared with others
label-data-sharing-not-disclosed = Sharing not disclosed
label-data-sold = Sold
label-data-not-sold = Not sold
label-data-sale-not-disclosed = Sale not disclosed
label-recipient-service_provider = service providers
label-recipient-affiliate = affiliates
label-recipient-advertiser = advertisers
label-recipient-data_broker = data brokers
label-recipient-insurer = insurers
label-recipient-researcher = researchers
label-recipient-authority = authorities
label-recipient-other = others

label-availability-full = Works fully
label-availability-partial = Works in part
label-availability-none = Does not work
label-availability-not_disclosed = Not disclosed

label-repair-parts =
    { $years ->
        [one] Spare parts: 1 year
       *[other] Spare parts: { $years } years
    }
label-repair-parts-none = No spare parts
label-repair-parts-not-disclosed = Spare parts not disclosed
label-repair-battery-replaceable = Replaceable battery
label-repair-battery-sealed = Battery not replaceable
label-repair-battery-not-disclosed = Battery not disclosed
label-repair-manual = Repair manual
label-repair-manual-none = No repair manual

# Joins the items of a list (sensors, recipients).
label-list-separator = {", "}

## One-word captions of the compact variant.

label-short-update-automatic_may_opt_out = Auto-updates
label-short-update-automatic_may_not_opt_out = Auto-updates
label-short-update-manual = Manual updates
label-short-update-no_updates = No updates
label-short-update-not_disclosed = Not disclosed
label-short-sensors =
    { $count ->
        [0] No sensors
        [one] 1 sensor
       *[other] { $count } sensors
    }
label-short-offline-full = Works offline
label-short-offline-partial = Partly offline
label-short-offline-none = Needs internet
label-short-offline-not_disclosed = Not disclosed
label-short-data-not-sold = Data not sold
label-short-data-sold = Data sold
label-short-data-not-disclosed = Not disclosed

## The footer.

label-model = Model { $model }
label-firmware = Firmware { $version }
label-scan = Scan for full details

## Building blocks of the description read by screen readers.

# One sentence of the description.
label-desc-sentence = { $text }.
# A fact and its value.
label-desc-fact = { $heading }: { $value }.
label-desc-product = { $product }, { $model }, { $firmware }, { $manufacturer }.
# What joins the sentences.
# Joins the parts of one fact (data shared; sold).
label-desc-item-separator = {"; "}
label-desc-join = {" "}
