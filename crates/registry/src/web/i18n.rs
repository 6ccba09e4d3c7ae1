//! The site's languages: which one a request gets, and the site's own
//! words (the label's words come from the catalog's Fluent messages).

use axum::http::HeaderMap;
use axum::http::header::ACCEPT_LANGUAGE;

/// The languages the site speaks, English first.
pub const LANGUAGES: [&str; 5] = iotmark_catalog::LANGUAGES;

/// Each language's name in itself, for the switcher.
pub fn native_name(lang: &str) -> &'static str {
    match lang {
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "ja" => "日本語",
        _ => "English",
    }
}

/// The language of a request: `?lang=` when it names one of
/// [`LANGUAGES`], else the best of `Accept-Language`, else English.
pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> &'static str {
    if let Some(l) = query.and_then(supported) {
        return l;
    }
    let Some(header) = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return "en";
    };
    let mut best: Option<(f32, usize, &'static str)> = None;
    for (i, part) in header.split(',').enumerate().take(32) {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or_default().trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .filter(|q| q.is_finite() && *q > 0.0);
        let (Some(q), Some(lang)) = (q, supported(tag.split('-').next().unwrap_or_default()))
        else {
            continue;
        };
        // Highest q wins; among equals, the first listed.
        if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
            best = Some((q, i, lang));
        }
    }
    best.map_or("en", |(_, _, l)| l)
}

fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().to_ascii_lowercase();
    LANGUAGES.into_iter().find(|l| *l == tag)
}

