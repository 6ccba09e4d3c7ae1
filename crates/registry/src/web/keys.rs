//! The keys anyone needs to check this registry's certificates, and the
//! admins' hand on the certification body's keys ([`crate::keys`]).
//!
//! | route | who | what |
//! |---|---|---|
//! | `GET /keys` | anyone | the certification body's keys, past and present, and the log's key |
//! | `POST /admin/keys/rotate` | admin | a new active key; the old one retired |
//! | `POST /admin/keys/withdraw` | admin | a retired key withdrawn, with a reason |

use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;

use super::account::{Session, admin_view, csrf_field, csrf_ok, csrf_refused, require};
use super::i18n::{negotiate, t};
use super::pages::layout;
use super::{AppState, LangParam, Shared};
use crate::keys::{KeyRing, KeysError};
use crate::store::{KeyState, Role};

/// This module's words.
pub(crate) const WORDS: super::i18n::Table = &[
    (
        "key_title",
        [
            "Signing keys",
            "Clés de signature",
            "Signaturschlüssel",
            "Claves de firma",
            "署名鍵",
        ],
    ),
    (
        "key_intro",
        [
            "The certification body signs certificates and their status changes; the transparency log signs its checkpoints with its own key. To check a certificate bundle offline, use the certification body key that signed it and the log's key: iotmark verify BUNDLE --key KEY --log-key LOG-KEY.",
            "L'organisme de certification signe les certificats et leurs changements de statut ; le journal de transparence signe ses points de contrôle avec sa propre clé. Pour vérifier un paquet de certificat hors ligne, utilisez la clé de l'organisme qui l'a signé et celle du journal : iotmark verify PAQUET --key CLÉ --log-key CLÉ-DU-JOURNAL.",
            "Die Zertifizierungsstelle signiert Zertifikate und deren Statusänderungen; das Transparenzlog signiert seine Checkpoints mit einem eigenen Schlüssel. Um ein Zertifikatspaket offline zu prüfen, verwenden Sie den Schlüssel der Stelle, der es signiert hat, und den des Logs: iotmark verify PAKET --key SCHLÜSSEL --log-key LOG-SCHLÜSSEL.",
            "El organismo de certificación firma los certificados y sus cambios de estado; el registro de transparencia firma sus puntos de control con su propia clave. Para comprobar un paquete de certificado sin conexión, use la clave del organismo que lo firmó y la del registro: iotmark verify PAQUETE --key CLAVE --log-key CLAVE-DEL-REGISTRO.",
            "認証機関は証明書とその状態変更に署名し、透明性ログはチェックポイントに独自の鍵で署名します。証明書バンドルをオフラインで確認するには、署名した認証機関の鍵とログの鍵を使います：iotmark verify BUNDLE --key 鍵 --log-key ログの鍵",
        ],
    ),
    (
        "key_body",
        [
            "Certification body",
            "Organisme de certification",
            "Zertifizierungsstelle",
            "Organismo de certificación",
            "認証機関",
        ],
    ),
    (
        "key_log",
        [
            "Transparency log",
            "Journal de transparence",
            "Transparenzlog",
            "Registro de transparencia",
            "透明性ログ",
        ],
    ),
    ("key_id", ["Key", "Clé", "Schlüssel", "Clave", "鍵"]),
    ("key_state", ["State", "État", "Zustand", "Estado", "状態"]),
    (
        "key_from",
        [
            "Active from",
            "Active depuis",
            "Aktiv seit",
            "Activa desde",
            "有効開始日",
        ],
    ),
    (
        "key_until",
        [
            "Signed certificates until",
            "A signé des certificats jusqu'au",
            "Signierte Zertifikate bis",
            "Firmó certificados hasta",
            "証明書への署名の終了日",
        ],
    ),
    (
        "key_active",
        [
            "active: signs new certificates",
            "active : signe les nouveaux certificats",
            "aktiv: signiert neue Zertifikate",
            "activa: firma los certificados nuevos",
            "有効：新しい証明書に署名",
        ],
    ),
    (
        "key_retired",
        [
            "retired: its certificates remain valid",
            "retirée : ses certificats restent valables",
            "außer Dienst: ihre Zertifikate bleiben gültig",
            "retirada: sus certificados siguen siendo válidos",
            "退役：発行済みの証明書は引き続き有効",
        ],
    ),
    (
        "key_withdrawn",
        [
            "withdrawn: its certificates are no longer trusted",
            "retirée du service : ses certificats ne sont plus fiables",
            "zurückgezogen: ihren Zertifikaten wird nicht mehr vertraut",
            "revocada: sus certificados ya no son de confianza",
            "失効：発行済みの証明書は信頼されません",
        ],
    ),
    (
        "key_withdrawn_on",
        [
            "Withdrawn on",
            "Retirée le",
            "Zurückgezogen am",
            "Revocada el",
            "失効日",
        ],
    ),
    ("key_reason", ["Reason", "Motif", "Grund", "Motivo", "理由"]),
    (
        "key_none",
        [
            "This registry has no certification body keys.",
            "Ce registre n'a pas de clés d'organisme de certification.",
            "Dieses Register hat keine Schlüssel einer Zertifizierungsstelle.",
            "Este registro no tiene claves de organismo de certificación.",
            "この登録簿には認証機関の鍵がありません。",
        ],
    ),
    (
        "key_rotate",
        [
            "Rotate: make a new active key",
            "Renouveler : créer une nouvelle clé active",
            "Wechseln: einen neuen aktiven Schlüssel erzeugen",
            "Rotar: crear una nueva clave activa",
            "更新：新しい有効な鍵を作成",
        ],
    ),
    (
        "key_rotate_text",
        [
            "The new key signs every certificate from today. The current key is retired: it signs no new certificate, but still signs status changes of the certificates it issued, and they stay valid. The new private key is written to the key directory: back it up.",
            "La nouvelle clé signe tous les certificats à partir d'aujourd'hui. La clé actuelle est retirée : elle ne signe plus de nouveaux certificats, mais signe encore les changements de statut de ceux qu'elle a délivrés, qui restent valables. La nouvelle clé privée est écrite dans le répertoire des clés : sauvegardez-la.",
            "Der neue Schlüssel signiert ab heute jedes Zertifikat. Der bisherige wird außer Dienst gestellt: Er signiert keine neuen Zertifikate mehr, aber weiterhin Statusänderungen der von ihm ausgestellten, die gültig bleiben. Der neue private Schlüssel wird im Schlüsselverzeichnis abgelegt: Sichern Sie ihn.",
            "La nueva clave firma todos los certificados desde hoy. La clave actual se retira: no firma certificados nuevos, pero sigue firmando los cambios de estado de los que emitió, que siguen siendo válidos. La nueva clave privada se escribe en el directorio de claves: haga una copia de seguridad.",
            "新しい鍵は本日以降すべての証明書に署名します。現在の鍵は退役し、新しい証明書には署名しませんが、発行済み証明書の状態変更には引き続き署名し、それらの証明書は有効なままです。新しい秘密鍵は鍵ディレクトリに書き込まれます。バックアップしてください。",
        ],
    ),
    (
        "key_withdraw",
        [
            "Withdraw a retired key",
            "Retirer du service une clé retirée",
            "Einen außer Dienst gestellten Schlüssel zurückziehen",
            "Revocar una clave retirada",
            "退役した鍵を失効させる",
        ],
    ),
    (
        "key_withdraw_text",
        [
            "For a key that was lost or may be known to others. Certificates it signed stop verifying at once and their status can no longer change: certify those products again. This cannot be undone. To withdraw the active key, rotate first.",
            "Pour une clé perdue ou peut-être connue d'autres. Les certificats qu'elle a signés cessent aussitôt d'être vérifiés et leur statut ne peut plus changer : certifiez ces produits à nouveau. C'est irréversible. Pour retirer la clé active, renouvelez-la d'abord.",
            "Für einen Schlüssel, der verloren ging oder anderen bekannt sein könnte. Von ihm signierte Zertifikate lassen sich sofort nicht mehr prüfen, ihr Status nicht mehr ändern: Zertifizieren Sie diese Produkte erneut. Das lässt sich nicht rückgängig machen. Um den aktiven Schlüssel zurückzuziehen, wechseln Sie zuerst.",
            "Para una clave perdida o que otros puedan conocer. Los certificados que firmó dejan de verificarse de inmediato y su estado ya no puede cambiar: certifique esos productos de nuevo. No se puede deshacer. Para revocar la clave activa, rótela primero.",
            "紛失した鍵、または他者に知られた可能性のある鍵に使います。その鍵で署名された証明書は直ちに検証できなくなり、状態も変更できなくなります。該当製品を再認証してください。元に戻せません。有効な鍵を失効させるには、先に更新してください。",
        ],
    ),
    (
        "key_signed",
        [
            "Signed with",
            "Signé avec",
            "Signiert mit",
            "Firmado con",
            "署名鍵",
        ],
    ),
    (
        "key_cert_withdrawn",
        [
            "This certificate can no longer be trusted: the certification body withdrew the key that signed it on",
            "Ce certificat n'est plus fiable : l'organisme de certification a retiré la clé qui l'a signé le",
            "Diesem Zertifikat kann nicht mehr vertraut werden: Die Zertifizierungsstelle hat den Schlüssel, mit dem es signiert wurde, zurückgezogen am",
            "Este certificado ya no es de confianza: el organismo de certificación revocó la clave que lo firmó el",
            "この証明書は信頼できなくなりました。認証機関は署名に使われた鍵を次の日付で失効させました：",
        ],
    ),
    (
        "key_cert_withdrawn_after",
        [
            "Ask the maker whether the product has been certified again.",
            "Demandez au fabricant si le produit a été certifié à nouveau.",
            "Fragen Sie den Hersteller, ob das Produkt erneut zertifiziert wurde.",
            "Pregunte al fabricante si el producto se ha vuelto a certificar.",
            "製品が再認証されたかどうかをメーカーに確認してください。",
        ],
    ),
    (
        "key_no_retired",
        [
            "No retired key to withdraw.",
            "Aucune clé retirée à retirer du service.",
            "Kein außer Dienst gestellter Schlüssel zum Zurückziehen.",
            "No hay ninguna clave retirada que revocar.",
            "失効させられる退役済みの鍵はありません。",
        ],
    ),
];

