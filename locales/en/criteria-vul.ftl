# Criteria of the area VUL: vulnerability management.

VUL-01 = A published way to report security problems
    .requirement = The manufacturer publishes a vulnerability disclosure policy with a contact for reports, and states within how many days a report is acknowledged and how often the reporter receives status updates.
    .rationale = People who find flaws need a known place to report them; otherwise the flaws stay unfixed or end up with attackers.
    .consumer = Anyone who finds a security problem knows how to tell the maker, and gets an answer.

VUL-02 = A valid security.txt file
    .requirement = The manufacturer publishes a current, well-formed security.txt file as described in RFC 9116, and its contact matches the declared reporting contact.
    .rationale = A standard, machine-readable file lets researchers and tools find the right contact in seconds.
    .consumer = Security experts can quickly find where to report problems with your device.

VUL-03 = No known exploitable flaws at release
    .requirement = Before release the manufacturer checks the shipped software components against public vulnerability databases, and the firmware ships with no known exploitable vulnerability.
    .rationale = Shipping with flaws that are already public hands attackers a ready-made way in.
    .consumer = Your device didn't go on sale with security holes that were already known.

VUL-04 = A software bill of materials is kept
    .requirement = The manufacturer keeps a machine-readable software bill of materials (SBOM) up to date for each firmware version and states where users and authorities can obtain it.
    .rationale = Knowing which components a product contains is the only quick way to tell whether a newly found flaw affects it.
    .consumer = The maker keeps a list of all the software parts in your device, so it can quickly check for new problems.

VUL-05 = Security advisories are published
    .requirement = The manufacturer publishes advisories for fixed vulnerabilities at a public address, naming the affected versions, the impact and what users should do.
    .rationale = Advisories tell owners and administrators which devices are at risk and how to protect them.
    .consumer = When a security problem is fixed, the maker says publicly what it was and what you should do.

VUL-06 = Exploited flaws are reported to authorities
    .requirement = The manufacturer has a process for reporting actively exploited vulnerabilities and severe security incidents to the competent authorities within the deadlines the law sets.
    .rationale = Early reports let authorities warn others and coordinate a response before the harm spreads.
    .consumer = If criminals are already abusing a flaw in your device, the maker warns the authorities fast.

VUL-07 = Security testing for every release
    .requirement = The manufacturer tests the product's security regularly, and at least for every software release.
    .rationale = Regular testing finds flaws before attackers do and catches new code that undoes earlier fixes.
    .consumer = Your device's security is tested every time its software changes.

VUL-08 = Safe harbour for security researchers
    .requirement = The disclosure policy promises that people who research and report vulnerabilities in good faith will face no legal action from the manufacturer.
    .rationale = Fear of lawsuits keeps researchers silent, and flaws then stay unreported and unfixed.
    .consumer = People who find and report security problems won't be sued for helping.

VUL-09 = A recent independent penetration test
    .requirement = An independent tester has carried out a penetration test of the product within the period this criterion sets before the assessment, 24 months by default.
    .rationale = An outside team that attacks the product the way a real adversary would finds problems that internal reviews miss.
    .consumer = Outside security experts have recently tried to break into your device.

VUL-10 = A hardware bill of materials is kept
    .requirement = The manufacturer also keeps a hardware bill of materials that lists the product's main electronic components.
    .rationale = A hardware inventory shows quickly which products are affected by a flawed chip or a failing supplier.
    .consumer = The maker keeps track of the parts inside your device, so hardware problems can be traced.

VUL-11 = Serious flaws with a fix do not linger
    .requirement = No critical or high severity vulnerability in the shipped components has had a fixed version available for longer than the criterion allows (90 days by default) at the assessment date, unless a VEX statement shows the product is not affected.
    .rationale = Once a fix is public, attackers study it; a component left unpatched long after the fix exists is the most common way devices are taken over.
    .consumer = When a serious security hole is fixed upstream, your device gets that fix quickly.
