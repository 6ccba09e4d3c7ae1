//! A product as a CTA-2120 registry record (the US Cyber Trust Mark's
//! registry and label data, USCTM JSON schema 1.0.0), built from the
//! product's English `label.json` and its declaration the way
//! `docs/label-format.md` maps one to the other.
//!
//! | record field | from |
//! |---|---|
//! | `schema_version` | always `1.0.0` |
//! | `QR_code_url` | `registry_url` of the label (what its QR code encodes) |
//! | `product_name`, `manufacturer_name`, `product_model` | `product.*` |
//! | `version_and_model_numbers` | model, firmware and hardware versions |
//! | `support_date` | `support.end_date` (`null`: no commitment) |
//! | `security_update_information` | `updates`, as the schema's words (`Automatic - may opt out`, …) in `update_default` and `update_options` |
//! | `sensor_data_collection` | `sensors`: audio = microphone, images = camera, position = location |
//! | `access_control` | `works_without_account` (`full`: `no_account`), and the declaration's passwords and multi-factor sign-in |
//! | `authorization_date`, `authorized_by` | the certificate, while it is in force (valid or attention); else `null` |
//! | `security_contact` | the declaration's `vulnerability_disclosure.contact` |
//! | `sbom_hbom_maintained` | the declaration's `vulnerability_disclosure.sbom` (else whether an SBOM was scanned) |
//! | `iotmark` | not CTA-2120: the registry's id, level, status and certificate |
//!
//! A fact not declared is `null`, never a guess. Left out, as the mapping
//! says: the free-text `securing_this_product`, `delete_data`,
//! `account_deactivation` and `encryption_and_key_management`, and the
//! bookkeeping `created` and `modified` (the registry keeps no such times).

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use iotmark_cert::event::Status as CertificateStatus;
use iotmark_cert::statement::CertificateStatement;
use iotmark_declaration::Declaration;
use iotmark_declaration::types::{DefaultPassword, MultiFactor};
use iotmark_label::{Availability, LabelModel, UpdatePolicy};
use serde_json::{Value, json};

use super::{LangParam, Shared};
use crate::store::{CertificateRecord, Product};

/// The USCTM schema version the record follows.
pub const SCHEMA_VERSION: &str = "1.0.0";

/// The record's routes: `GET /p/{id}/cta-2120.json`.
pub(super) fn routes() -> Router<Shared> {
    Router::new().route("/p/{id}/cta-2120.json", get(download))
}

async fn download(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    let lang = super::i18n::negotiate(params.lang.as_deref(), &headers);
    let product = match state.db.product(&id).await {
        Ok(Some(p)) => p,
        Ok(None) => return super::not_found(lang),
        Err(e) => return super::server_error(lang, "reading a product", &e),
    };
    let certificates: Vec<_> = match state.db.certificates_of(&id).await {
        Ok(c) => c.into_iter().map(|c| c.as_of((state.today)())).collect(),
        Err(e) => return super::server_error(lang, "reading certificates", &e),
    };
    let value = record(&product, certificates.first(), &super::base_url(&headers));
    let mut body = serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string());
    body.push('\n');
    super::download(
        "application/json",
        &format!("{}cta-2120.json", super::stem(&id, "")),
        body.into_bytes(),
    )
}

/// The CTA-2120 registry record of `product` with its current
/// `certificate`; `base_url` (no trailing `/`) is the registry's address,
/// for the links that are not on the label.
pub fn record(product: &Product, certificate: Option<&CertificateRecord>, base_url: &str) -> Value {
    let base = base_url.trim_end_matches('/');
    let d = &product.data;
    let label: Option<LabelModel> = d
        .labels
        .get("en")
        .and_then(|json| serde_json::from_str(json).ok());
    let declaration = iotmark_declaration::load(&d.declaration_name, &d.declaration).ok();
    let label = label.as_ref();
    let declaration = declaration.as_ref();

    let qr_code_url = label
        .map(|l| l.registry_url.clone())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| format!("{base}/p/{}", product.id));
    let update = update_words(label.map_or(UpdatePolicy::NotDisclosed, |l| l.updates));
    let hardware_version = label.and_then(|l| l.product.hardware_version.clone());
    let support_date = label.map_or(d.support_end, |l| l.support.end_date);

    let in_force = certificate.filter(|c| {
        matches!(
            c.status,
            CertificateStatus::Valid | CertificateStatus::Attention
        )
    });
    let (authorization_date, authorized_by) = match in_force {
        Some(c) => (
            json!(c.issued_on),
            json!({
                "name": certification_body(c),
                "contact": base,
            }),
        ),
        None => (Value::Null, Value::Null),
    };

    let vd = declaration.and_then(|x| x.vulnerability_disclosure.as_ref());
    let security_contact = vd.and_then(|v| v.contact.as_deref()).map(contact_address);
    let sbom = vd.and_then(|v| v.sbom.as_ref());
    let sbom_maintained = sbom
        .and_then(|s| s.maintained)
        .or_else(|| label.filter(|l| l.vulnerabilities.scanned).map(|_| true));
    let hbom_maintained = sbom.and_then(|s| s.hbom);

    json!({
        "schema_version": SCHEMA_VERSION,
        "QR_code_url": qr_code_url,
        "product_name": d.name,
        "manufacturer_name": d.manufacturer,
        "product_model": d.model,
        "version_and_model_numbers": {
            "product_model": d.model,
            "firmware_version": d.firmware_version,
            "hardware_version": hardware_version,
        },
        "support_date": support_date,
        "security_update_information": {
            "update_default": update,
            "update_options": [update],
        },
        "sensor_data_collection": sensors(label, declaration),
        "access_control": access_control(label, declaration),
        "authorization_date": authorization_date,
        "authorized_by": authorized_by,
        "security_contact": security_contact,
        "sbom_hbom_maintained": {
            "sbom_maintained": sbom_maintained,
            "hbom_maintained": hbom_maintained,
        },
        "iotmark": {
            "product_id": product.id,
            "level": d.level,
            "status": certificate.map_or(d.status, |c| super::mark_status(c.status)).name(),
            "certificate_id": certificate.map(|c| c.id.clone()),
            "certificate_status": certificate.map(|c| c.status.as_str()),
            "certificate_valid_until": certificate.map(|c| c.valid_until),
            "registry_url": format!("{base}/p/{}", product.id),
        },
    })
}

