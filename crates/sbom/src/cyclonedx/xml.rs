//! CycloneDX XML, walked over a `roxmltree` document so that problems carry
//! the element path and its line and column. Elements and attributes of
//! other namespaces are ignored, as the schemas allow.

use roxmltree::{Document, Node};

use super::{
    Collected, DATA_FLOWS, ISSUE_TYPES, PATCH_TYPES, SCOPES, SpecVersion, XML_NAMESPACE_PREFIX,
    XML_VERSIONS, check_component_type, check_enum, check_hash, check_license_id,
    check_serial_number, check_timestamp, push_unique,
};
use crate::error::{Location, Problems};
use crate::{Component, CycloneDxEncoding, Sbom, SbomError, SbomFormat};

/// The dependency-graph extension CycloneDX 1.1 used before 1.2 made the
/// graph part of the core schema.
const DEPENDENCY_GRAPH_NAMESPACE: &str = "http://cyclonedx.org/schema/ext/dependency-graph/1.0";

pub(crate) fn parse(file: &str, document: &Document<'_>) -> Result<Sbom, SbomError> {
    let root = document.root_element();
    let namespace = root.tag_name().namespace().unwrap_or_default();
    let spec_version = namespace
        .strip_prefix(XML_NAMESPACE_PREFIX)
        .unwrap_or_default()
        .to_owned();
    let Some(version) = SpecVersion::parse(&spec_version) else {
        return Err(SbomError::UnsupportedVersion {
            file: file.to_owned(),
            format: "CycloneDX XML",
            version: namespace.to_owned(),
            expected: XML_VERSIONS,
        });
    };
    let mut walker = Walker {
        document,
        namespace,
        version,
        problems: Problems::default(),
        out: Collected::default(),
    };
    walker.bom(root);
    let Walker { problems, out, .. } = walker;
    let sbom = Sbom {
        format: SbomFormat::CycloneDx {
            spec_version,
            encoding: CycloneDxEncoding::Xml,
        },
        name: out.name.clone(),
        dependencies: out.dependencies(),
        primary: out.primary.clone(),
        components: out.components,
    };
    problems.into_result(file, sbom)
}

struct Walker<'d, 'input> {
    document: &'d Document<'input>,
    namespace: &'d str,
    version: SpecVersion,
    problems: Problems,
    out: Collected,
}

type Element<'d, 'input> = Node<'d, 'input>;

impl<'d, 'input> Walker<'d, 'input> {
    fn problem(&mut self, node: Element<'_, '_>, path: &str, message: impl Into<String>) {
        let position = self.document.text_pos_at(node.range().start);
        self.problems.push(
            Location::Element {
                path: path.to_owned(),
                line: position.row,
                column: position.col,
            },
            message,
        );
    }

    fn is(&self, node: Element<'_, '_>, name: &str) -> bool {
        node.is_element()
            && node.tag_name().name() == name
            && node.tag_name().namespace() == Some(self.namespace)
    }

    /// The CycloneDX children called `name`, with their paths.
    fn each(
        &self,
        node: Element<'d, 'input>,
        name: &str,
        path: &str,
    ) -> Vec<(String, Element<'d, 'input>)> {
        node.children()
            .filter(|child| self.is(*child, name))
            .enumerate()
            .map(|(index, child)| (format!("{path}/{name}[{}]", index + 1), child))
            .collect()
    }

    /// The one CycloneDX child called `name`; a problem if there are more.
    fn single(
        &mut self,
        node: Element<'d, 'input>,
        name: &str,
        path: &str,
    ) -> Option<(String, Element<'d, 'input>)> {
        let mut found = node.children().filter(|child| self.is(*child, name));
        let first = found.next()?;
        if let Some(second) = found.next() {
            self.problem(
                second,
                &format!("{path}/{name}[2]"),
                format!("at most one `{name}` element is allowed here"),
            );
        }
        Some((format!("{path}/{name}"), first))
    }

    /// The trimmed text of the one child called `name`.
    fn text(&mut self, node: Element<'d, 'input>, name: &str, path: &str) -> Option<String> {
        self.single(node, name, path)
            .map(|(_, child)| text_of(child))
    }

