//! CycloneDX JSON, walked over a `serde_json::Value` so that problems carry
//! their JSON path.

use serde_json::Value;

use super::{
    Collected, DATA_FLOWS, ISSUE_TYPES, JSON_VERSIONS, PATCH_TYPES, SCOPES, SpecVersion,
    check_component_type, check_enum, check_hash, check_license_id, check_serial_number,
    check_timestamp, push_unique,
};
use crate::error::Problems;
use crate::json_fields::{self as fields, Object, describe};
use crate::{Component, CycloneDxEncoding, Sbom, SbomError, SbomFormat};

pub(crate) fn parse(file: &str, top: &Object) -> Result<Sbom, SbomError> {
    let mut walker = Walker {
        version: SpecVersion::V1_7,
        problems: Problems::default(),
        out: Collected::default(),
    };
    match top.get("bomFormat") {
        Some(Value::String(format)) if format == "CycloneDX" => {}
        other => walker.problem(
            "$.bomFormat",
            format!("expected \"CycloneDX\", found {}", describe(other)),
        ),
    }
    let spec_version = match top.get("specVersion") {
        Some(Value::String(version)) => version.clone(),
        other => {
            walker.problem(
                "$.specVersion",
                format!(
                    "expected a version string such as \"1.6\", found {}",
                    describe(other)
                ),
            );
            return Err(SbomError::Invalid {
                file: file.to_owned(),
                problems: walker.problems.0,
            });
        }
    };
    walker.version = match SpecVersion::parse(&spec_version) {
        Some(version) if version >= SpecVersion::V1_2 => version,
        _ => {
            return Err(SbomError::UnsupportedVersion {
                file: file.to_owned(),
                format: "CycloneDX JSON",
                version: spec_version,
                expected: JSON_VERSIONS,
            });
        }
    };
    walker.document(top);
    let Walker { problems, out, .. } = walker;
    let sbom = Sbom {
        format: SbomFormat::CycloneDx {
            spec_version,
            encoding: CycloneDxEncoding::Json,
        },
        name: out.name.clone(),
        dependencies: out.dependencies(),
        primary: out.primary.clone(),
        components: out.components,
    };
    problems.into_result(file, sbom)
}

struct Walker {
    version: SpecVersion,
    problems: Problems,
    out: Collected,
}

