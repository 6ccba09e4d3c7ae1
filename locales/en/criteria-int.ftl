# Interoperability & openness

INT-01 = Supports an open standard
    .requirement = The product supports at least one open, published interoperability standard, such as Matter, Thread, Zigbee, Z-Wave, MQTT or ONVIF.
    .rationale = Open standards let products from different makers work together, and keep a device useful with new hubs and apps if its maker leaves the market.
    .consumer = The device speaks a common language, so it works with other brands.

INT-02 = Documented local interface for other software
    .requirement = The device offers a local interface that other software can use directly, without the manufacturer's online service, and its documentation is public.
    .rationale = A documented local interface lets owners and other developers control the device themselves, even if the maker's service disappears.
    .consumer = Other apps can control the device directly, without going through the company.

INT-03 = Open online interface on equal terms
    .requirement = The manufacturer's online service offers a documented interface for other companies' apps, with the same functions the manufacturer's own app gets.
    .rationale = When other apps get the same access as the maker's own, people can choose the software they prefer.
    .consumer = Apps from other companies can use the service just as well as the official app.

INT-04 = Other brands' devices can join the service
    .requirement = The manufacturer's online service accepts devices made by other manufacturers.
    .rationale = An open service lets people mix brands and avoids locking them into one maker's hardware.
    .consumer = You can connect devices from other brands to the same service.

INT-05 = Source code or designs are published
    .requirement = The manufacturer publishes at least one of: the firmware source code, the app source code, the back-end source code, or the hardware design files.
    .rationale = Published code and designs let anyone check what the product really does, and let others maintain it after the maker stops.
    .consumer = Some of the device's code or designs are public, so experts can check them and keep them going.

INT-06 = Support for a standard is certified
    .requirement = The product's support for the open standards it claims is backed by at least one certificate of conformance, such as a Matter certificate.
    .rationale = A certificate from the body behind a standard shows the product really works with others, not only that its maker says so.
    .consumer = An independent test confirms the device works with the standard it claims.