/// CTA-2120's words for an update policy (its `update_options` values).
pub fn update_words(policy: UpdatePolicy) -> &'static str {
    match policy {
        UpdatePolicy::AutomaticMayOptOut => "Automatic - may opt out",
        UpdatePolicy::AutomaticMayNotOptOut => "Automatic - may not opt out",
        UpdatePolicy::Manual => "Manual",
        UpdatePolicy::NoUpdates => "No updates",
        UpdatePolicy::NotDisclosed => "Not disclosed",
    }
}

/// The three sensors CTA-2120 names, each with whether the product has it
/// (`null` when the declaration does not list its sensors).
fn sensors(label: Option<&LabelModel>, declaration: Option<&Declaration>) -> Value {
    let undeclared = declaration.is_some_and(|d| d.sensors.is_none()) || label.is_none();
    let list: Vec<Value> = [
        ("audio", "microphone"),
        ("images", "camera"),
        ("position", "location"),
    ]
    .into_iter()
    .map(|(sensing, sensor)| {
        let has = if undeclared {
            Value::Null
        } else {
            Value::Bool(label.is_some_and(|l| l.sensors.iter().any(|s| s == sensor)))
        };
        json!({"sensing": sensing, "has": has})
    })
    .collect();
    Value::Array(list)
}

/// `access_control`: the ways in (`password`, `MFA`, `no_account`), the
/// kind of password and whether its owner can change it.
fn access_control(label: Option<&LabelModel>, declaration: Option<&Declaration>) -> Value {
    let mut options = Vec::new();
    let mut out = serde_json::Map::new();
    let auth = declaration.and_then(|d| d.authentication.as_ref());
    let password_type = match auth.and_then(|a| a.default_password) {
        Some(DefaultPassword::UniquePerDevice | DefaultPassword::Universal) => {
            Some("factory_default")
        }
        Some(DefaultPassword::SetByUser) => Some("user_generated"),
        Some(DefaultPassword::NoPassword) | None => None,
    };
    if let Some(kind) = password_type {
        options.push("password");
        out.insert("password_type".to_owned(), json!(kind));
        if kind == "factory_default" {
            out.insert(
                "user_changeable".to_owned(),
                json!(auth.and_then(|a| a.user_can_change)),
            );
        }
    }
    let multi_factor = declaration
        .and_then(|d| d.accounts.as_ref())
        .and_then(|a| a.multi_factor);
    if matches!(
        multi_factor,
        Some(MultiFactor::Optional | MultiFactor::Required)
    ) {
        options.push("MFA");
    }
    if label.is_some_and(|l| l.works_without_account == Availability::Full) {
        options.push("no_account");
    }
    if options.is_empty() {
        options.push("not_disclosed");
    }
    out.insert("password_options".to_owned(), json!(options));
    Value::Object(out)
}

/// A contact as CTA-2120 takes it: an e-mail address (without `mailto:`)
/// or a URL.
fn contact_address(contact: &str) -> String {
    match contact.strip_prefix("mailto:") {
        Some(address) => address.split('?').next().unwrap_or_default().to_owned(),
        None => contact.to_owned(),
    }
}

/// The name of the body that signed the certificate, read from its
/// envelope (`null` when the envelope does not read as a certificate).
fn certification_body(c: &CertificateRecord) -> Value {
    iotmark_cert::dsse::Envelope::from_json(&c.envelope)
        .ok()
        .and_then(|e| e.payload_bytes().ok())
        .and_then(|p| CertificateStatement::parse(&p).ok())
        .map_or(Value::Null, |s| {
            Value::String(s.predicate.certification_body.name)
        })
}
