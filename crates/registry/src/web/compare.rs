//! The comparison page: up to [`MAX_PRODUCTS`] products side by side, fact
//! by fact, the rows whose values differ marked (a class and a visible
//! word, not colour alone).
//!
//! `GET /compare?ids=ID1,ID2` (also `ids=ID1&ids=ID2`, and a product
//! page's address in place of an id). Without JavaScript: a GET form adds
//! a product by id, and each column has a link that removes it.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::routing::get;
use iotmark_label::text::Words;
use iotmark_label::{Availability, LabelModel, MarkStatus};
use maud::{Markup, html};

use super::Shared;
use super::i18n::t;
use super::pages::{category_name, certificate_status, date_text, layout, link, status_name};

/// The most products compared at once.
pub const MAX_PRODUCTS: usize = 4;

/// The longest id taken from the query (product ids have ten characters).
const MAX_ID_CHARS: usize = 64;

/// The most ids read from one query; the rest are ignored unread.
const MAX_IDS_READ: usize = 32;

/// This module's words.
pub(crate) const WORDS: super::i18n::Table = &[
    (
        "cmp_title",
        [
            "Compare products",
            "Comparer des produits",
            "Produkte vergleichen",
            "Comparar productos",
            "製品を比較",
        ],
    ),
    (
        "cmp_intro",
        [
            "Up to four products side by side, fact by fact.",
            "Jusqu’à quatre produits côte à côte, point par point.",
            "Bis zu vier Produkte nebeneinander, Angabe für Angabe.",
            "Hasta cuatro productos lado a lado, dato por dato.",
            "最大4つの製品を、項目ごとに並べて比較します。",
        ],
    ),
    (
        "cmp_empty",
        [
            "No product chosen yet. Enter a product’s registry id below, or open a product from the search and come back.",
            "Aucun produit choisi pour l’instant. Saisissez ci-dessous l’identifiant d’un produit dans le registre, ou ouvrez un produit depuis la recherche puis revenez.",
            "Noch kein Produkt gewählt. Geben Sie unten die Register-ID eines Produkts ein oder öffnen Sie ein Produkt über die Suche und kehren Sie zurück.",
            "Aún no ha elegido ningún producto. Escriba abajo el identificador de registro de un producto, o abra un producto desde la búsqueda y vuelva.",
            "製品がまだ選ばれていません。下に製品の登録IDを入力するか、検索から製品を開いてから戻ってください。",
        ],
    ),
    (
        "cmp_find",
        [
            "Find products",
            "Trouver des produits",
            "Produkte finden",
            "Buscar productos",
            "製品を探す",
        ],
    ),
    (
        "cmp_not_found",
        [
            "Not found in the registry:",
            "Introuvables dans le registre :",
            "Nicht im Register gefunden:",
            "No encontrados en el registro:",
            "登録簿に見つかりません：",
        ],
    ),
    (
        "cmp_too_many",
        [
            "Only four products can be compared at once. These were left out:",
            "On ne peut comparer que quatre produits à la fois. Ceux-ci ont été laissés de côté :",
            "Es lassen sich höchstens vier Produkte gleichzeitig vergleichen. Diese wurden weggelassen:",
            "Solo se pueden comparar cuatro productos a la vez. Se han dejado fuera:",
            "一度に比較できるのは4製品までです。次の製品は除外されました：",
        ],
    ),
    (
        "cmp_caption",
        [
            "The products compared, one per column",
            "Les produits comparés, un par colonne",
            "Die verglichenen Produkte, eines pro Spalte",
            "Los productos comparados, uno por columna",
            "比較する製品（列ごとに1製品）",
        ],
    ),
    (
        "cmp_legend",
        [
            "Rows marked “Differs” have values that are not the same for every product.",
            "Les lignes marquées « Diffère » ont des valeurs qui ne sont pas les mêmes pour tous les produits.",
            "Mit „Unterschied“ markierte Zeilen haben nicht für alle Produkte denselben Wert.",
            "Las filas marcadas con «Difiere» tienen valores que no son iguales para todos los productos.",
            "「違いあり」と表示された行は、製品によって値が異なります。",
        ],
    ),
    (
        "cmp_differs",
        ["Differs", "Diffère", "Unterschied", "Difiere", "違いあり"],
    ),
    ("cmp_fact", ["Fact", "Critère", "Angabe", "Dato", "項目"]),
    (
        "cmp_overview",
        ["Overview", "Vue d’ensemble", "Überblick", "Resumen", "概要"],
    ),
    ("cmp_name", ["Name", "Nom", "Name", "Nombre", "製品名"]),
    (
        "cmp_maker",
        ["Maker", "Fabricant", "Hersteller", "Fabricante", "メーカー"],
    ),
    ("cmp_model", ["Model", "Modèle", "Modell", "Modelo", "型番"]),
    (
        "cmp_category",
        [
            "Category",
            "Catégorie",
            "Kategorie",
            "Categoría",
            "カテゴリー",
        ],
    ),
    (
        "cmp_firmware",
        [
            "Firmware version",
            "Version du micrologiciel",
            "Firmware-Version",
            "Versión del firmware",
            "ファームウェアのバージョン",
        ],
    ),
    (
        "cmp_level",
        [
            "Mark level",
            "Niveau de marque",
            "Stufe",
            "Nivel de marca",
            "マークのレベル",
        ],
    ),
    (
        "cmp_status",
        ["Status", "Statut", "Status", "Estado", "状態"],
    ),
    (
        "cmp_support_end",
        [
            "Security updates until",
            "Mises à jour de sécurité jusqu’au",
            "Sicherheitsupdates bis",
            "Actualizaciones de seguridad hasta",
            "セキュリティ更新の期限",
        ],
    ),
    (
        "cmp_grades",
        [
            "Grade per area",
            "Note par domaine",
            "Note je Bereich",
            "Calificación por área",
            "分野ごとの評価",
        ],
    ),
    (
        "cmp_no_grade",
        [
            "Not graded",
            "Non noté",
            "Nicht bewertet",
            "Sin calificar",
            "評価なし",
        ],
    ),
    (
        "cmp_certificate",
        [
            "Certificate",
            "Certificat",
            "Zertifikat",
            "Certificado",
            "証明書",
        ],
    ),
    (
        "cmp_certificate_id",
        [
            "Certificate number",
            "Numéro du certificat",
            "Zertifikatsnummer",
            "Número de certificado",
            "証明書番号",
        ],
    ),
    (
        "cmp_certificate_status",
        [
            "Certificate status",
            "Statut du certificat",
            "Status des Zertifikats",
            "Estado del certificado",
            "証明書の状態",
        ],
    ),
    (
        "cmp_no_certificate",
        [
            "No certificate",
            "Aucun certificat",
            "Kein Zertifikat",
            "Sin certificado",
            "証明書なし",
        ],
    ),
    (
        "cmp_label_facts",
        [
            "Key facts of the label",
            "Informations clés de l’étiquette",
            "Wichtigste Angaben des Labels",
            "Datos clave de la etiqueta",
            "ラベルの主な項目",
        ],
    ),
    (
        "cmp_updates",
        [
            "How updates install",
            "Installation des mises à jour",
            "Wie Updates installiert werden",
            "Cómo se instalan las actualizaciones",
            "更新のインストール方法",
        ],
    ),
    (
        "cmp_sensors",
        ["Sensors", "Capteurs", "Sensoren", "Sensores", "センサー"],
    ),
    (
        "cmp_data_shared",
        [
            "Personal data shared",
            "Données personnelles partagées",
            "Weitergabe persönlicher Daten",
            "Datos personales compartidos",
            "個人データの共有",
        ],
    ),
    (
        "cmp_data_sold",
        [
            "Personal data sold",
            "Données personnelles vendues",
            "Verkauf persönlicher Daten",
            "Datos personales vendidos",
            "個人データの販売",
        ],
    ),
    (
        "cmp_offline",
        [
            "Without internet",
            "Sans internet",
            "Ohne Internet",
            "Sin internet",
            "インターネットなしで",
        ],
    ),
    (
        "cmp_account",
        [
            "Without an account",
            "Sans compte",
            "Ohne Konto",
            "Sin cuenta",
            "アカウントなしで",
        ],
    ),
    (
        "cmp_spare_parts",
        [
            "Spare parts",
            "Pièces détachées",
            "Ersatzteile",
            "Piezas de repuesto",
            "交換部品",
        ],
    ),
    (
        "cmp_battery",
        ["Battery", "Batterie", "Akku", "Batería", "バッテリー"],
    ),
    (
        "cmp_no_battery",
        [
            "No battery",
            "Pas de batterie",
            "Kein Akku",
            "Sin batería",
            "バッテリーなし",
        ],
    ),
    (
        "cmp_repair_manual",
        [
            "Repair manual",
            "Manuel de réparation",
            "Reparaturanleitung",
            "Manual de reparación",
            "修理マニュアル",
        ],
    ),
    (
        "cmp_not_disclosed",
        [
            "Not disclosed",
            "Non communiqué",
            "Nicht angegeben",
            "No indicado",
            "非公開",
        ],
    ),
    (
        "cmp_no_label",
        [
            "No label on record",
            "Aucune étiquette enregistrée",
            "Kein Label hinterlegt",
            "No hay etiqueta registrada",
            "ラベルの記録なし",
        ],
    ),
    (
        "cmp_remove",
        ["Remove", "Retirer", "Entfernen", "Quitar", "外す"],
    ),
    (
        "cmp_remove_product",
        [
            "Remove from the comparison:",
            "Retirer de la comparaison :",
            "Aus dem Vergleich entfernen:",
            "Quitar de la comparación:",
            "比較から外す：",
        ],
    ),
    (
        "cmp_add_label",
        [
            "Registry id of a product (or its page’s address)",
            "Identifiant d’un produit dans le registre (ou l’adresse de sa page)",
            "Register-ID eines Produkts (oder die Adresse seiner Seite)",
            "Identificador de registro de un producto (o la dirección de su página)",
            "製品の登録ID（または製品ページのアドレス）",
        ],
    ),
    (
        "cmp_add",
        [
            "Add to the comparison",
            "Ajouter à la comparaison",
            "Zum Vergleich hinzufügen",
            "Añadir a la comparación",
            "比較に追加",
        ],
    ),
    (
        "cmp_full",
        [
            "Four products are being compared: remove one to add another.",
            "Quatre produits sont comparés : retirez-en un pour en ajouter un autre.",
            "Es werden vier Produkte verglichen: Entfernen Sie eines, um ein weiteres hinzuzufügen.",
            "Se están comparando cuatro productos: quite uno para añadir otro.",
            "4製品を比較中です。別の製品を追加するには、どれかを外してください。",
        ],
    ),
];

