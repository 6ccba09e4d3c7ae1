//! When criteria apply: the engine's meaning of each catalog condition.

use iotmark_catalog::Condition;
use iotmark_declaration::Declaration;
use iotmark_declaration::types::{DefaultPassword, Sensor, UpdateMechanism};

/// Whether `condition` holds for the product: `Some(false)` only when the
/// declaration says so; a fact not declared leaves it `None` (and the
/// criterion applies).
pub fn holds(condition: Condition, d: &Declaration) -> Option<bool> {
    let sensors = d.sensors.as_deref();
    let has_sensor = |set: &[Sensor]| sensors.map(|s| s.iter().any(|x| set.contains(x)));
    match condition {
        Condition::Always => Some(true),
        Condition::NetworkLogin => {
            let a = d.authentication.as_ref();
            match (
                a.and_then(|a| a.network_login),
                a.and_then(|a| a.default_password),
            ) {
                (Some(true), _) => Some(true),
                (_, Some(DefaultPassword::NoPassword)) => Some(false),
                (Some(false), _) => Some(false),
                _ => None,
            }
        }
        Condition::UniqueDefaultPassword => d
            .authentication
            .as_ref()
            .and_then(|a| a.default_password)
            .map(|p| p == DefaultPassword::UniquePerDevice),
        Condition::Updatable => d
            .updates
            .as_ref()
            .and_then(|u| u.mechanism)
            .map(|m| m != UpdateMechanism::None),
        Condition::UsesCloud => d.connectivity.as_ref().and_then(|c| c.cloud_service),
        Condition::HasAccount => d.accounts.as_ref().and_then(|a| a.required),
        Condition::HasApp => d.connectivity.as_ref().map(|c| !c.companion_app.is_empty()),
        Condition::HasBattery => d
            .repairability
            .as_ref()
            .and_then(|r| r.battery.as_ref())
            .map(|b| b.present),
        Condition::HasCameraOrMicrophone => has_sensor(&[Sensor::Camera, Sensor::Microphone]),
        Condition::HasSensitiveSensor => has_sensor(&[
            Sensor::Camera,
            Sensor::Microphone,
            Sensor::Location,
            Sensor::Biometric,
            Sensor::Health,
        ]),
        Condition::ProcessesPersonalData => {
            let collected = d
                .data
                .as_ref()
                .and_then(|x| x.collected.as_ref())
                .map(|c| !c.is_empty());
            let sensing = sensors.map(|s| !s.is_empty());
            match (collected, sensing) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            }
        }
        Condition::ForChildren => {
            use iotmark_declaration::types::Category;
            if d.product.category == Category::Toy {
                Some(true)
            } else {
                d.product.for_children
            }
        }
        Condition::HasStandards => d.interoperability.as_ref().map(|i| !i.standards.is_empty()),
    }
}

/// The declaration fact that decided a condition, for explanations.
pub fn fact(condition: Condition) -> &'static str {
    match condition {
        Condition::Always => "",
        Condition::NetworkLogin => {
            "`authentication.network_login` / `authentication.default_password`"
        }
        Condition::UniqueDefaultPassword => "`authentication.default_password`",
        Condition::Updatable => "`updates.mechanism`",
        Condition::UsesCloud => "`connectivity.cloud_service`",
        Condition::HasAccount => "`accounts.required`",
        Condition::HasApp => "`connectivity.companion_app`",
        Condition::HasBattery => "`repairability.battery.present`",
        Condition::HasCameraOrMicrophone | Condition::HasSensitiveSensor => "`sensors`",
        Condition::ProcessesPersonalData => "`data.collected` and `sensors`",
        Condition::ForChildren => "`product.category` / `product.for_children`",
        Condition::HasStandards => "`interoperability.standards`",
    }
}
