//! MUD files (Manufacturer Usage Description, RFC 8520): parse, validate,
//! and turn into the device's declared network behaviour.
//!
//! A MUD file is JSON (the YANG JSON encoding of RFC 7951) with two parts: the
//! `ietf-mud:mud` container (metadata, and the names of the access lists that
//! apply to traffic from and to the device) and `ietf-access-control-list:acls`
//! (RFC 8519 access lists, with RFC 8520's match extensions). JSON syntax is
//! serde_json's business; this module walks the resulting value and reports
//! **every** problem at once, each with its JSON pointer inside the document,
//! what was expected and what was found. A syntax error (a truncated file)
//! is one problem with its line and column.
//!
//! The result, [`MudProfile`], lists the allowed (and denied) traffic as
//! [`MudRule`]s in policy order: direction, remote endpoint (a DNS name, a
//! controller class, the local networks, a manufacturer, an IP network or
//! anything), transport, ports and who may initiate.
//!
//! Port operators are RFC 8519's: `eq`, `neq`, `lte`, `gte`, or a range with
//! `lower-port` and `upper-port`. Members of augmenting modules (a key with a
//! `module:` prefix that this module does not know) and unknown members of
//! the `ietf-mud:mud` container are kept as warnings, not problems, so that
//! newer MUD files still load; unknown members of a match, which could change
//! what a rule means, are problems.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::IpAddr;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::trackers::normalise_name;

/// The largest MUD file accepted, in bytes.
pub const MAX_MUD_BYTES: usize = 4 * 1024 * 1024;

const MUD: &str = "ietf-mud:mud";
const ACLS: &str = "ietf-access-control-list:acls";

/// A valid MUD file: the device's declared network behaviour and metadata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MudProfile {
    /// The name the file was given to [`parse_mud`] under.
    pub file: String,
    pub mud_version: u8,
    pub mud_url: String,
    pub last_update: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mud_signature: Option<String>,
    /// Hours a MUD manager may cache the file (1-168, default 48).
    pub cache_validity: u8,
    pub is_supported: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub systeminfo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfg_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware_rev: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub software_rev: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<String>,
    /// ACL names of `from-device-policy`, in order.
    pub from_device_acls: Vec<String>,
    /// ACL names of `to-device-policy`, in order.
    pub to_device_acls: Vec<String>,
    /// Every ACE of the referenced ACLs, from-device policy first, in order.
    pub rules: Vec<MudRule>,
    /// Things that do not make the file invalid but are worth knowing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<MudProblem>,
}

/// Which policy a rule belongs to: traffic sent by the device, or to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyDirection {
    FromDevice,
    ToDevice,
}

impl PolicyDirection {
    /// `from-device` or `to-device`.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyDirection::FromDevice => "from-device",
            PolicyDirection::ToDevice => "to-device",
        }
    }
}

/// The other end of a rule (the destination of from-device traffic, the
/// source of to-device traffic).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Endpoint {
    /// No constraint on the other end.
    Any,
    /// `ietf-acldns:dst-dnsname` / `src-dnsname` (lower case, no final dot).
    DnsName { name: String },
    /// `ietf-mud:mud/controller`: a class of controllers, named by URI.
    Controller { uri: String },
    /// `ietf-mud:mud/my-controller`: the controller(s) the local admin sets.
    MyController,
    /// `ietf-mud:mud/local-networks`: any address on the local networks.
    LocalNetworks,
    /// `ietf-mud:mud/same-manufacturer`: devices whose MUD URL has this
    /// file's authority.
    SameManufacturer,
    /// `ietf-mud:mud/manufacturer`: devices whose MUD URL has this authority.
    Manufacturer { authority: String },
    /// `ietf-mud:mud/model`: devices with this MUD URL.
    Model { uri: String },
    /// `destination-ipv4-network` and the like.
    Network { address: IpAddr, prefix: u8 },
}

impl Endpoint {
    /// A short description (`api.example.com`, `local networks`, …).
    pub fn describe(&self) -> String {
        match self {
            Endpoint::Any => "any address".to_owned(),
            Endpoint::DnsName { name } => name.clone(),
            Endpoint::Controller { uri } => format!("controller {uri}"),
            Endpoint::MyController => "my-controller".to_owned(),
            Endpoint::LocalNetworks => "local networks".to_owned(),
            Endpoint::SameManufacturer => "same-manufacturer devices".to_owned(),
            Endpoint::Manufacturer { authority } => format!("devices of manufacturer {authority}"),
            Endpoint::Model { uri } => format!("devices of model {uri}"),
            Endpoint::Network { address, prefix } => format!("{address}/{prefix}"),
        }
    }
}

/// The transport a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleTransport {
    Tcp,
    Udp,
    /// Another IP protocol (see the rule's `protocol`).
    Other,
    /// Any protocol.
    Any,
}

/// A port condition (RFC 8519 `port-range-or-operator`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "operator", rename_all = "lowercase")]
pub enum PortMatch {
    Eq { port: u16 },
    Neq { port: u16 },
    Lte { port: u16 },
    Gte { port: u16 },
    Range { lower: u16, upper: u16 },
}

impl PortMatch {
    /// Whether `port` satisfies the condition.
    pub fn matches(self, port: u16) -> bool {
        match self {
            PortMatch::Eq { port: p } => port == p,
            PortMatch::Neq { port: p } => port != p,
            PortMatch::Lte { port: p } => port <= p,
            PortMatch::Gte { port: p } => port >= p,
            PortMatch::Range { lower, upper } => (lower..=upper).contains(&port),
        }
    }

