//! The rule registry: one rule per catalog criterion, and nothing else.
//!
//! **Invariant:** criterion ids appear in Rust code only here and in tests;
//! a test checks that every criterion has a rule and every rule a criterion.
//! Rules read the declaration and the catalog's parameters; weights, levels
//! and thresholds live in the catalog data.

use chrono::{Datelike, NaiveDate};
use iotmark_catalog::Criterion;
use iotmark_declaration::Declaration;
use iotmark_declaration::types::{
    Advertising, Availability, DefaultPassword, MultiFactor, PasswordGeneration, RecipientType,
    Standard, TlsVersion, UpdateMechanism, WcagLevel,
};
use iotmark_model::{Basis, Finding, FindingKind, Status};

use crate::outcome::{Outcome, Part, all, any, at_least, at_most, flag, flag_false, present};

/// What a rule sees.
#[derive(Debug)]
pub struct Ctx<'a> {
    pub d: &'a Declaration,
    pub criterion: &'a Criterion,
    pub findings: &'a [Finding],
    /// The assessment date (an input; rules never read the clock).
    pub date: NaiveDate,
}

impl Ctx<'_> {
    fn num(&self, name: &str) -> f64 {
        self.criterion.number(name).unwrap_or(f64::NAN)
    }
}

/// A rule: the verdict for one criterion, before findings are applied.
pub type Rule = fn(&Ctx<'_>) -> Outcome;

/// `get!(d.a.b.c)`: follow a chain of optional fields.
macro_rules! get {
    ($root:ident . $first:ident $(. $rest:ident)*) => {{
        let v = $root.$first.as_ref();
        $( let v = v.and_then(|x| x.$rest.as_ref()); )*
        v
    }};
}

fn b(v: Option<&bool>) -> Option<bool> {
    v.copied()
}

fn n(v: Option<&u32>) -> Option<f64> {
    v.map(|x| f64::from(*x))
}

fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let m =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if to.day() < from.day() { m - 1 } else { m }
}

fn recent(path: &str, date: Option<&NaiveDate>, today: NaiveDate, max_months: f64) -> Part {
    match date {
        None => Part::unknown(path),
        Some(d) if *d > today => {
            Part::not_met(path, format!("`{path}` ({d}) is after the assessment date"))
        }
        Some(d) => {
            let age = months_between(*d, today) as f64;
            if age <= max_months {
                Part::met(
                    path,
                    format!("`{path}` is {d}, {age} months before the assessment"),
                )
            } else {
                Part::not_met(
                    path,
                    format!("`{path}` is {d}, {age} months old (at most {max_months})"),
                )
            }
        }
    }
}

