# Criteria of the area PRV: data privacy.

PRV-01 = Clear information about your data
    .requirement = The manufacturer publishes a privacy policy and a plain-language summary, and declares every kind of data the product and its services collect, each with its purpose.
    .rationale = People can only decide whether to trust a product when they understand what it does with their data.
    .consumer = You can read, in simple words, what data your device collects and why.

PRV-02 = All sensors and actuators are declared
    .requirement = The manufacturer declares every sensor the product has, such as a camera, microphone or location sensor, and every way it acts on the physical world, or states that it has none.
    .rationale = Hidden sensors and actuators are a privacy and safety risk; people need to know what a device can see, hear and do.
    .consumer = You know about every camera, microphone or other sensor in your device, and what it can switch or move.

PRV-03 = Telemetry is disclosed
    .requirement = If the product sends usage or diagnostic data (telemetry), the manufacturer describes what is sent and why.
    .rationale = Telemetry runs in the background; without disclosure nobody knows what leaves their home.
    .consumer = If your device sends usage reports to the maker, you're told what they contain and why.

PRV-04 = Consent is asked first and can be withdrawn
    .requirement = Where personal data is processed on the basis of consent, the user is asked before processing starts and can withdraw consent at any time, as easily as it was given.
    .rationale = Consent only means something if it comes before the processing and can be taken back.
    .consumer = Your device asks before using your personal data, and you can change your mind at any time.

PRV-05 = Sensitive sensor data is encrypted on its way
    .requirement = A product with a camera, microphone, location, biometric or health sensor encrypts every connection it makes or accepts.
    .rationale = Video, sound, location and health readings are among the most intimate data there is; intercepting them can enable stalking, blackmail or burglary.
    .consumer = What your camera, microphone or health sensor records is scrambled on its way, so nobody can watch or listen in.

PRV-06 = Only the data that is needed is collected
    .requirement = The product and its services collect only the data their functions need, and no declared kind of data is marked as unnecessary.
    .rationale = Data that is never collected cannot leak, be misused or be demanded by others.
    .consumer = Your device only collects the data it needs to work.

PRV-07 = Your data is not sold
    .requirement = The manufacturer does not sell personal data and does not pass it to data brokers.
    .rationale = Sold data spreads beyond anyone's control and is merged into profiles the user never agreed to.
    .consumer = The maker doesn't sell your data to anyone.

PRV-08 = No advertising without your yes
    .requirement = The manufacturer uses the user's data for advertising or profiling only after the user has explicitly opted in, or not at all.
    .rationale = Advertising profiles built from devices in the home reveal habits and routines; they must never be on by default.
    .consumer = Your data isn't used for ads unless you say yes.

PRV-09 = Retention periods are stated
    .requirement = For every kind of personal data the product and its services collect, the manufacturer states how long it is kept.
    .rationale = Data kept forever piles up risk; a stated limit commits the manufacturer to deleting it.
    .consumer = You know how long the maker keeps each kind of your data.

PRV-10 = Children's data gets extra protection
    .requirement = For a product made for or marketed to children, a parent or guardian must consent before a child's data is processed, and children are never profiled or shown targeted advertising.
    .rationale = Children cannot weigh what sharing data means, and profiles made in childhood can follow them for life.
    .consumer = A parent must agree before a child's data is used, and children never get targeted ads.

PRV-11 = Recording light and privacy switch
    .requirement = A product with a camera or microphone shows a visible indicator whenever it is active and has a physical shutter or switch that disables it.
    .rationale = People must be able to see when they are being recorded, and to make sure they are not, without having to trust software.
    .consumer = A light shows when the camera or microphone is on, and a switch lets you turn it off for certain.

PRV-12 = Recordings stay on the device by default
    .requirement = A product with a sensitive sensor processes recordings and sensor data on the device unless the user chooses to use the cloud.
    .rationale = Data that never leaves the home cannot be breached on a server or handed to others.
    .consumer = Your recordings stay on your device unless you choose to send them to the cloud.