    /// `443`, `!= 23`, `<= 1023`, `>= 1024`, `8000-8999`.
    pub fn describe(self) -> String {
        match self {
            PortMatch::Eq { port } => port.to_string(),
            PortMatch::Neq { port } => format!("!= {port}"),
            PortMatch::Lte { port } => format!("<= {port}"),
            PortMatch::Gte { port } => format!(">= {port}"),
            PortMatch::Range { lower, upper } => format!("{lower}-{upper}"),
        }
    }
}

/// What an ACE does with matching packets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Accept,
    Drop,
    Reject,
}

/// IP version of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IpVersion {
    Ipv4,
    Ipv6,
}

/// One ACE of a policy, normalised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MudRule {
    pub acl: String,
    pub ace: String,
    pub direction: PolicyDirection,
    /// From the ACL type or the ACE's `ipv4` / `ipv6` match; absent when
    /// neither says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<IpVersion>,
    /// The remote end.
    pub endpoint: Endpoint,
    pub transport: RuleTransport,
    /// The IP protocol number, when the ACE gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<u8>,
    /// Condition on the packet's source port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_port: Option<PortMatch>,
    /// Condition on the packet's destination port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_port: Option<PortMatch>,
    /// `ietf-mud:direction-initiated`: who may open the TCP connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiated_by: Option<PolicyDirection>,
    pub action: Action,
}

impl MudRule {
    /// The port on the remote end the rule constrains, from the device's
    /// point of view: the destination port of from-device traffic, the
    /// source port of to-device traffic.
    pub fn remote_port(&self) -> Option<PortMatch> {
        match self.direction {
            PolicyDirection::FromDevice => self.destination_port,
            PolicyDirection::ToDevice => self.source_port,
        }
    }

    /// The port on the device the rule constrains.
    pub fn device_port(&self) -> Option<PortMatch> {
        match self.direction {
            PolicyDirection::FromDevice => self.source_port,
            PolicyDirection::ToDevice => self.destination_port,
        }
    }

    /// One line: `from-device tcp to api.example.com port 443 (acl/ace)`.
    pub fn describe(&self) -> String {
        let transport = match self.transport {
            RuleTransport::Tcp => "tcp".to_owned(),
            RuleTransport::Udp => "udp".to_owned(),
            RuleTransport::Any => "any protocol".to_owned(),
            RuleTransport::Other => format!("IP protocol {}", self.protocol.unwrap_or(0)),
        };
        let (to_from, port_word) = match self.direction {
            PolicyDirection::FromDevice => ("to", "port"),
            PolicyDirection::ToDevice => ("from", "source port"),
        };
        let mut text = format!(
            "{} {} {} {}",
            self.direction.as_str(),
            transport,
            to_from,
            self.endpoint.describe()
        );
        if let Some(port) = self.remote_port() {
            text.push_str(&format!(" {port_word} {}", port.describe()));
        }
        if let Some(port) = self.device_port() {
            text.push_str(&format!(" (device port {})", port.describe()));
        }
        if let Some(init) = self.initiated_by {
            text.push_str(&format!(", initiated {init}", init = init.as_str()));
        }
        if self.action != Action::Accept {
            text.push_str(match self.action {
                Action::Drop => ", drop",
                _ => ", reject",
            });
        }
        text.push_str(&format!(" ({}/{})", self.acl, self.ace));
        text
    }
}

/// One problem in a MUD file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MudProblem {
    /// JSON pointer to the value (or to where it should be).
    pub path: String,
    /// Line and column, for syntax errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// What was expected there.
    pub expected: String,
    /// What was found, as short JSON, when something was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
}

impl fmt::Display for MudProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column}")?,
            _ if self.path.is_empty() => f.write_str("/")?,
            _ => f.write_str(&self.path)?,
        }
        write!(f, ": expected {}", self.expected)?;
        if let Some(found) = &self.found {
            write!(f, ", found {found}")?;
        }
        Ok(())
    }
}

/// Every problem of an invalid MUD file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub struct MudErrors {
    pub file: String,
    pub problems: Vec<MudProblem>,
}

impl fmt::Display for MudErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: not a valid MUD file ({} problem{})",
            self.file,
            self.problems.len(),
            if self.problems.len() == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  {}: {p}", self.file)?;
        }
        Ok(())
    }
}

/// Parses and validates a MUD file.
pub fn parse_mud(name: &str, bytes: &[u8]) -> Result<MudProfile, MudErrors> {
    let fail = |problems| MudErrors {
        file: name.to_owned(),
        problems,
    };
    if bytes.len() > MAX_MUD_BYTES {
        return Err(fail(vec![MudProblem {
            path: String::new(),
            line: None,
            column: None,
            expected: format!("a MUD file of at most {MAX_MUD_BYTES} bytes"),
            found: Some(format!("{} bytes", bytes.len())),
        }]));
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            let expected = match e.classify() {
                serde_json::error::Category::Eof => {
                    "more JSON: the file ends in the middle of a value (truncated?)".to_owned()
                }
                _ => format!("valid JSON ({})", strip_position(&e.to_string())),
            };
            return Err(fail(vec![MudProblem {
                path: String::new(),
                line: Some(e.line()),
                column: Some(e.column()),
                expected,
                found: None,
            }]));
        }
    };
    let mut v = Validator::default();
    let profile = v.document(name, &value);
    match profile {
        Some(mut p) if v.problems.is_empty() => {
            p.warnings = v.warnings;
            Ok(p)
        }
        _ => Err(fail(v.problems)),
    }
}

/// serde_json's message without its " at line L column C" tail.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// A JSON pointer segment.
fn seg(path: &str, key: &str) -> String {
    format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"))
}