/// The registry, in catalog order.
pub const RULES: &[(&str, Rule)] = &[
    ("SEC-01", sec_01),
    ("SEC-02", sec_02),
    ("SEC-03", |c| {
        let d = c.d;
        all(vec![flag(
            "authentication.user_can_change",
            b(get!(d.authentication.user_can_change)),
        )])
    }),
    ("SEC-04", |c| {
        let d = c.d;
        all(vec![flag(
            "authentication.brute_force_protection",
            b(get!(d.authentication.brute_force_protection)),
        )])
    }),
    ("SEC-05", |c| {
        let d = c.d;
        all(vec![flag(
            "authentication.best_practice_crypto",
            b(get!(d.authentication.best_practice_crypto)),
        )])
    }),
    ("SEC-06", sec_06),
    ("SEC-07", |c| {
        let d = c.d;
        all(vec![flag(
            "security.secure_storage",
            b(get!(d.security.secure_storage)),
        )])
    }),
    ("SEC-08", |c| {
        let d = c.d;
        all(vec![
            flag(
                "security.no_hardcoded_secrets",
                b(get!(d.security.no_hardcoded_secrets)),
            ),
            flag(
                "security.per_device_keys",
                b(get!(d.security.per_device_keys)),
            ),
        ])
    }),
    ("SEC-09", |c| {
        let d = c.d;
        all(vec![flag(
            "security.authenticated_configuration",
            b(get!(d.security.authenticated_configuration)),
        )])
    }),
    ("SEC-10", sec_10),
    ("SEC-11", |c| {
        let d = c.d;
        all(vec![flag(
            "security.debug_interfaces_disabled",
            b(get!(d.security.debug_interfaces_disabled)),
        )])
    }),
    ("SEC-12", |c| {
        let d = c.d;
        all(vec![flag(
            "security.input_validation",
            b(get!(d.security.input_validation)),
        )])
    }),
    ("SEC-13", |c| {
        let d = c.d;
        all(vec![flag(
            "security.secure_by_default",
            b(get!(d.security.secure_by_default)),
        )])
    }),
    ("SEC-14", |c| {
        let d = c.d;
        all(vec![flag(
            "security.secure_boot",
            b(get!(d.security.secure_boot)),
        )])
    }),
    ("SEC-15", sec_15),
    ("SEC-16", |c| {
        let d = c.d;
        all(vec![
            flag(
                "security.resilience.denial_of_service_protection",
                b(get!(d.security.resilience.denial_of_service_protection)),
            ),
            flag(
                "security.resilience.limits_harm_to_networks",
                b(get!(d.security.resilience.limits_harm_to_networks)),
            ),
        ])
    }),
    ("SEC-17", |c| {
        let d = c.d;
        all(vec![
            flag(
                "security.security_logging.enabled",
                b(get!(d.security.security_logging.enabled)),
            ),
            flag(
                "security.security_logging.user_can_opt_out",
                b(get!(d.security.security_logging.user_can_opt_out)),
            ),
        ])
    }),
    ("SEC-18", |c| {
        let d = c.d;
        all(vec![flag(
            "security.encryption_at_rest",
            b(get!(d.security.encryption_at_rest)),
        )])
    }),
    ("SEC-19", |c| {
        let d = c.d;
        let p = "accounts.multi_factor";
        all(vec![match get!(d.accounts.multi_factor) {
            Some(MultiFactor::Optional | MultiFactor::Required) => {
                Part::met(p, format!("`{p}` is offered"))
            }
            Some(MultiFactor::NotOffered) => Part::not_met(p, format!("`{p}` is not offered")),
            None => Part::unknown(p),
        }])
    }),
    ("UPD-01", upd_01),
    ("UPD-02", upd_02),
    ("UPD-03", |c| {
        let d = c.d;
        all(vec![flag(
            "updates.simple_for_user",
            b(get!(d.updates.simple_for_user)),
        )])
    }),
    ("UPD-04", upd_04),
    ("UPD-05", |c| {
        let p = "product.identification";
        all(vec![if c.d.product.identification.is_empty() {
            Part::unknown_because(
                p,
                format!("`{p}` lists no place where the model and firmware version can be read"),
            )
        } else {
            Part::met(
                p,
                format!("`{p}` lists {} place(s)", c.d.product.identification.len()),
            )
        }])
    }),
    ("UPD-06", |c| {
        let d = c.d;
        let auto = flag(
            "updates.automatic_by_default",
            b(get!(d.updates.automatic_by_default)),
        );
        let control = any(vec![
            flag(
                "updates.user_can_postpone",
                b(get!(d.updates.user_can_postpone)),
            ),
            flag(
                "updates.user_can_disable",
                b(get!(d.updates.user_can_disable)),
            ),
        ]);
        let control_part = Part {
            status: control.status,
            fact: match control.status {
                Status::Met => "the user can postpone or turn off updates".to_owned(),
                _ => "neither `updates.user_can_postpone` nor `updates.user_can_disable` is declared true".to_owned(),
            },
            path: "updates.user_can_postpone".to_owned(),
        };
        all(vec![auto, control_part])
    }),
    ("UPD-07", |c| {
        let d = c.d;
        all(vec![flag(
            "updates.free_of_charge",
            b(get!(d.updates.free_of_charge)),
        )])
    }),
    ("UPD-08", upd_08),
    ("UPD-09", |c| {
        let d = c.d;
        all(vec![flag(
            "updates.notifies_user",
            b(get!(d.updates.notifies_user)),
        )])
    }),
    ("UPD-10", |c| {
        let d = c.d;
        all(vec![flag(
            "updates.security_separate_from_features",
            b(get!(d.updates.security_separate_from_features)),
        )])
    }),
    ("UPD-11", |c| {
        let d = c.d;
        all(vec![present(
            "updates.release_notes_url",
            get!(d.updates.release_notes_url),
        )])
    }),
    ("UPD-12", |c| {
        let d = c.d;
        all(vec![present(
            "updates.end_of_life.plan_url",
            get!(d.updates.end_of_life.plan_url),
        )])
    }),
    ("UPD-13", |c| {
        let d = c.d;
        all(vec![flag(
            "updates.end_of_life.core_functions_preserved",
            b(get!(d.updates.end_of_life.core_functions_preserved)),
        )])
    }),
    ("VUL-01", vul_01),
    ("VUL-02", vul_02),
    ("VUL-03", vul_03),
    ("VUL-04", vul_04),
    ("VUL-05", |c| {
        let d = c.d;
        all(vec![present(
            "vulnerability_disclosure.advisories_url",
            get!(d.vulnerability_disclosure.advisories_url),
        )])
    }),
    ("VUL-06", |c| {
        let d = c.d;
        all(vec![flag(
            "vulnerability_disclosure.exploited_vulnerability_reporting",
            b(get!(
                d.vulnerability_disclosure.exploited_vulnerability_reporting
            )),
        )])
    }),
    ("VUL-07", |c| {
        let d = c.d;
        all(vec![flag(
            "vulnerability_disclosure.security_testing.regular",
            b(get!(d.vulnerability_disclosure.security_testing.regular)),
        )])
    }),
    ("VUL-08", |c| {
        let d = c.d;
        all(vec![flag(
            "vulnerability_disclosure.safe_harbour",
            b(get!(d.vulnerability_disclosure.safe_harbour)),
        )])
    }),
    ("VUL-09", |c| {
        let d = c.d;
        all(vec![
            flag(
                "vulnerability_disclosure.security_testing.penetration_test.independent",
                b(get!(
                    d.vulnerability_disclosure
                        .security_testing
                        .penetration_test
                        .independent
                )),
            ),
            recent(
                "vulnerability_disclosure.security_testing.penetration_test.date",
                get!(
                    d.vulnerability_disclosure
                        .security_testing
                        .penetration_test
                        .date
                ),
                c.date,
                c.num("max_age_months"),
            ),
        ])
    }),
    ("VUL-10", |c| {
        let d = c.d;
        all(vec![flag(
            "vulnerability_disclosure.sbom.hbom",
            b(get!(d.vulnerability_disclosure.sbom.hbom)),
        )])
    }),
    ("VUL-11", vul_11),
    ("PRV-01", prv_01),
    ("PRV-02", |c| {
        let d = c.d;
        let list = |p: &str, v: Option<usize>| match v {
            Some(k) => Part::met(p, format!("`{p}` lists {k}")),
            None => Part::unknown(p),
        };
        all(vec![
            list("sensors", d.sensors.as_ref().map(Vec::len)),
            list("actuators", d.actuators.as_ref().map(Vec::len)),
        ])
    }),
    ("PRV-03", |c| {
        let d = c.d;
        match b(get!(d.data.telemetry.collected)) {
            Some(false) => all(vec![Part::met(
                "data.telemetry.collected",
                "`data.telemetry.collected: false`",
            )]),
            _ => all(vec![flag(
                "data.telemetry.disclosed",
                b(get!(d.data.telemetry.disclosed)),
            )]),
        }
    }),
    ("PRV-04", |c| {
        let d = c.d;
        all(vec![
            flag(
                "data.consent.obtained_before_processing",
                b(get!(d.data.consent.obtained_before_processing)),
            ),
            flag(
                "data.consent.withdrawable",
                b(get!(d.data.consent.withdrawable)),
            ),
        ])
    }),
    ("PRV-05", |c| {
        let d = c.d;
        all(vec![flag(
            "security.encryption_in_transit.all_connections",
            b(get!(d.security.encryption_in_transit.all_connections)),
        )])
    }),
    ("PRV-06", prv_06),
    ("PRV-07", prv_07),
    ("PRV-08", |c| {
        let d = c.d;
        let p = "data.advertising";
        all(vec![match get!(d.data.advertising) {
            Some(Advertising::None) => Part::met(p, format!("`{p}: none`")),
            Some(Advertising::OptIn) => Part::met(p, format!("`{p}: opt_in`")),
            Some(Advertising::OptOut) => Part::not_met(
                p,
                format!("`{p}` is opt_out: ads and profiling are on unless the user objects"),
            ),
            Some(Advertising::Always) => Part::not_met(
                p,
                format!("`{p}` is always: the user cannot refuse ads or profiling"),
            ),
            None => Part::unknown(p),
        }])
    }),
    ("PRV-09", |c| {
        let d = c.d;
        let p = "data.collected";
        all(vec![match get!(d.data.collected) {
            None => Part::unknown(p),
            Some(list) => {
                let missing: Vec<String> = list
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.retention_days.is_none())
                    .map(|(i, _)| format!("`{p}[{i}].retention_days`"))
                    .collect();
                if missing.is_empty() {
                    Part::met(
                        p,
                        format!(
                            "every one of the {} `{p}` entries states its retention",
                            list.len()
                        ),
                    )
                } else {
                    Part::unknown_because(p, format!("{} not declared", missing.join(", ")))
                }
            }
        }])
    }),
    ("PRV-10", |c| {
        let d = c.d;
        all(vec![
            flag(
                "data.children.parental_consent",
                b(get!(d.data.children.parental_consent)),
            ),
            flag(
                "data.children.no_profiling",
                b(get!(d.data.children.no_profiling)),
            ),
        ])
    }),
    ("PRV-11", |c| {
        let d = c.d;
        all(vec![
            flag(
                "user_controls.recording_indicator",
                b(get!(d.user_controls.recording_indicator)),
            ),
            flag(
                "user_controls.physical_privacy_switch",
                b(get!(d.user_controls.physical_privacy_switch)),
            ),
        ])
    }),
    ("PRV-12", |c| {
        let d = c.d;
        all(vec![flag(
            "data.local_processing_by_default",
            b(get!(d.data.local_processing_by_default)),
        )])
    }),
    ("GOV-01", |c| {
        let d = c.d;
        all(vec![flag(
            "user_rights.device_reset_erases_data",
            b(get!(d.user_rights.device_reset_erases_data)),
        )])
    }),
    ("GOV-02", |c| {
        let d = c.d;
        let mut parts = vec![flag(
            "user_rights.cloud_data_deletion",
            b(get!(d.user_rights.cloud_data_deletion)),
        )];
        if b(get!(d.accounts.required)) != Some(false) {
            parts.push(flag(
                "user_rights.account_deletion",
                b(get!(d.user_rights.account_deletion)),
            ));
        }
        all(parts)
    }),
    ("GOV-03", |c| {
        let d = c.d;
        all(vec![
            flag(
                "user_rights.data_export.available",
                b(get!(d.user_rights.data_export.available)),
            ),
            flag(
                "user_rights.data_export.free_of_charge",
                b(get!(d.user_rights.data_export.free_of_charge)),
            ),
        ])
    }),
    ("GOV-04", |c| {
        let d = c.d;
        let mut parts = vec![
            flag("user_rights.correction", b(get!(d.user_rights.correction))),
            flag(
                "user_rights.restriction",
                b(get!(d.user_rights.restriction)),
            ),
        ];
        if b(get!(d.user_rights.automated_decision_review)) == Some(false) {
            parts.push(flag("user_rights.automated_decision_review", Some(false)));
        }
        all(parts)
    }),
    ("GOV-05", |c| {
        let d = c.d;
        all(vec![
            flag(
                "user_rights.ownership_transfer.supported",
                b(get!(d.user_rights.ownership_transfer.supported)),
            ),
            flag(
                "user_rights.ownership_transfer.previous_owner_removed",
                b(get!(
                    d.user_rights.ownership_transfer.previous_owner_removed
                )),
            ),
        ])
    }),
    ("GOV-06", |c| {
        let d = c.d;
        all(vec![
            flag(
                "transparency.terms_duration_stated",
                b(get!(d.transparency.terms_duration_stated)),
            ),
            at_least(
                "transparency.terms_change_notice_days",
                n(get!(d.transparency.terms_change_notice_days)),
                c.num("min_notice_days"),
                "days",
            ),
        ])
    }),
    ("GOV-07", |c| {
        let d = c.d;
        all(vec![
            present(
                "product.intended_purpose",
                d.product.intended_purpose.as_ref(),
            ),
            flag(
                "transparency.foreseeable_risks_described",
                b(get!(d.transparency.foreseeable_risks_described)),
            ),
        ])
    }),
    ("GOV-08", |c| {
        let d = c.d;
        all(vec![
            present(
                "transparency.secure_setup_guide_url",
                get!(d.transparency.secure_setup_guide_url),
            ),
            present(
                "transparency.decommissioning_guide_url",
                get!(d.transparency.decommissioning_guide_url),
            ),
        ])
    }),
    ("GOV-09", |c| {
        let d = c.d;
        let sub = "functionality.subscription_required";
        all(vec![
            present(
                "transparency.business_model",
                get!(d.transparency.business_model),
            ),
            match b(get!(d.functionality.subscription_required)) {
                Some(v) => Part::met(sub, format!("`{sub}: {v}` is stated")),
                None => Part::unknown(sub),
            },
        ])
    }),
    ("GOV-10", |c| {
        let d = c.d;
        all(vec![present(
            "transparency.transparency_report_url",
            get!(d.transparency.transparency_report_url),
        )])
    }),
    ("GOV-11", |c| {
        let d = c.d;
        all(vec![flag(
            "transparency.legal_consequences_explained",
            b(get!(d.transparency.legal_consequences_explained)),
        )])
    }),
    ("AGY-01", |c| {
        let d = c.d;
        all(vec![flag(
            "user_rights.reset_restores_secure_defaults",
            b(get!(d.user_rights.reset_restores_secure_defaults)),
        )])
    }),
    ("AGY-02", |c| {
        let d = c.d;
        let p = "functionality.without_internet";
        let o = match get!(d.functionality.without_internet) {
            None => all(vec![Part::unknown(p)]),
            Some(Availability::Full) => all(vec![Part::met(p, format!("`{p}: full`"))]),
            Some(_) => all(vec![
                Part::met(p, format!("`{p}` is stated")),
                present(
                    "functionality.offline_limitations",
                    get!(d.functionality.offline_limitations),
                ),
            ]),
        };
        unreached_endpoints(c, o)
    }),
    ("AGY-03", |c| {
        let d = c.d;
        all(vec![availability_full(
            "functionality.without_internet",
            get!(d.functionality.without_internet),
        )])
    }),
    ("AGY-04", |c| {
        let d = c.d;
        all(vec![
            availability_full(
                "functionality.without_account",
                get!(d.functionality.without_account),
            ),
            flag_false("accounts.required", b(get!(d.accounts.required))),
        ])
    }),
    ("AGY-05", |c| {
        let d = c.d;
        all(vec![flag(
            "user_controls.feature_toggles",
            b(get!(d.user_controls.feature_toggles)),
        )])
    }),
    ("AGY-06", |c| {
        let d = c.d;
        all(vec![flag(
            "user_controls.cloud_disconnect",
            b(get!(d.user_controls.cloud_disconnect)),
        )])
    }),
    ("AGY-07", |c| {
        let d = c.d;
        all(vec![flag_false(
            "functionality.subscription_required",
            b(get!(d.functionality.subscription_required)),
        )])
    }),
    ("INT-01", |c| {
        let p = "interoperability.standards";
        all(vec![
            match c.d.interoperability.as_ref().map(|i| &i.standards) {
                None => Part::unknown(p),
                Some(s) => {
                    let open: Vec<String> = s
                        .iter()
                        .filter(|x| **x != Standard::Other)
                        .map(|x| format!("{x:?}").to_lowercase())
                        .collect();
                    if open.is_empty() {
                        Part::not_met(p, format!("`{p}` names no open standard"))
                    } else {
                        Part::met(p, format!("`{p}` includes {}", open.join(", ")))
                    }
                }
            },
        ])
    }),
    ("INT-02", |c| {
        let d = c.d;
        all(vec![
            flag(
                "interoperability.local_api.available",
                b(get!(d.interoperability.local_api.available)),
            ),
            present(
                "interoperability.local_api.documentation_url",
                get!(d.interoperability.local_api.documentation_url),
            ),
        ])
    }),
    ("INT-03", |c| {
        let d = c.d;
        all(vec![
            flag(
                "interoperability.cloud_api.available",
                b(get!(d.interoperability.cloud_api.available)),
            ),
            present(
                "interoperability.cloud_api.documentation_url",
                get!(d.interoperability.cloud_api.documentation_url),
            ),
            flag(
                "interoperability.cloud_api.third_party_same_scope",
                b(get!(d.interoperability.cloud_api.third_party_same_scope)),
            ),
        ])
    }),
    ("INT-04", |c| {
        let d = c.d;
        all(vec![flag(
            "interoperability.third_party_devices",
            b(get!(d.interoperability.third_party_devices)),
        )])
    }),
    ("INT-05", |c| {
        let d = c.d;
        any(vec![
            present(
                "openness.firmware_source_url",
                get!(d.openness.firmware_source_url),
            ),
            present("openness.app_source_url", get!(d.openness.app_source_url)),
            present(
                "openness.backend_source_url",
                get!(d.openness.backend_source_url),
            ),
            present(
                "openness.hardware_design_url",
                get!(d.openness.hardware_design_url),
            ),
        ])
    }),
    ("INT-06", |c| {
        let p = "interoperability.certifications";
        all(vec![match c
            .d
            .interoperability
            .as_ref()
            .map(|i| i.certifications.len())
        {
            Some(k) if k > 0 => Part::met(p, format!("`{p}` lists {k} certificate(s)")),
            _ => Part::unknown_because(p, format!("`{p}` lists no certificate")),
        }])
    }),
    ("REP-01", |c| {
        let d = c.d;
        all(vec![present(
            "repairability.repair_manual_url",
            get!(d.repairability.repair_manual_url),
        )])
    }),
    ("REP-02", |c| {
        let d = c.d;
        all(vec![at_least(
            "repairability.spare_parts_years",
            n(get!(d.repairability.spare_parts_years)),
            c.num("min_years"),
            "years",
        )])
    }),
    ("REP-03", |c| {
        let d = c.d;
        all(vec![flag(
            "repairability.battery.user_replaceable",
            b(get!(d.repairability.battery.user_replaceable)),
        )])
    }),
    ("REP-04", |c| {
        let d = c.d;
        all(vec![flag(
            "repairability.no_parts_pairing",
            b(get!(d.repairability.no_parts_pairing)),
        )])
    }),
    ("REP-05", |c| {
        let d = c.d;
        all(vec![flag(
            "repairability.common_tools_only",
            b(get!(d.repairability.common_tools_only)),
        )])
    }),
    ("REP-06", |c| {
        let d = c.d;
        if b(get!(d.connectivity.cloud_service)) == Some(false) {
            return all(vec![Part::met(
                "connectivity.cloud_service",
                "`connectivity.cloud_service: false`: nothing stops when a cloud service ends",
            )]);
        }
        any(vec![
            flag(
                "updates.end_of_life.local_function_after_cloud_end",
                b(get!(d.updates.end_of_life.local_function_after_cloud_end)),
            ),
            flag(
                "repairability.reflashable_after_support",
                b(get!(d.repairability.reflashable_after_support)),
            ),
        ])
    }),
    ("REP-07", |c| {
        let d = c.d;
        all(vec![present(
            "environment.take_back_url",
            get!(d.environment.take_back_url),
        )])
    }),
    ("REP-08", |c| {
        let d = c.d;
        all(vec![at_most(
            "environment.standby_power_watts",
            get!(d.environment.standby_power_watts).copied(),
            c.num("max_watts"),
            "W",
        )])
    }),
    ("SUP-01", |c| {
        let d = c.d;
        all(vec![
            present("manufacturer.address", d.manufacturer.address.as_ref()),
            present(
                "manufacturer.contact_email",
                d.manufacturer.contact_email.as_ref(),
            ),
        ])
    }),
    ("SUP-02", |c| {
        let d = c.d;
        all(vec![present(
            "provenance.secure_development_process",
            get!(d.provenance.secure_development_process),
        )])
    }),
    ("SUP-03", |c| {
        let d = c.d;
        all(vec![flag(
            "provenance.supplier_security_requirements",
            b(get!(d.provenance.supplier_security_requirements)),
        )])
    }),
    ("SUP-04", |c| {
        let d = c.d;
        all(vec![recent(
            "provenance.risk_assessment_date",
            get!(d.provenance.risk_assessment_date),
            c.date,
            c.num("max_age_months"),
        )])
    }),
    ("SUP-05", |c| {
        let p = c.d.provenance.as_ref();
        let list = |path: &str, k: Option<usize>| match k {
            Some(k) if k > 0 => Part::met(path, format!("`{path}` lists {k}")),
            _ => Part::unknown_because(path, format!("`{path}` lists none")),
        };
        all(vec![
            list(
                "provenance.manufacturing_countries",
                p.map(|p| p.manufacturing_countries.len()),
            ),
            list("provenance.key_suppliers", p.map(|p| p.key_suppliers.len())),
        ])
    }),
    ("SUP-06", |c| {
        let d = c.d;
        all(vec![flag(
            "provenance.signed_build_provenance",
            b(get!(d.provenance.signed_build_provenance)),
        )])
    }),
    ("ACC-01", |c| {
        let d = c.d;
        all(vec![flag(
            "accessibility.operable_without_sight",
            b(get!(d.accessibility.operable_without_sight)),
        )])
    }),
    ("ACC-02", |c| {
        let d = c.d;
        all(vec![flag(
            "accessibility.operable_without_fine_motor",
            b(get!(d.accessibility.operable_without_fine_motor)),
        )])
    }),
    ("ACC-03", |c| {
        let d = c.d;
        all(vec![flag(
            "accessibility.multimodal_feedback",
            b(get!(d.accessibility.multimodal_feedback)),
        )])
    }),
    ("ACC-04", |c| {
        let d = c.d;
        all(vec![flag(
            "accessibility.accessible_documentation",
            b(get!(d.accessibility.accessible_documentation)),
        )])
    }),
    ("ACC-05", |c| {
        let d = c.d;
        let p = "accessibility.app_wcag_level";
        all(vec![match get!(d.accessibility.app_wcag_level) {
            Some(l @ (WcagLevel::AA | WcagLevel::AAA)) => Part::met(p, format!("`{p}: {l:?}`")),
            Some(l) => Part::not_met(p, format!("`{p}` is {l:?}, below AA")),
            None => Part::unknown(p),
        }])
    }),
    ("ACC-06", |c| {
        let p = "accessibility.support_channels";
        let k =
            c.d.accessibility
                .as_ref()
                .map(|a| a.support_channels.len() as f64);
        all(vec![at_least(p, k, c.num("min_channels"), "channel(s)")])
    }),
    ("ACT-01", act_01),
    ("ACT-02", |c| {
        let d = c.d;
        any(vec![
            present(
                "accountability.declaration_of_conformity_url",
                get!(d.accountability.declaration_of_conformity_url),
            ),
            present(
                "accountability.statement_of_compliance_url",
                get!(d.accountability.statement_of_compliance_url),
            ),
        ])
    }),
    ("ACT-03", |c| {
        let d = c.d;
        all(vec![
            present(
                "accountability.complaints_url",
                get!(d.accountability.complaints_url),
            ),
            match get!(d.accountability.complaints_response_days) {
                Some(v) => Part::met(
                    "accountability.complaints_response_days",
                    format!("complaints are answered within {v} days"),
                ),
                None => Part::unknown("accountability.complaints_response_days"),
            },
        ])
    }),
    ("ACT-04", |c| {
        let d = c.d;
        all(vec![at_least(
            "accountability.warranty_months",
            n(get!(d.accountability.warranty_months)),
            c.num("min_months"),
            "months",
        )])
    }),
    ("ACT-05", |c| {
        let d = c.d;
        all(vec![present(
            "accountability.customer_support_url",
            get!(d.accountability.customer_support_url),
        )])
    }),
    ("ACT-06", |c| {
        let d = c.d;
        let p = "evidence";
        all(vec![
            flag(
                "accountability.public_evidence_for_claims",
                b(get!(d.accountability.public_evidence_for_claims)),
            ),
            if d.evidence.is_empty() {
                Part::unknown_because(p, "no evidence file is attached")
            } else {
                Part::met(p, format!("{} evidence file(s) attached", d.evidence.len()))
            },
        ])
    }),
];

