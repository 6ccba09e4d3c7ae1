# Provenance & supply chain

SUP-01 = You can reach the manufacturer
    .requirement = The manufacturer publishes a postal address and an email address where users and authorities can contact it.
    .rationale = Accountability starts with knowing who made a product and how to reach them.
    .consumer = You know who made the device and how to contact them.

SUP-02 = Software is built with a secure development process
    .requirement = The manufacturer develops the product's software following a named secure development process, such as IEC 62443-4-1 or the NIST Secure Software Development Framework.
    .rationale = Security designed and tested in from the start is cheaper and more dependable than fixes after release.
    .consumer = The company builds its software using proven safety practices.

SUP-03 = Suppliers must meet security requirements
    .requirement = The manufacturer requires its suppliers of components and services to meet written security requirements.
    .rationale = Much of a product's code and hardware comes from others; weaknesses in the supply chain become weaknesses in the product.
    .consumer = The company makes its suppliers follow security rules too.

SUP-04 = A recent cybersecurity risk assessment
    .requirement = The manufacturer carried out a cybersecurity risk assessment of the product within the 24 months before the assessment date.
    .rationale = Threats change over time; a recent risk assessment shows the product's protections still match the risks it faces.
    .consumer = The company has recently checked what could go wrong with the device's security.

SUP-05 = Where it is made and who supplies it are disclosed
    .requirement = The manufacturer discloses the countries where the product is manufactured and names its key suppliers.
    .rationale = Knowing where a product and its main parts come from helps buyers and regulators judge the risks in its supply chain.
    .consumer = You can see where the device is made and who supplies its main parts.

SUP-06 = Firmware builds carry signed records of origin
    .requirement = Each firmware build carries signed provenance that records how it was built and from which sources, for example following SLSA.
    .rationale = Signed build records let anyone check that the firmware on a device is the one the manufacturer actually built.
    .consumer = Each software version carries a digital seal that shows where it came from.