/// The routes of this module.
pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/keys", get(keys_page))
        .route("/admin/keys/rotate", post(rotate))
        .route("/admin/keys/withdraw", post(withdraw))
}

fn state_words(lang: &str, state: KeyState) -> &'static str {
    t(
        lang,
        match state {
            KeyState::Active => "key_active",
            KeyState::Retired => "key_retired",
            KeyState::Withdrawn => "key_withdrawn",
        },
    )
}

/// The table of the certification body's keys.
fn key_table(lang: &str, ring: &KeyRing) -> Markup {
    html! {
        div.scroll {
            table.keys {
                thead { tr {
                    th scope="col" { (t(lang, "key_id")) }
                    th scope="col" { (t(lang, "key_state")) }
                    th scope="col" { (t(lang, "key_from")) }
                    th scope="col" { (t(lang, "key_until")) }
                } }
                tbody {
                    @for k in ring.keys() {
                        @let r = &k.record;
                        tr {
                            td { code { (r.key_id) } }
                            td {
                                (state_words(lang, r.state))
                                @if let Some(on) = r.withdrawn_on {
                                    br; (t(lang, "key_withdrawn_on")) " " (on)
                                    @if !r.reason.is_empty() { br; (t(lang, "key_reason")) ": " (r.reason) }
                                }
                            }
                            td { (r.active_from) }
                            td { @if let Some(d) = r.retired_on { (d) } @else { "—" } }
                        }
                    }
                }
            }
        }
        @for k in ring.keys() {
            @if k.record.state != KeyState::Withdrawn {
                pre.note { code { (k.record.verifier_key) } }
            }
        }
    }
}

