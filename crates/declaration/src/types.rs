//! The declaration's Rust types. The JSON Schema is generated from these
//! (`iotmark schema declaration`), so every doc comment here is also the
//! schema's description of the field.
//!
//! Claims are `Option`: a missing claim is *unknown*, never *false*.

use chrono::NaiveDate;
use iotmark_model::CriterionId;
pub use iotmark_model::EvidenceKind;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A manufacturer's machine-readable statement about one product model and
/// firmware version, assessed against the iotmark criteria catalog.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "iotmark declaration")]
pub struct Declaration {
    /// Version of the declaration format; this schema describes version 1.
    #[schemars(range(min = 1, max = 1))]
    pub schema_version: u32,
    pub manufacturer: Manufacturer,
    pub product: Product,
    /// Every sensor the product has (ETSI EN 303 645 5.8-3 asks that all be
    /// documented); an empty list declares that it has none, a missing one
    /// leaves it unknown.
    pub sensors: Option<Vec<Sensor>>,
    /// Every way the product acts on the physical world; an empty list
    /// declares that it has none.
    pub actuators: Option<Vec<Actuator>>,
    pub connectivity: Option<Connectivity>,
    pub functionality: Option<Functionality>,
    pub accounts: Option<Accounts>,
    pub authentication: Option<Authentication>,
    pub security: Option<Security>,
    pub updates: Option<Updates>,
    pub vulnerability_disclosure: Option<VulnerabilityDisclosure>,
    pub data: Option<DataPractices>,
    pub user_rights: Option<UserRights>,
    pub user_controls: Option<UserControls>,
    pub transparency: Option<Transparency>,
    pub interoperability: Option<Interoperability>,
    pub openness: Option<Openness>,
    pub repairability: Option<Repairability>,
    pub environment: Option<Environment>,
    pub provenance: Option<Provenance>,
    pub accessibility: Option<Accessibility>,
    pub accountability: Option<Accountability>,
    /// Criteria the manufacturer considers not applicable, each with the reason.
    #[serde(default)]
    pub not_applicable: Vec<NotApplicable>,
    /// Evidence files attached to this declaration, relative to the declaration file.
    #[serde(default)]
    pub evidence: Vec<EvidenceRef>,
}

