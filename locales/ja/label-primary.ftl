# ラベルの主要層（パッケージに印刷）と、ショップの商品一覧向けのコンパクト版。
# ラベルは 60 × 90 mm なので、短く書きます。

## ラベル全体（スクリーンリーダー向け）。

label-title = iotmarkラベル：{ $product }
label-desc-mark = マークのレベル：{ $max }段階中{ $level }（{ $name }）。
label-desc-support = セキュリティ更新の提供期限は{ $date }です。
label-desc-support-ended = セキュリティ更新は{ $date }に終了しました。
label-desc-support-none = セキュリティ更新の提供期間は約束されていません。
label-desc-scan = 詳細：{ $url }

## マーク。

label-level = レベル{ $level }・{ $name }
label-level-short = レベル{ $level }

## マークの状態。

label-status-valid = 認証済み・有効
label-status-suspended = 認証は一時停止中です
label-status-revoked = 認証は取り消されました
label-status-expired = 認証の期限が切れています
label-status-self_assessed = 自己評価・認証ではありません
label-certificate = 番号 { $id }

## サポート期間：ラベルでいちばん大きな情報。

label-support-until = セキュリティ更新の提供期限
label-support-ended = セキュリティ更新の終了日
label-support-none = セキュリティ更新の約束はありません
label-support-none-detail = この製品がいつまでセキュリティ更新を受けられるか、メーカーは示していません。
label-compact-until = 更新の提供期限
label-compact-none = 更新の約束なし

## 各項目。

label-fact-updates = 更新
label-fact-sensors = センサー
label-fact-data = お客様のデータ
label-fact-offline = ネット接続なしで
label-fact-account = アカウントなしで
label-fact-repair = 修理

label-update-automatic_may_opt_out = 自動（オフにできます）
label-update-automatic_may_not_opt_out = 自動（常にオン）
label-update-manual = お客様がインストールします
label-update-no_updates = 更新できません
label-update-not_disclosed = 記載なし

label-sensors-none = センサーなし
label-sensor-camera = カメラ
label-sensor-microphone = マイク
label-sensor-location = 位置情報
label-sensor-motion = 動き
label-sensor-presence = 在室検知
label-sensor-biometric = 生体認証
label-sensor-health = 健康
label-sensor-environmental = 環境
label-sensor-contact = ドア開閉
label-sensor-light = 照度
label-sensor-nfc = NFC

label-data-shared-with = 共有先：{ $recipients }
label-data-shared = 第三者と共有します
label-data-not-shared = 第三者と共有しません
label-data-sharing-not-disclosed = 共有について記載なし
label-data-sold = 販売されます
label-data-not-sold = 販売しません
label-data-sale-not-disclosed = 販売について記載なし
label-recipient-service_provider = サービス事業者
label-recipient-affiliate = 関連会社
label-recipient-advertiser = 広告主
label-recipient-data_broker = データブローカー
label-recipient-insurer = 保険会社
label-recipient-researcher = 研究者
label-recipient-authority = 公的機関
label-recipient-other = その他

label-availability-full = すべて使えます
label-availability-partial = 一部使えます
label-availability-none = 使えません
label-availability-not_disclosed = 記載なし

label-repair-parts =
    { $years ->
       *[other] 補修部品：{ $years }年
    }
label-repair-parts-none = 補修部品なし
label-repair-parts-not-disclosed = 補修部品の記載なし
label-repair-battery-replaceable = 電池交換できます
label-repair-battery-sealed = 電池交換できません
label-repair-battery-not-disclosed = 電池の記載なし
label-repair-manual = 修理マニュアルあり
label-repair-manual-none = 修理マニュアルなし

label-list-separator = {"、"}

## コンパクト版の短い見出し。

label-short-update-automatic_may_opt_out = 自動更新
label-short-update-automatic_may_not_opt_out = 自動更新
label-short-update-manual = 手動更新
label-short-update-no_updates = 更新なし
label-short-update-not_disclosed = 記載なし
label-short-sensors =
    { $count ->
        [0] センサーなし
       *[other] センサー{ $count }個
    }
label-short-offline-full = オフライン可
label-short-offline-partial = 一部オフライン可
label-short-offline-none = ネット接続が必要
label-short-offline-not_disclosed = 記載なし
label-short-data-not-sold = データ販売なし
label-short-data-sold = データ販売あり
label-short-data-not-disclosed = 記載なし

## フッター。

label-model = 型番 { $model }
label-firmware = ファームウェア { $version }
label-scan = スキャンして詳細を確認

## スクリーンリーダー向けの説明文。

label-desc-sentence = { $text }。
label-desc-fact = { $heading }：{ $value }。
label-desc-product = { $product }、{ $model }、{ $firmware }、{ $manufacturer }。
label-desc-item-separator = {"、"}
label-desc-join = {""}