/// The site's words: (key, [en, fr, de, es, ja]).
const WORDS: &[(&str, [&str; 5])] = &[
    (
        "nav-main",
        ["Main", "Principal", "Haupt", "Principal", "メイン"],
    ),
    (
        "nav-framework",
        [
            "The criteria",
            "Les critères",
            "Die Kriterien",
            "Los criterios",
            "基準",
        ],
    ),
    (
        "nav-compare",
        ["Compare", "Comparer", "Vergleichen", "Comparar", "比較"],
    ),
    (
        "nav-account",
        [
            "Sign in / account",
            "Connexion / compte",
            "Anmelden / Konto",
            "Acceso / cuenta",
            "ログイン／アカウント",
        ],
    ),
    (
        "bundle-file",
        [
            "…or upload the bundle file",
            "…ou téléversez le fichier du paquet",
            "…oder laden Sie die Bundle-Datei hoch",
            "…o suba el archivo del paquete",
            "…またはバンドルファイルをアップロード",
        ],
    ),
    (
        "cta-record",
        [
            "Registry record (CTA-2120, JSON)",
            "Fiche de registre (CTA-2120, JSON)",
            "Registereintrag (CTA-2120, JSON)",
            "Registro (CTA-2120, JSON)",
            "登録レコード（CTA-2120、JSON）",
        ],
    ),
    (
        "site",
        [
            "iotmark registry",
            "Registre iotmark",
            "iotmark-Register",
            "Registro iotmark",
            "iotmark 登録簿",
        ],
    ),
    (
        "tagline",
        [
            "Look up a connected product: its mark level, how long it gets security updates, and its certificate.",
            "Recherchez un produit connecté : son niveau de marque, la durée de ses mises à jour de sécurité et son certificat.",
            "Schlagen Sie ein vernetztes Produkt nach: seine Stufe, wie lange es Sicherheitsupdates erhält, und sein Zertifikat.",
            "Consulte un producto conectado: su nivel de marca, hasta cuándo recibe actualizaciones de seguridad y su certificado.",
            "コネクテッド製品を調べる：マークのレベル、セキュリティ更新の期間、証明書。",
        ],
    ),
    (
        "skip",
        [
            "Skip to the content",
            "Aller au contenu",
            "Zum Inhalt springen",
            "Ir al contenido",
            "本文へ移動",
        ],
    ),
    (
        "languages",
        ["Language", "Langue", "Sprache", "Idioma", "言語"],
    ),
    (
        "search",
        ["Search", "Rechercher", "Suchen", "Buscar", "検索"],
    ),
    (
        "search-label",
        [
            "Product, maker or model",
            "Produit, fabricant ou modèle",
            "Produkt, Hersteller oder Modell",
            "Producto, fabricante o modelo",
            "製品名、メーカー、型番",
        ],
    ),
    (
        "filters",
        ["Filters", "Filtres", "Filter", "Filtros", "絞り込み"],
    ),
    (
        "level",
        [
            "Mark level",
            "Niveau de marque",
            "Stufe",
            "Nivel de marca",
            "マークのレベル",
        ],
    ),
    ("any", ["Any", "Tous", "Alle", "Cualquiera", "すべて"]),
    (
        "at-least",
        ["at least", "au moins", "mindestens", "al menos", "以上"],
    ),
    (
        "category",
        [
            "Category",
            "Catégorie",
            "Kategorie",
            "Categoría",
            "カテゴリー",
        ],
    ),
    (
        "status",
        ["Status", "Statut", "Status", "Estado", "ステータス"],
    ),
    (
        "support-after",
        [
            "Security updates still after",
            "Mises à jour de sécurité encore après le",
            "Sicherheitsupdates noch nach dem",
            "Actualizaciones de seguridad aún después del",
            "この日以降もセキュリティ更新あり",
        ],
    ),
    (
        "sort",
        [
            "Sort by",
            "Trier par",
            "Sortieren nach",
            "Ordenar por",
            "並べ替え",
        ],
    ),
    (
        "sort-relevance",
        [
            "Best match",
            "Pertinence",
            "Relevanz",
            "Relevancia",
            "関連度",
        ],
    ),
    ("sort-name", ["Name", "Nom", "Name", "Nombre", "名前"]),
    (
        "sort-level",
        [
            "Highest level",
            "Niveau le plus élevé",
            "Höchste Stufe",
            "Nivel más alto",
            "レベルの高い順",
        ],
    ),
    (
        "sort-support_end",
        [
            "Longest security support",
            "Support de sécurité le plus long",
            "Längste Sicherheitsunterstützung",
            "Soporte de seguridad más largo",
            "セキュリティサポートの長い順",
        ],
    ),
    (
        "results",
        [
            "Products found",
            "Produits trouvés",
            "Gefundene Produkte",
            "Productos encontrados",
            "見つかった製品",
        ],
    ),
    (
        "no-results",
        [
            "No product matches this search.",
            "Aucun produit ne correspond à cette recherche.",
            "Kein Produkt passt zu dieser Suche.",
            "Ningún producto coincide con esta búsqueda.",
            "この検索に一致する製品はありません。",
        ],
    ),
    ("pages", ["Pages", "Pages", "Seiten", "Páginas", "ページ"]),
    (
        "previous",
        ["Previous", "Précédent", "Zurück", "Anterior", "前へ"],
    ),
    ("next", ["Next", "Suivant", "Weiter", "Siguiente", "次へ"]),
    ("page", ["Page", "Page", "Seite", "Página", "ページ"]),
    ("of", ["of", "sur", "von", "de", "/"]),
    (
        "maker",
        [
            "Manufacturer",
            "Fabricant",
            "Hersteller",
            "Fabricante",
            "メーカー",
        ],
    ),
    ("model", ["Model", "Modèle", "Modell", "Modelo", "型番"]),
    (
        "firmware",
        [
            "Software version",
            "Version du logiciel",
            "Softwareversion",
            "Versión del software",
            "ソフトウェアバージョン",
        ],
    ),
    (
        "support-end",
        [
            "Security updates until",
            "Mises à jour de sécurité jusqu'au",
            "Sicherheitsupdates bis",
            "Actualizaciones de seguridad hasta",
            "セキュリティ更新の期限",
        ],
    ),
    (
        "no-date",
        [
            "No date given",
            "Aucune date",
            "Kein Datum angegeben",
            "Sin fecha",
            "期限の記載なし",
        ],
    ),
    (
        "certificate",
        [
            "Certificate",
            "Certificat",
            "Zertifikat",
            "Certificado",
            "証明書",
        ],
    ),
    (
        "no-certificate",
        [
            "No certificate: this product is self-assessed by its manufacturer.",
            "Aucun certificat : ce produit est auto-évalué par son fabricant.",
            "Kein Zertifikat: Der Hersteller hat dieses Produkt selbst bewertet.",
            "Sin certificado: el fabricante ha autoevaluado este producto.",
            "証明書なし：この製品はメーカーによる自己評価です。",
        ],
    ),
    (
        "certificate-id",
        [
            "Certificate number",
            "Numéro de certificat",
            "Zertifikatsnummer",
            "Número de certificado",
            "証明書番号",
        ],
    ),
    (
        "issued",
        [
            "Issued on",
            "Délivré le",
            "Ausgestellt am",
            "Emitido el",
            "発行日",
        ],
    ),
    (
        "valid-until",
        [
            "Valid until",
            "Valable jusqu'au",
            "Gültig bis",
            "Válido hasta",
            "有効期限",
        ],
    ),
    (
        "log-index",
        [
            "Transparency log entry",
            "Entrée du journal de transparence",
            "Eintrag im Transparenzprotokoll",
            "Entrada del registro de transparencia",
            "透明性ログのエントリ",
        ],
    ),
    (
        "history",
        [
            "Status history",
            "Historique du statut",
            "Statusverlauf",
            "Historial del estado",
            "ステータスの履歴",
        ],
    ),
    ("date", ["Date", "Date", "Datum", "Fecha", "日付"]),
    ("reason", ["Reason", "Motif", "Grund", "Motivo", "理由"]),
    (
        "no-history",
        [
            "No change since issue.",
            "Aucun changement depuis la délivrance.",
            "Keine Änderung seit der Ausstellung.",
            "Sin cambios desde la emisión.",
            "発行以降の変更はありません。",
        ],
    ),
    (
        "evidence",
        [
            "Evidence and digests",
            "Preuves et empreintes",
            "Nachweise und Prüfsummen",
            "Pruebas y resúmenes",
            "証拠とダイジェスト",
        ],
    ),
    ("file", ["File", "Fichier", "Datei", "Archivo", "ファイル"]),
    ("kind", ["Kind", "Type", "Art", "Tipo", "種類"]),
    (
        "declaration",
        [
            "Declaration",
            "Déclaration",
            "Erklärung",
            "Declaración",
            "宣言",
        ],
    ),
    (
        "assessment",
        [
            "Assessment report",
            "Rapport d'évaluation",
            "Bewertungsbericht",
            "Informe de evaluación",
            "評価レポート",
        ],
    ),
    (
        "downloads",
        [
            "Downloads",
            "Téléchargements",
            "Downloads",
            "Descargas",
            "ダウンロード",
        ],
    ),
    (
        "label-svg",
        [
            "Label (SVG)",
            "Étiquette (SVG)",
            "Label (SVG)",
            "Etiqueta (SVG)",
            "ラベル (SVG)",
        ],
    ),
    (
        "label-png",
        [
            "Label for print (PNG, 300 dpi)",
            "Étiquette à imprimer (PNG, 300 dpi)",
            "Label zum Drucken (PNG, 300 dpi)",
            "Etiqueta para imprimir (PNG, 300 ppp)",
            "印刷用ラベル (PNG, 300 dpi)",
        ],
    ),
    (
        "label-pdf",
        [
            "Label (PDF)",
            "Étiquette (PDF)",
            "Label (PDF)",
            "Etiqueta (PDF)",
            "ラベル (PDF)",
        ],
    ),
    (
        "label-json",
        [
            "label.json (machine-readable)",
            "label.json (lisible par machine)",
            "label.json (maschinenlesbar)",
            "label.json (legible por máquina)",
            "label.json（機械可読）",
        ],
    ),
    (
        "certificate-file",
        [
            "Certificate (DSSE envelope)",
            "Certificat (enveloppe DSSE)",
            "Zertifikat (DSSE-Umschlag)",
            "Certificado (sobre DSSE)",
            "証明書 (DSSE エンベロープ)",
        ],
    ),
    (
        "no-label",
        [
            "This product's label is not available.",
            "L'étiquette de ce produit n'est pas disponible.",
            "Das Label dieses Produkts ist nicht verfügbar.",
            "La etiqueta de este producto no está disponible.",
            "この製品のラベルはありません。",
        ],
    ),
    (
        "not-found",
        [
            "Not found",
            "Introuvable",
            "Nicht gefunden",
            "No encontrado",
            "見つかりません",
        ],
    ),
    (
        "not-found-text",
        [
            "There is no such product or page in the registry. A label printed before its product was registered leads here too.",
            "Ce produit ou cette page n'existe pas dans le registre. Une étiquette imprimée avant l'enregistrement du produit mène aussi ici.",
            "Dieses Produkt oder diese Seite gibt es im Register nicht. Auch ein Label, das vor der Registrierung gedruckt wurde, führt hierher.",
            "Este producto o página no existe en el registro. Una etiqueta impresa antes de registrar el producto también lleva aquí.",
            "この製品またはページは登録簿にありません。製品の登録前に印刷されたラベルもここに来ます。",
        ],
    ),
    (
        "error",
        [
            "Something went wrong",
            "Une erreur est survenue",
            "Etwas ist schiefgegangen",
            "Algo salió mal",
            "エラーが発生しました",
        ],
    ),
    (
        "error-text",
        [
            "The registry could not answer this request. Please try again later.",
            "Le registre n'a pas pu répondre à cette demande. Réessayez plus tard.",
            "Das Register konnte diese Anfrage nicht beantworten. Bitte versuchen Sie es später erneut.",
            "El registro no pudo responder a esta solicitud. Inténtelo más tarde.",
            "登録簿はこのリクエストに応答できませんでした。しばらくしてから再度お試しください。",
        ],
    ),
    (
        "home",
        [
            "Back to the search",
            "Retour à la recherche",
            "Zurück zur Suche",
            "Volver a la búsqueda",
            "検索に戻る",
        ],
    ),
    (
        "footer",
        [
            "iotmark: an open certification mark and trust label for connected products. Certificates are recorded in a public transparency log.",
            "iotmark : une marque de certification ouverte et une étiquette de confiance pour les produits connectés. Les certificats sont inscrits dans un journal de transparence public.",
            "iotmark: ein offenes Prüfzeichen und Vertrauenslabel für vernetzte Produkte. Zertifikate stehen in einem öffentlichen Transparenzprotokoll.",
            "iotmark: una marca de certificación abierta y una etiqueta de confianza para productos conectados. Los certificados constan en un registro de transparencia público.",
            "iotmark：コネクテッド製品のためのオープンな認証マークと信頼ラベル。証明書は公開の透明性ログに記録されます。",
        ],
    ),
    (
        "log-entry",
        [
            "Log entry",
            "Entrée du journal",
            "Protokolleintrag",
            "Entrada del registro",
            "ログエントリ",
        ],
    ),
    (
        "inclusion",
        [
            "Inclusion proof",
            "Preuve d'inclusion",
            "Inklusionsbeweis",
            "Prueba de inclusión",
            "包含証明",
        ],
    ),
    (
        "inclusion-verified",
        [
            "Inclusion proof verified against the signed checkpoint of size",
            "Preuve d'inclusion vérifiée par rapport au point de contrôle signé de taille",
            "Inklusionsbeweis geprüft gegen den signierten Checkpoint der Größe",
            "Prueba de inclusión verificada frente al punto de control firmado de tamaño",
            "署名済みチェックポイントに対して包含証明を検証済み。サイズ：",
        ],
    ),
    (
        "inclusion-failed",
        [
            "The inclusion proof could not be verified:",
            "La preuve d'inclusion n'a pas pu être vérifiée :",
            "Der Inklusionsbeweis konnte nicht geprüft werden:",
            "No se pudo verificar la prueba de inclusión:",
            "包含証明を検証できませんでした：",
        ],
    ),
    (
        "log",
        [
            "Transparency log",
            "Journal de transparence",
            "Transparenzprotokoll",
            "Registro de transparencia",
            "透明性ログ",
        ],
    ),
    ("more", ["More", "Plus", "Mehr", "Más", "その他"]),
    (
        "log-intro",
        [
            "Every certificate and every change of its status is an entry in this append-only log. Anyone can fetch it and check that no entry was changed or removed.",
            "Chaque certificat et chaque changement de son statut est une entrée de ce journal en ajout seul. Chacun peut le télécharger et vérifier qu'aucune entrée n'a été modifiée ni supprimée.",
            "Jedes Zertifikat und jede Änderung seines Status ist ein Eintrag in diesem nur erweiterbaren Protokoll. Jeder kann es abrufen und prüfen, dass kein Eintrag geändert oder entfernt wurde.",
            "Cada certificado y cada cambio de su estado es una entrada de este registro de solo anexado. Cualquiera puede descargarlo y comprobar que ninguna entrada se modificó ni se eliminó.",
            "すべての証明書とその状態の変更は、この追記専用ログのエントリです。誰でも取得して、エントリが変更・削除されていないことを確認できます。",
        ],
    ),
    (
        "checkpoint",
        [
            "Latest checkpoint",
            "Dernier point de contrôle",
            "Neuester Checkpoint",
            "Último punto de control",
            "最新のチェックポイント",
        ],
    ),
    (
        "origin",
        ["Origin", "Origine", "Ursprung", "Origen", "オリジン"],
    ),
    (
        "tree-size",
        [
            "Size (entries)",
            "Taille (entrées)",
            "Größe (Einträge)",
            "Tamaño (entradas)",
            "サイズ（エントリ数）",
        ],
    ),
    (
        "root-hash",
        [
            "Root hash",
            "Empreinte racine",
            "Wurzel-Hash",
            "Hash raíz",
            "ルートハッシュ",
        ],
    ),
    (
        "signatures",
        ["Signatures", "Signatures", "Signaturen", "Firmas", "署名"],
    ),
    (
        "log-unreadable",
        [
            "The log cannot be read:",
            "Le journal ne peut pas être lu :",
            "Das Protokoll kann nicht gelesen werden:",
            "No se puede leer el registro:",
            "ログを読み取れません：",
        ],
    ),
    (
        "verifier-key",
        [
            "Verifier key",
            "Clé de vérification",
            "Prüfschlüssel",
            "Clave de verificación",
            "検証鍵",
        ],
    ),
    (
        "monitors",
        [
            "For monitors",
            "Pour les moniteurs",
            "Für Monitore",
            "Para monitores",
            "モニター向け",
        ],
    ),
    (
        "monitors-text",
        [
            "The log follows C2SP tlog-tiles: fetch the signed checkpoint, check it with the verifier key above, then fetch the tiles and entry bundles it covers and recompute the root hash. Full tiles never change.",
            "Le journal suit C2SP tlog-tiles : téléchargez le point de contrôle signé, vérifiez-le avec la clé ci-dessus, puis téléchargez les tuiles et les paquets d'entrées qu'il couvre et recalculez l'empreinte racine. Les tuiles complètes ne changent jamais.",
            "Das Protokoll folgt C2SP tlog-tiles: Rufen Sie den signierten Checkpoint ab, prüfen Sie ihn mit dem obigen Schlüssel, rufen Sie dann die abgedeckten Kacheln und Eintragsbündel ab und berechnen Sie den Wurzel-Hash neu. Volle Kacheln ändern sich nie.",
            "El registro sigue C2SP tlog-tiles: descargue el punto de control firmado, verifíquelo con la clave anterior, descargue las teselas y los paquetes de entradas que cubre y recalcule el hash raíz. Las teselas completas nunca cambian.",
            "このログは C2SP tlog-tiles に従います。署名済みチェックポイントを取得して上の検証鍵で確認し、対象のタイルとエントリバンドルを取得してルートハッシュを再計算してください。完全なタイルは変わりません。",
        ],
    ),
    (
        "feed",
        [
            "Status feed (Atom)",
            "Flux des statuts (Atom)",
            "Status-Feed (Atom)",
            "Canal de estados (Atom)",
            "ステータスフィード（Atom）",
        ],
    ),
    (
        "export",
        [
            "Open data (JSON Lines)",
            "Données ouvertes (JSON Lines)",
            "Offene Daten (JSON Lines)",
            "Datos abiertos (JSON Lines)",
            "オープンデータ（JSON Lines）",
        ],
    ),
    (
        "verify",
        [
            "Verify a certificate",
            "Vérifier un certificat",
            "Zertifikat prüfen",
            "Verificar un certificado",
            "証明書を検証",
        ],
    ),
    (
        "verify-intro",
        [
            "Paste a certificate bundle (the JSON file issued with a certificate) or enter a certificate id. The registry checks the certification body's signature, the log's checkpoint, the inclusion proof and the certificate's dates and status.",
            "Collez un paquet de certificat (le fichier JSON délivré avec le certificat) ou saisissez un identifiant de certificat. Le registre vérifie la signature de l'organisme de certification, le point de contrôle du journal, la preuve d'inclusion ainsi que les dates et le statut du certificat.",
            "Fügen Sie ein Zertifikatsbündel ein (die mit dem Zertifikat ausgegebene JSON-Datei) oder geben Sie eine Zertifikatsnummer ein. Das Register prüft die Signatur der Zertifizierungsstelle, den Checkpoint des Protokolls, den Inklusionsbeweis sowie Daten und Status des Zertifikats.",
            "Pegue un paquete de certificado (el archivo JSON emitido con el certificado) o introduzca un identificador de certificado. El registro comprueba la firma del organismo de certificación, el punto de control del registro, la prueba de inclusión y las fechas y el estado del certificado.",
            "証明書バンドル（証明書とともに発行された JSON ファイル）を貼り付けるか、証明書 ID を入力してください。登録簿は認証機関の署名、ログのチェックポイント、包含証明、証明書の日付と状態を確認します。",
        ],
    ),
    (
        "bundle-json",
        [
            "Certificate bundle (JSON)",
            "Paquet de certificat (JSON)",
            "Zertifikatsbündel (JSON)",
            "Paquete de certificado (JSON)",
            "証明書バンドル（JSON）",
        ],
    ),
    (
        "or-certificate-id",
        [
            "Or a certificate id",
            "Ou un identifiant de certificat",
            "Oder eine Zertifikatsnummer",
            "O un identificador de certificado",
            "または証明書 ID",
        ],
    ),
    (
        "verify-button",
        ["Verify", "Vérifier", "Prüfen", "Verificar", "検証"],
    ),
    (
        "genuine",
        [
            "Genuine and current",
            "Authentique et en vigueur",
            "Echt und gültig",
            "Auténtico y vigente",
            "真正かつ有効",
        ],
    ),
    (
        "not-genuine",
        [
            "Not verified",
            "Non vérifié",
            "Nicht bestätigt",
            "No verificado",
            "検証できませんでした",
        ],
    ),
    (
        "cannot-verify",
        [
            "Cannot verify here",
            "Vérification impossible ici",
            "Hier nicht prüfbar",
            "No se puede verificar aquí",
            "ここでは検証できません",
        ],
    ),
    (
        "unknown-certificate",
        [
            "The registry holds no certificate with this id:",
            "Le registre ne contient aucun certificat portant cet identifiant :",
            "Das Register enthält kein Zertifikat mit dieser Nummer:",
            "El registro no contiene ningún certificado con este identificador:",
            "この ID の証明書は登録簿にありません：",
        ],
    ),
    (
        "verify-empty",
        [
            "Paste a bundle or enter a certificate id.",
            "Collez un paquet ou saisissez un identifiant de certificat.",
            "Fügen Sie ein Bündel ein oder geben Sie eine Zertifikatsnummer ein.",
            "Pegue un paquete o introduzca un identificador de certificado.",
            "バンドルを貼り付けるか証明書 ID を入力してください。",
        ],
    ),
    (
        "product-page",
        [
            "The product's page",
            "La page du produit",
            "Die Seite des Produkts",
            "La página del producto",
            "製品ページ",
        ],
    ),
];