/// Short text: a name, a model number, a title.
pub type Name = String;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manufacturer {
    /// Legal or trading name.
    #[schemars(length(min = 1, max = 200))]
    pub name: Name,
    /// Postal address where the manufacturer can be contacted.
    #[schemars(length(min = 1, max = 500))]
    pub address: Option<String>,
    /// ISO 3166-1 alpha-2 country code of the manufacturer's seat.
    #[schemars(regex(pattern = r"^[A-Z]{2}$"))]
    pub country: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub website: Option<String>,
    /// General contact address for users and authorities (email).
    #[schemars(email, length(max = 320))]
    pub contact_email: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// The product's name as sold.
    #[schemars(length(min = 1, max = 200))]
    pub name: Name,
    /// The model designation, as printed on the device.
    #[schemars(length(min = 1, max = 100))]
    pub model: Name,
    pub category: Category,
    /// The firmware version this declaration is about.
    #[schemars(length(min = 1, max = 100))]
    pub firmware_version: String,
    #[schemars(length(min = 1, max = 100))]
    pub hardware_version: Option<String>,
    /// When this model was first placed on the market.
    pub release_date: Option<NaiveDate>,
    /// Where the user can read the model and firmware version.
    #[serde(default)]
    pub identification: Vec<IdentificationPlace>,
    /// What the product is for, in one or two sentences.
    #[schemars(length(min = 1, max = 2000))]
    pub intended_purpose: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub product_url: Option<String>,
    /// Whether the product is designed for or marketed to children.
    pub for_children: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Camera,
    Doorbell,
    BabyMonitor,
    SmartSpeaker,
    Display,
    Tv,
    SmartLock,
    AlarmSystem,
    Wearable,
    HealthDevice,
    Toy,
    SmartPlug,
    Lighting,
    Thermostat,
    Appliance,
    Vacuum,
    Hub,
    Router,
    Sensor,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentificationPlace {
    DeviceLabel,
    Packaging,
    App,
    WebInterface,
    DeviceDisplay,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sensor {
    Camera,
    Microphone,
    Location,
    Motion,
    Presence,
    Biometric,
    Health,
    Environmental,
    Contact,
    Light,
    Nfc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Actuator {
    Lock,
    PowerSwitch,
    Motor,
    Speaker,
    Display,
    Light,
    Heating,
    Valve,
    Alarm,
    Vibration,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Connectivity {
    #[serde(default)]
    pub interfaces: Vec<Interface>,
    /// Whether the product talks to a cloud service run by or for the manufacturer.
    pub cloud_service: Option<bool>,
    /// Whether setting the product up needs the cloud service.
    pub cloud_required_for_setup: Option<bool>,
    /// Companion app platforms, empty when there is none.
    #[serde(default)]
    pub companion_app: Vec<AppPlatform>,
    /// Network services the device listens on in its default configuration.
    #[serde(default)]
    pub local_services: Vec<LocalService>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Interface {
    Wifi,
    Ethernet,
    BluetoothLe,
    Thread,
    Zigbee,
    ZWave,
    Cellular,
    Nfc,
    Lora,
    Usb,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AppPlatform {
    Ios,
    Android,
    Web,
    Desktop,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalService {
    #[schemars(length(min = 1, max = 100))]
    pub name: String,
    #[schemars(range(min = 1, max = 65535))]
    pub port: u32,
    pub authenticated: Option<bool>,
    /// Whether the service only announces the device for discovery (mDNS,
    /// SSDP) and exposes no function or data.
    pub discovery_only: Option<bool>,
}

/// What the product does and what keeps working without the internet or an account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Functionality {
    /// The core functions a buyer expects, in plain words.
    #[serde(default)]
    #[schemars(length(max = 20))]
    pub core_functions: Vec<ShortText>,
    pub without_internet: Option<Availability>,
    pub without_account: Option<Availability>,
    /// What stops working offline, in plain words.
    #[schemars(length(min = 1, max = 2000))]
    pub offline_limitations: Option<String>,
    /// Whether a paid subscription is needed for the core functions.
    pub subscription_required: Option<bool>,
}

/// A short piece of text (at most 200 characters).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct ShortText(#[schemars(length(min = 1, max = 200))] pub String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// Every core function works.
    Full,
    /// Some core functions work.
    Partial,
    /// The core functions do not work.
    None,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accounts {
    /// Whether using the product needs a user account with the manufacturer.
    pub required: Option<bool>,
    pub multi_factor: Option<MultiFactor>,
    /// Personal details asked for at sign-up.
    #[serde(default)]
    pub sign_up_data: Vec<SignUpData>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MultiFactor {
    NotOffered,
    Optional,
    Required,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignUpData {
    Email,
    Phone,
    Name,
    Address,
    DateOfBirth,
    ThirdPartyLogin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Authentication {
    /// How the product is protected before the user changes anything.
    pub default_password: Option<DefaultPassword>,
    /// For unique per-device passwords: how they are generated.
    pub password_generation: Option<PasswordGeneration>,
    /// Whether the user can change the password or other authentication value simply.
    pub user_can_change: Option<bool>,
    /// Whether repeated failed log-ins over the network are throttled or locked out.
    pub brute_force_protection: Option<bool>,
    /// Whether user authentication uses established, reviewed cryptography.
    pub best_practice_crypto: Option<bool>,
    /// Whether the product has any way to log in over a network.
    pub network_login: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DefaultPassword {
    /// Each unit ships with its own password.
    UniquePerDevice,
    /// The user must set a password before the product can be used.
    SetByUser,
    /// The product has no password-based interface at all.
    NoPassword,
    /// Units share a default password (forbidden by UK PSTI and ETSI EN 303 645).
    Universal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PasswordGeneration {
    /// Drawn from a cryptographically secure random source.
    Random,
    /// Derived from a serial number, MAC address or other guessable value.
    DerivedFromIdentifier,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    pub encryption_in_transit: Option<EncryptionInTransit>,
    /// Whether keys and other security parameters are stored securely (e.g. secure element).
    pub secure_storage: Option<bool>,
    /// Whether the software is free of hard-coded credentials and keys shared across units.
    pub no_hardcoded_secrets: Option<bool>,
    /// Whether keys for updates and communication are unique per device.
    pub per_device_keys: Option<bool>,
    /// Whether security settings can only be changed over the network after authentication.
    pub authenticated_configuration: Option<bool>,
    /// Whether unused network and radio interfaces are disabled.
    pub unused_interfaces_disabled: Option<bool>,
    /// Whether the device reveals as little as possible before authentication.
    pub minimal_unauthenticated_disclosure: Option<bool>,
    /// Whether physically reachable debug interfaces (JTAG, UART) are disabled in software.
    pub debug_interfaces_disabled: Option<bool>,
    /// Whether data arriving through every interface is validated.
    pub input_validation: Option<bool>,
    /// Whether the out-of-the-box configuration is the secure one.
    pub secure_by_default: Option<bool>,
    /// Whether the device verifies its software at boot (secure boot).
    pub secure_boot: Option<bool>,
    /// Exploit mitigations the firmware is built with.
    #[serde(default)]
    pub exploit_mitigations: Vec<Mitigation>,
    pub resilience: Option<Resilience>,
    pub security_logging: Option<SecurityLogging>,
    /// Whether personal data stored on the device and in the cloud is encrypted.
    pub encryption_at_rest: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EncryptionInTransit {
    /// Whether every connection the product makes or accepts is encrypted.
    pub all_connections: Option<bool>,
    /// The oldest TLS version the product accepts.
    pub minimum_tls: Option<TlsVersion>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum TlsVersion {
    #[serde(rename = "1.0")]
    V1_0,
    #[serde(rename = "1.1")]
    V1_1,
    #[serde(rename = "1.2")]
    V1_2,
    #[serde(rename = "1.3")]
    V1_3,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mitigation {
    Aslr,
    NonExecutableMemory,
    StackProtector,
    Relro,
    Fortify,
    ControlFlowIntegrity,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resilience {
    /// Whether core functions keep working locally during a network or cloud outage.
    pub local_operation_during_outage: Option<bool>,
    /// Whether the product withstands denial-of-service attempts and recovers cleanly.
    pub denial_of_service_protection: Option<bool>,
    /// Whether the product limits the harm it could do to other devices and networks.
    pub limits_harm_to_networks: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityLogging {
    pub enabled: Option<bool>,
    pub user_can_opt_out: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Updates {
    /// How updates reach the device.
    pub mechanism: Option<UpdateMechanism>,
    /// Whether automatic security updates are on out of the box.
    pub automatic_by_default: Option<bool>,
    pub user_can_postpone: Option<bool>,
    pub user_can_disable: Option<bool>,
    /// Whether the device checks the authenticity and integrity of each update before installing it.
    pub signed: Option<bool>,
    /// Whether update delivery and verification use established cryptography.
    pub best_practice_crypto: Option<bool>,
    /// Whether installing an update takes the user no more than a simple action.
    pub simple_for_user: Option<bool>,
    /// Whether the user is told about updates and what each fixes.
    pub notifies_user: Option<bool>,
    pub free_of_charge: Option<bool>,
    /// Whether security fixes ship separately from feature changes where feasible.
    pub security_separate_from_features: Option<bool>,
    /// The most days the manufacturer takes to ship a fix for a critical vulnerability.
    #[schemars(range(min = 0, max = 3650))]
    pub critical_fix_days: Option<u32>,
    #[schemars(url, length(max = 2000))]
    pub release_notes_url: Option<String>,
    pub support: Option<SupportPeriod>,
    pub end_of_life: Option<EndOfLife>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UpdateMechanism {
    /// Installed automatically over the network.
    Automatic,
    /// Offered over the network; the user starts the installation.
    Manual,
    /// Only by the user with a cable or a file.
    Offline,
    /// The software cannot be updated.
    None,
}

/// The security support period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupportPeriod {
    /// The last day security updates are guaranteed. Absent means "no commitment".
    pub end_date: Option<NaiveDate>,
    /// Where the end date is published.
    #[schemars(url, length(max = 2000))]
    pub published_at: Option<String>,
    /// Whether the end date is shown to buyers before purchase (pack, shop page).
    pub shown_before_purchase: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EndOfLife {
    /// The published plan for the end of support, a shutdown, insolvency or acquisition.
    #[schemars(url, length(max = 2000))]
    pub plan_url: Option<String>,
    /// Whether declared core functions are never removed during the support period.
    pub core_functions_preserved: Option<bool>,
    /// Whether the device keeps its local functions after the cloud service ends.
    pub local_function_after_cloud_end: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VulnerabilityDisclosure {
    /// The public vulnerability disclosure policy.
    #[schemars(url, length(max = 2000))]
    pub policy_url: Option<String>,
    /// Where to report a vulnerability: a `mailto:` or `https:` URI, as in security.txt.
    #[schemars(url, length(max = 2000))]
    pub contact: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub security_txt_url: Option<String>,
    /// Days within which a report is acknowledged.
    #[schemars(range(min = 0, max = 365))]
    pub acknowledgement_days: Option<u32>,
    /// Days between status updates to the reporter.
    #[schemars(range(min = 0, max = 365))]
    pub status_update_days: Option<u32>,
    /// Whether good-faith researchers are promised no legal action.
    pub safe_harbour: Option<bool>,
    /// Where advisories for fixed vulnerabilities are published.
    #[schemars(url, length(max = 2000))]
    pub advisories_url: Option<String>,
    /// Whether actively exploited vulnerabilities are reported to the authorities (EU CRA Art. 14).
    pub exploited_vulnerability_reporting: Option<bool>,
    pub sbom: Option<Sbom>,
    pub known_vulnerabilities: Option<KnownVulnerabilities>,
    pub security_testing: Option<SecurityTesting>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sbom {
    /// Whether a machine-readable SBOM is kept up to date for each firmware version.
    pub maintained: Option<bool>,
    pub format: Option<SbomFormat>,
    /// Where users and authorities can get the SBOM (a URL, or "on request").
    #[schemars(length(min = 1, max = 2000))]
    pub available_at: Option<String>,
    /// Whether a hardware bill of materials is kept too.
    pub hbom: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SbomFormat {
    Cyclonedx,
    Spdx,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnownVulnerabilities {
    /// Whether the shipped components were checked against vulnerability databases.
    pub checked: Option<bool>,
    /// Whether the firmware shipped with no known exploitable vulnerability.
    pub none_exploitable_at_release: Option<bool>,
    pub last_checked: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityTesting {
    /// Whether security testing is done for every release.
    pub regular: Option<bool>,
    pub penetration_test: Option<PenetrationTest>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PenetrationTest {
    pub date: Option<NaiveDate>,
    /// Who tested.
    #[schemars(length(min = 1, max = 200))]
    pub by: Option<String>,
    /// Whether the tester is independent of the manufacturer.
    pub independent: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataPractices {
    #[schemars(url, length(max = 2000))]
    pub privacy_policy_url: Option<String>,
    /// Whether a plain-language summary of data practices is published.
    pub plain_language_summary: Option<bool>,
    /// Each kind of data collected and why; an empty list declares that no
    /// personal data is collected, a missing one leaves it unknown.
    pub collected: Option<Vec<CollectedData>>,
    /// Each recipient the data goes to.
    #[serde(default)]
    pub sharing: Vec<Sharing>,
    pub telemetry: Option<Telemetry>,
    pub consent: Option<Consent>,
    /// Whether personal data is sold to anyone.
    pub sold: Option<bool>,
    pub advertising: Option<Advertising>,
    /// Whether collection is limited to what the functions need.
    pub minimised: Option<bool>,
    /// Whether recordings and sensor data are processed on the device unless the user opts in to the cloud.
    pub local_processing_by_default: Option<bool>,
    pub children: Option<ChildrensData>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CollectedData {
    pub category: DataCategory,
    #[schemars(length(min = 1, max = 500))]
    pub purpose: String,
    pub stored: Option<Storage>,
    /// How long the data is kept, in days.
    #[schemars(range(min = 0, max = 36500))]
    pub retention_days: Option<u32>,
    /// Whether the product's functions need this data.
    pub necessary: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataCategory {
    Video,
    Images,
    Audio,
    VoiceCommands,
    Location,
    Health,
    Biometric,
    Activity,
    Presence,
    Environmental,
    UsageAnalytics,
    DeviceDiagnostics,
    AccountDetails,
    ContactDetails,
    Payment,
    NetworkInformation,
    Energy,
    ChildProfile,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Storage {
    Device,
    Cloud,
    DeviceAndCloud,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sharing {
    #[schemars(length(min = 1, max = 200))]
    pub recipient: String,
    pub recipient_type: RecipientType,
    #[schemars(length(min = 1, max = 500))]
    pub purpose: String,
    #[serde(default)]
    pub categories: Vec<DataCategory>,
    /// Whether the data is sold to this recipient.
    #[serde(default)]
    pub sold: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecipientType {
    ServiceProvider,
    Affiliate,
    Advertiser,
    DataBroker,
    Insurer,
    Researcher,
    Authority,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Telemetry {
    pub collected: Option<bool>,
    /// Whether the telemetry collected and its purpose are described to the user.
    pub disclosed: Option<bool>,
    pub user_can_opt_out: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Whether consent is asked for before personal data is processed where consent is the basis.
    pub obtained_before_processing: Option<bool>,
    /// Whether the user can withdraw consent at any time, as easily as giving it.
    pub withdrawable: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Advertising {
    /// No advertising or profiling based on the user's data.
    None,
    /// Only after the user explicitly opts in.
    OptIn,
    /// On unless the user opts out.
    OptOut,
    /// Always, with no choice.
    Always,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChildrensData {
    /// Whether a parent or guardian must consent before a child's data is processed.
    pub parental_consent: Option<bool>,
    /// Whether children are never profiled or shown targeted advertising.
    pub no_profiling: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UserRights {
    /// Whether a factory reset erases all user data from the device.
    pub device_reset_erases_data: Option<bool>,
    /// Whether the reset device returns to its secure default configuration.
    pub reset_restores_secure_defaults: Option<bool>,
    /// Whether the user can delete their data held in the cloud.
    pub cloud_data_deletion: Option<bool>,
    /// Whether the user can close their account, with its data deleted.
    pub account_deletion: Option<bool>,
    pub data_export: Option<DataExport>,
    /// Whether users can correct their data.
    pub correction: Option<bool>,
    /// Whether users can restrict how their data is used.
    pub restriction: Option<bool>,
    /// Whether automated decisions with significant effects get human review on request.
    pub automated_decision_review: Option<bool>,
    pub ownership_transfer: Option<OwnershipTransfer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataExport {
    pub available: Option<bool>,
    /// The export format, e.g. "JSON", "CSV", "MP4".
    #[schemars(length(min = 1, max = 100))]
    pub format: Option<String>,
    pub free_of_charge: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnershipTransfer {
    /// Whether the product can be passed on to a new owner.
    pub supported: Option<bool>,
    /// Whether the previous owner loses all access and their data is removed.
    pub previous_owner_removed: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UserControls {
    /// Whether the user can cut the device's connection to the cloud and keep using it.
    pub cloud_disconnect: Option<bool>,
    /// Whether optional features and data uses can be switched off one by one.
    pub feature_toggles: Option<bool>,
    /// Whether a visible indicator shows when the camera or microphone is active.
    pub recording_indicator: Option<bool>,
    /// Whether a physical shutter or switch disables the camera or microphone.
    pub physical_privacy_switch: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transparency {
    #[schemars(url, length(max = 2000))]
    pub terms_url: Option<String>,
    /// Whether the terms state how long they apply.
    pub terms_duration_stated: Option<bool>,
    /// Days of notice before material changes to the terms; users must agree to them.
    #[schemars(range(min = 0, max = 365))]
    pub terms_change_notice_days: Option<u32>,
    /// Guidance for setting the product up securely.
    #[schemars(url, length(max = 2000))]
    pub secure_setup_guide_url: Option<String>,
    /// Guidance for decommissioning the product and removing data.
    #[schemars(url, length(max = 2000))]
    pub decommissioning_guide_url: Option<String>,
    /// Whether foreseeable misuse and the risks it brings are described.
    pub foreseeable_risks_described: Option<bool>,
    /// How the product is paid for: purchase, subscription, data.
    #[schemars(length(min = 1, max = 2000))]
    pub business_model: Option<String>,
    /// The manufacturer's report on government and third-party data requests.
    #[schemars(url, length(max = 2000))]
    pub transparency_report_url: Option<String>,
    /// Whether the legal consequences of changing how the product is used are explained.
    pub legal_consequences_explained: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interoperability {
    /// Open standards the product supports.
    #[serde(default)]
    pub standards: Vec<Standard>,
    /// Certifications of standard conformance, e.g. a Matter certificate.
    #[serde(default)]
    pub certifications: Vec<StandardCertification>,
    pub local_api: Option<Api>,
    pub cloud_api: Option<CloudApi>,
    /// Whether devices of other makers can connect to the manufacturer's service.
    pub third_party_devices: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Standard {
    Matter,
    Thread,
    Zigbee,
    ZWave,
    BluetoothMesh,
    Mqtt,
    Onvif,
    Rtsp,
    Homekit,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StandardCertification {
    pub standard: Standard,
    #[schemars(length(min = 1, max = 200))]
    pub certificate_id: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Api {
    pub available: Option<bool>,
    #[schemars(url, length(max = 2000))]
    pub documentation_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CloudApi {
    pub available: Option<bool>,
    #[schemars(url, length(max = 2000))]
    pub documentation_url: Option<String>,
    /// Whether third-party clients get the same functions as the manufacturer's own app.
    pub third_party_same_scope: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Openness {
    #[schemars(url, length(max = 2000))]
    pub firmware_source_url: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub app_source_url: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub backend_source_url: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub hardware_design_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Repairability {
    #[schemars(url, length(max = 2000))]
    pub repair_manual_url: Option<String>,
    /// Years after the end of sales that spare parts stay available (0 = none).
    #[schemars(range(min = 0, max = 50))]
    pub spare_parts_years: Option<u32>,
    #[schemars(url, length(max = 2000))]
    pub spare_parts_url: Option<String>,
    pub battery: Option<Battery>,
    /// Whether the product opens with common tools.
    pub common_tools_only: Option<bool>,
    /// Whether genuine or third-party parts work without pairing to the manufacturer.
    pub no_parts_pairing: Option<bool>,
    /// Whether owners may install other firmware after support ends.
    pub reflashable_after_support: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Battery {
    pub present: bool,
    /// Whether the user can replace the battery.
    pub user_replaceable: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Environment {
    #[schemars(url, length(max = 2000))]
    pub take_back_url: Option<String>,
    /// Power drawn in networked standby, in watts.
    #[schemars(range(min = 0.0, max = 1000.0))]
    pub standby_power_watts: Option<f64>,
    /// Share of recycled material in the product, in percent.
    #[schemars(range(min = 0.0, max = 100.0))]
    pub recycled_content_percent: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// ISO 3166-1 alpha-2 codes of the countries where the product is made.
    #[serde(default)]
    pub manufacturing_countries: Vec<CountryCode>,
    #[serde(default)]
    pub key_suppliers: Vec<Supplier>,
    /// The secure development process followed, e.g. "IEC 62443-4-1".
    #[schemars(length(min = 1, max = 200))]
    pub secure_development_process: Option<String>,
    /// Whether suppliers must meet written security requirements.
    pub supplier_security_requirements: Option<bool>,
    /// When the cybersecurity risk assessment was last done.
    pub risk_assessment_date: Option<NaiveDate>,
    /// Whether firmware builds carry signed provenance (e.g. SLSA).
    pub signed_build_provenance: Option<bool>,
}

/// An ISO 3166-1 alpha-2 country code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct CountryCode(#[schemars(regex(pattern = r"^[A-Z]{2}$"))] pub String);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supplier {
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    /// What the supplier provides.
    #[schemars(length(min = 1, max = 200))]
    pub supplies: String,
    pub country: Option<CountryCode>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// Whether setup, reset, updates and deletion can be done without sight.
    pub operable_without_sight: Option<bool>,
    /// Whether every control has an alternative that needs no fine motor skill.
    pub operable_without_fine_motor: Option<bool>,
    /// Whether status is shown in more than one way (light and sound, or haptics).
    pub multimodal_feedback: Option<bool>,
    /// Whether manuals come in accessible formats and plain language.
    pub accessible_documentation: Option<bool>,
    /// The WCAG 2.2 level the companion app meets.
    pub app_wcag_level: Option<WcagLevel>,
    /// Support channels offered.
    #[serde(default)]
    pub support_channels: Vec<SupportChannel>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum WcagLevel {
    None,
    A,
    AA,
    AAA,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SupportChannel {
    Phone,
    Email,
    Chat,
    TextRelay,
    VideoSignLanguage,
    InPerson,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accountability {
    #[schemars(url, length(max = 2000))]
    pub complaints_url: Option<String>,
    /// Days within which a complaint gets an answer.
    #[schemars(range(min = 0, max = 365))]
    pub complaints_response_days: Option<u32>,
    #[schemars(range(min = 0, max = 600))]
    pub warranty_months: Option<u32>,
    /// The EU declaration of conformity.
    #[schemars(url, length(max = 2000))]
    pub declaration_of_conformity_url: Option<String>,
    /// The UK PSTI statement of compliance.
    #[schemars(url, length(max = 2000))]
    pub statement_of_compliance_url: Option<String>,
    #[schemars(url, length(max = 2000))]
    pub customer_support_url: Option<String>,
    /// Whether each claim in this declaration links to public evidence.
    pub public_evidence_for_claims: Option<bool>,
}

/// A criterion the manufacturer considers not applicable, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotApplicable {
    #[schemars(with = "String", regex(pattern = r"^[A-Z]{3}-[0-9]{2}$"))]
    pub criterion: CriterionId,
    #[schemars(length(min = 1, max = 1000))]
    pub reason: String,
}

/// An evidence file attached to the declaration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRef {
    /// Path relative to the declaration file.
    #[schemars(length(min = 1, max = 1000))]
    pub path: String,
    pub kind: EvidenceKind,
    #[schemars(length(min = 1, max = 500))]
    pub description: Option<String>,
}
