//! How a package is keyed in the store: the OSV ecosystem's base name and
//! the package name in its ecosystem's canonical form.

/// The OSV ecosystem without its suffix: `Debian:12` → `Debian`,
/// `Alpine:v3.18` → `Alpine`, `crates.io` → `crates.io`.
pub fn ecosystem_base(ecosystem: &str) -> &str {
    let base = match ecosystem.split_once(':') {
        Some((base, _)) => base,
        None => ecosystem,
    };
    base.trim()
}

/// The package name as the ecosystem compares names: PyPI by PEP 503
/// (lowercase, each run of `-`, `_` and `.` becomes one `-`), NuGet and
/// Packagist lowercase, every other ecosystem unchanged.
pub fn normalize_name(ecosystem_base: &str, name: &str) -> String {
    match ecosystem_base {
        "PyPI" => {
            let mut out = String::with_capacity(name.len());
            let mut in_run = false;
            for c in name.trim().chars() {
                if matches!(c, '-' | '_' | '.') {
                    if !in_run {
                        out.push('-');
                    }
                    in_run = true;
                } else {
                    out.extend(c.to_lowercase());
                    in_run = false;
                }
            }
            out
        }
        // Go module paths are compared case-insensitively: package URLs
        // lowercase them, OSV data keeps their case (`Masterminds/goutils`).
        "NuGet" | "Packagist" | "Go" => name.to_lowercase(),
        _ => name.to_owned(),
    }
}

/// The key of one (package, record) pair: `base \0 name \0 id`. Parts that
/// contain NUL cannot be keyed (they would be ambiguous) and give `None`.
pub(crate) fn package_key(base: &str, name: &str, id: &str) -> Option<String> {
    if base.contains('\0') || name.contains('\0') || id.contains('\0') {
        return None;
    }
    Some(format!("{base}\0{name}\0{id}"))
}

/// The half-open key range of every record of one package.
pub(crate) fn package_range(base: &str, name: &str) -> (String, String) {
    (format!("{base}\0{name}\0"), format!("{base}\0{name}\u{1}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases() {
        for (input, base) in [
            ("Debian:12", "Debian"),
            ("Alpine:v3.18", "Alpine"),
            ("Ubuntu:22.04:LTS", "Ubuntu"),
            ("crates.io", "crates.io"),
            ("Go", "Go"),
        ] {
            assert_eq!(ecosystem_base(input), base, "{input}");
        }
    }

    #[test]
    fn names() {
        for (eco, input, want) in [
            ("PyPI", "Django", "django"),
            ("PyPI", "zope.interface", "zope-interface"),
            ("PyPI", "Foo__Bar-._baz", "foo-bar-baz"),
            ("NuGet", "Newtonsoft.Json", "newtonsoft.json"),
            ("Packagist", "Symfony/HTTP-Kernel", "symfony/http-kernel"),
            ("crates.io", "Inflector", "Inflector"),
            ("npm", "@Babel/core", "@Babel/core"),
            ("Go", "github.com/Foo/bar", "github.com/foo/bar"),
        ] {
            assert_eq!(normalize_name(eco, input), want, "{eco} {input}");
        }
    }

    #[test]
    fn keys_refuse_nul() {
        assert!(package_key("npm", "a\0b", "X").is_none());
        let key = package_key("npm", "a", "X").unwrap_or_default();
        let (lo, hi) = package_range("npm", "a");
        assert!(lo.as_str() <= key.as_str() && key.as_str() < hi.as_str());
        // A package whose name extends another's is outside its range.
        let longer = package_key("npm", "ab", "X").unwrap_or_default();
        assert!(!(lo.as_str() <= longer.as_str() && longer.as_str() < hi.as_str()));
    }
}