/// A known vulnerability that is not suppressed by a VEX statement.
struct ActiveVuln<'a> {
    finding: &'a Finding,
    id: &'a str,
    component: &'a str,
    installed: &'a str,
    fixed: &'a [String],
    severity: &'a str,
    kev: bool,
    published: Option<NaiveDate>,
}

fn active_vulns(findings: &[Finding]) -> Vec<ActiveVuln<'_>> {
    findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::VulnKnown {
                id,
                component,
                installed,
                fixed,
                severity,
                kev,
                published,
                suppressed_by: None,
                ..
            } => Some(ActiveVuln {
                finding: f,
                id,
                component,
                installed,
                fixed,
                severity,
                kev: *kev,
                published: published
                    .as_deref()
                    .and_then(|p| p.get(..10))
                    .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()),
            }),
            _ => None,
        })
        .collect()
}

/// The SBOM summary finding, when an SBOM was given as evidence.
fn sbom_summary(findings: &[Finding]) -> Option<(&Finding, usize, usize, bool)> {
    findings.iter().find_map(|f| match &f.kind {
        FindingKind::SbomSummary {
            components,
            identified,
            vulnerability_data,
            ..
        } => Some((f, *components, *identified, *vulnerability_data)),
        _ => None,
    })
}

fn cite(f: &Finding) -> String {
    format!("finding:{}@{}", f.name(), f.evidence)
}

