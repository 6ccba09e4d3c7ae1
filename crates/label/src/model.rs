//! The label model: everything a label shows, resolved into plain data.
//!
//! [`LabelModel::resolve`] is the only place that reads the declaration,
//! the assessment and the catalog; the renderers read this model alone.
//! `label.json` is this model serialised (see `docs/label-format.md` for
//! its fields and how they map to CTA-2120 and the CMU label).

use chrono::NaiveDate;
use iotmark_assess::Assessment;
use iotmark_catalog::{Catalog, Texts};
use iotmark_declaration::Declaration;
use iotmark_declaration::types::{self as decl, UpdateMechanism};
use iotmark_model::{Basis, FindingKind, Status, product_id};
use serde::{Deserialize, Serialize};

/// The name and version of the `label.json` contract.
pub const FORMAT: &str = "iotmark-label";
pub const FORMAT_VERSION: u32 = 1;

/// The highest mark level.
pub const MAX_LEVEL: u8 = 3;

/// Where the registry lives unless told otherwise.
pub const DEFAULT_REGISTRY: &str = "https://registry.iotmark.org";

/// A consumer label, resolved for one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelModel {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The language the text fields are in (`en`, `fr`, `de`, `es`, `ja`).
    pub lang: String,
    pub product: ProductInfo,
    pub mark: Mark,
    /// Where the mark stands: certified and valid, suspended, revoked,
    /// expired, or only self-assessed.
    pub status: MarkStatus,
    /// The certificate this label stands for, once one is issued.
    pub certificate_id: Option<String>,
    /// The product model's id in the registry ([`iotmark_model::product_id`]).
    pub product_id: String,
    /// The product's page in the registry, `<base>/p/<product_id>`; the QR
    /// code encodes it.
    pub registry_url: String,
    pub support: Support,
    pub updates: UpdatePolicy,
    /// Sensors the product has (declaration names: `camera`, `microphone`, …).
    pub sensors: Vec<String>,
    /// Things the product can do in the physical world (`lock`, `alarm`, …).
    pub actuators: Vec<String>,
    pub data: DataSharing,
    /// Whether the core functions work without an internet connection.
    pub works_offline: Availability,
    /// Whether the core functions work without an account.
    pub works_without_account: Availability,
    pub repair: Repair,
    /// Every area with its grade, in catalog order.
    pub areas: Vec<AreaGrade>,
    /// Every criterion with its verdict, in catalog order.
    pub criteria: Vec<CriterionLine>,
    pub vulnerabilities: Vulnerabilities,
    /// Coverage of each referenced scheme.
    pub schemes: Vec<SchemeLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductInfo {
    pub manufacturer_name: String,
    pub product_name: String,
    pub product_model: String,
    /// The declaration's category (`camera`, `smart_plug`, …).
    pub category: String,
    pub firmware_version: String,
    pub hardware_version: Option<String>,
    pub release_date: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    /// 0 (below the baseline) to [`MAX_LEVEL`].
    pub level: u8,
    /// The level's name in [`LabelModel::lang`].
    pub level_name: String,
    pub catalog_version: String,
    pub assessment_date: NaiveDate,
    /// The next level and the required criteria still missing for it.
    pub next_level: Option<NextLevel>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NextLevel {
    pub level: u8,
    pub level_name: String,
    pub missing: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkStatus {
    Valid,
    Suspended,
    Revoked,
    Expired,
    /// Assessed by the manufacturer only: not certified.
    SelfAssessed,
}

impl MarkStatus {
    pub fn name(self) -> &'static str {
        match self {
            MarkStatus::Valid => "valid",
            MarkStatus::Suspended => "suspended",
            MarkStatus::Revoked => "revoked",
            MarkStatus::Expired => "expired",
            MarkStatus::SelfAssessed => "self_assessed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Support {
    /// The last day security updates are guaranteed; `None` means the
    /// manufacturer made no commitment.
    pub end_date: Option<NaiveDate>,
    /// Where the manufacturer publishes it.
    pub published_at: Option<String>,
    /// Days from the assessment date to the end date (negative once past).
    pub days_left: Option<i64>,
}

/// How updates reach the product, in the terms of CTA-2120's
/// `update_options`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpdatePolicy {
    /// Installed automatically by default; the owner can turn that off.
    AutomaticMayOptOut,
    /// Installed automatically; the owner cannot turn that off.
    AutomaticMayNotOptOut,
    /// The owner starts each update (offered over the network or by file).
    Manual,
    /// The software cannot be updated.
    NoUpdates,
    NotDisclosed,
}

impl UpdatePolicy {
    /// The name in `label.json` (and in the label's message keys).
    pub fn name(self) -> &'static str {
        match self {
            UpdatePolicy::AutomaticMayOptOut => "automatic_may_opt_out",
            UpdatePolicy::AutomaticMayNotOptOut => "automatic_may_not_opt_out",
            UpdatePolicy::Manual => "manual",
            UpdatePolicy::NoUpdates => "no_updates",
            UpdatePolicy::NotDisclosed => "not_disclosed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataSharing {
    /// Whether personal data goes to anyone besides the manufacturer;
    /// `None` when not declared.
    pub shared: Option<bool>,
    /// Whether personal data is sold; `None` when not declared.
    pub sold: Option<bool>,
    /// Recipient kinds (`service_provider`, `advertiser`, …), each once.
    pub recipients: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Full,
    Partial,
    None,
    NotDisclosed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// Years spare parts stay available after the end of sales (0: none).
    pub spare_parts_years: Option<u32>,
    /// Whether a repair manual is published.
    pub repair_manual: Option<bool>,
    /// Whether the owner can replace the battery; `None` without a battery
    /// or when not declared.
    pub replaceable_battery: Option<bool>,
    /// Whether the product has a battery at all.
    pub has_battery: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaGrade {
    pub id: String,
    pub name: String,
    /// What the area means to a consumer, in one sentence.
    pub consumer: String,
    /// A to E.
    pub grade: char,
    /// 0 to 100.
    pub score: u8,
    pub met: usize,
    pub not_met: usize,
    pub unknown: usize,
    pub not_applicable: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionLine {
    pub id: String,
    pub area: String,
    /// The level the criterion belongs to.
    pub level: u8,
    pub required: bool,
    pub title: String,
    /// What it means for the consumer, in plain language.
    pub consumer: String,
    pub status: Status,
    pub basis: Option<Basis>,
    /// Why, naming the field or finding behind it (English: the engine's).
    pub explanation: String,
    /// Where the criterion maps in the schemes, for experts.
    pub references: Vec<SchemeReference>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchemeReference {
    pub scheme: String,
    pub clause: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchemeLine {
    pub scheme: String,
    pub name: String,
    pub clauses: usize,
    pub met: usize,
    pub not_met: usize,
    pub unknown: usize,
    pub uncovered: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Vulnerabilities {
    /// Whether an SBOM was scanned against vulnerability data.
    pub scanned: bool,
    /// Most severe first.
    pub found: Vec<VulnerabilityLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VulnerabilityLine {
    pub id: String,
    pub component: String,
    pub installed: String,
    pub fixed: Vec<String>,
    /// `critical`, `high`, `medium`, `low` or `unknown`.
    pub severity: String,
    /// Listed in CISA's Known Exploited Vulnerabilities catalog.
    pub kev: bool,
    /// The VEX justification that marks it not affecting the product.
    pub suppressed_by: Option<String>,
}

/// What the label needs besides the declaration and the assessment: where
/// the registry is, and the certificate behind the mark when there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelOptions {
    /// The registry's base URL; the product page is `<base>/p/<product_id>`,
    /// which shows the current certificate and its status.
    pub registry_base: String,
    pub certificate: Option<Certificate>,
}

impl Default for LabelOptions {
    fn default() -> Self {
        LabelOptions {
            registry_base: DEFAULT_REGISTRY.to_owned(),
            certificate: None,
        }
    }
}

/// A certificate as the registry reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Certificate {
    pub id: String,
    pub status: MarkStatus,
}

impl LabelModel {
    /// Resolves the label of an assessment: every fact the label shows,
    /// from the declaration, the assessment and the catalog's text in
    /// `texts` (one language).
    pub fn resolve(
        catalog: &Catalog,
        texts: &Texts,
        declaration: &Declaration,
        assessment: &Assessment,
        options: &LabelOptions,
    ) -> LabelModel {
        let d = declaration;
        let p = &d.product;
        let product = ProductInfo {
            manufacturer_name: d.manufacturer.name.to_string(),
            product_name: p.name.to_string(),
            product_model: p.model.to_string(),
            category: enum_name(&p.category),
            firmware_version: p.firmware_version.clone(),
            hardware_version: p.hardware_version.clone(),
            release_date: p.release_date,
        };
        let date = assessment.assessment_date;
        let mark = Mark {
            level: assessment.level,
            level_name: texts.level_name(assessment.level),
            catalog_version: assessment.catalog.version.clone(),
            assessment_date: date,
            next_level: assessment.next_level.as_ref().map(|n| NextLevel {
                level: n.level,
                level_name: texts.level_name(n.level),
                missing: n.missing.clone(),
            }),
        };
        let (status, certificate_id) = match &options.certificate {
            Some(c) => (c.status, Some(c.id.clone())),
            None => (MarkStatus::SelfAssessed, None),
        };
        let base = options.registry_base.trim_end_matches('/');
        let product_id = product_id(&product.manufacturer_name, &product.product_model);
        let registry_url = format!("{base}/p/{product_id}");
        let updates = d.updates.as_ref();
        let support_period = updates.and_then(|u| u.support.as_ref());
        let end_date = support_period.and_then(|s| s.end_date);
        let support = Support {
            end_date,
            published_at: support_period.and_then(|s| s.published_at.clone()),
            days_left: end_date.map(|e| (e - date).num_days()),
        };
        let update_policy = match updates.and_then(|u| u.mechanism) {
            Some(UpdateMechanism::Automatic) => {
                match (
                    updates.and_then(|u| u.automatic_by_default),
                    updates.and_then(|u| u.user_can_disable),
                ) {
                    (Some(false), _) => UpdatePolicy::Manual,
                    (_, Some(false)) => UpdatePolicy::AutomaticMayNotOptOut,
                    _ => UpdatePolicy::AutomaticMayOptOut,
                }
            }
            Some(UpdateMechanism::Manual | UpdateMechanism::Offline) => UpdatePolicy::Manual,
            Some(UpdateMechanism::None) => UpdatePolicy::NoUpdates,
            None => UpdatePolicy::NotDisclosed,
        };
        let mut sensors: Vec<String> = d.sensors.iter().flatten().map(enum_name).collect();
        sensors.dedup();
        let mut actuators: Vec<String> = d.actuators.iter().flatten().map(enum_name).collect();
        actuators.dedup();
        let data = d.data.as_ref();
        let mut recipients: Vec<String> = data
            .iter()
            .flat_map(|x| x.sharing.iter())
            .map(|s| enum_name(&s.recipient_type))
            .collect();
        recipients.sort();
        recipients.dedup();
        let data = DataSharing {
            shared: data.map(|x| !x.sharing.is_empty()),
            sold: data.and_then(|x| {
                let any_sold = x.sharing.iter().any(|s| s.sold);
                match x.sold {
                    Some(sold) => Some(sold || any_sold),
                    None => any_sold.then_some(true),
                }
            }),
            recipients,
        };
        let functionality = d.functionality.as_ref();
        let availability = |a: Option<decl::Availability>| match a {
            Some(decl::Availability::Full) => Availability::Full,
            Some(decl::Availability::Partial) => Availability::Partial,
            Some(decl::Availability::None) => Availability::None,
            None => Availability::NotDisclosed,
        };
        let repairability = d.repairability.as_ref();
        let battery = repairability.and_then(|r| r.battery.as_ref());
        let repair = Repair {
            spare_parts_years: repairability.and_then(|r| r.spare_parts_years),
            repair_manual: repairability.map(|r| r.repair_manual_url.is_some()),
            replaceable_battery: battery
                .filter(|b| b.present)
                .and_then(|b| b.user_replaceable),
            has_battery: battery.map(|b| b.present),
        };
        let areas = assessment
            .areas
            .iter()
            .map(|a| AreaGrade {
                id: a.id.clone(),
                name: texts.area_name(&a.id),
                consumer: texts
                    .get(&format!("area-{}", a.id), Some("consumer"), None)
                    .unwrap_or_default(),
                grade: a.grade,
                score: a.score,
                met: a.met,
                not_met: a.not_met,
                unknown: a.unknown,
                not_applicable: a.not_applicable,
            })
            .collect();
        let criteria = assessment
            .verdicts
            .iter()
            .map(|v| CriterionLine {
                id: v.criterion.clone(),
                area: v.area.clone(),
                level: v.level,
                required: v.required,
                title: texts.title(&v.criterion),
                consumer: texts.consumer(&v.criterion),
                status: v.status,
                basis: v.basis,
                explanation: v.explanation.clone(),
                references: catalog
                    .criterion(&v.criterion)
                    .map(|c| {
                        c.references
                            .iter()
                            .map(|r| SchemeReference {
                                scheme: r.scheme.clone(),
                                clause: r.clause.clone(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
        let mut scanned = false;
        let mut found = Vec::new();
        for f in &assessment.findings {
            match &f.kind {
                FindingKind::SbomSummary {
                    vulnerability_data, ..
                } => scanned |= *vulnerability_data,
                FindingKind::VulnKnown {
                    id,
                    component,
                    installed,
                    fixed,
                    severity,
                    kev,
                    suppressed_by,
                    ..
                } => found.push(VulnerabilityLine {
                    id: id.clone(),
                    component: component.clone(),
                    installed: installed.clone(),
                    fixed: fixed.clone(),
                    severity: severity.clone(),
                    kev: *kev,
                    suppressed_by: suppressed_by.clone(),
                }),
                _ => {}
            }
        }
        let schemes = assessment
            .schemes
            .iter()
            .map(|s| SchemeLine {
                scheme: s.scheme.clone(),
                name: catalog
                    .scheme(&s.scheme)
                    .map_or_else(|| s.scheme.clone(), |x| x.name.clone()),
                clauses: s.clauses,
                met: s.met,
                not_met: s.not_met,
                unknown: s.unknown,
                uncovered: s.uncovered,
            })
            .collect();
        LabelModel {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            lang: texts.lang().to_owned(),
            product,
            mark,
            status,
            certificate_id,
            product_id,
            registry_url,
            support,
            updates: update_policy,
            sensors,
            actuators,
            data,
            works_offline: availability(functionality.and_then(|f| f.without_internet)),
            works_without_account: availability(functionality.and_then(|f| f.without_account)),
            repair,
            areas,
            criteria,
            vulnerabilities: Vulnerabilities { scanned, found },
            schemes,
        }
    }
}

/// The snake_case name serde gives a declaration enum value.
fn enum_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_policy_names_are_the_json_names() {
        for p in [
            UpdatePolicy::AutomaticMayOptOut,
            UpdatePolicy::AutomaticMayNotOptOut,
            UpdatePolicy::Manual,
            UpdatePolicy::NoUpdates,
            UpdatePolicy::NotDisclosed,
        ] {
            assert_eq!(serde_json::to_value(p).expect("json"), p.name());
        }
    }
}