fn idx(path: &str, i: usize) -> String {
    format!("{path}/{i}")
}

/// Short JSON text of a value, for `found`.
fn short(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<MudProblem>,
    warnings: Vec<MudProblem>,
}

/// What one ACE says, before it is attached to a policy.
#[derive(Debug, Clone)]
struct ParsedAce {
    name: String,
    ip_version: Option<IpVersion>,
    src: Option<Endpoint>,
    dst: Option<Endpoint>,
    mud_class: Option<Endpoint>,
    transport: RuleTransport,
    protocol: Option<u8>,
    source_port: Option<PortMatch>,
    destination_port: Option<PortMatch>,
    initiated_by: Option<PolicyDirection>,
    action: Action,
    path: String,
}

#[derive(Debug, Clone)]
struct ParsedAcl {
    ip_version: Option<IpVersion>,
    aces: Vec<ParsedAce>,
}

impl Validator {
    fn problem(&mut self, path: &str, expected: impl Into<String>, found: Option<&Value>) {
        self.problems.push(MudProblem {
            path: path.to_owned(),
            line: None,
            column: None,
            expected: expected.into(),
            found: found.map(short),
        });
    }

    fn warning(&mut self, path: &str, expected: impl Into<String>, found: Option<&Value>) {
        self.warnings.push(MudProblem {
            path: path.to_owned(),
            line: None,
            column: None,
            expected: expected.into(),
            found: found.map(short),
        });
    }