fn list_vulns(v: &[&ActiveVuln<'_>]) -> String {
    const SHOWN: usize = 5;
    let mut parts: Vec<String> = v
        .iter()
        .take(SHOWN)
        .map(|x| format!("{} in {} {}", x.id, x.component, x.installed))
        .collect();
    if v.len() > SHOWN {
        parts.push(format!("and {} more", v.len() - SHOWN));
    }
    parts.join(", ")
}

/// Traffic neither proves nor disproves what works offline; endpoints the
/// MUD file allows that the capture never reaches are noted (the capture
/// may simply not have exercised them, or the device may run without them).
fn unreached_endpoints(c: &Ctx<'_>, mut o: Outcome) -> Outcome {
    let unused: Vec<&Finding> = c
        .findings
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::MudUnused { .. }))
        .collect();
    if unused.is_empty() {
        return o;
    }
    let rules: Vec<&str> = unused
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::MudUnused { rule, .. } => Some(rule.as_str()),
            _ => None,
        })
        .collect();
    let mud = match &unused[0].kind {
        FindingKind::MudUnused { mud, .. } => mud.as_str(),
        _ => "",
    };
    o.explanation = format!(
        "{} Noted: the capture `{}` never reaches {} the MUD file `{mud}` allows ({}); that neither confirms nor contradicts what works offline.",
        o.explanation,
        unused[0].evidence,
        if rules.len() == 1 {
            "one endpoint"
        } else {
            "endpoints"
        },
        rules.join("; ")
    );
    o.evidence.extend(unused.iter().map(|f| cite(f)));
    o
}

