use serde::{Deserialize, Serialize};

/// A fact an analyser read from an evidence file. Findings never carry a
/// verdict or a score: only the engine decides what a fact means for a
/// criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The evidence file as it was named on the command line or in the
    /// declaration.
    pub evidence: String,
    /// The line in the evidence file the fact comes from, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The fact itself.
    #[serde(flatten)]
    pub kind: FindingKind,
    /// One sentence in plain English describing the fact.
    pub message: String,
}

impl Finding {
    /// The finding kind's stable name, e.g. `securitytxt.valid`.
    pub fn name(&self) -> &'static str {
        self.kind.name()
    }
}

/// The typed facts analysers can report. Catalog criteria name these (by
/// [`FindingKind::name`]) to say which findings confirm or contradict them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FindingKind {
    /// A security.txt (RFC 9116) that is well formed and has not expired at
    /// the assessment date.
    #[serde(rename = "securitytxt.valid")]
    SecuritytxtValid {
        contacts: Vec<String>,
        policies: Vec<String>,
        canonical: Vec<String>,
        /// RFC 3339 timestamp of the `Expires` field.
        expires: String,
        signed: bool,
    },
    /// A well-formed security.txt whose `Expires` instant is before the
    /// start (00:00 UTC) of the assessment date.
    #[serde(rename = "securitytxt.expired")]
    SecuritytxtExpired {
        contacts: Vec<String>,
        expires: String,
    },
    /// A security.txt that does not conform to RFC 9116.
    #[serde(rename = "securitytxt.invalid")]
    SecuritytxtInvalid { problem: String },
    /// What an SBOM holds, and how much of it could be checked.
    #[serde(rename = "sbom.summary")]
    SbomSummary {
        /// e.g. `CycloneDX 1.5 JSON`, `SPDX 2.3 tag-value`.
        format: String,
        components: usize,
        /// Components with a version.
        with_version: usize,
        /// Components with a version and a purl or CPE.
        identified: usize,
        /// Components that could not be matched against vulnerability data
        /// (no usable identifier, or an ecosystem without data).
        unmatched: usize,
        /// Whether vulnerability data was at hand to match against.
        vulnerability_data: bool,
    },
    /// A known vulnerability in a component of the SBOM.
    #[serde(rename = "vuln.known")]
    VulnKnown {
        /// The record id (OSV), with its aliases merged.
        id: String,
        aliases: Vec<String>,
        /// The component's purl, or its name.
        component: String,
        installed: String,
        /// Versions that fix it (empty when no fix is known).
        fixed: Vec<String>,
        /// `critical`, `high`, `medium`, `low` or `unknown`.
        severity: String,
        /// The CVSS base score, e.g. `9.8`, when a vector was given.
        #[serde(skip_serializing_if = "Option::is_none")]
        score: Option<String>,
        /// Listed in the CISA Known Exploited Vulnerabilities catalog.
        kev: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        kev_due: Option<String>,
        /// When the advisory (and, for the criteria, its fix) was published.
        #[serde(skip_serializing_if = "Option::is_none")]
        published: Option<String>,
        /// A VEX `not_affected` statement that suppresses it: the finding is
        /// reported but does not count.
        #[serde(skip_serializing_if = "Option::is_none")]
        suppressed_by: Option<String>,
    },
    /// What a capture of the device's traffic shows, in sum.
    #[serde(rename = "net.summary")]
    NetSummary {
        /// The device's address.
        device: String,
        /// Whether the device's address was inferred rather than given.
        device_inferred: bool,
        packets: u64,
        flows: usize,
        /// Names the device looked up.
        dns_names: Vec<String>,
        /// Flows to the internet (not the local network).
        internet_flows: usize,
        /// Of those, flows carrying application data in clear text.
        cleartext_internet_flows: usize,
        /// Where reading stopped early (a truncated or damaged capture).
        #[serde(skip_serializing_if = "Option::is_none")]
        stopped: Option<String>,
    },
    /// Every flow to the internet in a capture is encrypted, with TLS 1.2
    /// or later where the version could be read.
    #[serde(rename = "net.encrypted")]
    NetEncrypted {
        /// The endpoints, e.g. `api.example.com:443 (TLS 1.3)`.
        endpoints: Vec<String>,
        /// The oldest TLS version seen (`1.2`, `1.3`), when one was read.
        #[serde(skip_serializing_if = "Option::is_none")]
        lowest_tls: Option<String>,
    },
    /// A flow to the internet carrying application data in clear text
    /// (HTTP, MQTT without TLS, telnet, FTP, CoAP).
    #[serde(rename = "net.cleartext")]
    NetCleartext {
        /// The remote address.
        dst: String,
        /// The name it was resolved from, or the HTTP host.
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        port: u16,
        protocol: String,
        /// A short sample of the data, credentials redacted.
        #[serde(skip_serializing_if = "Option::is_none")]
        sample: Option<String>,
    },
    /// A TLS connection below version 1.2.
    #[serde(rename = "net.weak_tls")]
    NetWeakTls {
        dst: String,
        /// The SNI, else the resolved name.
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        port: u16,
        /// e.g. `1.0`.
        version: String,
        /// The server chose it (else the device offered nothing newer).
        negotiated: bool,
    },
    /// The device accepted a connection from elsewhere: a service
    /// listening on it.
    #[serde(rename = "net.inbound_service")]
    NetInboundService {
        port: u16,
        transport: String,
        protocol: String,
        /// Who connected.
        from: String,
    },
    /// Contact with a known advertising or analytics domain.
    #[serde(rename = "net.tracker")]
    NetTracker {
        /// The name contacted.
        name: String,
        /// The list entry it matched, and the list.
        listed: String,
        list: String,
    },
    /// A well-formed MUD file (RFC 8520): what the device is meant to talk
    /// to.
    #[serde(rename = "mud.profile")]
    MudProfile {
        #[serde(skip_serializing_if = "Option::is_none")]
        mud_url: Option<String>,
        /// Each allowed communication, described.
        allowed: Vec<String>,
    },
    /// A MUD file that does not conform to RFC 8520.
    #[serde(rename = "mud.invalid")]
    MudInvalid { problems: Vec<String> },
    /// The capture shows traffic the MUD file does not allow.
    #[serde(rename = "mud.violation")]
    MudViolation {
        /// The endpoint, e.g. `metrics.adtrack.example (198.51.100.7)`.
        endpoint: String,
        port: u16,
        transport: String,
        direction: String,
        /// The MUD file.
        mud: String,
    },
    /// A communication the MUD file allows that the capture never shows.
    #[serde(rename = "mud.unused")]
    MudUnused { rule: String, mud: String },
    /// The capture obeys the MUD file: every flow is one it allows.
    #[serde(rename = "mud.obeyed")]
    MudObeyed {
        /// The endpoints seen, each allowed.
        endpoints: Vec<String>,
        mud: String,
    },
}