/// The site's CSS for this page, appended to the stylesheet.
// Unused until the stylesheet appends it.
pub(crate) const CSS: &str = r#"
.site .cmp-scroll{overflow-x:auto;margin:1rem 0}
.site table.compare{min-width:34rem}
.site table.compare caption{text-align:left;color:#59636e;font-size:.9rem;padding:.25rem 0}
.site table.compare thead th{vertical-align:bottom}
.site table.compare th[scope=row]{position:sticky;left:0;background:#fff;min-width:8rem;font-weight:600}
.site table.compare tr.group th{background:#f6f8fa;font-size:1rem;padding-top:.75rem}
.site table.compare tr.differs th,.site table.compare tr.differs td{background:#fff8c5}
.site .cmp-marker{display:inline-block;margin-left:.35rem;padding:0 .35rem;border:1px solid #9a6700;border-radius:4px;font-size:.8rem;font-weight:700;color:#6b3f00;white-space:nowrap}
.site .cmp-note{border-left:6px solid #9a6700;background:#f6f8fa;padding:.5rem 1rem;margin:1rem 0}
.site .cmp-note ul{margin:.25rem 0}
.site a.cmp-remove{display:inline-block;margin-top:.25rem;font-size:.85rem;font-weight:400}
.site form.compare-add{background:#f6f8fa;border-radius:10px;padding:1rem;display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0}
.site form.compare-add label{display:flex;flex-direction:column;font-weight:600;gap:.2rem;flex:1 1 16rem}
"#;

/// This module's routes.
pub(super) fn routes() -> Router<Shared> {
    Router::new().route("/compare", get(compare))
}

/// The ids asked for, in order, each once: every `ids` value split at
/// commas and white space; a product page's address stands for its id.
fn requested(pairs: &[(String, String)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let tokens = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .flat_map(|(_, v)| v.split(|c: char| c == ',' || c.is_whitespace()))
        .filter(|s| !s.is_empty())
        .take(MAX_IDS_READ);
    for token in tokens {
        let id = match token.rfind("/p/") {
            Some(i) => token[i + 3..]
                .split(['/', '?', '#'])
                .next()
                .unwrap_or_default(),
            None => token,
        };
        let id: String = id.chars().take(MAX_ID_CHARS).collect();
        if !id.is_empty() && !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// One product's column.
struct Column {
    loaded: super::Loaded,
    /// The label's status (following the certificate), else the stored one.
    status: MarkStatus,
}

/// A row: its heading and one text per column.
struct Row {
    head: String,
    /// Where the heading links to (an area's criteria), if anywhere.
    href: Option<String>,
    cells: Vec<String>,
}

impl Row {
    fn differs(&self) -> bool {
        self.cells.windows(2).any(|w| w[0] != w[1])
    }
}

/// A group of rows under a heading.
struct Group {
    head: String,
    rows: Vec<Row>,
}

async fn compare(
    State(state): State<Shared>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang_param = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.as_str());
    let lang = super::i18n::negotiate(lang_param, &headers);
    let mut asked = requested(&pairs);
    let left_out = if asked.len() > MAX_PRODUCTS {
        asked.split_off(MAX_PRODUCTS)
    } else {
        Vec::new()
    };
    let mut columns = Vec::new();
    let mut missing = Vec::new();
    for id in &asked {
        match super::load(&state, id, lang).await {
            Ok(Some(loaded)) => {
                let status = loaded.label.as_ref().map_or_else(
                    || {
                        loaded
                            .certificates
                            .first()
                            .map_or(loaded.product.data.status, |c| super::mark_status(c.status))
                    },
                    |l| l.status,
                );
                columns.push(Column { loaded, status });
            }
            Ok(None) => missing.push(id.clone()),
            Err(response) => return response,
        }
    }
    let texts = super::texts(state.catalog, lang);
    let words = Words::new(texts);
    let view = View {
        lang,
        catalog: state.catalog,
        texts,
        words: &words,
        columns: &columns,
        missing: &missing,
        left_out: &left_out,
    };
    let status = if !asked.is_empty() && columns.is_empty() {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    super::html(
        status,
        layout(lang, Some(&uri), t(lang, "cmp_title"), view.page()),
    )
}

struct View<'a> {
    lang: &'static str,
    catalog: &'static iotmark_catalog::Catalog,
    texts: &'static iotmark_catalog::Texts,
    words: &'a Words<'a>,
    columns: &'a [Column],
    missing: &'a [String],
    left_out: &'a [String],
}

impl View<'_> {
    fn lang_param(&self) -> (&'static str, String) {
        ("lang", self.lang.to_owned())
    }

    /// The page without the column of `without`.
    fn remove_link(&self, without: &str) -> String {
        let rest: Vec<&str> = self
            .columns
            .iter()
            .map(|c| c.loaded.product.id.as_str())
            .filter(|id| *id != without)
            .collect();
        link("/compare", &[("ids", rest.join(",")), self.lang_param()])
    }

    fn row(&self, key: &str, cell: impl Fn(&Column) -> String) -> Row {
        Row {
            head: t(self.lang, key).to_owned(),
            href: None,
            cells: self.columns.iter().map(cell).collect(),
        }
    }

    /// A fact of the label, or that there is no label.
    fn label_row(&self, key: &str, fact: impl Fn(&LabelModel) -> String) -> Row {
        self.row(key, |c| {
            c.loaded
                .label
                .as_ref()
                .map_or_else(|| t(self.lang, "cmp_no_label").to_owned(), &fact)
        })
    }

    fn groups(&self) -> Vec<Group> {
        let lang = self.lang;
        let w = self.words;
        let overview = vec![
            self.row("cmp_name", |c| c.loaded.product.data.name.clone()),
            self.row("cmp_maker", |c| c.loaded.product.data.manufacturer.clone()),
            self.row("cmp_model", |c| c.loaded.product.data.model.clone()),
            self.row("cmp_category", |c| {
                category_name(&c.loaded.product.data.category)
            }),
            self.row("cmp_firmware", |c| {
                c.loaded.product.data.firmware_version.clone()
            }),
            self.row("cmp_level", |c| {
                let level = c.loaded.product.data.level;
                format!("{level} · {}", self.texts.level_name(level))
            }),
            self.row("cmp_status", |c| status_name(w, c.status)),
            self.row("cmp_support_end", |c| {
                date_text(w, c.loaded.product.data.support_end, lang)
            }),
        ];
        let grades = self
            .catalog
            .areas
            .iter()
            .map(|area| Row {
                head: self.texts.area_name(&area.id),
                href: Some(format!(
                    "{}#area-{}",
                    link("/framework", &[self.lang_param()]),
                    area.id
                )),
                cells: self
                    .columns
                    .iter()
                    .map(|c| {
                        c.loaded
                            .product
                            .data
                            .grades
                            .get(&area.id)
                            .cloned()
                            .unwrap_or_else(|| t(lang, "cmp_no_grade").to_owned())
                    })
                    .collect(),
            })
            .collect();
        let certificate = vec![
            self.row("cmp_certificate_id", |c| {
                c.loaded.certificates.first().map_or_else(
                    || t(lang, "cmp_no_certificate").to_owned(),
                    |x| x.id.clone(),
                )
            }),
            self.row("cmp_certificate_status", |c| {
                c.loaded.certificates.first().map_or_else(
                    || t(lang, "cmp_no_certificate").to_owned(),
                    |x| certificate_status(w, x.status),
                )
            }),
        ];
        let facts = vec![
            self.label_row("cmp_updates", |l| {
                w.get(&format!("label-update-{}", l.updates.name()))
            }),
            self.label_row("cmp_sensors", |l| {
                if l.sensors.is_empty() {
                    w.get("label-sensors-none")
                } else {
                    l.sensors
                        .iter()
                        .map(|s| w.get(&format!("label-sensor-{s}")))
                        .collect::<Vec<_>>()
                        .join(&w.get("label-list-separator"))
                }
            }),
            self.label_row("cmp_data_shared", |l| shared_text(w, l)),
            self.label_row("cmp_data_sold", |l| match l.data.sold {
                Some(true) => w.get("label-data-sold"),
                Some(false) => w.get("label-data-not-sold"),
                None => w.get("label-data-sale-not-disclosed"),
            }),
            self.label_row("cmp_offline", |l| availability(w, l.works_offline)),
            self.label_row("cmp_account", |l| availability(w, l.works_without_account)),
            self.label_row("cmp_spare_parts", |l| match l.repair.spare_parts_years {
                Some(0) => w.get("label-repair-parts-none"),
                Some(years) => w.with("label-repair-parts", &[("years", years.into())]),
                None => w.get("label-repair-parts-not-disclosed"),
            }),
            self.label_row("cmp_battery", |l| {
                match (l.repair.has_battery, l.repair.replaceable_battery) {
                    (Some(false), _) => t(lang, "cmp_no_battery").to_owned(),
                    (Some(true), Some(true)) => w.get("label-repair-battery-replaceable"),
                    (Some(true), Some(false)) => w.get("label-repair-battery-sealed"),
                    _ => w.get("label-repair-battery-not-disclosed"),
                }
            }),
            self.label_row("cmp_repair_manual", |l| match l.repair.repair_manual {
                Some(true) => w.get("label-repair-manual"),
                Some(false) => w.get("label-repair-manual-none"),
                None => t(lang, "cmp_not_disclosed").to_owned(),
            }),
        ];
        vec![
            Group {
                head: t(lang, "cmp_overview").to_owned(),
                rows: overview,
            },
            Group {
                head: t(lang, "cmp_grades").to_owned(),
                rows: grades,
            },
            Group {
                head: t(lang, "cmp_certificate").to_owned(),
                rows: certificate,
            },
            Group {
                head: t(lang, "cmp_label_facts").to_owned(),
                rows: facts,
            },
        ]
    }

    fn table(&self) -> Markup {
        let lang = self.lang;
        let span = self.columns.len() + 1;
        let several = self.columns.len() > 1;
        html! {
            @if several {
                p { span.cmp-marker { "≠ " (t(lang, "cmp_differs")) } " " (t(lang, "cmp_legend")) }
            }
            div.cmp-scroll {
                table.compare {
                    caption { (t(lang, "cmp_caption")) }
                    thead {
                        tr {
                            th scope="col" { (t(lang, "cmp_fact")) }
                            @for c in self.columns {
                                @let p = &c.loaded.product;
                                th scope="col" {
                                    a href=(link(&format!("/p/{}", p.id), &[self.lang_param()])) { (p.data.name) }
                                    br;
                                    a.cmp-remove href=(self.remove_link(&p.id)) aria-label=(format!("{} {}", t(lang, "cmp_remove_product"), p.data.name)) {
                                        (t(lang, "cmp_remove"))
                                    }
                                }
                            }
                        }
                    }
                    @for group in self.groups() {
                        tbody {
                            tr.group { th scope="colgroup" colspan=(span) { (group.head) } }
                            @for row in &group.rows {
                                @let differs = several && row.differs();
                                tr class=[differs.then_some("differs")] {
                                    th scope="row" {
                                        @match &row.href {
                                            Some(href) => a href=(href) { (row.head) },
                                            None => (row.head),
                                        }
                                        @if differs {
                                            " " span.cmp-marker { "≠ " (t(lang, "cmp_differs")) }
                                        }
                                    }
                                    @for cell in &row.cells { td { (cell) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn form(&self) -> Markup {
        let lang = self.lang;
        html! {
            @if self.columns.len() >= MAX_PRODUCTS {
                p { (t(lang, "cmp_full")) }
            } @else {
                form.compare-add method="get" action="/compare" {
                    input type="hidden" name="lang" value=(lang);
                    @for c in self.columns {
                        input type="hidden" name="ids" value=(c.loaded.product.id);
                    }
                    label {
                        (t(lang, "cmp_add_label"))
                        input type="text" name="ids" maxlength="200" autocomplete="off" spellcheck="false";
                    }
                    button type="submit" { (t(lang, "cmp_add")) }
                }
            }
        }
    }

    fn page(&self) -> Markup {
        let lang = self.lang;
        html! {
            h1 { (t(lang, "cmp_title")) }
            p { (t(lang, "cmp_intro")) }
            @if !self.left_out.is_empty() {
                div.cmp-note role="note" {
                    p { (t(lang, "cmp_too_many")) }
                    ul { @for id in self.left_out { li { code { (id) } } } }
                }
            }
            @if !self.missing.is_empty() {
                div.cmp-note role="note" {
                    p { (t(lang, "cmp_not_found")) }
                    ul { @for id in self.missing { li { code { (id) } } } }
                }
            }
            @if self.columns.is_empty() {
                p { (t(lang, "cmp_empty")) }
            } @else {
                (self.table())
            }
            (self.form())
            p { a href=(link("/", &[self.lang_param()])) { (t(lang, "cmp_find")) } }
        }
    }
}

fn availability(w: &Words<'_>, a: Availability) -> String {
    let name = match a {
        Availability::Full => "full",
        Availability::Partial => "partial",
        Availability::None => "none",
        Availability::NotDisclosed => "not_disclosed",
    };
    w.get(&format!("label-availability-{name}"))
}

/// Whom personal data goes to, as the label says it.
fn shared_text(w: &Words<'_>, l: &LabelModel) -> String {
    match l.data.shared {
        Some(true) if !l.data.recipients.is_empty() => {
            // "Others" last, as on the label.
            let mut kinds: Vec<&String> = l.data.recipients.iter().collect();
            kinds.sort_by_key(|r| r.as_str() == "other");
            let to: Vec<String> = kinds
                .into_iter()
                .map(|r| w.get(&format!("label-recipient-{r}")))
                .collect();
            w.with(
                "label-data-shared-with",
                &[("recipients", to.join(&w.get("label-list-separator")).into())],
            )
        }
        Some(true) => w.get("label-data-shared"),
        Some(false) => w.get("label-data-not-shared"),
        None => w.get("label-data-sharing-not-disclosed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
        query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn ids_are_split_deduplicated_and_read_from_addresses() {
        assert_eq!(
            requested(&pairs(&[
                ("ids", "a, b,,a"),
                ("lang", "fr"),
                ("ids", "https://x.example/p/c?lang=fr"),
                ("ids", ""),
                ("ids", "/p/d/label.svg b"),
            ])),
            ["a", "b", "c", "d"]
        );
        let long = "x".repeat(500);
        assert_eq!(requested(&pairs(&[("ids", &long)]))[0].len(), MAX_ID_CHARS);
        let many = (0..100)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",");
        assert_eq!(requested(&pairs(&[("ids", &many)])).len(), MAX_IDS_READ);
    }
}
