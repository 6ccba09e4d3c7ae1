//! Every class of bad declaration input, each with its message checked.

const HEAD: &str = "schema_version: 1\nmanufacturer:\n  name: Acme\nproduct:\n  name: Plug\n  model: P1\n  category: smart_plug\n  firmware_version: '1.0'\n";

/// Load `text` as `file` and compare the rendered diagnostics, one per line.
fn check(file: &str, text: &str, expect: &[&str]) {
    let got = match iotmark_declaration::load(file, text.as_bytes()) {
        Ok(_) => vec![],
        Err(diags) => diags.iter().map(ToString::to_string).collect::<Vec<_>>(),
    };
    assert_eq!(got, expect, "\n--- got ---\n{}\n", got.join("\n"));
}

#[test]
fn minimal_declaration_is_valid() {
    check("d.yaml", HEAD, &[]);
}

#[test]
fn misspelt_key_gets_nearest() {
    check(
        "d.yaml",
        &format!("{HEAD}updates:\n  mechanisim: automatic\n"),
        &[
            "d.yaml:10:3: error[declaration/unknown-key]: unknown key `mechanisim` (at `updates.mechanisim`); expected one of `mechanism`, `automatic_by_default`, `user_can_postpone`, `user_can_disable`, `signed`, `best_practice_crypto`, `simple_for_user`, `notifies_user`, `free_of_charge`, `security_separate_from_features`, `critical_fix_days`, `release_notes_url`, … (2 more); did you mean `mechanism`?",
        ],
    );
}
