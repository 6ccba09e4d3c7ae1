# Accessibility

ACC-01 = Usable without sight
    .requirement = Setting up, resetting and updating the product, and deleting its data, can all be done by a person who cannot see.
    .rationale = Blind and partially sighted people rely on connected products as much as anyone, and must be able to keep them safe without help.
    .consumer = People who are blind can set up, update and reset the device on their own.

ACC-02 = Usable without fine hand control
    .requirement = Every control of the product has an alternative that does not need fine motor skill, so that no function depends only on tiny buttons, precise gestures or a firm grip.
    .rationale = Small buttons and press-and-hold sequences shut out people with limited dexterity, often from safety functions such as a reset.
    .consumer = You don't need steady hands to use every control.

ACC-03 = Status shown in more than one way
    .requirement = The product shows its status in more than one way, for example with both light and sound, or light and vibration.
    .rationale = A signal aimed at one sense is missed by people who lack it, including warnings about security and recording.
    .consumer = The device tells you what it is doing with lights and sounds, so you don't miss it.

ACC-04 = Manuals that everyone can use
    .requirement = Manuals and instructions are provided in accessible formats and in plain language.
    .rationale = Safety and security advice only works if people can read and understand it, whatever their abilities.
    .consumer = The instructions are easy to understand and come in formats that work for people who can't read small print.

ACC-05 = The companion app is accessible
    .requirement = The companion app meets level AA or AAA of the Web Content Accessibility Guidelines 2.2.
    .rationale = The app is often the only way to change settings, install updates or delete data; if it is not accessible, neither are those controls.
    .consumer = The app works with screen readers and other tools for people with disabilities.

ACC-06 = More than one way to get help
    .requirement = The manufacturer offers at least 2 support channels, such as phone, email, chat, text relay or video in sign language.
    .rationale = No single contact channel suits everyone; a choice lets deaf, blind and less digitally confident customers get help.
    .consumer = You can get help in more than one way, for example by phone or by email.