/// Evidence decides over a claim: `contradicted` when the claim was made,
/// `verified` (not met) when nothing was claimed.
fn refuted(mut o: Outcome, why: String, evidence: Vec<String>) -> Outcome {
    let claimed = o.status == Status::Met;
    o.status = Status::NotMet;
    o.basis = Some(if claimed {
        Basis::Contradicted
    } else {
        Basis::Verified
    });
    o.explanation = if claimed {
        format!("Contradicted: {why} The claim is not counted.")
    } else {
        format!("Not met, shown by evidence: {why}")
    };
    o.evidence.extend(evidence);
    o.findings_weighed = true;
    o
}

fn upd_04(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let declared_days = get!(d.updates.critical_fix_days).copied();
    let mut o = all(vec![at_most(
        "updates.critical_fix_days",
        declared_days.map(f64::from),
        c.num("max_days"),
        "days",
    )]);
    o.findings_weighed = true;
    let Some(days) = declared_days else { return o };
    let vulns = active_vulns(c.findings);
    let late: Vec<&ActiveVuln<'_>> = vulns
        .iter()
        .filter(|v| v.severity == "critical" && !v.fixed.is_empty())
        .filter(|v| {
            v.published
                .is_some_and(|p| (c.date - p).num_days() > i64::from(days))
        })
        .collect();
    if late.is_empty() {
        return o;
    }
    let evidence = late.iter().map(|v| cite(v.finding)).collect();
    refuted(
        o,
        format!(
            "the declared policy ships critical fixes within {days} days, but the SBOM still has {} whose fix has been public for longer: {}.",
            if late.len() == 1 {
                "a critical vulnerability".to_owned()
            } else {
                format!("{} critical vulnerabilities", late.len())
            },
            list_vulns(&late)
        ),
        evidence,
    )
}

fn vul_03(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut o = all(vec![
        flag(
            "vulnerability_disclosure.known_vulnerabilities.checked",
            b(get!(
                d.vulnerability_disclosure.known_vulnerabilities.checked
            )),
        ),
        flag(
            "vulnerability_disclosure.known_vulnerabilities.none_exploitable_at_release",
            b(get!(
                d.vulnerability_disclosure
                    .known_vulnerabilities
                    .none_exploitable_at_release
            )),
        ),
    ]);
    o.findings_weighed = true;
    let vulns = active_vulns(c.findings);
    let exploited: Vec<&ActiveVuln<'_>> = vulns.iter().filter(|v| v.kev).collect();
    if !exploited.is_empty() {
        let evidence = exploited.iter().map(|v| cite(v.finding)).collect();
        return refuted(
            o,
            format!(
                "the SBOM contains {} listed in CISA's Known Exploited Vulnerabilities catalog: {}.",
                if exploited.len() == 1 {
                    "a vulnerability".to_owned()
                } else {
                    format!("{} vulnerabilities", exploited.len())
                },
                list_vulns(&exploited)
            ),
            evidence,
        );
    }
    if let Some((f, components, _, true)) = sbom_summary(c.findings) {
        o.evidence.push(cite(f));
        let fact = format!(
            "the {components} components of `{}` were matched against the vulnerability data: none has a known exploited vulnerability",
            f.evidence
        );
        match o.status {
            Status::Met => {
                o.basis = Some(Basis::Verified);
                o.explanation = format!("{} Verified: {fact}.", o.explanation);
            }
            _ => {
                o.status = Status::Met;
                o.basis = Some(Basis::Verified);
                o.explanation = format!("Verified: {fact}.");
            }
        }
    }
    o
}

