# Accountability

ACT-01 = Every exemption comes with a reason
    .requirement = Every criterion the manufacturer declares not applicable is one that permits this, and each such declaration gives a written reason.
    .rationale = Exemptions are where weak products hide; a recorded reason makes each one open to challenge.
    .consumer = If the company says a rule does not apply, it has to explain why.

ACT-02 = Official compliance statement published
    .requirement = The manufacturer publishes the EU declaration of conformity or the UK statement of compliance for the product.
    .rationale = These legal documents name who takes responsibility for the product meeting the law, and regulators rely on them.
    .consumer = The company publishes the official document saying the device meets the law.

ACT-03 = Complaints get an answer in time
    .requirement = The manufacturer publishes how to make a complaint and commits to answering complaints within a stated number of days.
    .rationale = A clear route for complaints, with a promised response time, brings problems to light and gets them fixed.
    .consumer = You know where to complain and how soon you will hear back.

ACT-04 = At least two years of warranty
    .requirement = The product comes with a warranty of at least 24 months.
    .rationale = A long warranty shows that the manufacturer stands behind the product's durability.
    .consumer = You are covered for at least two years if the device breaks.

ACT-05 = Customer support is available
    .requirement = The manufacturer publishes where customers can get support for the product.
    .rationale = Problems with set-up, updates and data are easier to solve, and less likely to turn into security problems, when help is at hand.
    .consumer = You know where to get help with the device.

ACT-06 = Claims are backed by public evidence
    .requirement = Each claim in the declaration links to public evidence, and at least one evidence file is attached to the declaration.
    .rationale = Claims are cheap; evidence that anyone can check is what makes a label worth trusting.
    .consumer = You can check the proof behind what the company says.
