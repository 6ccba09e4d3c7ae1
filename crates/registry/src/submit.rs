//! Turning an assessed declaration into what the registry stores.

use std::collections::BTreeMap;

use iotmark_assess::Assessment;
use iotmark_catalog::Catalog;
use iotmark_declaration::Declaration;
use iotmark_label::{LabelModel, LabelOptions};

use crate::store::{NewProduct, StoreError};

/// The product record of an assessed declaration: its facts, the
/// declaration's bytes, the JSON report and `label.json` in every language
/// of the catalog (resolved with `options`: the registry's base URL and the
/// certificate, if any).
pub fn product_from_assessment(
    catalog: &Catalog,
    declaration: &Declaration,
    declaration_bytes: &[u8],
    declaration_name: &str,
    assessment: &Assessment,
    options: &LabelOptions,
) -> Result<NewProduct, StoreError> {
    let mut labels = BTreeMap::new();
    let mut english = None;
    for lang in iotmark_catalog::LANGUAGES {
        let texts = catalog.text_in(lang).map_err(|d| StoreError::Invalid {
            what: "catalog text",
            reason: format!(
                "the {lang} text does not load: {}",
                d.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        })?;
        let model = LabelModel::resolve(catalog, texts, declaration, assessment, options);
        let json = serde_json::to_string(&model).map_err(|e| StoreError::Invalid {
            what: "label",
            reason: e.to_string(),
        })?;
        labels.insert(lang.to_owned(), json);
        if lang == "en" {
            english = Some(model);
        }
    }
    let model = english.ok_or_else(|| StoreError::Invalid {
        what: "catalog text",
        reason: "no English text".to_owned(),
    })?;
    Ok(NewProduct {
        manufacturer: model.product.manufacturer_name.clone(),
        name: model.product.product_name.clone(),
        model: model.product.product_model.clone(),
        category: model.product.category.clone(),
        firmware_version: model.product.firmware_version.clone(),
        level: assessment.level,
        grades: assessment
            .areas
            .iter()
            .map(|a| (a.id.clone(), a.grade.to_string()))
            .collect(),
        support_end: model.support.end_date,
        status: model.status,
        declaration: declaration_bytes.to_vec(),
        declaration_name: declaration_name.to_owned(),
        assessment: iotmark_assess::report::json(assessment),
        labels,
    })
}