    fn required_attribute(
        &mut self,
        node: Element<'d, 'input>,
        name: &str,
        path: &str,
        what: &str,
    ) -> Option<&'d str> {
        let value = node.attribute(name);
        if value.is_none() {
            self.problem(node, path, format!("missing attribute `{name}` ({what})"));
        }
        value
    }

    fn bom(&mut self, root: Element<'d, 'input>) {
        let path = "/bom";
        if let Some(serial) = root.attribute("serialNumber")
            && let Err(message) = check_serial_number(serial)
        {
            self.problem(root, path, message);
        }
        if let Some((metadata_path, metadata)) = self.single(root, "metadata", path) {
            self.metadata(metadata, &metadata_path);
        }
        if let Some((list_path, list)) = self.single(root, "components", path) {
            for (component_path, component) in self.each(list, "component", &list_path) {
                self.component(component, &component_path);
            }
        }
        if let Some((list_path, list)) = self.single(root, "services", path) {
            for (service_path, service) in self.each(list, "service", &list_path) {
                self.service(service, &service_path);
            }
        }
        if let Some((list_path, list)) = self.single(root, "dependencies", path) {
            for (dependency_path, dependency) in self.each(list, "dependency", &list_path) {
                self.dependency(dependency, &dependency_path, self.namespace);
            }
        }
        for graph in root
            .children()
            .filter(|child| is_dependency_graph(*child, "dependencies"))
        {
            for (index, dependency) in graph
                .children()
                .filter(|child| is_dependency_graph(*child, "dependency"))
                .enumerate()
            {
                let dependency_path =
                    format!("{path}/dg:dependencies/dg:dependency[{}]", index + 1);
                self.dependency(dependency, &dependency_path, DEPENDENCY_GRAPH_NAMESPACE);
            }
        }
        if self.version >= SpecVersion::V1_7
            && let Some((list_path, list)) = self.single(root, "citations", path)
        {
            for (citation_path, citation) in self.each(list, "citation", &list_path) {
                self.citation(citation, &citation_path);
            }
        }
    }

    fn metadata(&mut self, metadata: Element<'d, 'input>, path: &str) {
        if let Some((timestamp_path, timestamp)) = self.single(metadata, "timestamp", path)
            && let Err(message) = check_timestamp(&text_of(timestamp))
        {
            self.problem(timestamp, &timestamp_path, message);
        }
        self.licenses(metadata, path);
        self.properties(metadata, path);
        if let Some((component_path, component)) = self.single(metadata, "component", path) {
            let first = self.out.components.len();
            self.component(component, &component_path);
            if let Some(primary) = self.out.components.get(first) {
                self.out.primary = Some(primary.key.clone());
                self.out.name = Some(primary.name.clone());
            }
        }
    }

    fn component(&mut self, node: Element<'d, 'input>, path: &str) {
        self.claim(node, path);
        let kind = self.required_attribute(node, "type", path, "the component type");
        if let Some(kind) = kind
            && let Err(message) = check_component_type(self.version, kind)
        {
            self.problem(node, path, message);
        }
        let name = self.text(node, "name", path);
        if name.is_none() {
            self.problem(node, path, "missing `name` (the component name)");
        }
        let version = self.text(node, "version", path);
        let purl = self.text(node, "purl", path);
        let cpe = self.text(node, "cpe", path);
        let supplier = match self.single(node, "supplier", path) {
            Some((supplier_path, supplier)) => self.text(supplier, "name", &supplier_path),
            None => None,
        };
        let mut hashes = Vec::new();
        if let Some((list_path, list)) = self.single(node, "hashes", path) {
            for (hash_path, hash) in self.each(list, "hash", &list_path) {
                let alg = self.required_attribute(hash, "alg", &hash_path, "the hash algorithm");
                if let Some(alg) = alg {
                    match check_hash(self.version, alg, &text_of(hash)) {
                        Ok(hex) => hashes.push((alg.to_owned(), hex)),
                        Err(message) => self.problem(hash, &hash_path, message),
                    }
                }
            }
        }
        let licenses = self.licenses(node, path);
        if let Some((scope_path, scope)) = self.single(node, "scope", path)
            && let Err(message) = check_enum("scope", &text_of(scope), SCOPES)
        {
            self.problem(scope, &scope_path, message);
        }
        if let Some((swid_path, swid)) = self.single(node, "swid", path) {
            self.required_attribute(swid, "tagId", &swid_path, "the SWID tag id");
            self.required_attribute(swid, "name", &swid_path, "the SWID name");
        }
        if let Some((pedigree_path, pedigree)) = self.single(node, "pedigree", path) {
            self.pedigree(pedigree, &pedigree_path);
        }
        self.properties(node, path);
        if self.version >= SpecVersion::V1_7 {
            let external = matches!(node.attribute("isExternal"), Some("true" | "1"));
            if let Some((range_path, range)) = self.single(node, "versionRange", path) {
                if !external {
                    self.problem(
                        range,
                        &range_path,
                        "`versionRange` is only allowed on a component with isExternal=\"true\"",
                    );
                }
                if version.is_some() {
                    self.problem(
                        node,
                        path,
                        "a component has `version` or `versionRange`, not both",
                    );
                }
            }
        }

        let component = Component {
            key: self.out.key(node.attribute("bom-ref")),
            name: name.unwrap_or_default(),
            version,
            purl,
            cpe,
            supplier,
            hashes,
            licenses,
            kind: kind.map(str::to_owned),
        };
        let key = component.key.clone();
        self.out.components.push(component);

        // CycloneDX 1.1: a component may carry its own dependency graph.
        for graph in node
            .children()
            .filter(|child| is_dependency_graph(*child, "dependencies"))
        {
            for (index, dependency) in graph
                .children()
                .filter(|child| is_dependency_graph(*child, "dependency"))
                .enumerate()
            {
                let dependency_path =
                    format!("{path}/dg:dependencies/dg:dependency[{}]", index + 1);
                if let Some(to) = dependency.attribute("ref") {
                    self.out.edges.push((key.clone(), to.to_owned()));
                }
                self.dependency(dependency, &dependency_path, DEPENDENCY_GRAPH_NAMESPACE);
            }
        }
        if let Some((list_path, list)) = self.single(node, "components", path) {
            for (child_path, child) in self.each(list, "component", &list_path) {
                self.component(child, &child_path);
            }
        }
    }

    fn claim(&mut self, node: Element<'d, 'input>, path: &str) {
        if let Some(bom_ref) = node.attribute("bom-ref") {
            let position = self.document.text_pos_at(node.range().start);
            let place = format!("{path} (line {}, column {})", position.row, position.col);
            if let Err(message) = self.out.claim(bom_ref, place) {
                self.problem(node, path, message);
            }
        }
    }

    fn pedigree(&mut self, pedigree: Element<'d, 'input>, path: &str) {
        let Some((patches_path, patches)) = self.single(pedigree, "patches", path) else {
            return;
        };
        for (patch_path, patch) in self.each(patches, "patch", &patches_path) {
            if let Some(kind) =
                self.required_attribute(patch, "type", &patch_path, "the patch type")
                && let Err(message) = check_enum("patch type", kind, PATCH_TYPES)
            {
                self.problem(patch, &patch_path, message);
            }
            if let Some((resolves_path, resolves)) = self.single(patch, "resolves", &patch_path) {
                for (issue_path, issue) in self.each(resolves, "issue", &resolves_path) {
                    if let Some(kind) =
                        self.required_attribute(issue, "type", &issue_path, "the issue type")
                        && let Err(message) = check_enum("issue type", kind, ISSUE_TYPES)
                    {
                        self.problem(issue, &issue_path, message);
                    }
                }
            }
        }
    }

    /// Checks `<licenses>` and returns the licence ids, names and expressions.
    fn licenses(&mut self, node: Element<'d, 'input>, path: &str) -> Vec<String> {
        let mut found = Vec::new();
        let Some((list_path, list)) = self.single(node, "licenses", path) else {
            return found;
        };
        let entries: Vec<Element<'d, 'input>> = list
            .children()
            .filter(|child| self.is(*child, "license") || self.is(*child, "expression"))
            .collect();
        let expressions = entries
            .iter()
            .filter(|entry| entry.tag_name().name() == "expression")
            .count();
        if !self.version.allows_mixed_licenses() && expressions > 0 && entries.len() > 1 {
            self.problem(
                list,
                &list_path,
                "before CycloneDX 1.7 a licence expression must be the only entry of `licenses`",
            );
        }
        for (index, entry) in entries.into_iter().enumerate() {
            let entry_path = format!("{list_path}/{}[{}]", entry.tag_name().name(), index + 1);
            if entry.tag_name().name() == "expression" {
                push_unique(&mut found, &text_of(entry));
                continue;
            }
            let id = self.text(entry, "id", &entry_path);
            let name = self.text(entry, "name", &entry_path);
            if let Some((text_path, text)) = self.single(entry, "text", &entry_path)
                && let Some(encoding) = text.attribute("encoding")
                && let Err(message) = check_enum("encoding", encoding, &["base64"])
            {
                self.problem(text, &text_path, message);
            }
            self.properties(entry, &entry_path);
            match (id, name) {
                (Some(_), Some(_)) => {
                    self.problem(
                        entry,
                        &entry_path,
                        "a licence has either `id` or `name`, not both",
                    );
                }
                (None, None) => {
                    self.problem(entry, &entry_path, "a licence needs an `id` or a `name`")
                }
                (Some(id), None) => {
                    if let Err(message) = check_license_id(&id) {
                        self.problem(entry, &entry_path, message);
                    }
                    push_unique(&mut found, &id);
                }
                (None, Some(name)) => push_unique(&mut found, &name),
            }
        }
        found
    }

    fn properties(&mut self, node: Element<'d, 'input>, path: &str) {
        if let Some((list_path, list)) = self.single(node, "properties", path) {
            for (property_path, property) in self.each(list, "property", &list_path) {
                self.required_attribute(property, "name", &property_path, "the property name");
            }
        }
    }

    fn service(&mut self, service: Element<'d, 'input>, path: &str) {
        self.claim(service, path);
        if self.text(service, "name", path).is_none() {
            self.problem(service, path, "missing `name` (the service name)");
        }
        if let Some((data_path, data)) = self.single(service, "data", path) {
            for (class_path, class) in self.each(data, "classification", &data_path) {
                if let Some(flow) =
                    self.required_attribute(class, "flow", &class_path, "the data flow")
                    && let Err(message) = check_enum("data flow", flow, DATA_FLOWS)
                {
                    self.problem(class, &class_path, message);
                }
            }
        }
        self.licenses(service, path);
        self.properties(service, path);
        if let Some((list_path, list)) = self.single(service, "services", path) {
            for (child_path, child) in self.each(list, "service", &list_path) {
                self.service(child, &child_path);
            }
        }
    }

    /// A `<dependency ref>` and the dependencies nested in it, in the core
    /// namespace or the 1.1 extension's.
    fn dependency(&mut self, node: Element<'d, 'input>, path: &str, namespace: &str) {
        let from = node.attribute("ref");
        match from {
            None => self.problem(
                node,
                path,
                "missing attribute `ref` (the component that depends)",
            ),
            Some("") => self.problem(node, path, "attribute `ref` must not be empty"),
            Some(_) => {}
        }
        let children: Vec<Element<'d, 'input>> = node
            .children()
            .filter(|child| {
                child.is_element()
                    && child.tag_name().name() == "dependency"
                    && child.tag_name().namespace() == Some(namespace)
            })
            .collect();
        for (index, child) in children.into_iter().enumerate() {
            let child_path = format!("{path}/dependency[{}]", index + 1);
            if let (Some(from), Some(to)) = (from, child.attribute("ref"))
                && !from.is_empty()
                && !to.is_empty()
            {
                self.out.edges.push((from.to_owned(), to.to_owned()));
            }
            self.dependency(child, &child_path, namespace);
        }
    }

    /// 1.7 citations: at most one `attributedTo` and one `process`, at least
    /// one of them; `pointers` or `expressions`, not both.
    fn citation(&mut self, citation: Element<'d, 'input>, path: &str) {
        let count = |walker: &Self, name: &str| {
            citation
                .children()
                .filter(|child| walker.is(*child, name))
                .count()
        };
        let attributed = count(self, "attributedTo");
        let process = count(self, "process");
        if attributed == 0 && process == 0 {
            self.problem(
                citation,
                path,
                "a citation needs `attributedTo` or `process`",
            );
        }
        if attributed > 1 || process > 1 {
            self.problem(
                citation,
                path,
                "a citation has at most one `attributedTo` and one `process`",
            );
        }
        match (count(self, "pointers") > 0, count(self, "expressions") > 0) {
            (true, true) => {
                self.problem(
                    citation,
                    path,
                    "a citation has `pointers` or `expressions`, not both",
                );
            }
            (false, false) => {
                self.problem(
                    citation,
                    path,
                    "a citation needs `pointers` or `expressions`",
                );
            }
            _ => {}
        }
    }
}

fn is_dependency_graph(node: Element<'_, '_>, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && node.tag_name().namespace() == Some(DEPENDENCY_GRAPH_NAMESPACE)
}

/// All text and CDATA directly inside `node`, trimmed.
fn text_of(node: Element<'_, '_>) -> String {
    let text: String = node
        .children()
        .filter(Node::is_text)
        .filter_map(|child| child.text())
        .collect();
    text.trim().to_owned()
}