/// The site's word `key` in `lang` (English when the language is not
/// one of [`LANGUAGES`]; the key itself when unknown, which a test rules
/// out).
pub fn t(lang: &str, key: &str) -> &'static str {
    let i = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
    index().get(key).map_or("?", |words| words[i])
}

/// A table of words: (key, [en, fr, de, es, ja]).
pub(crate) type Table = &'static [(&'static str, [&'static str; 5])];

/// Every table of the site's words: this module's and those of the pages
/// that keep their own.
const TABLES: &[Table] = &[
    WORDS,
    super::compare::WORDS,
    super::framework::WORDS,
    super::account::WORDS,
    super::workflow::WORDS,
    super::report::WORDS,
    super::keys::WORDS,
];

fn index() -> &'static std::collections::HashMap<&'static str, [&'static str; 5]> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, [&'static str; 5]>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        TABLES
            .iter()
            .flat_map(|t| t.iter())
            .map(|(k, w)| (*k, *w))
            .collect()
    })
}

/// Every key, for tests.
pub fn keys() -> impl Iterator<Item = &'static str> {
    TABLES.iter().flat_map(|t| t.iter()).map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accept(v: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(ACCEPT_LANGUAGE, HeaderValue::from_static(v));
        h
    }

    #[test]
    fn the_query_wins_then_the_header_then_english() {
        assert_eq!(negotiate(Some("ja"), &accept("fr")), "ja");
        assert_eq!(negotiate(Some("xx"), &accept("fr-CH, fr;q=0.9")), "fr");
        assert_eq!(negotiate(None, &accept("it, de;q=0.8, es;q=0.9")), "es");
        assert_eq!(negotiate(None, &accept("de;q=0, fr;q=0.1")), "fr");
        assert_eq!(negotiate(None, &accept("*")), "en");
        assert_eq!(negotiate(None, &accept(";;;q=,")), "en");
        assert_eq!(negotiate(None, &HeaderMap::new()), "en");
    }

    #[test]
    fn every_word_is_written_in_every_language() {
        for (key, words) in TABLES.iter().flat_map(|t| t.iter()) {
            for (lang, w) in LANGUAGES.iter().zip(words) {
                assert!(!w.trim().is_empty(), "{key} in {lang}");
            }
        }
        let mut keys: Vec<_> = keys().collect();
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "a key is listed twice");
    }
}