impl Walker {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        fields::problem(&mut self.problems, path, message);
    }

    fn string<'v>(&mut self, obj: &'v Object, key: &str, path: &str) -> Option<&'v str> {
        fields::string(&mut self.problems, obj, key, path)
    }

    fn required<'v>(
        &mut self,
        obj: &'v Object,
        key: &str,
        path: &str,
        what: &str,
    ) -> Option<&'v str> {
        fields::required(&mut self.problems, obj, key, path, what)
    }

    fn array<'v>(&mut self, obj: &'v Object, key: &str, path: &str) -> &'v [Value] {
        fields::array(&mut self.problems, obj, key, path)
    }

    fn object<'v>(&mut self, obj: &'v Object, key: &str, path: &str) -> Option<&'v Object> {
        fields::object(&mut self.problems, obj, key, path)
    }

    fn objects<'v>(&mut self, obj: &'v Object, key: &str, path: &str) -> Vec<(String, &'v Object)> {
        fields::objects(&mut self.problems, obj, key, path)
    }

    fn document(&mut self, top: &Object) {
        if let Some(serial) = self.string(top, "serialNumber", "$")
            && let Err(message) = check_serial_number(serial)
        {
            self.problem("$.serialNumber", message);
        }
        if let Some(metadata) = self.object(top, "metadata", "$") {
            self.metadata(metadata);
        }
        for (path, component) in self.objects(top, "components", "$") {
            self.component(component, &path);
        }
        for (path, service) in self.objects(top, "services", "$") {
            self.service(service, &path);
        }
        for (path, dependency) in self.objects(top, "dependencies", "$") {
            self.dependency(dependency, &path);
        }
        if self.version >= SpecVersion::V1_7 {
            for (path, citation) in self.objects(top, "citations", "$") {
                self.citation(citation, &path);
            }
        }
    }

    fn metadata(&mut self, metadata: &Object) {
        let path = "$.metadata";
        if let Some(timestamp) = self.string(metadata, "timestamp", path)
            && let Err(message) = check_timestamp(timestamp)
        {
            self.problem(&format!("{path}.timestamp"), message);
        }
        self.licenses(metadata, path);
        self.properties(metadata, path);
        if let Some(component) = self.object(metadata, "component", path) {
            let first = self.out.components.len();
            self.component(component, &format!("{path}.component"));
            if let Some(primary) = self.out.components.get(first) {
                self.out.primary = Some(primary.key.clone());
                self.out.name = Some(primary.name.clone());
            }
        }
    }

    fn component(&mut self, obj: &Object, path: &str) {
        let kind = self.required(obj, "type", path, "the component type");
        if let Some(kind) = kind
            && let Err(message) = check_component_type(self.version, kind)
        {
            self.problem(&format!("{path}.type"), message);
        }
        let name = self.required(obj, "name", path, "the component name");
        let version = self.string(obj, "version", path);
        let bom_ref = self.string(obj, "bom-ref", path);
        self.claim(bom_ref, path);
        let purl = self.string(obj, "purl", path);
        let cpe = self.string(obj, "cpe", path);
        let supplier = match self.object(obj, "supplier", path) {
            Some(supplier) => self.string(supplier, "name", &format!("{path}.supplier")),
            None => None,
        };
        let mut hashes = Vec::new();
        for (hash_path, hash) in self.objects(obj, "hashes", path) {
            let alg = self.required(hash, "alg", &hash_path, "the hash algorithm");
            let content = self.required(hash, "content", &hash_path, "the hash value");
            if let (Some(alg), Some(content)) = (alg, content) {
                match check_hash(self.version, alg, content) {
                    Ok(hex) => hashes.push((alg.to_owned(), hex)),
                    Err(message) => self.problem(&hash_path, message),
                }
            }
        }
        let licenses = self.licenses(obj, path);
        if let Some(scope) = self.string(obj, "scope", path)
            && let Err(message) = check_enum("scope", scope, SCOPES)
        {
            self.problem(&format!("{path}.scope"), message);
        }
        if let Some(swid) = self.object(obj, "swid", path) {
            let swid_path = format!("{path}.swid");
            self.required(swid, "tagId", &swid_path, "the SWID tag id");
            self.required(swid, "name", &swid_path, "the SWID name");
        }
        if let Some(pedigree) = self.object(obj, "pedigree", path) {
            self.pedigree(pedigree, &format!("{path}.pedigree"));
        }
        self.properties(obj, path);
        if self.version >= SpecVersion::V1_7 {
            self.external(obj, path, version.is_some());
        }

        let component = Component {
            key: self.out.key(bom_ref),
            name: name.unwrap_or_default().to_owned(),
            version: version.map(str::to_owned),
            purl: purl.map(str::to_owned),
            cpe: cpe.map(str::to_owned),
            supplier: supplier.map(str::to_owned),
            hashes,
            licenses,
            kind: kind.map(str::to_owned),
        };
        self.out.components.push(component);
        for (child_path, child) in self.objects(obj, "components", path) {
            self.component(child, &child_path);
        }
    }

    /// 1.7: `versionRange` only on external components, never with `version`.
    fn external(&mut self, obj: &Object, path: &str, has_version: bool) {
        let external = obj
            .get("isExternal")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if obj.contains_key("versionRange") {
            if !external {
                self.problem(
                    &format!("{path}.versionRange"),
                    "`versionRange` is only allowed on a component with `isExternal: true`",
                );
            }
            if has_version {
                self.problem(
                    path,
                    "a component has `version` or `versionRange`, not both",
                );
            }
        }
    }

    fn claim(&mut self, bom_ref: Option<&str>, path: &str) {
        if let Some(bom_ref) = bom_ref {
            let place = format!("{path}.bom-ref");
            if let Err(message) = self.out.claim(bom_ref, place.clone()) {
                self.problem(&place, message);
            }
        }
    }

    fn pedigree(&mut self, pedigree: &Object, path: &str) {
        for (patch_path, patch) in self.objects(pedigree, "patches", path) {
            if let Some(kind) = self.required(patch, "type", &patch_path, "the patch type")
                && let Err(message) = check_enum("patch type", kind, PATCH_TYPES)
            {
                self.problem(&format!("{patch_path}.type"), message);
            }
            for (issue_path, issue) in self.objects(patch, "resolves", &patch_path) {
                if let Some(kind) = self.required(issue, "type", &issue_path, "the issue type")
                    && let Err(message) = check_enum("issue type", kind, ISSUE_TYPES)
                {
                    self.problem(&format!("{issue_path}.type"), message);
                }
            }
        }
    }

    /// Checks `obj.licenses` and returns the licence ids, names and
    /// expressions.
    fn licenses(&mut self, obj: &Object, path: &str) -> Vec<String> {
        let mut found = Vec::new();
        let entries = self.objects(obj, "licenses", path);
        let expressions = entries
            .iter()
            .filter(|(_, entry)| entry.contains_key("expression"))
            .count();
        if self.version >= SpecVersion::V1_5
            && !self.version.allows_mixed_licenses()
            && expressions > 0
            && entries.len() > 1
        {
            self.problem(
                &format!("{path}.licenses"),
                "before CycloneDX 1.7 a licence expression must be the only entry of `licenses`",
            );
        }
        for (entry_path, entry) in entries {
            match (entry.get("license"), entry.get("expression")) {
                (Some(_), Some(_)) => self.problem(
                    &entry_path,
                    "an entry has either `license` or `expression`, not both",
                ),
                (None, None) => self.problem(&entry_path, "expected `license` or `expression`"),
                (None, Some(_)) => {
                    if let Some(expression) = self.string(entry, "expression", &entry_path) {
                        push_unique(&mut found, expression);
                    }
                }
                (Some(_), None) => {
                    if let Some(license) = self.object(entry, "license", &entry_path) {
                        let license_path = format!("{entry_path}.license");
                        if let Some(name) = self.license(license, &license_path) {
                            push_unique(&mut found, name);
                        }
                    }
                }
            }
        }
        found
    }

    fn license<'v>(&mut self, license: &'v Object, path: &str) -> Option<&'v str> {
        let id = self.string(license, "id", path);
        let name = self.string(license, "name", path);
        if let Some(text) = self.object(license, "text", path) {
            let text_path = format!("{path}.text");
            if let Some(encoding) = self.string(text, "encoding", &text_path)
                && let Err(message) = check_enum("encoding", encoding, &["base64"])
            {
                self.problem(&format!("{text_path}.encoding"), message);
            }
        }
        self.properties(license, path);
        match (id, name) {
            (Some(_), Some(_)) => {
                self.problem(path, "a licence has either `id` or `name`, not both");
                None
            }
            (None, None) => {
                if !license.contains_key("id") && !license.contains_key("name") {
                    self.problem(path, "a licence needs an `id` or a `name`");
                }
                None
            }
            (Some(id), None) => {
                if let Err(message) = check_license_id(id) {
                    self.problem(&format!("{path}.id"), message);
                }
                Some(id)
            }
            (None, Some(name)) => Some(name),
        }
    }

    fn properties(&mut self, obj: &Object, path: &str) {
        for (property_path, property) in self.objects(obj, "properties", path) {
            self.required(property, "name", &property_path, "the property name");
        }
    }

    fn service(&mut self, service: &Object, path: &str) {
        let bom_ref = self.string(service, "bom-ref", path);
        self.claim(bom_ref, path);
        self.required(service, "name", path, "the service name");
        for (data_path, data) in self.objects(service, "data", path) {
            if let Some(flow) = self.required(data, "flow", &data_path, "the data flow")
                && let Err(message) = check_enum("data flow", flow, DATA_FLOWS)
            {
                self.problem(&format!("{data_path}.flow"), message);
            }
            if !data.contains_key("classification") {
                self.problem(&data_path, "missing `classification`");
            }
        }
        self.licenses(service, path);
        self.properties(service, path);
        for (child_path, child) in self.objects(service, "services", path) {
            self.service(child, &child_path);
        }
    }

    fn dependency(&mut self, dependency: &Object, path: &str) {
        let from = self.required(dependency, "ref", path, "the component that depends");
        if from == Some("") {
            self.problem(&format!("{path}.ref"), "`ref` must not be empty");
        }
        for (index, to) in self.array(dependency, "dependsOn", path).iter().enumerate() {
            let to_path = format!("{path}.dependsOn[{index}]");
            match to {
                Value::String(to) if !to.is_empty() => {
                    if let Some(from) = from.filter(|from| !from.is_empty()) {
                        self.out.edges.push((from.to_owned(), to.clone()));
                    }
                }
                other => self.problem(
                    &to_path,
                    format!("expected a non-empty ref, found {}", describe(Some(other))),
                ),
            }
        }
    }

    /// 1.7 citations: attributed to someone or something, pointing at the
    /// data one way.
    fn citation(&mut self, citation: &Object, path: &str) {
        if !citation.contains_key("attributedTo") && !citation.contains_key("process") {
            self.problem(path, "a citation needs `attributedTo` or `process`");
        }
        match (
            citation.contains_key("pointers"),
            citation.contains_key("expressions"),
        ) {
            (true, true) => {
                self.problem(path, "a citation has `pointers` or `expressions`, not both");
            }
            (false, false) => self.problem(path, "a citation needs `pointers` or `expressions`"),
            _ => {}
        }
    }
}