fn vul_04(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut o = all(vec![
        flag(
            "vulnerability_disclosure.sbom.maintained",
            b(get!(d.vulnerability_disclosure.sbom.maintained)),
        ),
        present(
            "vulnerability_disclosure.sbom.available_at",
            get!(d.vulnerability_disclosure.sbom.available_at),
        ),
    ]);
    o.findings_weighed = true;
    let Some((f, components, identified, _)) = sbom_summary(c.findings) else {
        return o;
    };
    let min = c.num("min_identified_share");
    let share = if components == 0 {
        0.0
    } else {
        identified as f64 / components as f64
    };
    let pct = (share * 100.0).round();
    if share < min {
        return refuted(
            o,
            format!(
                "`{}` lists {components} components, of which only {identified} ({pct}%) have a version and a purl or CPE; at least {}% are needed to check them.",
                f.evidence,
                (min * 100.0).round()
            ),
            vec![cite(f)],
        );
    }
    o.evidence.push(cite(f));
    if o.status == Status::Met {
        o.basis = Some(Basis::Verified);
        o.explanation = format!(
            "{} Verified: `{}` lists {components} components, {pct}% with a version and an identifier.",
            o.explanation, f.evidence
        );
    }
    o
}

fn vul_11(c: &Ctx<'_>) -> Outcome {
    let max_age = c.num("max_fix_age_days");
    let Some((f, components, _, true)) = sbom_summary(c.findings) else {
        let mut o = all(vec![Part::unknown_because(
            "evidence",
            "no SBOM matched against vulnerability data was given as evidence",
        )]);
        o.findings_weighed = true;
        return o;
    };
    let vulns = active_vulns(c.findings);
    let stale: Vec<&ActiveVuln<'_>> = vulns
        .iter()
        .filter(|v| matches!(v.severity, "critical" | "high") && !v.fixed.is_empty())
        .filter(|v| {
            v.published
                .is_some_and(|p| (c.date - p).num_days() as f64 > max_age)
        })
        .collect();
    let unrated = vulns
        .iter()
        .filter(|v| v.severity == "unknown" && !v.fixed.is_empty())
        .filter(|v| {
            v.published
                .is_some_and(|p| (c.date - p).num_days() as f64 > max_age)
        })
        .count();
    let mut evidence = vec![cite(f)];
    let (status, explanation) = if stale.is_empty() {
        let note = if unrated > 0 {
            format!(
                " {unrated} other vulnerabilit{} with such an old fix could not be rated: the data gives no CVSS vector or rating.",
                if unrated == 1 { "y" } else { "ies" }
            )
        } else {
            String::new()
        };
        (
            Status::Met,
            format!(
                "Verified: none of the {components} components of `{}` has a critical or high vulnerability whose fix has been public for more than {max_age} days.{note}",
                f.evidence
            ),
        )
    } else {
        evidence.extend(stale.iter().map(|v| cite(v.finding)));
        (
            Status::NotMet,
            format!(
                "Not met, shown by evidence: {} critical or high vulnerabilit{} with a fix public for more than {max_age} days: {}.",
                stale.len(),
                if stale.len() == 1 { "y" } else { "ies" },
                list_vulns(&stale)
            ),
        )
    };
    Outcome {
        status,
        basis: Some(Basis::Verified),
        explanation,
        evidence,
        findings_weighed: true,
    }
}

fn availability_full(path: &str, v: Option<&Availability>) -> Part {
    match v {
        Some(Availability::Full) => Part::met(path, format!("`{path}: full`")),
        Some(Availability::Partial) => Part::not_met(path, format!("`{path}` is partial")),
        Some(Availability::None) => Part::not_met(path, format!("`{path}` is none")),
        None => Part::unknown(path),
    }
}

fn sec_01(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let p = "authentication.default_password";
    all(vec![match get!(d.authentication.default_password) {
        Some(DefaultPassword::UniquePerDevice) => Part::met(p, format!("`{p}: unique_per_device`")),
        Some(DefaultPassword::SetByUser) => Part::met(p, format!("`{p}: set_by_user`")),
        Some(DefaultPassword::NoPassword) => Part::met(
            p,
            format!("`{p}: no_password` (no password-based interface)"),
        ),
        Some(DefaultPassword::Universal) => Part::not_met(
            p,
            format!("`{p}` is universal: every unit shares the same default password"),
        ),
        None => Part::unknown(p),
    }])
}

fn sec_02(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let p = "authentication.password_generation";
    all(vec![match get!(d.authentication.password_generation) {
        Some(PasswordGeneration::Random) => Part::met(p, format!("`{p}: random`")),
        Some(PasswordGeneration::DerivedFromIdentifier) => Part::not_met(
            p,
            format!(
                "`{p}` is derived_from_identifier: passwords can be guessed from serial numbers or addresses"
            ),
        ),
        None => Part::unknown(p),
    }])
}

fn sec_06(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut parts = vec![flag(
        "security.encryption_in_transit.all_connections",
        b(get!(d.security.encryption_in_transit.all_connections)),
    )];
    let p = "security.encryption_in_transit.minimum_tls";
    let min = match c.criterion.string("min_tls") {
        Some("1.3") => TlsVersion::V1_3,
        _ => TlsVersion::V1_2,
    };
    if let Some(v) = get!(d.security.encryption_in_transit.minimum_tls) {
        let name = |t: TlsVersion| match t {
            TlsVersion::V1_0 => "1.0",
            TlsVersion::V1_1 => "1.1",
            TlsVersion::V1_2 => "1.2",
            TlsVersion::V1_3 => "1.3",
        };
        parts.push(if *v >= min {
            Part::met(p, format!("`{p}: {}`", name(*v)))
        } else {
            Part::not_met(
                p,
                format!("`{p}` is TLS {}, older than {}", name(*v), name(min)),
            )
        });
    }
    let declared_min = get!(d.security.encryption_in_transit.minimum_tls)
        .copied()
        .map_or(min, |v| v.max(min));
    let o = all(parts);
    sec_06_traffic(c, o, declared_min)
}