impl FindingKind {
    /// Every finding kind name, for catalog validation.
    pub const NAMES: &'static [&'static str] = &[
        "securitytxt.valid",
        "securitytxt.expired",
        "securitytxt.invalid",
        "sbom.summary",
        "vuln.known",
        "net.summary",
        "net.encrypted",
        "net.cleartext",
        "net.weak_tls",
        "net.inbound_service",
        "net.tracker",
        "mud.profile",
        "mud.invalid",
        "mud.violation",
        "mud.unused",
        "mud.obeyed",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            FindingKind::SecuritytxtValid { .. } => "securitytxt.valid",
            FindingKind::SecuritytxtExpired { .. } => "securitytxt.expired",
            FindingKind::SecuritytxtInvalid { .. } => "securitytxt.invalid",
            FindingKind::SbomSummary { .. } => "sbom.summary",
            FindingKind::VulnKnown { .. } => "vuln.known",
            FindingKind::NetSummary { .. } => "net.summary",
            FindingKind::NetEncrypted { .. } => "net.encrypted",
            FindingKind::NetCleartext { .. } => "net.cleartext",
            FindingKind::NetWeakTls { .. } => "net.weak_tls",
            FindingKind::NetInboundService { .. } => "net.inbound_service",
            FindingKind::NetTracker { .. } => "net.tracker",
            FindingKind::MudProfile { .. } => "mud.profile",
            FindingKind::MudInvalid { .. } => "mud.invalid",
            FindingKind::MudViolation { .. } => "mud.violation",
            FindingKind::MudUnused { .. } => "mud.unused",
            FindingKind::MudObeyed { .. } => "mud.obeyed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde() {
        let kinds = [
            FindingKind::SecuritytxtValid {
                contacts: vec![],
                policies: vec![],
                canonical: vec![],
                expires: String::new(),
                signed: false,
            },
            FindingKind::SecuritytxtExpired {
                contacts: vec![],
                expires: String::new(),
            },
            FindingKind::SecuritytxtInvalid {
                problem: String::new(),
            },
            FindingKind::SbomSummary {
                format: String::new(),
                components: 0,
                with_version: 0,
                identified: 0,
                unmatched: 0,
                vulnerability_data: false,
            },
            FindingKind::VulnKnown {
                id: String::new(),
                aliases: vec![],
                component: String::new(),
                installed: String::new(),
                fixed: vec![],
                severity: String::new(),
                score: None,
                kev: false,
                kev_due: None,
                published: None,
                suppressed_by: None,
            },
            FindingKind::NetSummary {
                device: String::new(),
                device_inferred: false,
                packets: 0,
                flows: 0,
                dns_names: vec![],
                internet_flows: 0,
                cleartext_internet_flows: 0,
                stopped: None,
            },
            FindingKind::NetEncrypted {
                endpoints: vec![],
                lowest_tls: None,
            },
            FindingKind::NetCleartext {
                dst: String::new(),
                name: None,
                port: 0,
                protocol: String::new(),
                sample: None,
            },
            FindingKind::NetWeakTls {
                dst: String::new(),
                name: None,
                port: 0,
                version: String::new(),
                negotiated: false,
            },
            FindingKind::NetInboundService {
                port: 0,
                transport: String::new(),
                protocol: String::new(),
                from: String::new(),
            },
            FindingKind::NetTracker {
                name: String::new(),
                listed: String::new(),
                list: String::new(),
            },
            FindingKind::MudProfile {
                mud_url: None,
                allowed: vec![],
            },
            FindingKind::MudInvalid { problems: vec![] },
            FindingKind::MudViolation {
                endpoint: String::new(),
                port: 0,
                transport: String::new(),
                direction: String::new(),
                mud: String::new(),
            },
            FindingKind::MudUnused {
                rule: String::new(),
                mud: String::new(),
            },
            FindingKind::MudObeyed {
                endpoints: vec![],
                mud: String::new(),
            },
        ];
        assert_eq!(kinds.len(), FindingKind::NAMES.len());
        for k in kinds {
            let v = serde_json::to_value(&k).unwrap();
            assert_eq!(v["kind"], k.name());
            assert!(FindingKind::NAMES.contains(&k.name()));
        }
    }
}
