# カタログ全体で共通して使う名称と説明。

## 分野

area-SEC = 機器とソフトウェアのセキュリティ
    .description = パスワードや暗号化からセキュアブート、攻撃対象領域の最小化まで、機器とそのソフトウェアを攻撃から守ること。
    .consumer = 他人がこの機器に不正に侵入することがどれほど難しいかを示します。

area-UPD = ソフトウェアアップデートとサポート期間
    .description = 安全かつ適時で簡単なソフトウェアアップデートと、セキュリティアップデートの提供が保証される期限の公表。
    .consumer = 機器がいつまでセキュリティ修正を受けられるか、またその適用がどれほど簡単かを示します。

area-VUL = 脆弱性管理
    .description = 製造事業者がセキュリティ上の欠陥の報告をどのように受け付け、対応し、開示するか、また出荷するコンポーネントをどのように把握しているか。
    .consumer = 報告されたセキュリティの問題に会社が耳を傾け、修正しているかを示します。

area-PRV = データプライバシー
    .description = 製品がどのような個人データを収集・検知・共有するのか、その目的と条件。
    .consumer = 機器があなたについて何を知り、誰がそれを見られるかを示します。

area-GOV = データガバナンスと透明性
    .description = 利用者が自分のデータについて持つ権利と、利用条件、目的、リスク、ビジネスモデルについて製造事業者が提供する情報。
    .consumer = 自分のデータを確認・コピー・削除できるか、また会社が仕組みをきちんと公開しているかを示します。

area-AGY = 利用者の主体性と制御
    .description = 製品が利用者の意向に沿ってどこまで動作し続けるか。オフライン、アカウントなし、サブスクリプションなしでの動作や、利用者が管理できるオプション機能を含む。
    .consumer = インターネットやアカウントがなくても、あなたが機器を思いどおりに使えるかを示します。

area-INT = 相互運用性とオープン性
    .description = 他社製品と連携できるようにするオープン標準や文書化されたインターフェースへの対応、およびソースコードや設計の公開。
    .consumer = 機器が他のブランドの製品やアプリと一緒に使えるかを示します。

area-REP = 修理しやすさ、長期使用と環境
    .description = 製品の修理のしやすさ、使い続けられる期間、エネルギー消費、使用を終えた後の扱い。
    .consumer = 機器が修理でき、長く使え、地球にやさしいかを示します。

area-SUP = 出所とサプライチェーン
    .description = 誰が、どこで、どのサプライヤーと、どのようなセキュリティプロセスで製品を作っているか。
    .consumer = 誰が機器を作り、どれほど丁寧に作っているかを示します。

area-ACC = アクセシビリティ
    .description = 障害のある人が製品の設定、使用、アップデート、リセットを行い、サポートを受けられるか。
    .consumer = 障害のある人を含め、誰もが機器を安全に使えるかを示します。

area-ACT = 説明責任
    .description = 製造事業者による法的な表明、苦情対応、保証、サポート、および主張を裏付ける証拠。
    .consumer = 会社が自らの言葉に責任を持ち、問題が起きたときに対応するかを示します。

## レベル

level-0 = 基本レベル未満
    .description = 製品は基本レベルの要件の一部を満たしていない。

level-1 = 基本
    .description = 製品は、販売される地域の法律がすでに求めている事項を満たしている。すなわち、英国の製品セキュリティ制度、ETSI EN 303 645の必須規定、およびUS Cyber Trust Markの基礎となる成果である。

level-2 = 高信頼
    .description = 製品は基本レベルに加えてEUサイバーレジリエンス法の必須要件も満たし、プライバシー、データガバナンス、アップデートに関する適切な取り組みを、主張だけでなく証拠によって裏付けている。

level-3 = 模範
    .description = 製品は高信頼レベルに加えて、利用者に制御を委ね、ローカルかつアカウントなしで動作し、オープンで相互運用可能であり、修理可能で、環境にやさしく、アクセシブルである。

## 適用条件

condition-always = すべての製品
condition-network_login = ネットワーク経由でログインできる製品
condition-unique_default_password = 個体ごとに固有のパスワードを設定して出荷される製品
condition-updatable = ソフトウェアをアップデートできる製品
condition-uses_cloud = 製造事業者のオンラインサービスを利用する製品
condition-has_account = 製造事業者のアカウントが必要な製品
condition-has_app = 専用アプリがある製品
condition-has_battery = バッテリーを搭載した製品
condition-has_camera_or_microphone = カメラまたはマイクを搭載した製品
condition-has_sensitive_sensor = カメラ、マイク、位置情報センサー、生体センサー、健康センサーのいずれかを搭載した製品
condition-processes_personal_data = 個人データを取り扱う製品
condition-for_children = 子ども向けの製品
condition-has_standards = オープン標準に対応した製品

## 義務の区分

obligation-required = 必須
obligation-recommended = 推奨

## 検証方法

verification-declared = 製造事業者による宣言
verification-analyser = 解析ツールによる確認
verification-assessor = 評価者による試験

## 他制度との対応の確度

confidence-exact = 同一の要件
confidence-partial = 部分的に一致
confidence-related = 関連するテーマ

## 判定の状態

status-met = 適合
status-not_met = 不適合
status-unknown = 不明
status-not_applicable = 該当なし

## 判定の根拠

basis-declared = 宣言
basis-verified = 証拠により検証済み
basis-assessor = 評価者により検証済み
basis-contradicted = 証拠と矛盾