async fn keys_page(
    State(state): State<Shared>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(params.lang.as_deref(), &headers);
    let ring = match &state.keys {
        Some(k) => Some(k.current(&state.db).await),
        None => None,
    };
    let body = html! {
        h1 { (t(lang, "key_title")) }
        p { (t(lang, "key_intro")) }
        h2 { (t(lang, "key_body")) }
        @match &ring {
            Some(ring) => { (key_table(lang, ring)) }
            None => { p { (t(lang, "key_none")) } }
        }
        @if let Some(log) = &state.log {
            h2 { (t(lang, "key_log")) }
            dl.kv {
                dt { (t(lang, "acc_log_origin")) } dd { (log.origin()) }
            }
            pre.note { code { (log.verifier().to_vkey()) } }
        }
    };
    let page = layout(lang, Some(&uri), t(lang, "key_title"), body);
    (StatusCode::OK, axum::response::Html(page)).into_response()
}

/// The admins' section on the keys: the table, rotation and withdrawal.
pub(crate) async fn admin_section(state: &AppState, lang: &str, csrf: &str) -> Markup {
    let Some(issuer) = &state.issuer else {
        return html! { p { (t(lang, "acc_no_key")) } };
    };
    let ring = issuer.keys.current(&state.db).await;
    html! {
        p { (t(lang, "acc_key_text")) " " a href="/keys" { (t(lang, "key_title")) } }
        (key_table(lang, &ring))
        dl.kv {
            dt { (t(lang, "acc_log_origin")) } dd { (issuer.ledger.origin()) }
        }
        h3 { (t(lang, "key_rotate")) }
        p { (t(lang, "key_rotate_text")) }
        form.verify method="post" action="/admin/keys/rotate" {
            (csrf_field(csrf))
            button type="submit" { (t(lang, "key_rotate")) }
        }
        h3 { (t(lang, "key_withdraw")) }
        p { (t(lang, "key_withdraw_text")) }
        @let retired: Vec<_> = ring.keys().iter().filter(|k| k.record.state == KeyState::Retired).collect();
        @if retired.is_empty() {
            p { (t(lang, "key_no_retired")) }
        } @else {
            form.verify method="post" action="/admin/keys/withdraw" {
                (csrf_field(csrf))
                label { (t(lang, "key_id"))
                    select name="key_id" required {
                        @for k in &retired { option value=(k.record.key_id) { (k.record.key_id) } }
                    }
                }
                label { (t(lang, "key_reason")) input type="text" name="reason" maxlength="500" required; }
                button type="submit" { (t(lang, "key_withdraw")) }
            }
        }
    }
}

