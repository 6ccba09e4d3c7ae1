# ラベルの第2層：パッケージのQRコードからアクセスするウェブページ（HTML）
# 全体と、登録簿のページに埋め込む断片。消費者を第一に、専門家を第二に：
# やさしい言葉と短い文で。

## ページ全体

label-web-title = { $product }：iotmark 消費者向けラベル
label-web-brand = iotmark 消費者向けラベル
label-web-skip = ラベル本文へ移動
label-web-contents = 目次
label-web-list-separator = {"、"}

## ヘッダー：製品とマーク

label-web-manufacturer = 製造者
label-web-model = 型番
label-web-firmware = ソフトウェアバージョン
label-web-hardware = ハードウェアバージョン
label-web-released = 発売日
label-web-mark = マークのレベル
label-web-level =
    { $level ->
        [0] 到達したレベルはありません
       *[other] { $max }段階中のレベル{ $level }
    }
label-web-scale = 1から{ $max }までのレベル：{ $level ->
        [0] 到達したレベルなし
       *[other] レベル{ $level }に到達
    }
label-web-status = 状態
label-web-status-valid = 認証済み（証明書は有効）
label-web-status-suspended = 証明書は一時停止中
label-web-status-revoked = 証明書は取り消し済み
label-web-status-expired = 証明書は期限切れ
label-web-status-self_assessed = 自己評価（認証ではありません）
label-web-status-valid-note = 認証機関がこの製品を確認しました。証明書は、誰でも確認できる公開ログに記録されています。
label-web-status-suspended-note = 認証機関が問題を調査している間、証明書を一時停止しています。再開されるまでは、このマークを当てにしないでください。
label-web-status-revoked-note = 認証機関が証明書を取り消しました。このマークはもうこの製品には適用されません。
label-web-status-expired-note = 証明書の有効期限が切れました。多くの場合、セキュリティサポートが終了したためです。このマークはもう適用されません。
label-web-status-self_assessed-note = この製品は製造者自身が評価したものです。登録簿で認証機関が承認して初めて証明書になります。
label-web-registry = 登録簿で現在の状態を確認してください
label-web-certificate = 証明書番号
label-web-contradicted = 証拠により、製造者の主張のうち{ $count }件が否定されています：

## 主な情報（パッケージのラベルと同じ情報）

label-web-facts = 主な情報
label-web-fact-support = セキュリティアップデートの保証期限
label-web-fact-updates = アップデートのインストール方法
label-web-fact-sensors = センサー
label-web-fact-actuators = 家の中で動作できるもの
label-web-fact-shared = あなたのデータの第三者への提供
label-web-fact-sold = あなたのデータの販売
label-web-fact-offline = インターネットなしでの動作
label-web-fact-account = アカウントなしでの動作
label-web-fact-repair = 修理
label-web-not-disclosed = 製造者は公表していません

label-web-support-none = 期限の記載がありません
label-web-support-none-note = 製造者は、いかなる期間についてもセキュリティアップデートの提供を約束していません。
label-web-support-left = 評価日の時点で残り{ $duration }でした。
label-web-support-last-day = セキュリティアップデートは評価日に終了します。
label-web-support-ended = セキュリティサポートは評価日の{ $duration }前に終了しました。セキュリティアップデートはもう保証されていません。
label-web-support-published = 製造者がこの期限を公表している場所

label-web-duration-years = { $count }年
label-web-duration-months = { $count }か月
label-web-duration-days = { $count }日
label-web-duration-and = { $years }{ $months }

label-web-updates-automatic_may_opt_out = 自動（オフにできます）
label-web-updates-automatic_may_not_opt_out = 自動（オフにはできません）
label-web-updates-manual = 毎回ご自身で開始します
label-web-updates-no_updates = ソフトウェアを更新できません
label-web-updates-not_disclosed = 製造者は公表していません

label-web-sensors-none = 申告なし
label-web-sensor-camera = カメラ
label-web-sensor-microphone = マイク
label-web-sensor-location = 位置情報
label-web-sensor-motion = 動き
label-web-sensor-presence = 在室検知
label-web-sensor-biometric = 生体情報（指紋など）
label-web-sensor-health = 健康情報（心拍数など）
label-web-sensor-environmental = 環境（温度など）
label-web-sensor-contact = ドア・窓の開閉
label-web-sensor-light = 光
label-web-sensor-nfc = NFC（非接触）

label-web-actuators-none = 申告なし
label-web-actuator-lock = 錠
label-web-actuator-power_switch = 電源スイッチ
label-web-actuator-motor = モーター
label-web-actuator-speaker = スピーカー
label-web-actuator-display = ディスプレイ
label-web-actuator-light = 照明
label-web-actuator-heating = 暖房
label-web-actuator-valve = バルブ
label-web-actuator-alarm = アラーム・サイレン
label-web-actuator-vibration = 振動

label-web-shared-yes = あり（提供先：{ $recipients }）
label-web-shared-yes-unnamed = あり
label-web-shared-no = 製造者以外には提供しません
label-web-recipient-service_provider = サービス事業者
label-web-recipient-affiliate = 関連会社
label-web-recipient-advertiser = 広告主
label-web-recipient-data_broker = データブローカー
label-web-recipient-insurer = 保険会社
label-web-recipient-researcher = 研究者
label-web-recipient-authority = 公的機関
label-web-recipient-other = その他
label-web-sold-yes = あり（個人データが販売されます）
label-web-sold-no = なし

label-web-availability-full = はい、すべての機能が使えます
label-web-availability-partial = 一部の機能が使えます
label-web-availability-none = いいえ