/// SEC-06 against a capture: a cleartext flow to the internet, or TLS older
/// than the minimum, disproves it; a capture whose internet traffic is all
/// encrypted verifies it.
fn sec_06_traffic(c: &Ctx<'_>, mut o: Outcome, min: TlsVersion) -> Outcome {
    let tls = |v: &str| match v {
        "1.3" => Some(TlsVersion::V1_3),
        "1.2" => Some(TlsVersion::V1_2),
        "1.1" => Some(TlsVersion::V1_1),
        "1.0" => Some(TlsVersion::V1_0),
        // SSL 3.0 and older: below every version a declaration can name.
        _ => None,
    };
    let mut against = Vec::new();
    let mut evidence = Vec::new();
    for f in c.findings {
        match &f.kind {
            FindingKind::NetCleartext {
                dst,
                name,
                port,
                protocol,
                ..
            } => {
                let to = name
                    .as_deref()
                    .map_or_else(|| dst.clone(), |n| format!("{n} ({dst})"));
                against.push(format!(
                    "`{}` shows {} in clear text to {to} port {port}",
                    f.evidence,
                    protocol.to_uppercase()
                ));
                evidence.push(cite(f));
            }
            FindingKind::NetWeakTls {
                dst,
                name,
                port,
                version,
                negotiated,
            } if tls(version).is_none_or(|v| v < min) => {
                let to = name
                    .as_deref()
                    .map_or_else(|| dst.clone(), |n| format!("{n} ({dst})"));
                let version = if tls(version).is_some() {
                    format!("TLS {version}")
                } else {
                    version.clone()
                };
                against.push(format!(
                    "`{}` shows {version} {} with {to} port {port}",
                    f.evidence,
                    if *negotiated {
                        "negotiated"
                    } else {
                        "offered (and nothing newer)"
                    }
                ));
                evidence.push(cite(f));
            }
            FindingKind::NetEncrypted {
                lowest_tls: Some(lowest),
                ..
            } if tls(lowest).is_some_and(|v| v < min) => {
                against.push(format!(
                    "`{}` shows TLS {lowest} in use, older than the minimum TLS {}",
                    f.evidence,
                    match min {
                        TlsVersion::V1_3 => "1.3",
                        TlsVersion::V1_2 => "1.2",
                        TlsVersion::V1_1 => "1.1",
                        TlsVersion::V1_0 => "1.0",
                    }
                ));
                evidence.push(cite(f));
            }
            _ => {}
        }
    }
    if !against.is_empty() {
        let shown = against.len();
        let mut why = against.into_iter().take(3).collect::<Vec<_>>().join("; ");
        if shown > 3 {
            why.push_str(&format!("; and {} more", shown - 3));
        }
        return refuted(o, format!("{why}."), evidence);
    }
    o.findings_weighed = true;
    if o.status == Status::Met
        && let Some(f) = c
            .findings
            .iter()
            .find(|f| matches!(f.kind, FindingKind::NetEncrypted { .. }))
    {
        o.basis = Some(Basis::Verified);
        o.explanation = format!(
            "{} Verified by `{}`: {}",
            o.explanation, f.evidence, f.message
        );
        o.evidence.push(cite(f));
    }
    o
}

fn sec_10(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut parts = vec![
        flag(
            "security.unused_interfaces_disabled",
            b(get!(d.security.unused_interfaces_disabled)),
        ),
        flag(
            "security.minimal_unauthenticated_disclosure",
            b(get!(d.security.minimal_unauthenticated_disclosure)),
        ),
    ];
    if let Some(conn) = &d.connectivity {
        for (i, s) in conn.local_services.iter().enumerate() {
            if s.authenticated == Some(false) && s.discovery_only != Some(true) {
                let p = format!("connectivity.local_services[{i}]");
                parts.push(Part::not_met(
                    &p,
                    format!(
                        "`{p}` ({} on port {}) answers without authentication",
                        s.name, s.port
                    ),
                ));
            }
        }
    }
    let o = all(parts);
    sec_10_traffic(c, o)
}

/// SEC-10 against a capture: a service the device answers on that the
/// declaration does not list, or telnet at all, disproves it.
fn sec_10_traffic(c: &Ctx<'_>, mut o: Outcome) -> Outcome {
    o.findings_weighed = true;
    let declared: Vec<u32> =
        c.d.connectivity
            .as_ref()
            .map(|conn| conn.local_services.iter().map(|s| s.port).collect())
            .unwrap_or_default();
    let mut against = Vec::new();
    let mut evidence = Vec::new();
    for f in c.findings {
        if let FindingKind::NetInboundService {
            port,
            transport,
            protocol,
            from,
        } = &f.kind
        {
            if protocol == "telnet" {
                against.push(format!(
                    "`{}` shows the device accepting telnet (cleartext log-in) on port {port} from {from}",
                    f.evidence
                ));
            } else if !declared.contains(&u32::from(*port)) {
                against.push(format!(
                    "`{}` shows the device answering {protocol} on {transport} port {port} (from {from}), a service `connectivity.local_services` does not list",
                    f.evidence
                ));
            } else {
                continue;
            }
            evidence.push(cite(f));
        }
    }
    if against.is_empty() {
        return o;
    }
    refuted(o, format!("{}.", against.join("; ")), evidence)
}

fn sec_15(c: &Ctx<'_>) -> Outcome {
    let p = "security.exploit_mitigations";
    let k =
        c.d.security
            .as_ref()
            .map(|s| s.exploit_mitigations.len() as f64);
    match k {
        Some(k) if k > 0.0 => all(vec![at_least(
            p,
            Some(k),
            c.num("min_mitigations"),
            "mitigation(s)",
        )]),
        _ => all(vec![Part::unknown_because(p, format!("`{p}` lists none"))]),
    }
}

fn upd_01(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let p = "updates.support.end_date";
    all(vec![
        match get!(d.updates.support.end_date) {
            Some(e) => Part::met(p, format!("security updates are promised until {e}")),
            None => Part::not_met(
                p,
                format!("no end date of security support is declared (`{p}`): no commitment"),
            ),
        },
        present(
            "updates.support.published_at",
            get!(d.updates.support.published_at),
        ),
        flag(
            "updates.support.shown_before_purchase",
            b(get!(d.updates.support.shown_before_purchase)),
        ),
    ])
}

fn upd_02(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let p = "updates.mechanism";
    let mechanism = match get!(d.updates.mechanism) {
        Some(UpdateMechanism::None) => {
            Part::not_met(p, format!("`{p}: none`: the software cannot be updated"))
        }
        Some(m) => Part::met(p, format!("`{p}: {}`", format!("{m:?}").to_lowercase())),
        None => Part::unknown(p),
    };
    all(vec![
        mechanism,
        flag("updates.signed", b(get!(d.updates.signed))),
        flag(
            "updates.best_practice_crypto",
            b(get!(d.updates.best_practice_crypto)),
        ),
    ])
}

fn upd_08(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let min_years = c.num("min_years");
    let end = get!(d.updates.support.end_date);
    let release = d.product.release_date.as_ref();
    let p = "updates.support.end_date";
    all(vec![match (release, end) {
        (Some(r), Some(e)) => {
            let months = months_between(*r, *e) as f64;
            let years = (months / 12.0 * 10.0).floor() / 10.0;
            if months >= min_years * 12.0 {
                Part::met(
                    p,
                    format!("support runs {years} years from release ({r} to {e})"),
                )
            } else {
                Part::not_met(
                    p,
                    format!(
                        "support runs only {years} years from release ({r} to {e}), less than {min_years}"
                    ),
                )
            }
        }
        (None, _) => Part::unknown("product.release_date"),
        (_, None) => Part::unknown(p),
    }])
}

