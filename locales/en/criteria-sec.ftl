# Criteria of the area SEC: device & software security.

SEC-01 = No shared default passwords
    .requirement = Every unit ships with its own password, or the user must set one before the product can be used over a network, or the product has no password-based interface at all. A password shared by all units of a model is never allowed.
    .rationale = Passwords shared across a product line end up on public lists that attackers try automatically; such lists powered the Mirai botnet.
    .consumer = Your device has its own password, so nobody can look it up online.

SEC-02 = Unique passwords are truly random
    .requirement = Where each unit ships with its own password, the manufacturer draws it from a cryptographically secure random source. It is never derived from a serial number, MAC address, counter or any other value an attacker could learn or guess.
    .rationale = A per-unit password computed from a printed or broadcast identifier can be recomputed for every unit at once, which makes it no safer than a shared one.
    .consumer = The password on your device can't be worked out from its serial number.

SEC-03 = You can change the password easily
    .requirement = Where the product can be logged into over a network, the user can change the password or other authentication value through a simple, documented procedure.
    .rationale = People must be able to replace a credential that has leaked, been shared, or is printed on a label others can see.
    .consumer = You can change your device's password whenever you like, without special tools.

SEC-04 = Password guessing is blocked
    .requirement = Where the product can be logged into over a network, it slows down, limits or temporarily locks out repeated failed attempts, so that finding a credential by trial and error is impracticable.
    .rationale = Without throttling, automated tools can try millions of passwords against a device that is reachable from the network.
    .consumer = If someone keeps guessing your password, the device stops them.

SEC-05 = Log-ins use proven cryptography
    .requirement = Where the product can be logged into over a network, user authentication relies on established, publicly reviewed cryptographic methods suited to the risk. Home-made schemes and obsolete algorithms are not used.
    .rationale = Weak or self-designed log-in protocols let attackers capture or replay credentials even when the password itself is strong.
    .consumer = Your log-in is protected with well-tested security, not home-made tricks.

SEC-06 = All connections are encrypted
    .requirement = Every connection the product makes or accepts is encrypted with current cryptography. Where TLS is used, the product refuses versions older than the minimum this criterion sets (TLS 1.2 by default).
    .rationale = Unencrypted or outdated connections let anyone on the path read or alter commands, recordings and credentials.
    .consumer = What your device sends is scrambled, so others on the network can't read it.

SEC-07 = Keys and secrets are stored securely
    .requirement = The product keeps keys, passwords and other security parameters in protected storage, such as a secure element or encrypted storage, so that they cannot easily be read out or changed, even with physical access.
    .rationale = An attacker who extracts a device's keys can impersonate it, decrypt its traffic or take over the owner's account.
    .consumer = The secret keys inside your device are locked away, even from someone who opens it up.

SEC-08 = No built-in secrets shared between units
    .requirement = The product's software contains no hard-coded passwords or keys, and the keys used to check updates and to protect communication are unique to each unit.
    .rationale = A secret baked into the firmware is the same on every unit; once it is extracted from one device, all of them are exposed.
    .consumer = Breaking into one device doesn't give away the keys to everyone else's.

SEC-09 = Security settings need a log-in
    .requirement = Settings that affect security can be changed over a network only after the person or service making the change has authenticated.
    .rationale = If anyone on the network can switch off protections or add users, every other safeguard can be undone from afar.
    .consumer = Nobody can change your device's security settings over the network without logging in.

SEC-10 = Only the connections it needs are open
    .requirement = The product disables network and radio interfaces it does not use, reveals as little security-relevant information as possible before authentication, and requires authentication for every network service it offers by default.
    .rationale = Every open port, idle radio or talkative service is one more door an attacker can try.
    .consumer = Your device keeps open only the connections it really needs.

SEC-11 = Debug ports are switched off
    .requirement = Debug interfaces that can be reached physically, such as JTAG or a serial console, are disabled in software on units sold to users.
    .rationale = An open debug port gives anyone with brief physical access full control of the device and its secrets.
    .consumer = The hidden service ports inside your device are switched off, so they can't be used to take it over.

SEC-12 = Incoming data is checked
    .requirement = The product's software validates all data it receives through user interfaces, programming interfaces and networks, and rejects malformed data before processing it.
    .rationale = Unchecked input is behind many remote attacks, from buffer overflows to command injection.
    .consumer = Your device checks the data it receives, so bad data can't trick it.

SEC-13 = Secure out of the box
    .requirement = The product's configuration as shipped is its secure configuration; the user does not have to change any setting to be protected.
    .rationale = Most people never change default settings, so protection that has to be switched on is rarely switched on.
    .consumer = Your device is safe as soon as you unpack it; you don't have to hunt for security settings.

SEC-14 = Software is checked at start-up
    .requirement = Each time it starts, the product verifies that its software is authentic and unaltered (secure boot), and it does not run software that fails this check.
    .rationale = Secure boot keeps malware from surviving a restart and stops tampered firmware from running.
    .consumer = Every time your device starts, it checks that its software hasn't been tampered with.

SEC-15 = Firmware is built with exploit protections
    .requirement = The firmware is built with at least the number of exploit mitigations this criterion sets (three by default), such as address space randomisation, non-executable memory and stack protection.
    .rationale = Mitigations turn many software bugs from a full takeover into a mere crash, buying time until a fix ships.
    .consumer = Your device's software has extra guards that make security bugs much harder to abuse.

SEC-16 = Withstands attacks and spares other devices
    .requirement = The product withstands denial-of-service attempts and recovers cleanly from them, and it limits the harm it could cause to other devices and networks, for example by restricting its own traffic.
    .rationale = A device that fails under load cannot protect its owner, and hijacked devices are routinely used to flood others.
    .consumer = Your device keeps working when it is flooded with traffic, and it can't easily be used to attack others.

SEC-17 = Security events are logged
    .requirement = The product records security-relevant events, such as log-ins, failed log-ins and configuration changes, so that attacks can be detected, and the user can opt out of this recording.
    .rationale = Without a record nobody can tell whether a device was attacked; the opt-out keeps the user in control of what is recorded.
    .consumer = Your device notes suspicious activity so problems can be spotted, and you can turn this off.

SEC-18 = Personal data is encrypted where it is stored
    .requirement = Personal data that the product stores, on the device and in the manufacturer's cloud, is encrypted at rest.
    .rationale = Encryption at rest keeps recordings and personal details unreadable when a device is stolen or a server is breached.
    .consumer = Your data is scrambled where it is kept, so a thief can't read it.

SEC-19 = Two-step log-in is available
    .requirement = Where the product needs an account, the account supports multi-factor authentication, offered as an option or required.
    .rationale = A second factor stops most account takeovers that start with a stolen or reused password.
    .consumer = You can protect your account with a second step, like a code sent to your phone.