label-web-repair-parts = 販売終了後{ $years }年間、交換部品を提供
label-web-repair-parts-none = 交換部品の提供なし
label-web-repair-parts-unknown = 交換部品：公表なし
label-web-repair-manual-yes = 修理マニュアルを公開
label-web-repair-manual-no = 修理マニュアルの公開なし
label-web-repair-manual-unknown = 修理マニュアル：公表なし
label-web-repair-battery-yes = バッテリーはご自身で交換できます
label-web-repair-battery-no = バッテリーはご自身では交換できません
label-web-repair-battery-unknown = バッテリー交換：公表なし
label-web-repair-battery-none = バッテリーなし

## セキュリティサポート期間

label-web-support = セキュリティアップデート
label-web-support-why = セキュリティアップデートは、攻撃者に悪用されるおそれのある欠陥を修正します。アップデートが止まると、製品をネットワークにつないでおくことの危険が高まります。
label-web-timeline-title = セキュリティサポート期間
label-web-timeline-desc = セキュリティアップデートの期間は{ $start }から{ $end }までです。評価は{ $today }に行われました。
label-web-timeline-released = 発売日
label-web-timeline-assessed = 評価日
label-web-timeline-end = セキュリティアップデート終了
label-web-timeline-past = 経過した期間
label-web-timeline-left = 保証されている残りの期間

## 分野別・基準別の結果

label-web-areas = 分野別の結果
label-web-areas-intro = 各分野には、満たしている基準に応じてA（最高）からEまでの評価が付きます。この製品に該当しない基準は数えません。
label-web-grades-caption = 分野別の評価と得点
label-web-col-area = 分野
label-web-col-grade = 評価
label-web-col-score = 得点
label-web-col-met = 適合
label-web-col-not-met = 不適合
label-web-col-unknown = 不明
label-web-col-not-applicable = 該当なし
label-web-grade = 評価
label-web-score = 得点：100点中{ $score }点
label-web-counts = 適合{ $met }件、不適合{ $notmet }件、不明{ $unknown }件、該当なし{ $na }件

label-web-verdict-met = 適合
label-web-verdict-not_met = 不適合
label-web-verdict-unknown = 不明（情報の提供なし）
label-web-verdict-not_applicable = この製品には該当しません
label-web-basis-declared = 製造者による申告
label-web-basis-verified = 証拠により検証済み
label-web-basis-assessor = 評価者による試験済み
label-web-basis-contradicted = 証拠と矛盾
label-web-reason = 理由
label-web-reason-english = 理由（英語）
label-web-expert = 専門家向けの詳細
label-web-criterion = 基準
label-web-criterion-level = レベル
label-web-required = レベル{ $level }で必須
label-web-recommended = レベル{ $level }以上で推奨
label-web-references = 対応する条項
label-web-references-none = 他の制度に対応する条項はありません

## 各基準の対応条項に使う制度の略称

label-web-scheme-better-iot = Better IoT
label-web-scheme-cta-2120 = CTA-2120
label-web-scheme-digital-standard = Digital Standard
label-web-scheme-etsi-en-303-645 = ETSI EN 303 645
label-web-scheme-eu-cra = EU CRA
label-web-scheme-nist-ir-8425 = NIST IR 8425
label-web-scheme-sg-cls = シンガポールCLS
label-web-scheme-uk-psti = 英国PSTI

## 既知の脆弱性

label-web-vulnerabilities = 既知の脆弱性
label-web-vuln-intro = 製造者がソフトウェア部品表（SBOM）に記載したソフトウェア部品に含まれる既知のセキュリティ上の欠陥を、公開されている脆弱性データと照合した結果です。
label-web-vuln-not-scanned = ソフトウェア部品表は脆弱性データと照合されていません。そのため、この製品に既知の脆弱性が含まれているかどうかはわかりません。
label-web-vuln-none = 見つかりませんでした。既知の脆弱性に該当するソフトウェア部品はありません。
label-web-vuln-count = 既知の脆弱性が{ $count }件見つかりました。
label-web-vuln-component = ソフトウェア部品
label-web-vuln-installed = 搭載バージョン
label-web-vuln-fixed = 修正済みバージョン
label-web-vuln-fixed-none = 修正はまだ知られていません
label-web-vuln-severity = 深刻度：{ $severity }
label-web-severity-critical = 緊急
label-web-severity-high = 重要
label-web-severity-medium = 警告
label-web-severity-low = 注意
label-web-severity-unknown = 不明
label-web-vuln-kev = 攻撃者に実際に悪用されています
label-web-vuln-kev-note = 米国のサイバーセキュリティ機関CISAの「悪用が確認された既知の脆弱性（KEV）」カタログに掲載されています。
label-web-vuln-suppressed = 製造者によれば、この製品には影響しません
label-web-vuln-justification = 根拠

## 次のレベル

label-web-next = 次のレベル
label-web-next-missing = レベル{ $level }（{ $name }）に到達するには、さらに次の必須基準を満たす必要があります：
label-web-next-top = この製品は最高レベルに到達しています。

## その他の制度と法律

label-web-schemes = その他の制度と法律
label-web-schemes-intro = 各基準は、他のセキュリティ制度や法律の条項に対応しています。この表は、それぞれの条項のうちこの製品が満たしている数を示します。
label-web-schemes-caption = この製品が満たしている他の制度の条項
label-web-col-scheme = 制度
label-web-col-clauses = 条項数
label-web-col-uncovered = iotmarkの対象外

## フッター

label-web-assessed = { $date }に、iotmarkカタログ（バージョン{ $version }）に基づいて評価しました。
label-web-snapshot = このページは、その日時点の評価を示しています。現在の状態は登録簿でご確認ください。
label-web-format = 機械可読版：{ $format }、形式バージョン{ $version }。