/// VUL-01 is confirmed by a security.txt whose Contact includes the declared
/// contact, and contradicted by one whose Contact does not.
fn vul_01(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut out = all(vec![
        present(
            "vulnerability_disclosure.policy_url",
            get!(d.vulnerability_disclosure.policy_url),
        ),
        present(
            "vulnerability_disclosure.contact",
            get!(d.vulnerability_disclosure.contact),
        ),
        match get!(d.vulnerability_disclosure.acknowledgement_days) {
            Some(v) => Part::met(
                "vulnerability_disclosure.acknowledgement_days",
                format!("reports are acknowledged within {v} days"),
            ),
            None => Part::unknown("vulnerability_disclosure.acknowledgement_days"),
        },
        match get!(d.vulnerability_disclosure.status_update_days) {
            Some(v) => Part::met(
                "vulnerability_disclosure.status_update_days",
                format!("reporters get status updates every {v} days"),
            ),
            None => Part::unknown("vulnerability_disclosure.status_update_days"),
        },
    ]);
    let Some(declared) = get!(d.vulnerability_disclosure.contact) else {
        return out;
    };
    for f in c.findings {
        if let FindingKind::SecuritytxtValid { contacts, .. } = &f.kind {
            let norm = |s: &str| s.trim().trim_end_matches('/').to_lowercase();
            let evidence = format!("finding:{}@{}", f.name(), f.evidence);
            if contacts.iter().any(|x| norm(x) == norm(declared)) {
                if out.status == Status::Met {
                    out.basis = Some(Basis::Verified);
                    out.explanation = format!(
                        "{} Verified: the security.txt in `{}` lists the declared contact {declared}.",
                        out.explanation, f.evidence
                    );
                }
            } else {
                out.status = Status::NotMet;
                out.basis = Some(Basis::Contradicted);
                out.explanation = format!(
                    "Contradicted: the declared contact {declared} is not among the contacts of the security.txt in `{}` ({}).",
                    f.evidence,
                    contacts.join(", ")
                );
            }
            out.evidence.push(evidence);
        }
    }
    out
}

/// VUL-02 is contradicted by a security.txt whose `Canonical` URLs do not
/// include the declared location; expired and invalid files contradict it
/// through the catalog's finding lists, a valid one confirms it.
fn vul_02(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let declared = get!(d.vulnerability_disclosure.security_txt_url);
    let mut out = all(vec![present(
        "vulnerability_disclosure.security_txt_url",
        declared,
    )]);
    let Some(declared) = declared else { return out };
    for f in c.findings {
        if let FindingKind::SecuritytxtValid { canonical, .. } = &f.kind
            && !canonical.is_empty()
            && !canonical.iter().any(|u| u.trim() == declared.trim())
        {
            out.status = Status::NotMet;
            out.basis = Some(Basis::Contradicted);
            out.explanation = format!(
                "Contradicted by `{}`: it names its canonical location as {}, not the declared {declared}. The claim is not counted.",
                f.evidence,
                canonical.join(", ")
            );
            out.evidence
                .push(format!("finding:{}@{}", f.name(), f.evidence));
        }
    }
    out
}

fn prv_01(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let p = "data.collected";
    let collected = match get!(d.data.collected) {
        Some(list) => Part::met(
            p,
            format!(
                "`{p}` lists {} kind(s) of data, each with its purpose",
                list.len()
            ),
        ),
        None => Part::unknown(p),
    };
    all(vec![
        present("data.privacy_policy_url", get!(d.data.privacy_policy_url)),
        collected,
        flag(
            "data.plain_language_summary",
            b(get!(d.data.plain_language_summary)),
        ),
    ])
}

fn prv_06(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut parts = vec![flag("data.minimised", b(get!(d.data.minimised)))];
    if let Some(list) = get!(d.data.collected) {
        for (i, x) in list.iter().enumerate() {
            if x.necessary == Some(false) {
                let p = format!("data.collected[{i}]");
                parts.push(Part::not_met(
                    &p,
                    format!(
                        "`{p}` ({}) is declared not necessary for the product's functions",
                        x.purpose
                    ),
                ));
            }
        }
    }
    all(parts)
}

fn prv_07(c: &Ctx<'_>) -> Outcome {
    let d = c.d;
    let mut parts = vec![flag_false("data.sold", b(get!(d.data.sold)))];
    if let Some(data) = &d.data {
        for (i, s) in data.sharing.iter().enumerate() {
            let p = format!("data.sharing[{i}]");
            if s.sold {
                parts.push(Part::not_met(
                    &p,
                    format!("`{p}` sells data to {}", s.recipient),
                ));
            } else if s.recipient_type == RecipientType::DataBroker {
                parts.push(Part::not_met(
                    &p,
                    format!("`{p}` shares data with a data broker ({})", s.recipient),
                ));
            }
        }
    }
    let o = all(parts);
    prv_07_traffic(c, o)
}

/// PRV-07 against a capture: contact with a known advertising or analytics
/// domain disproves a declaration that names no advertiser among the
/// recipients of the user's data.
fn prv_07_traffic(c: &Ctx<'_>, mut o: Outcome) -> Outcome {
    o.findings_weighed = true;
    let declares_advertiser = c.d.data.as_ref().is_some_and(|d| {
        d.sharing
            .iter()
            .any(|s| s.recipient_type == RecipientType::Advertiser)
    });
    if declares_advertiser {
        return o;
    }
    let trackers: Vec<&Finding> = c
        .findings
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::NetTracker { .. }))
        .collect();
    let Some(first) = trackers.first() else {
        return o;
    };
    let names: Vec<String> = trackers
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::NetTracker { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    refuted(
        o,
        format!(
            "`data.sharing` names no advertiser, but `{}` shows the device contacting {} (on a list of advertising and analytics domains).",
            first.evidence,
            names.join(", ")
        ),
        trackers.iter().map(|f| cite(f)).collect(),
    )
}

/// ACT-01: every criterion declared not applicable is one that may be, with
/// a written reason. (The engine applies the declarations themselves.)
fn act_01(c: &Ctx<'_>) -> Outcome {
    let p = "not_applicable";
    if c.d.not_applicable.is_empty() {
        return all(vec![Part::met(
            p,
            "no criterion is declared not applicable, so none needs a justification",
        )]);
    }
    let bad: Vec<String> =
        c.d.not_applicable
            .iter()
            .filter(|na| na.reason.trim().is_empty())
            .map(|na| na.criterion.to_string())
            .collect();
    if bad.is_empty() {
        all(vec![Part::met(
            p,
            format!(
                "each of the {} not-applicable declarations gives its reason",
                c.d.not_applicable.len()
            ),
        )])
    } else {
        all(vec![Part::not_met(
            p,
            format!("no reason is given for {}", bad.join(", ")),
        )])
    }
}