    fn object<'v>(
        &mut self,
        v: &'v Value,
        path: &str,
        what: &str,
    ) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Object(m) => Some(m),
            other => {
                self.problem(path, format!("{what} (a JSON object)"), Some(other));
                None
            }
        }
    }

    fn array<'v>(&mut self, v: &'v Value, path: &str, what: &str) -> Option<&'v Vec<Value>> {
        match v {
            Value::Array(a) => Some(a),
            other => {
                self.problem(path, format!("{what} (a JSON array)"), Some(other));
                None
            }
        }
    }

    fn string(&mut self, v: &Value, path: &str, what: &str) -> Option<String> {
        match v {
            Value::String(s) if !s.is_empty() => Some(s.clone()),
            Value::String(_) => {
                self.problem(path, format!("{what} (a non-empty string)"), Some(v));
                None
            }
            other => {
                self.problem(path, format!("{what} (a string)"), Some(other));
                None
            }
        }
    }

    /// An unsigned integer in `min..=max`. YANG JSON encodes 8-32 bit
    /// integers as JSON numbers.
    fn uint(&mut self, v: &Value, path: &str, what: &str, min: u64, max: u64) -> Option<u64> {
        match v.as_u64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.problem(
                    path,
                    format!("{what} (an integer from {min} to {max})"),
                    Some(v),
                );
                None
            }
        }
    }

    /// A YANG `empty` leaf: `[null]`.
    fn empty_leaf(&mut self, v: &Value, path: &str) -> bool {
        match v {
            Value::Array(a) if a.len() == 1 && a[0].is_null() => true,
            other => {
                self.problem(
                    path,
                    "[null] (the JSON encoding of a YANG empty leaf)",
                    Some(other),
                );
                false
            }
        }
    }

    /// Checks the members of `m` against `known`; unknown members are
    /// problems, or warnings when `lenient` (or when prefixed by a module).
    fn members(&mut self, m: &Map<String, Value>, path: &str, known: &[&str], lenient: bool) {
        for (key, value) in m {
            if known.contains(&key.as_str()) {
                continue;
            }
            let expected = format!("one of the members {}", known.join(", "));
            let member = seg(path, key);
            if lenient || (key.contains(':') && !key.starts_with("ietf-")) {
                self.warning(
                    &member,
                    format!("{expected} (unknown member ignored)"),
                    Some(value),
                );
            } else {
                self.problem(&member, expected, Some(value));
            }
        }
    }

    fn document(&mut self, file: &str, root: &Value) -> Option<MudProfile> {
        let top = self.object(root, "", "a MUD document")?;
        self.members(top, "", &[MUD, ACLS], true);
        let mud_path = seg("", MUD);
        let mud = match top.get(MUD) {
            Some(v) => self.object(v, &mud_path, "the ietf-mud:mud container"),
            None => {
                self.problem(&mud_path, "the ietf-mud:mud container", None);
                None
            }
        };
        let acls_path = seg("", ACLS);
        let acls = match top.get(ACLS) {
            Some(v) => self.acls(v, &acls_path),
            None => BTreeMap::new(),
        };
        let mud = mud?;
        self.members(
            mud,
            &mud_path,
            &[
                "mud-version",
                "mud-url",
                "last-update",
                "mud-signature",
                "cache-validity",
                "is-supported",
                "systeminfo",
                "mfg-name",
                "model-name",
                "firmware-rev",
                "software-rev",
                "documentation",
                "extensions",
                "from-device-policy",
                "to-device-policy",
            ],
            true,
        );

        let required = |this: &mut Self, key: &str| -> Option<Value> {
            let v = mud.get(key).cloned();
            if v.is_none() {
                this.problem(
                    &seg(&mud_path, key),
                    format!("the required member {key}"),
                    None,
                );
            }
            v
        };

        let mud_version = required(self, "mud-version").and_then(|v| {
            let path = seg(&mud_path, "mud-version");
            let n = self.uint(&v, &path, "the MUD version 1", 0, 255)?;
            if n != 1 {
                self.problem(&path, "MUD version 1 (RFC 8520)", Some(&v));
                return None;
            }
            Some(1u8)
        });
        let mud_url = required(self, "mud-url").and_then(|v| {
            let path = seg(&mud_path, "mud-url");
            let url = self.string(&v, &path, "the MUD URL")?;
            if !url.to_ascii_lowercase().starts_with("https://") || url.len() <= "https://".len() {
                self.problem(&path, "an https:// URL (RFC 8520 requires https)", Some(&v));
                return None;
            }
            Some(url)
        });
        let last_update = required(self, "last-update").and_then(|v| {
            let path = seg(&mud_path, "last-update");
            let text = self.string(&v, &path, "a date-and-time")?;
            if chrono::DateTime::parse_from_rfc3339(&text).is_err() {
                self.problem(
                    &path,
                    "a date-and-time like 2026-01-10T10:00:00+00:00 (RFC 3339)",
                    Some(&v),
                );
                return None;
            }
            Some(text)
        });
        let is_supported = required(self, "is-supported").and_then(|v| match v {
            Value::Bool(b) => Some(b),
            other => {
                self.problem(
                    &seg(&mud_path, "is-supported"),
                    "a boolean (true or false)",
                    Some(&other),
                );
                None
            }
        });
        let cache_validity = match mud.get("cache-validity") {
            Some(v) => self
                .uint(v, &seg(&mud_path, "cache-validity"), "hours", 1, 168)
                .and_then(|n| u8::try_from(n).ok()),
            None => Some(48),
        };
        let opt_string = |this: &mut Self, key: &str, what: &str| -> Option<String> {
            mud.get(key)
                .and_then(|v| this.string(v, &seg(&mud_path, key), what))
        };
        let mud_signature = opt_string(self, "mud-signature", "a URI");
        let systeminfo = opt_string(self, "systeminfo", "a description of the device");
        if let Some(info) = &systeminfo
            && info.chars().count() > 60
        {
            self.problem(
                &seg(&mud_path, "systeminfo"),
                "at most 60 characters",
                mud.get("systeminfo"),
            );
        }
        let mfg_name = opt_string(self, "mfg-name", "the manufacturer's name");
        let model_name = opt_string(self, "model-name", "the model's name");
        let firmware_rev = opt_string(self, "firmware-rev", "a firmware revision");
        let software_rev = opt_string(self, "software-rev", "a software revision");
        let documentation = opt_string(self, "documentation", "a URI");
        let mut extensions = Vec::new();
        if let Some(v) = mud.get("extensions") {
            let path = seg(&mud_path, "extensions");
            if let Some(list) = self.array(v, &path, "a list of extension names") {
                for (i, item) in list.iter().enumerate() {
                    if let Some(s) = self.string(item, &idx(&path, i), "an extension name") {
                        extensions.push(s);
                    }
                }
            }
        }

        let from_device_acls = self.policy(mud, &mud_path, "from-device-policy", &acls);
        let to_device_acls = self.policy(mud, &mud_path, "to-device-policy", &acls);

        // ACLs that no policy uses.
        for (name, _) in acls.iter() {
            if !from_device_acls.contains(name) && !to_device_acls.contains(name) {
                self.warning(
                    &seg(&acls_path, "acl"),
                    format!(
                        "every ACL to be named by a policy; ACL {name} is not, so it has no effect"
                    ),
                    None,
                );
            }
        }

        let mut rules = Vec::new();
        for (direction, names) in [
            (PolicyDirection::FromDevice, &from_device_acls),
            (PolicyDirection::ToDevice, &to_device_acls),
        ] {
            for acl_name in names {
                let Some(acl) = acls.get(acl_name) else {
                    continue;
                };
                for ace in &acl.aces {
                    if let Some(rule) = self.rule(direction, acl_name, acl, ace) {
                        rules.push(rule);
                    }
                }
            }
        }

        Some(MudProfile {
            file: file.to_owned(),
            mud_version: mud_version?,
            mud_url: mud_url?,
            last_update: last_update?,
            mud_signature,
            cache_validity: cache_validity?,
            is_supported: is_supported?,
            systeminfo,
            mfg_name,
            model_name,
            firmware_rev,
            software_rev,
            documentation,
            extensions,
            from_device_acls,
            to_device_acls,
            rules,
            warnings: Vec::new(),
        })
    }

    /// `from-device-policy` / `to-device-policy`: the ACL names, each
    /// checked to exist.
    fn policy(
        &mut self,
        mud: &Map<String, Value>,
        mud_path: &str,
        key: &str,
        acls: &BTreeMap<String, ParsedAcl>,
    ) -> Vec<String> {
        let mut names = Vec::new();
        let Some(v) = mud.get(key) else {
            return names;
        };
        let path = seg(mud_path, key);
        let Some(policy) = self.object(v, &path, "a policy") else {
            return names;
        };
        self.members(policy, &path, &["access-lists"], false);
        let Some(lists) = policy.get("access-lists") else {
            self.problem(
                &seg(&path, "access-lists"),
                "the access-lists container",
                None,
            );
            return names;
        };
        let lists_path = seg(&path, "access-lists");
        let Some(lists) = self.object(lists, &lists_path, "the access-lists container") else {
            return names;
        };
        self.members(lists, &lists_path, &["access-list"], false);
        let list_path = seg(&lists_path, "access-list");
        let Some(list) = lists.get("access-list") else {
            self.problem(&list_path, "the access-list list", None);
            return names;
        };
        let Some(list) = self.array(list, &list_path, "the list of ACL names") else {
            return names;
        };
        for (i, entry) in list.iter().enumerate() {
            let entry_path = idx(&list_path, i);
            let Some(entry) = self.object(entry, &entry_path, "an entry with a name") else {
                continue;
            };
            self.members(entry, &entry_path, &["name"], false);
            let name_path = seg(&entry_path, "name");
            let Some(name) = entry.get("name") else {
                self.problem(&name_path, "the name of an ACL", None);
                continue;
            };
            let Some(name) = self.string(name, &name_path, "the name of an ACL") else {
                continue;
            };
            if !acls.contains_key(&name) {
                let known: Vec<&str> = acls.keys().map(String::as_str).collect();
                let expected = if known.is_empty() {
                    format!("the name of an ACL defined in {ACLS}/acl, but the file defines none")
                } else {
                    format!(
                        "the name of an ACL defined in /{ACLS}/acl (one of: {})",
                        known.join(", ")
                    )
                };
                self.problem(&name_path, expected, entry.get("name"));
                continue;
            }
            names.push(name);
        }
        names
    }

    fn acls(&mut self, v: &Value, path: &str) -> BTreeMap<String, ParsedAcl> {
        let mut out = BTreeMap::new();
        let Some(acls) = self.object(v, path, "the ACL container") else {
            return out;
        };
        self.members(acls, path, &["acl"], false);
        let list_path = seg(path, "acl");
        let Some(list) = acls.get("acl") else {
            self.problem(&list_path, "the list of ACLs", None);
            return out;
        };
        let Some(list) = self.array(list, &list_path, "the list of ACLs") else {
            return out;
        };
        for (i, acl) in list.iter().enumerate() {
            let acl_path = idx(&list_path, i);
            let Some(acl) = self.object(acl, &acl_path, "an ACL") else {
                continue;
            };
            self.members(acl, &acl_path, &["name", "type", "aces"], false);
            let name = match acl.get("name") {
                Some(n) => self.string(n, &seg(&acl_path, "name"), "the ACL's name"),
                None => {
                    self.problem(&seg(&acl_path, "name"), "the ACL's name", None);
                    None
                }
            };
            let ip_version = acl.get("type").and_then(|t| {
                let type_path = seg(&acl_path, "type");
                let text = self.string(t, &type_path, "an ACL type")?;
                let bare = text
                    .strip_prefix("ietf-access-control-list:")
                    .unwrap_or(&text);
                match bare {
                    "ipv4-acl-type" | "mixed-eth-ipv4-acl-type" => Some(Some(IpVersion::Ipv4)),
                    "ipv6-acl-type" | "mixed-eth-ipv6-acl-type" => Some(Some(IpVersion::Ipv6)),
                    "eth-acl-type" | "mixed-ipv4-ipv6-acl-type" | "mixed-eth-ipv4-ipv6-acl-type" => {
                        Some(None)
                    }
                    _ => {
                        self.problem(
                            &type_path,
                            "an ACL type: ipv4-acl-type, ipv6-acl-type, eth-acl-type or a mixed type",
                            Some(t),
                        );
                        None
                    }
                }
            });
            let ip_version = ip_version.flatten();
            let mut aces = Vec::new();
            let aces_path = seg(&acl_path, "aces");
            match acl.get("aces") {
                None => self.problem(&aces_path, "the ACL's entries (aces)", None),
                Some(v) => {
                    if let Some(container) = self.object(v, &aces_path, "the aces container") {
                        self.members(container, &aces_path, &["ace"], false);
                        let ace_list_path = seg(&aces_path, "ace");
                        match container.get("ace") {
                            None => self.problem(&ace_list_path, "the list of ACEs", None),
                            Some(list) => {
                                if let Some(list) =
                                    self.array(list, &ace_list_path, "the list of ACEs")
                                {
                                    let mut seen = BTreeSet::new();
                                    for (j, ace) in list.iter().enumerate() {
                                        let ace_path = idx(&ace_list_path, j);
                                        if let Some(name) = ace.get("name").and_then(Value::as_str)
                                            && !seen.insert(name.to_owned())
                                        {
                                            self.problem(
                                                &seg(&ace_path, "name"),
                                                "a name no other ACE of this ACL has",
                                                ace.get("name"),
                                            );
                                        }
                                        if let Some(parsed) = self.ace(ace, &ace_path, ip_version) {
                                            aces.push(parsed);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if let Some(name) = name {
                match out.entry(name) {
                    std::collections::btree_map::Entry::Occupied(e) => {
                        let name = Value::String(e.key().clone());
                        self.problem(
                            &seg(&acl_path, "name"),
                            "a name no other ACL has",
                            Some(&name),
                        );
                    }
                    std::collections::btree_map::Entry::Vacant(v) => {
                        v.insert(ParsedAcl { ip_version, aces });
                    }
                }
            }
        }
        out
    }

    fn ace(&mut self, v: &Value, path: &str, acl_ip: Option<IpVersion>) -> Option<ParsedAce> {
        let ace = self.object(v, path, "an ACE")?;
        self.members(
            ace,
            path,
            &["name", "matches", "actions", "statistics"],
            false,
        );
        let name = match ace.get("name") {
            Some(n) => self.string(n, &seg(path, "name"), "the ACE's name"),
            None => {
                self.problem(&seg(path, "name"), "the ACE's name", None);
                None
            }
        };
        let actions_path = seg(path, "actions");
        let action = match ace.get("actions") {
            None => {
                self.problem(&actions_path, "the ACE's actions (forwarding)", None);
                None
            }
            Some(actions) => self.actions(actions, &actions_path),
        };
        let mut parsed = ParsedAce {
            name: name.clone().unwrap_or_default(),
            ip_version: acl_ip,
            src: None,
            dst: None,
            mud_class: None,
            transport: RuleTransport::Any,
            protocol: None,
            source_port: None,
            destination_port: None,
            initiated_by: None,
            action: action.unwrap_or(Action::Accept),
            path: path.to_owned(),
        };
        let before = self.problems.len();
        if let Some(matches) = ace.get("matches") {
            self.matches(matches, &seg(path, "matches"), &mut parsed);
        }
        (name.is_some() && action.is_some() && self.problems.len() == before).then_some(parsed)
    }

    fn actions(&mut self, v: &Value, path: &str) -> Option<Action> {
        let actions = self.object(v, path, "the ACE's actions")?;
        self.members(actions, path, &["forwarding", "logging"], false);
        let fwd_path = seg(path, "forwarding");
        let Some(fwd) = actions.get("forwarding") else {
            self.problem(&fwd_path, "forwarding: accept, drop or reject", None);
            return None;
        };
        let text = self.string(fwd, &fwd_path, "accept, drop or reject")?;
        match text
            .strip_prefix("ietf-access-control-list:")
            .unwrap_or(&text)
        {
            "accept" => Some(Action::Accept),
            "drop" => Some(Action::Drop),
            "reject" => Some(Action::Reject),
            _ => {
                self.problem(&fwd_path, "accept, drop or reject", Some(fwd));
                None
            }
        }
    }

    fn matches(&mut self, v: &Value, path: &str, ace: &mut ParsedAce) {
        let Some(m) = self.object(v, path, "the ACE's matches") else {
            return;
        };
        self.members(
            m,
            path,
            &[
                "eth",
                "ipv4",
                "ipv6",
                "tcp",
                "udp",
                "icmp",
                "egress-interface",
                "ingress-interface",
                "ietf-mud:mud",
            ],
            false,
        );
        if m.contains_key("ipv4") && m.contains_key("ipv6") {
            self.problem(
                &seg(path, "ipv6"),
                "either ipv4 or ipv6 matches, not both",
                m.get("ipv6"),
            );
        }
        for (key, version) in [("ipv4", IpVersion::Ipv4), ("ipv6", IpVersion::Ipv6)] {
            let Some(ip) = m.get(key) else {
                continue;
            };
            let ip_path = seg(path, key);
            if let Some(acl_ip) = ace.ip_version
                && acl_ip != version
            {
                self.problem(
                    &ip_path,
                    format!(
                        "{} matches, as the ACL's type says",
                        if acl_ip == IpVersion::Ipv4 {
                            "ipv4"
                        } else {
                            "ipv6"
                        }
                    ),
                    Some(ip),
                );
            }
            ace.ip_version = Some(version);
            self.ip_matches(ip, &ip_path, version, ace);
        }
        if m.contains_key("tcp") && m.contains_key("udp") {
            self.problem(
                &seg(path, "udp"),
                "either tcp or udp matches, not both",
                m.get("udp"),
            );
        }
        for (key, transport, number) in [
            ("tcp", RuleTransport::Tcp, 6u8),
            ("udp", RuleTransport::Udp, 17u8),
        ] {
            let Some(l4) = m.get(key) else {
                continue;
            };
            let l4_path = seg(path, key);
            if let Some(p) = ace.protocol
                && p != number
            {
                self.problem(
                    &l4_path,
                    format!("no {key} matches when the protocol is {p} ({key} is {number})"),
                    Some(l4),
                );
            }
            ace.transport = transport;
            self.port_matches(l4, &l4_path, transport, ace);
        }
        if let Some(icmp) = m.get("icmp") {
            let icmp_path = seg(path, "icmp");
            self.object(icmp, &icmp_path, "ICMP matches");
            if ace.transport == RuleTransport::Any {
                ace.transport = RuleTransport::Other;
                if ace.protocol.is_none() {
                    ace.protocol = Some(if ace.ip_version == Some(IpVersion::Ipv6) {
                        58
                    } else {
                        1
                    });
                }
            }
        }
        if let Some(eth) = m.get("eth") {
            self.object(eth, &seg(path, "eth"), "Ethernet matches");
        }
        if let Some(mud) = m.get("ietf-mud:mud") {
            self.mud_matches(mud, &seg(path, "ietf-mud:mud"), ace);
        }
        let endpoints = [
            ace.mud_class.is_some(),
            ace.src.is_some() || ace.dst.is_some(),
        ];
        if endpoints.iter().all(|b| *b) {
            self.problem(
                &seg(path, "ietf-mud:mud"),
                "the remote end named once: either an ietf-mud:mud class or a DNS name / network, not both",
                m.get("ietf-mud:mud"),
            );
        }
    }

    fn ip_matches(&mut self, v: &Value, path: &str, version: IpVersion, ace: &mut ParsedAce) {
        let Some(ip) = self.object(v, path, "IP matches") else {
            return;
        };
        let (dst_net, src_net) = match version {
            IpVersion::Ipv4 => ("destination-ipv4-network", "source-ipv4-network"),
            IpVersion::Ipv6 => ("destination-ipv6-network", "source-ipv6-network"),
        };
        self.members(
            ip,
            path,
            &[
                "protocol",
                "ietf-acldns:src-dnsname",
                "ietf-acldns:dst-dnsname",
                dst_net,
                src_net,
                "dscp",
                "ecn",
                "length",
                "ttl",
                "ihl",
                "flags",
                "offset",
                "identification",
                "flow-label",
            ],
            false,
        );
        if let Some(p) = ip.get("protocol") {
            let p_path = seg(path, "protocol");
            if let Some(n) = self.uint(p, &p_path, "an IP protocol number", 0, 255) {
                let n = u8::try_from(n).unwrap_or(0);
                ace.protocol = Some(n);
                if ace.transport == RuleTransport::Any {
                    ace.transport = match n {
                        6 => RuleTransport::Tcp,
                        17 => RuleTransport::Udp,
                        _ => RuleTransport::Other,
                    };
                }
            }
        }
        for (key, is_src) in [
            ("ietf-acldns:src-dnsname", true),
            ("ietf-acldns:dst-dnsname", false),
        ] {
            let Some(name) = ip.get(key) else {
                continue;
            };
            let name_path = seg(path, key);
            let Some(text) = self.string(name, &name_path, "a DNS name") else {
                continue;
            };
            if !valid_dns_name(&text) {
                self.problem(
                    &name_path,
                    "a DNS name (letters, digits, '-' and '_' in dot-separated labels)",
                    Some(name),
                );
                continue;
            }
            let endpoint = Endpoint::DnsName {
                name: normalise_name(&text),
            };
            self.set_side(ace, is_src, endpoint, &name_path);
        }
        for (key, is_src) in [(src_net, true), (dst_net, false)] {
            let Some(net) = ip.get(key) else {
                continue;
            };
            let net_path = seg(path, key);
            let Some(text) = self.string(net, &net_path, "an IP prefix") else {
                continue;
            };
            match parse_prefix(&text, version) {
                Some((address, prefix)) => {
                    self.set_side(
                        ace,
                        is_src,
                        Endpoint::Network { address, prefix },
                        &net_path,
                    );
                }
                None => self.problem(
                    &net_path,
                    match version {
                        IpVersion::Ipv4 => "an IPv4 prefix like 192.0.2.0/24",
                        IpVersion::Ipv6 => "an IPv6 prefix like 2001:db8::/32",
                    },
                    Some(net),
                ),
            }
        }
    }

    fn set_side(&mut self, ace: &mut ParsedAce, is_src: bool, endpoint: Endpoint, path: &str) {
        let slot = if is_src { &mut ace.src } else { &mut ace.dst };
        if slot.is_some() {
            self.problem(
                path,
                format!(
                    "one {} condition (a DNS name or a network, not both)",
                    if is_src { "source" } else { "destination" }
                ),
                None,
            );
        } else {
            *slot = Some(endpoint);
        }
    }

    fn port_matches(
        &mut self,
        v: &Value,
        path: &str,
        transport: RuleTransport,
        ace: &mut ParsedAce,
    ) {
        let Some(l4) = self.object(v, path, "port matches") else {
            return;
        };
        let mut known = vec!["source-port", "destination-port"];
        if transport == RuleTransport::Tcp {
            known.extend([
                "ietf-mud:direction-initiated",
                "sequence-number",
                "acknowledgement-number",
                "data-offset",
                "reserved",
                "flags",
                "window-size",
                "urgent-pointer",
                "options",
            ]);
        } else {
            known.push("length");
        }
        self.members(l4, path, &known, false);
        if let Some(p) = l4.get("source-port") {
            ace.source_port = self.port(p, &seg(path, "source-port"));
        }
        if let Some(p) = l4.get("destination-port") {
            ace.destination_port = self.port(p, &seg(path, "destination-port"));
        }
        if let Some(d) = l4.get("ietf-mud:direction-initiated") {
            let d_path = seg(path, "ietf-mud:direction-initiated");
            if let Some(text) = self.string(d, &d_path, "from-device or to-device") {
                match text.as_str() {
                    "from-device" => ace.initiated_by = Some(PolicyDirection::FromDevice),
                    "to-device" => ace.initiated_by = Some(PolicyDirection::ToDevice),
                    _ => self.problem(&d_path, "from-device or to-device", Some(d)),
                }
            }
        }
    }

    fn port(&mut self, v: &Value, path: &str) -> Option<PortMatch> {
        let p = self.object(v, path, "a port condition")?;
        self.members(
            p,
            path,
            &["operator", "port", "lower-port", "upper-port"],
            false,
        );
        let has_range = p.contains_key("lower-port") || p.contains_key("upper-port");
        let has_op = p.contains_key("operator") || p.contains_key("port");
        if has_range && has_op {
            self.problem(
                path,
                "either a range (lower-port, upper-port) or an operator and port, not both",
                Some(v),
            );
            return None;
        }
        if has_range {
            let bound = |this: &mut Self, key: &str| -> Option<u16> {
                let b_path = seg(path, key);
                match p.get(key) {
                    None => {
                        this.problem(
                            &b_path,
                            format!("{key}, with the other end of the range"),
                            None,
                        );
                        None
                    }
                    Some(b) => this
                        .uint(b, &b_path, "a port number", 0, 65535)
                        .and_then(|n| u16::try_from(n).ok()),
                }
            };
            let lower = bound(self, "lower-port");
            let upper = bound(self, "upper-port");
            let (lower, upper) = (lower?, upper?);
            if lower > upper {
                self.problem(
                    &seg(path, "upper-port"),
                    format!("an upper port at least the lower port ({lower})"),
                    p.get("upper-port"),
                );
                return None;
            }
            return Some(PortMatch::Range { lower, upper });
        }
        let port_path = seg(path, "port");
        let port = match p.get("port") {
            None => {
                self.problem(&port_path, "a port number", None);
                None
            }
            Some(n) => self
                .uint(n, &port_path, "a port number", 0, 65535)
                .and_then(|n| u16::try_from(n).ok()),
        };
        let op = match p.get("operator") {
            None => Some("eq".to_owned()),
            Some(o) => self.string(
                o,
                &seg(path, "operator"),
                "an operator: eq, neq, lte or gte",
            ),
        };
        let (op, port) = (op?, port?);
        match op.as_str() {
            "eq" => Some(PortMatch::Eq { port }),
            "neq" => Some(PortMatch::Neq { port }),
            "lte" => Some(PortMatch::Lte { port }),
            "gte" => Some(PortMatch::Gte { port }),
            _ => {
                self.problem(
                    &seg(path, "operator"),
                    "an operator: eq, neq, lte or gte (RFC 8519)",
                    p.get("operator"),
                );
                None
            }
        }
    }

    fn mud_matches(&mut self, v: &Value, path: &str, ace: &mut ParsedAce) {
        let Some(m) = self.object(v, path, "MUD match extensions") else {
            return;
        };
        self.members(
            m,
            path,
            &[
                "manufacturer",
                "same-manufacturer",
                "model",
                "local-networks",
                "controller",
                "my-controller",
            ],
            false,
        );
        let mut found = Vec::new();
        for (key, value) in m {
            let k_path = seg(path, key);
            let endpoint = match key.as_str() {
                "manufacturer" => self
                    .string(value, &k_path, "a manufacturer's authority (a domain name)")
                    .and_then(|s| {
                        if valid_dns_name(&s) {
                            Some(Endpoint::Manufacturer {
                                authority: normalise_name(&s),
                            })
                        } else {
                            self.problem(
                                &k_path,
                                "a manufacturer's authority (a domain name)",
                                Some(value),
                            );
                            None
                        }
                    }),
                "model" => self
                    .string(value, &k_path, "a MUD URL")
                    .map(|uri| Endpoint::Model { uri }),
                "controller" => self
                    .string(value, &k_path, "a controller class URI")
                    .map(|uri| Endpoint::Controller { uri }),
                "same-manufacturer" => self
                    .empty_leaf(value, &k_path)
                    .then_some(Endpoint::SameManufacturer),
                "local-networks" => self
                    .empty_leaf(value, &k_path)
                    .then_some(Endpoint::LocalNetworks),
                "my-controller" => self
                    .empty_leaf(value, &k_path)
                    .then_some(Endpoint::MyController),
                _ => None,
            };
            if let Some(e) = endpoint {
                found.push((k_path, e));
            }
        }
        if found.len() > 1 {
            let keys: Vec<&str> = m.keys().map(String::as_str).collect();
            self.problem(
                path,
                "one MUD class per ACE (manufacturer, same-manufacturer, model, local-networks, controller or my-controller)",
                Some(&Value::String(keys.join(", "))),
            );
        }
        ace.mud_class = found.into_iter().next().map(|(_, e)| e);
    }

    fn rule(
        &mut self,
        direction: PolicyDirection,
        acl_name: &str,
        acl: &ParsedAcl,
        ace: &ParsedAce,
    ) -> Option<MudRule> {
        let (remote, device_side) = match direction {
            PolicyDirection::FromDevice => (&ace.dst, &ace.src),
            PolicyDirection::ToDevice => (&ace.src, &ace.dst),
        };
        if let Some(side) = device_side {
            self.warning(
                &ace.path,
                format!(
                    "the remote end only in a {} policy; the condition on the device's own side ({}) is ignored",
                    direction.as_str(),
                    side.describe()
                ),
                None,
            );
        }
        let endpoint = ace
            .mud_class
            .clone()
            .or_else(|| remote.clone())
            .unwrap_or(Endpoint::Any);
        Some(MudRule {
            acl: acl_name.to_owned(),
            ace: ace.name.clone(),
            direction,
            ip_version: ace.ip_version.or(acl.ip_version),
            endpoint,
            transport: ace.transport,
            protocol: ace.protocol,
            source_port: ace.source_port,
            destination_port: ace.destination_port,
            initiated_by: ace.initiated_by,
            action: ace.action,
        })
    }
}

fn valid_dns_name(name: &str) -> bool {
    let name = name.trim_end_matches('.');
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

fn parse_prefix(text: &str, version: IpVersion) -> Option<(IpAddr, u8)> {
    let (addr, len) = text.split_once('/')?;
    let addr: IpAddr = addr.parse().ok()?;
    let len: u8 = len.parse().ok()?;
    let max = match (addr, version) {
        (IpAddr::V4(_), IpVersion::Ipv4) => 32,
        (IpAddr::V6(_), IpVersion::Ipv6) => 128,
        _ => return None,
    };
    (len <= max).then_some((addr, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_escape() {
        assert_eq!(seg("", "a/b~c"), "/a~1b~0c");
        assert_eq!(idx("/x", 3), "/x/3");
    }

    #[test]
    fn port_match_semantics() {
        assert!(PortMatch::Eq { port: 443 }.matches(443));
        assert!(!PortMatch::Neq { port: 443 }.matches(443));
        assert!(PortMatch::Lte { port: 1023 }.matches(1023));
        assert!(!PortMatch::Gte { port: 1024 }.matches(1023));
        assert!(
            PortMatch::Range {
                lower: 10,
                upper: 20
            }
            .matches(20)
        );
        assert!(
            !PortMatch::Range {
                lower: 10,
                upper: 20
            }
            .matches(21)
        );
    }

    #[test]
    fn prefixes() {
        assert!(parse_prefix("192.0.2.0/24", IpVersion::Ipv4).is_some());
        assert!(parse_prefix("192.0.2.0/33", IpVersion::Ipv4).is_none());
        assert!(parse_prefix("2001:db8::/32", IpVersion::Ipv4).is_none());
        assert!(parse_prefix("2001:db8::/32", IpVersion::Ipv6).is_some());
        assert!(parse_prefix("192.0.2.0", IpVersion::Ipv4).is_none());
    }
}