#[derive(Debug, Deserialize)]
struct RotateForm {
    #[serde(default)]
    csrf: String,
}

#[derive(Debug, Deserialize)]
struct WithdrawForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    key_id: String,
    #[serde(default)]
    reason: String,
}

async fn rotate(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<RotateForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let Some(issuer) = &state.issuer else {
        return admin_view(&state, &s, lang, false, Some(t(lang, "acc_no_key"))).await;
    };
    match issuer
        .keys
        .rotate(&state.db, &issuer.ledger, (state.today)())
        .await
    {
        Ok(ring) => {
            tracing::info!(key = %ring.active().record.key_id, by = %s.account.email, "rotated the certification body key");
            Redirect::to("/admin?done=1").into_response()
        }
        Err(e) => changed_not(&state, &s, lang, &e).await,
    }
}

async fn withdraw(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<WithdrawForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let Some(issuer) = &state.issuer else {
        return admin_view(&state, &s, lang, false, Some(t(lang, "acc_no_key"))).await;
    };
    let reason: String = f.reason.trim().chars().take(500).collect();
    match issuer
        .keys
        .withdraw(
            &state.db,
            &issuer.ledger,
            f.key_id.trim(),
            &reason,
            (state.today)(),
        )
        .await
    {
        Ok(_) => {
            tracing::warn!(key = %f.key_id.trim(), by = %s.account.email, "withdrew a certification body key");
            Redirect::to("/admin?done=1").into_response()
        }
        Err(e) => changed_not(&state, &s, lang, &e).await,
    }
}

/// The admin page again with why the change was not made; a failure that
/// is not the admin's to fix is logged and answered as a server error.
async fn changed_not(state: &AppState, s: &Session, lang: &str, e: &KeysError) -> Response {
    match e {
        KeysError::Refused(reason) => {
            let mut r = admin_view(state, s, lang, false, Some(reason)).await;
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
        other => {
            tracing::error!("changing the certification body's keys: {other}");
            super::html(StatusCode::INTERNAL_SERVER_ERROR, super::pages::error(lang))
        }
    }
}
