<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AppShell</name>
    <message>
        <source>Log in to %1 again to go on.</source>
        <translation>続行するには、%1 にもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Your session on %1 has expired. Log in again to go on.</source>
        <translation>%1 のセッションの有効期限が切れました。続行するには、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Insecure mode: proxies&apos; TLS certificates and host names are not verified. Use it only with development clusters.</source>
        <translation>安全でないモード：プロキシの TLS 証明書とホスト名を検証しません。開発用クラスターでのみ使用してください。</translation>
    </message>
    <message>
        <source>--insecure has no effect: a daemon that verifies certificates was already running (pid %1). Stop it to start one in insecure mode.</source>
        <translation>--insecure は適用されていません。証明書を検証するデーモン（PID %1）がすでに実行されていました。安全でないモードで起動するには、このデーモンを停止してください。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ApplyField</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1を適用</translation>
    </message>
</context>
<context>
    <name>ClusterDelegate</name>
    <message>
        <source>offline: trying again</source>
        <translation>オフライン：再試行中</translation>
    </message>
    <message>
        <source>leaf cluster</source>
        <translation>リーフクラスター</translation>
    </message>
    <message>
        <source>session expired: log in again</source>
        <translation>セッション期限切れ：再ログインしてください</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <source>Hide the servers and databases of %1</source>
        <translation>%1 のサーバーとデータベースを非表示</translation>
    </message>
    <message>
        <source>Show the servers and databases of %1</source>
        <translation>%1 のサーバーとデータベースを表示</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>再ログイン…</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>ログイン…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation>クラスターを削除</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>セッション期限切れ</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ログイン済み</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <source>Green: logged in; amber: the session expired or the cluster does not answer; a hollow ring: not logged in</source>
        <translation>緑：ログイン済み、黄：セッションの期限切れまたはクラスターが応答なし、白抜きの輪：未ログイン</translation>
    </message>
</context>
<context>
    <name>ClusterTree</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>All servers…</source>
        <translation>すべてのサーバー…</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>All databases…</source>
        <translation>すべてのデータベース…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>一覧を取得中…</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>現在利用できません</translation>
    </message>
    <message>
        <source>None you can reach</source>
        <translation>アクセスできるものはありません</translation>
    </message>
</context>
<context>
    <name>DaemonStatus</name>
    <message>
        <source>Socket: %1
Log: %2</source>
        <translation>ソケット：%1
ログ：%2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Green: connected to the daemon; amber: starting it; red: it failed</source>
        <translation>緑：デーモンに接続済み、黄：起動中、赤：失敗</translation>
    </message>
</context>
<context>
    <name>DocumentArea</name>
    <message>
        <source>Connect again</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DocumentTabBar</name>
    <message>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <source>New terminal</source>
        <translation>新しいターミナル</translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation>新しいタブ（%1）</translation>
    </message>
    <message>
        <source>New terminal (%1)</source>
        <translation>新しいターミナル（%1）</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
</context>
<context>
    <name>DocumentTabDelegate</name>
    <message>
        <source>%1 (wants attention)</source>
        <translation>%1（通知あり）</translation>
    </message>
    <message>
        <source>Wants attention</source>
        <translation>通知あり</translation>
    </message>
    <message>
        <source>Close tab %1</source>
        <translation>タブ「%1」を閉じる</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation>他のタブを閉じる</translation>
    </message>
    <message>
        <source>Close to the Right</source>
        <translation>右側のタブを閉じる</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>左へ移動</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>右へ移動</translation>
    </message>
    <message>
        <source>The terminal in this tab rang its bell while in the background</source>
        <translation>このタブのターミナルがバックグラウンドでベルを鳴らしました</translation>
    </message>
</context>
<context>
    <name>EmptyTabsPage</name>
    <message>
        <source>No tabs open</source>
        <translation>開いているタブはありません</translation>
    </message>
    <message>
        <source>Open a new tab (%1)</source>
        <translation>新しいタブを開く（%1）</translation>
    </message>
    <message>
        <source>Open a new tab</source>
        <translation>新しいタブを開く</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>expires in less than a minute</source>
        <translation>まもなく期限切れ（1 分未満）</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln minute(s)</source>
        <translation>
            <numerusform>あと %Ln 分で期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln hour(s)</source>
        <translation>
            <numerusform>あと %Ln 時間で期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln day(s)</source>
        <translation>
            <numerusform>あと %Ln 日で期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>たった今期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln 分前に期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln 時間前に期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln 日前に期限切れ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayDelegate</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <comment>connections open through a gateway</comment>
        <translation>
            <numerusform>%Ln 件接続中</numerusform>
        </translation>
    </message>
    <message>
        <source>listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <source>log in again</source>
        <comment>a gateway waits for the user to log in</comment>
        <translation>要再ログイン</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>待ち受けていません</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Gateway to %1 as %2 on %3, %4</source>
        <translation>%1 へのゲートウェイ、ユーザー %2、アドレス %3、%4</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（ユーザー：%2）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation>ゲートウェイを閉じる</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Database gateway · %1 · %2 as %3</source>
        <translation>データベースゲートウェイ · %1 · %2 · ユーザー：%3</translation>
    </message>
    <message>
        <source>Database gateway · %1 as %2</source>
        <translation>データベースゲートウェイ · %1 · ユーザー：%2</translation>
    </message>
    <message>
        <source>This gateway is gone: it was closed, or the daemon no longer has it.</source>
        <translation>このゲートウェイはもう存在しません。閉じられたか、デーモンが保持しなくなった可能性があります。</translation>
    </message>
    <message>
        <source>Create it on another port</source>
        <translation>別のポートで再作成</translation>
    </message>
    <message>
        <source>Create it again on port %1</source>
        <translation>ポート %1 で再作成</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>再作成</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>%1:%2 で待ち受け中</translation>
    </message>
    <message>
        <source>A connection waits for you to log in to %1 again</source>
        <translation>%1 への再ログインを待っている接続があります</translation>
    </message>
    <message>
        <source>Not listening on %1:%2</source>
        <translation>%1:%2 で待ち受けていません</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) open</source>
        <translation>
            <numerusform>接続中：%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in total</source>
        <translation>
            <numerusform>累計：%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error, at %1: %2</source>
        <translation>直近のエラー（%1）：%2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>直近のエラー：%1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>サーバーの既定値</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>次のコマンドで接続</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>コマンドラインをコピー</translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation>ターミナルで開く</translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation>ゲートウェイを閉じる</translation>
    </message>
    <message>
        <source>Close the gateway to %1</source>
        <translation>%1 へのゲートウェイを閉じる</translation>
    </message>
    <message>
        <source>certificate %1 (%2)</source>
        <translation>証明書：%1（%2）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス：%1</translation>
    </message>
</context>
<context>
    <name>GatewayStateDot</name>
    <message>
        <source>Listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <source>Waiting for a login</source>
        <translation>ログイン待ち</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>待ち受けていません</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Green: listening; amber: a connection waits for a login; red: not listening; a hollow ring: starting</source>
        <translation>緑：待ち受け中、黄：接続がログインを待っています、赤：待ち受けていません、白抜きの輪：起動中</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>Stop filtering by %1</source>
        <translation>%1 での絞り込みを解除</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1 で絞り込む</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>%1 にログイン</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>認証アプリのコード</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>ワンタイムコード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Teleterm</source>
        <translation>Teleterm</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Enter the address of your Teleport proxy, such as teleport.example.com</source>
        <translation>Teleport プロキシのアドレスを入力してください（例：teleport.example.com）</translation>
    </message>
    <message>
        <source>Teleport proxies speak HTTPS; &quot;%1://&quot; cannot be used</source>
        <translation>Teleport プロキシは HTTPS で通信するため、「%1://」は使用できません</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host and port, without a path</source>
        <translation>プロキシのホストとポートだけを入力してください（パスは不要です）</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address without a user name; you log in on the next step</source>
        <translation>プロキシのアドレスはユーザー名を付けずに入力してください。ログインは次の手順で行います</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket</source>
        <translation>IPv6 アドレスの閉じ角括弧「]」がありません</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address</source>
        <translation>IPv6 アドレスの後に余分な文字があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>「%1」は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, as in [%1]:443</source>
        <translation>IPv6 アドレスは [%1]:443 のように角括弧で囲んでください</translation>
    </message>
    <message>
        <source>A port number must follow the colon</source>
        <translation>コロンの後にはポート番号が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>「%1」は有効なホスト名ではありません</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation>ポートには 1 から 65535 までの数値を指定してください</translation>
    </message>
</context>
<context>
    <name>ResourceDelegate</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>ラベル：%1</translation>
    </message>
</context>
<context>
    <name>ResourceMenu</name>
    <message>
        <source>Asking the cluster…</source>
        <translation>クラスターに問い合わせ中…</translation>
    </message>
    <message>
        <source>Your roles allow no database user here</source>
        <translation>ロールで許可されたデータベースユーザーがありません</translation>
    </message>
    <message>
        <source>Connect as %1</source>
        <translation>%1 として接続</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>別のユーザー…</translation>
    </message>
    <message>
        <source>Stop filtering by %1</source>
        <translation>%1 での絞り込みを解除</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1 で絞り込む</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Connect to %1 as which database user?</source>
        <translation>どのデータベースユーザーで %1 に接続しますか？</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>データベースユーザー</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>%1: the session of %2 has expired</source>
        <translation>%1：%2 のセッションの有効期限が切れました</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Search %1 by name, address or label</source>
        <translation>%1 を名前・アドレス・ラベルで検索</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>リソースを検索</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>名前順</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>種類順</translation>
    </message>
    <message>
        <source>By address</source>
        <translation>アドレス順</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Descending; sort ascending</source>
        <translation>降順（昇順に切り替え）</translation>
    </message>
    <message>
        <source>Ascending; sort descending</source>
        <translation>昇順（降順に切り替え）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Filtered by</source>
        <translation>絞り込み条件</translation>
    </message>
    <message>
        <source>Log in to %1 to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation>%1 のサーバー、データベース、Kubernetes クラスター、アプリを表示するには、ログインしてください。</translation>
    </message>
    <message>
        <source>Offline: %1. Showing what was listed at %2; trying again by itself.</source>
        <translation>オフライン：%1。%2 時点の一覧を表示しています。自動的に再試行します。</translation>
    </message>
    <message>
        <source>Offline: %1. Trying again by itself.</source>
        <translation>オフライン：%1。自動的に再試行します。</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>The gateway could not be opened: %1</source>
        <translation>ゲートウェイを開けませんでした：%1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Opening a gateway…</source>
        <translation>ゲートウェイを開いています…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>一致するものはありません。</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>表示するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln 件のリソース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown; scroll for more</source>
        <translation>
            <numerusform>%Ln 件を表示中（スクロールするとさらに表示されます）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2 · roles: %3 · session %4 (%5)</source>
        <translation>%1 · ユーザー：%2 · ロール：%3 · セッション：%4（%5）</translation>
    </message>
    <message>
        <source>Log out of %1</source>
        <translation>%1 からログアウト</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>%1 にログイン</translation>
    </message>
    <message>
        <source>Kinds of resources</source>
        <translation>リソースの種類</translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation>%1 のリソース</translation>
    </message>
</context>
<context>
    <name>RpcError</name>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>%1 から応答がありません。</translation>
    </message>
    <message>
        <source>No answer in time from %1.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The request failed (gRPC status %1).</source>
        <translation>リクエストが失敗しました（gRPC ステータス %1）。</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation>%1 と同じディレクトリに一時ファイルを作成できません：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>cannot open log file %1</source>
        <translation>ログファイル %1 を開けません</translation>
    </message>
    <message>
        <source>cannot open lock file %1: %2</source>
        <translation>ロックファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <source>another process (pid %1) holds %2</source>
        <translation>別のプロセス（PID %1）が %2 をロックしています</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 をロックできません：%2</translation>
    </message>
    <message>
        <source>cannot record pid in %1</source>
        <translation>%1 に PID を記録できません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません：%2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 の情報を取得できません：%2</translation>
    </message>
    <message>
        <source>%1 exists but is not a directory (a symlink or a file is never trusted here)</source>
        <translation>%1 は存在しますが、ディレクトリではありません（この場所ではシンボリックリンクやファイルは信頼しません）</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); refusing to put private sockets there</source>
        <translation>%1 は別のユーザー（UID %2）が所有しているため、非公開のソケットを置くことはできません</translation>
    </message>
    <message>
        <source>cannot make %1 private (mode 0700): %2</source>
        <translation>%1 を非公開（モード 0700）にできません：%2</translation>
    </message>
    <message>
        <source>the proxy at %1 does not serve %2</source>
        <translation>%1 のプロキシは %2 に対応していません</translation>
    </message>
    <message>
        <source>cannot make a socket pair</source>
        <translation>ソケットペアを作成できません</translation>
    </message>
    <message>
        <source>the socket path %1 is longer than a Unix socket address allows (%2 bytes); set XDG_RUNTIME_DIR to a shorter directory</source>
        <translation>ソケットのパス %1 が Unix ソケットのアドレスの上限（%2 バイト）を超えています。XDG_RUNTIME_DIR にもっと短いパスのディレクトリを指定してください</translation>
    </message>
    <message>
        <source>another instance (pid %1) is already serving %2</source>
        <translation>別のインスタンス（PID %1）がすでに %2 で待ち受けています</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket; move it away</source>
        <translation>%1 は存在しますが、ソケットではありません。別の場所に移動してください</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>%1 で待ち受けを開始できません</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 を非公開にできません：%2</translation>
    </message>
    <message>
        <source>no host is named %1</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>the proxy at %1 did not answer in time</source>
        <translation>%1 のプロキシから時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>nothing accepts connections at %1</source>
        <translation>%1 は接続を受け付けていません</translation>
    </message>
    <message>
        <source>the certificate or key cannot be read: %1</source>
        <translation>証明書または鍵を読み取れません：%1</translation>
    </message>
    <message>
        <source>the proxy at %1 did not finish the TLS handshake in time</source>
        <translation>%1 のプロキシとの TLS ハンドシェイクが時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>the proxy&apos;s certificate for %1 is not trusted: %2</source>
        <translation>%1 に対するプロキシの証明書は信頼されていません：%2</translation>
    </message>
    <message>
        <source>the proxy at %1 refused the connection: %2</source>
        <translation>%1 のプロキシが接続を拒否しました：%2</translation>
    </message>
    <message>
        <source>the proxy at %1 serves none of the protocols offered</source>
        <translation>%1 のプロキシは、提示したプロトコルのいずれにも対応していません</translation>
    </message>
    <message>
        <source>%1 (trust the CA that signed it with --ca-file, or use --insecure only for a development proxy you trust)</source>
        <translation>%1（この証明書に署名した CA を --ca-file で指定して信頼するか、信頼できる開発用プロキシに限り --insecure を使用してください）</translation>
    </message>
    <message>
        <source>the cluster %1 did not answer (%2)</source>
        <translation>クラスター %1 が応答しませんでした（%2）</translation>
    </message>
    <message>
        <source>the cluster %1 did not answer in time</source>
        <translation>クラスター %1 から時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cluster URI (/clusters/PROXY_HOST[/leaves/LEAF])</source>
        <translation>「%1」はクラスター URI ではありません（/clusters/PROXY_HOST[/leaves/LEAF]）</translation>
    </message>
    <message>
        <source>no cluster %1: %2</source>
        <translation>クラスター %1 が見つかりません：%2</translation>
    </message>
    <message>
        <source>not logged in to %1: log in first</source>
        <translation>%1 にログインしていません：先にログインしてください</translation>
    </message>
    <message>
        <source>the certificate of %1 for %2 expired at %3: log in again</source>
        <translation>%2 のユーザー %1 の証明書は %3 に有効期限が切れました：再ログインしてください</translation>
    </message>
    <message>
        <source>the certificate in the profile cannot be read</source>
        <translation>プロファイル内の証明書を読み取れません</translation>
    </message>
    <message>
        <source>cannot write the profile: %1</source>
        <translation>プロファイルを書き込めません：%1</translation>
    </message>
    <message>
        <source>log in to the root cluster %1; its leaves come with it</source>
        <translation>ルートクラスター %1 にログインしてください（リーフクラスターにも同じログインで接続できます）</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>ユーザー名が指定されていません</translation>
    </message>
    <message>
        <source>%1 does not allow local users to log in (it uses %2)</source>
        <translation>%1 ではローカルユーザーはログインできません（認証方式：%2）</translation>
    </message>
    <message>
        <source>%1 asks for a one-time code from your authenticator app</source>
        <translation>%1 では認証アプリのワンタイムコードが必要です</translation>
    </message>
    <message>
        <source>logged in, but cannot write the profile: %1</source>
        <translation>ログインしましたが、プロファイルを書き込めません：%1</translation>
    </message>
    <message>
        <source>cannot remove the keys of %1: %2</source>
        <translation>%1 の鍵を削除できません：%2</translation>
    </message>
    <message>
        <source>the proxy of %1 does not route TLS by ALPN; Teleterm needs a proxy with TLS routing</source>
        <translation>%1 のプロキシは ALPN による TLS ルーティングを行っていません。Teleterm には TLS ルーティングに対応したプロキシが必要です</translation>
    </message>
    <message>
        <source>cancelled by the caller</source>
        <translation>呼び出し元によってキャンセルされました</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (server, database, kube, app)</source>
        <translation>不明な種類「%1」（server、database、kube、app のいずれかを指定してください）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI</source>
        <translation>「%1」はデータベース URI ではありません</translation>
    </message>
    <message>
        <source>no database %1 in %2</source>
        <translation>クラスター %2 にデータベース %1 が見つかりません</translation>
    </message>
    <message>
        <source>the auth server of %1 answered without a certificate</source>
        <translation>%1 の認証サーバーが証明書を返しませんでした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation>「%1」はポート番号ではありません：1024 から 65535 までの番号を指定するか、空きポートを自動で割り当てるには 0 を指定してください</translation>
    </message>
    <message>
        <source>port %1 is below 1024, where only the system may listen: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation>ポート %1 は 1024 未満のため、システムしか待ち受けできません：1024 から 65535 までの番号を指定するか、空きポートを自動で割り当てるには 0 を指定してください</translation>
    </message>
    <message>
        <source>cannot make a socket: %1</source>
        <translation>ソケットを作成できません：%1</translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use by another program: choose another, or 0 for any free port</source>
        <translation>127.0.0.1 のポート %1 は別のプログラムが使用しています：別のポートを指定するか、空きポートを自動で割り当てるには 0 を指定してください</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 で待ち受けを開始できません：%2</translation>
    </message>
    <message>
        <source>the database certificate cannot be used: %1</source>
        <translation>データベース証明書を使用できません：%1</translation>
    </message>
    <message>
        <source>A connection to %1 through 127.0.0.1:%2 waits for you to log in again: %3</source>
        <translation>127.0.0.1:%2 を経由する %1 への接続が、再ログインを待っています：%3</translation>
    </message>
    <message>
        <source>the gateway was closed</source>
        <translation>ゲートウェイが閉じられました</translation>
    </message>
    <message>
        <source>you did not log in to the cluster again in time: %1</source>
        <translation>クラスターへの再ログインが時間内に行われませんでした：%1</translation>
    </message>
    <message>
        <source>no database certificate: %1</source>
        <translation>データベース証明書を取得できません：%1</translation>
    </message>
    <message>
        <source>Cannot connect to %1 through 127.0.0.1:%2: %3</source>
        <translation>127.0.0.1:%2 を経由して %1 に接続できません：%3</translation>
    </message>
    <message>
        <source>more than %1 connections at once: a new one was closed</source>
        <translation>同時接続数の上限（%1）を超えたため、新しい接続を閉じました</translation>
    </message>
    <message>
        <source>cannot reach the database through the proxy at %1: %2</source>
        <translation>%1 のプロキシを経由してデータベースに接続できません：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI (/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)</source>
        <translation>「%1」はデータベース URI ではありません（/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME）</translation>
    </message>
    <message>
        <source>a gateway needs a database user</source>
        <translation>ゲートウェイにはデータベースユーザーの指定が必要です</translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 exists already, at 127.0.0.1:%3</source>
        <translation>%1（ユーザー：%2）へのゲートウェイは、すでに 127.0.0.1:%3 で開いています</translation>
    </message>
    <message>
        <source>your roles allow no database user on %1</source>
        <translation>%1 では、ロールで許可されたデータベースユーザーがありません</translation>
    </message>
    <message>
        <source>your roles do not allow the database user &quot;%1&quot; on %2; they allow %3</source>
        <translation>%2 では、データベースユーザー「%1」はロールで許可されていません（許可されているユーザー：%3）</translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 was made at the same moment</source>
        <translation>%1（ユーザー：%2）へのゲートウェイが、同時に別の要求で作成されました</translation>
    </message>
    <message>
        <source>no gateway %1</source>
        <translation>ゲートウェイ %1 が見つかりません</translation>
    </message>
    <message>
        <source>cannot generate a key: %1</source>
        <translation>鍵を生成できません：%1</translation>
    </message>
    <message>
        <source>cannot encode the new key</source>
        <translation>新しい鍵をエンコードできません</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>it is longer than 200 characters</source>
        <translation>200 文字を超えています</translation>
    </message>
    <message>
        <source>it contains &quot;..&quot;</source>
        <translation>「..」が含まれています</translation>
    </message>
    <message>
        <source>it contains &apos;/&apos;</source>
        <translation>「/」が含まれています</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>it contains white space or a control character</source>
        <translation>空白文字または制御文字が含まれています</translation>
    </message>
    <message>
        <source>refusing the %1 %2: %3</source>
        <translation>%1 %2 は使用できません：%3</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>クラスター名</translation>
    </message>
    <message>
        <source>cannot use the directory %1: %2</source>
        <translation>ディレクトリ %1 を使用できません：%2</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>ディレクトリ %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>cannot inspect the directory %1: %2</source>
        <translation>ディレクトリ %1 の情報を取得できません：%2</translation>
    </message>
    <message>
        <source>refusing %1: it is a symlink that another user (uid %2) owns</source>
        <translation>%1 は使用できません：別のユーザー（UID %2）が所有するシンボリックリンクです</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 はディレクトリではありません</translation>
    </message>
    <message>
        <source>refusing %1: the directory belongs to another user (uid %2)</source>
        <translation>%1 は使用できません：このディレクトリは別のユーザー（UID %2）が所有しています</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>ディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2 bytes</source>
        <translation>%1 を読み取れません：%2 バイトを超えています</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 を削除できません：%2</translation>
    </message>
    <message>
        <source> (%1 at line %2)</source>
        <translation>（%2 行目、%1）</translation>
    </message>
    <message>
        <source>cannot write the value %1</source>
        <translation>値 %1 を書き込めません</translation>
    </message>
    <message>
        <source>the value of %1 in otherKeys is not one YAML value: %2</source>
        <translation>otherKeys の %1 の値が単一の YAML 値ではありません：%2</translation>
    </message>
    <message>
        <source>it uses an alias</source>
        <translation>エイリアスが使われています</translation>
    </message>
    <message>
        <source>it holds more than one value</source>
        <translation>複数の値が含まれています</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 は空です</translation>
    </message>
    <message>
        <source>a profile is a mapping of keys to values, and this is not one</source>
        <translation>プロファイルはキーと値のマッピングである必要がありますが、これはマッピングではありません</translation>
    </message>
    <message>
        <source>a key that is not a string</source>
        <translation>文字列ではないキーがあります</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>キー %1 が重複しています</translation>
    </message>
    <message>
        <source>YAML aliases are not supported in a profile</source>
        <translation>プロファイルでは YAML のエイリアスは使用できません</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or a mapping</source>
        <translation>%1 はリストやマッピングではなく、単一の値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 は true または false である必要があります（%2 は無効です）</translation>
    </message>
    <message>
        <source>a profile is one YAML document, and a second one starts here</source>
        <translation>プロファイルは 1 つの YAML ドキュメントである必要がありますが、ここから 2 つ目のドキュメントが始まっています</translation>
    </message>
    <message>
        <source>%1 has no web_proxy_addr</source>
        <translation>%1 に web_proxy_addr がありません</translation>
    </message>
    <message>
        <source>cannot write the profile %1: %2</source>
        <translation>プロファイル %1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>refusing the %1 %2: it contains %3, which known_hosts reads as a pattern</source>
        <translation>%1 %2 は使用できません：known_hosts がパターンとして解釈する「%3」が含まれています</translation>
    </message>
    <message>
        <source>there is no profile %1 (%2 does not exist)</source>
        <translation>プロファイル %1 がありません（%2 が存在しません）</translation>
    </message>
    <message>
        <source>cannot save the profile %1: it has no web proxy address</source>
        <translation>プロファイル %1 を保存できません：Web プロキシのアドレスがありません</translation>
    </message>
    <message>
        <source>cannot save the profile %1: tsh names a profile after its web proxy&apos;s host, and that is %2</source>
        <translation>プロファイル %1 を保存できません：tsh はプロファイルに Web プロキシのホスト名を付けるため、プロファイル名は %2 である必要があります</translation>
    </message>
    <message>
        <source>cannot save the profile %1: otherKeys holds %2, which is empty, a Profile field or there twice</source>
        <translation>プロファイル %1 を保存できません：otherKeys のキー %2 が空であるか、Profile のフィールドであるか、重複しています</translation>
    </message>
    <message>
        <source>CA&apos;s cluster name</source>
        <translation>CA のクラスター名</translation>
    </message>
    <message>
        <source>the SSH private key</source>
        <translation>SSH 秘密鍵</translation>
    </message>
    <message>
        <source>the SSH public key</source>
        <translation>SSH 公開鍵</translation>
    </message>
    <message>
        <source>the SSH certificate</source>
        <translation>SSH 証明書</translation>
    </message>
    <message>
        <source>the TLS certificate</source>
        <translation>TLS 証明書</translation>
    </message>
    <message>
        <source>cannot save the keys of %1: %2 missing</source>
        <translation>%1 の鍵を保存できません：%2 がありません</translation>
    </message>
    <message>
        <source>there are no keys for the profile %1 (%2 does not exist): log in again</source>
        <translation>プロファイル %1 の鍵がありません（%2 が存在しません）：再ログインしてください</translation>
    </message>
    <message>
        <source>the keys of %1@%2 are incomplete, log in again; missing: %3</source>
        <translation>%1@%2 の鍵が揃っていません。再ログインしてください（不足しているもの：%3）</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>プロキシホスト</translation>
    </message>
    <message>
        <source>cannot trust the host CA of %1: a key is not one authorized_keys line (&quot;TYPE BASE64&quot;)</source>
        <translation>%1 のホスト CA を信頼済みとして登録できません：authorized_keys の 1 行の形式（「TYPE BASE64」）になっていない鍵があります</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>別のプログラムがロックしています</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>cannot save the certificate for the database %1: it is empty</source>
        <translation>データベース %1 の証明書を保存できません：証明書が空です</translation>
    </message>
    <message>
        <source>the proxy at %1 answered %2 to %3</source>
        <translation>%1 のプロキシが %3 に対してステータス %2 を返しました</translation>
    </message>
    <message>
        <source>the server at %1 does not look like a Teleport proxy (%2 answered %3)</source>
        <translation>%1 のサーバーは Teleport プロキシではないようです（%2 がステータス %3 を返しました）</translation>
    </message>
    <message>
        <source>the server at %1 does not answer as a Teleport proxy does (no cluster name and version in /webapi/ping)</source>
        <translation>%1 のサーバーの応答が Teleport プロキシのものではありません（/webapi/ping にクラスター名とバージョンがありません）</translation>
    </message>
    <message>
        <source>the proxy at %1 answered the login without the certificates Teleport returns</source>
        <translation>%1 のプロキシのログイン応答に、Teleport が返すはずの証明書が含まれていません</translation>
    </message>
    <message>
        <source>the certificate of the proxy at %1 is not trusted: %2</source>
        <translation>%1 のプロキシの証明書は信頼されていません：%2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました：%2</translation>
    </message>
    <message>
        <source>cannot talk to the proxy at %1: %2</source>
        <translation>%1 のプロキシと通信できません：%2</translation>
    </message>
    <message>
        <source>no PTY %1</source>
        <translation>PTY %1 が見つかりません</translation>
    </message>
    <message>
        <source>not an environment variable&apos;s name: %1</source>
        <translation>環境変数の名前として無効です：%1</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>実行するプログラムがありません</translation>
    </message>
    <message>
        <source>no process runs in this PTY</source>
        <translation>この PTY で実行中のプロセスはありません</translation>
    </message>
    <message>
        <source>cannot find %1 in PATH</source>
        <translation>PATH に %1 が見つかりません</translation>
    </message>
    <message>
        <source>cannot open a pseudo-terminal: %1</source>
        <translation>疑似端末を開けません：%1</translation>
    </message>
    <message>
        <source>cannot set up a pseudo-terminal: %1</source>
        <translation>疑似端末を設定できません：%1</translation>
    </message>
    <message>
        <source>cannot start a process: %1</source>
        <translation>プロセスを起動できません：%1</translation>
    </message>
    <message>
        <source>cannot change to the directory %1: %2</source>
        <translation>ディレクトリ %1 に移動できません：%2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません：%2</translation>
    </message>
    <message>
        <source>cannot give the process its terminal: %1</source>
        <translation>プロセスに制御端末を割り当てられません：%1</translation>
    </message>
    <message>
        <source>cannot watch the process (pidfd_open): %1</source>
        <translation>プロセスを監視できません（pidfd_open）：%1</translation>
    </message>
    <message>
        <source>the first event must be start</source>
        <translation>最初のイベントは start である必要があります</translation>
    </message>
    <message>
        <source>the stream is already attached</source>
        <translation>このストリームはすでにアタッチされています</translation>
    </message>
    <message>
        <source>another stream attached to this PTY</source>
        <translation>別のストリームがこの PTY にアタッチしました</translation>
    </message>
    <message>
        <source>the PTY host is shutting down</source>
        <translation>PTY ホストが終了処理中です</translation>
    </message>
    <message>
        <source>in the profile: %1</source>
        <translation>プロファイル内：%1</translation>
    </message>
    <message>
        <source>%1 (or %2, as tsh 16 names it)</source>
        <translation>%1（または tsh 16 での名前 %2）</translation>
    </message>
    <message>
        <source>Teleterm&apos;s daemon: holds your Teleport clusters, keys and gateways, and serves the window.</source>
        <translation>Teleterm のデーモン：Teleport クラスター、鍵、ゲートウェイを管理し、ウィンドウに応答します。</translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (for development clusters only).</source>
        <translation>プロキシの TLS 証明書とホスト名を検証しません（開発用クラスター専用）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates (PEM) in FILE for proxies&apos; web certificates.</source>
        <translation>FILE 内の CA 証明書（PEM）も、プロキシの Web 証明書の検証に信頼します。</translation>
    </message>
    <message>
        <source>Ask for database certificates lasting SECONDS (default: as long as the user&apos;s certificate).</source>
        <translation>有効期間が SECONDS 秒のデータベース証明書を要求します（既定：ユーザー証明書と同じ期間）。</translation>
    </message>
    <message>
        <source>malformed YAML</source>
        <translation>YAML の形式が正しくありません</translation>
    </message>
    <message>
        <source>Teleterm&apos;s PTY host: owns the terminals&apos; pseudo-terminals so that they outlive the window.</source>
        <translation>Teleterm の PTY ホスト：ターミナルの疑似端末を保持し、ウィンドウを閉じても残るようにします。</translation>
    </message>
    <message>
        <source>Where profiles, keys and certificates live, in tsh&apos;s layout (default: Teleterm&apos;s own; ~/.tsh is tsh&apos;s).</source>
        <translation>プロファイル、鍵、証明書を置く場所（tsh と同じ構成）。既定は Teleterm 独自の場所で、~/.tsh は tsh の場所です。</translation>
    </message>
    <message>
        <source>cannot write YAML</source>
        <translation>YAML を書き込めません</translation>
    </message>
    <message>
        <source>the client went away</source>
        <translation>クライアントが切断しました</translation>
    </message>
    <message numerus="yes">
        <source>the proxy at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 のプロキシから %n 秒以内に応答がありませんでした</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <source>New local terminal</source>
        <translation>新しいローカルターミナル</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>次のタブ</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>前のタブ</translation>
    </message>
    <message>
        <source>Move the tab back</source>
        <translation>タブを前へ移動</translation>
    </message>
    <message>
        <source>Move the tab forward</source>
        <translation>タブを後ろへ移動</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>ターミナル内を検索</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Go to the last tab</source>
        <translation>最後のタブへ移動</translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation>タブ %1 へ移動</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 はすでに「%2」のショートカットです。</translation>
    </message>
    <message>
        <source>%1 cannot be saved as a shortcut.</source>
        <translation>%1 はショートカットとして保存できません。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>The theme&apos;s (%1)</source>
        <translation>テーマのフォント（%1）</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>Font size, in pixels</source>
        <translation>フォントサイズ（ピクセル）</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Terminal colours</source>
        <translation>ターミナルの配色</translation>
    </message>
    <message>
        <source>As the window looks</source>
        <translation>ウィンドウと同じ</translation>
    </message>
    <message>
        <source>Solarized light</source>
        <translation>Solarized ライト</translation>
    </message>
    <message>
        <source>Solarized dark</source>
        <translation>Solarized ダーク</translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation>スクロールバック</translation>
    </message>
    <message>
        <source>Scrollback, in lines</source>
        <translation>スクロールバック（行数）</translation>
    </message>
    <message>
        <source>lines each terminal keeps</source>
        <translation>行（ターミナルごとに保持）</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Copy what is selected</source>
        <translation>選択したテキストをコピー</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Choose Change, then press the new keys. Esc cancels.</source>
        <translation>「変更」を選んでから新しいキーを押してください。Esc で取り消します。</translation>
    </message>
    <message>
        <source>Press the new keys…</source>
        <translation>新しいキーを押してください…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Change the shortcut of “%1”</source>
        <translation>「%1」のショートカットを変更</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Clear the shortcut of “%1”</source>
        <translation>「%1」のショートカットを削除</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Restore the default shortcut of “%1”</source>
        <translation>「%1」のショートカットを既定に戻す</translation>
    </message>
    <message>
        <source>Kept in %1; a change made there with an editor applies at once.</source>
        <translation>%1 に保存されます。エディターでこのファイルを変更すると、すぐに反映されます。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Teleterm</source>
        <translation>Teleterm</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>No clusters yet. Add one to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation>クラスターはまだありません。クラスターを追加すると、そのサーバー、データベース、Kubernetes クラスター、アプリが表示されます。</translation>
    </message>
    <message>
        <source>+ Add cluster</source>
        <translation>+ クラスターを追加</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>No database gateways open. Connect to a database to open one.</source>
        <translation>開いているデータベースゲートウェイはありません。データベースに接続すると、ゲートウェイが開きます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>設定（%1）</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>クラスターを追加</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::DaemonClient</name>
    <message>
        <source>Not started</source>
        <translation>未起動</translation>
    </message>
    <message>
        <source>Looking for the daemon…</source>
        <translation>デーモンを探しています…</translation>
    </message>
    <message>
        <source>The daemon stopped. Restarting it…</source>
        <translation>デーモンが停止しました。再起動しています…</translation>
    </message>
    <message>
        <source>Starting the daemon…</source>
        <translation>デーモンを起動しています…</translation>
    </message>
    <message>
        <source>Daemon %1 running (pid %2)</source>
        <translation>デーモン %1 を実行中（PID %2）</translation>
    </message>
    <message>
        <source>The daemon could not be started</source>
        <translation>デーモンを起動できませんでした</translation>
    </message>
    <message>
        <source>The daemon (pid %1) stopped answering: %2</source>
        <translation>デーモン（PID %1）が応答しなくなりました：%2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation>%1 が %2 秒以内に応答しませんでした。ログは %3 にあります</translation>
    </message>
    <message>
        <source>teleterm-daemon was found neither beside %1 nor on PATH</source>
        <translation>%1 と同じディレクトリにも PATH 上にも teleterm-daemon が見つかりませんでした</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません：%2</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtyHostClient</name>
    <message>
        <source>The terminal host (pid %1) stopped; its terminals ended with it.</source>
        <translation>ターミナルホスト（PID %1）が停止し、そのターミナルもすべて終了しました。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation>%1 が %2 秒以内に応答しませんでした。ログは %3 にあります</translation>
    </message>
    <message>
        <source>teleterm-ptyhost was found neither beside %1 nor on PATH</source>
        <translation>%1 と同じディレクトリにも PATH 上にも teleterm-ptyhost が見つかりませんでした</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません：%2</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtySession</name>
    <message>
        <source>There is no terminal host.</source>
        <translation>ターミナルホストが実行されていません。</translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation>シグナル %1 で終了</translation>
    </message>
    <message>
        <source>This terminal was opened in another window.</source>
        <translation>このターミナルは別のウィンドウで開かれています。</translation>
    </message>
    <message>
        <source>This terminal is gone: %1</source>
        <translation>このターミナルはもう存在しません：%1</translation>
    </message>
    <message>
        <source>The terminal host stopped: %1</source>
        <translation>ターミナルホストが停止しました：%1</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::DocumentsModel</name>
    <message>
        <source>Welcome</source>
        <comment>the title of the start page&apos;s tab</comment>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>a gateway tab&apos;s title: database as user</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>the title of the settings view&apos;s tab</comment>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::GatewaysModel</name>
    <message>
        <source>The gateways could not be listed: %1</source>
        <translation>ゲートウェイの一覧を取得できませんでした：%1</translation>
    </message>
    <message>
        <source>The daemon is not running.</source>
        <translation>デーモンが実行されていません。</translation>
    </message>
    <message>
        <source>Choose a database user.</source>
        <translation>データベースユーザーを選択してください。</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Localization</name>
    <message>
        <source>Same as the system</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::LoginForm</name>
    <message>
        <source>This cluster signs users in with %1, which Teleterm does not support yet.</source>
        <translation>このクラスターのログイン方式は %1 ですが、Teleterm はまだ対応していません。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>認証アプリのコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Settings</name>
    <message>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（%2 バイト目）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read (%2); the defaults apply.</source>
        <translation>%1 の設定を読み込めませんでした（%2）。既定の設定を使用します。</translation>
    </message>
    <message>
        <source>The settings could not be saved: cannot make %1</source>
        <translation>設定を保存できませんでした：%1 を作成できません</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>設定を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the key sequences of one action</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Terminals</name>
    <message>
        <source>The terminals could not be listed: %1</source>
        <translation>ターミナルの一覧を取得できませんでした：%1</translation>
    </message>
    <message>
        <source>The terminal host stopped, and this terminal with it.</source>
        <translation>ターミナルホストが停止したため、このターミナルも終了しました。</translation>
    </message>
    <message>
        <source>This session ended while Teleterm was closed.</source>
        <translation>Teleterm を閉じている間に、このセッションは終了しました。</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <source>There is no terminal host.</source>
        <translation>ターミナルホストが実行されていません。</translation>
    </message>
    <message>
        <source>Cannot open a terminal: %1</source>
        <translation>ターミナルを開けません：%1</translation>
    </message>
    <message>
        <source>This terminal is gone, and how it was started is not known.</source>
        <translation>このターミナルはもう存在せず、どのように起動されたかも不明です。</translation>
    </message>
    <message>
        <source>This terminal could not be started again: %1</source>
        <translation>このターミナルを再起動できませんでした：%1</translation>
    </message>
    <message>
        <source>The previous shell ended with the terminal host; this one was started in %1.</source>
        <translation>以前のシェルはターミナルホストとともに終了したため、%1 で新しいシェルを起動しました。</translation>
    </message>
    <message>
        <source>There is no command to run.</source>
        <translation>実行するコマンドがありません。</translation>
    </message>
    <message>
        <source>This tab cannot be duplicated.</source>
        <translation>このタブは複製できません。</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Workspace</name>
    <message>
        <source>The saved tabs could not be read (%1); they were kept in %2.</source>
        <translation>保存されたタブを読み込めませんでした（%1）。元のファイルは %2 に退避しました。</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>The saved tabs could not be read: %1</source>
        <translation>保存されたタブを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>不明なバージョン</translation>
    </message>
    <message>
        <source>The tabs could not be saved: %1</source>
        <translation>タブを保存できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <source>The program ended (%1).</source>
        <translation>プログラムが終了しました（%1）。</translation>
    </message>
    <message>
        <source>The program ended with exit code %1.</source>
        <translation>プログラムが終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>ターミナル内を検索</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Where the search is among its matches in the terminal: &quot;3 of 17&quot;</extracomment>
        <translation>%2 件中 %1 件目</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致箇所</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致箇所（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致箇所</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致箇所（Enter）</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>検索を閉じる</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>ターミナル：%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>検索…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect to a Teleport cluster</source>
        <translation>Teleport クラスターに接続</translation>
    </message>
    <message>
        <source>Enter the address of your cluster&apos;s proxy: the one you open in a browser or pass to tsh --proxy.</source>
        <translation>クラスターのプロキシのアドレスを入力してください。ブラウザーで開くアドレス、または tsh --proxy に指定するアドレスです。</translation>
    </message>
    <message>
        <source>teleport.example.com:443</source>
        <translation>teleport.example.com:443</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>プロキシアドレス</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>クラスターを追加</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teleterm: a native desktop client for Teleport clusters.</source>
        <translation>Teleterm：Teleport クラスター用のネイティブデスクトップクライアントです。</translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (development clusters only).</source>
        <translation>プロキシの TLS 証明書とホスト名を検証しません（開発用クラスター専用）。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE for proxies&apos; web certificates (passed to a daemon this starts).</source>
        <translation>プロキシの Web 証明書を検証する際に、FILE 内の CA 証明書を信頼します（ここで起動するデーモンに渡されます）。</translation>
    </message>
    <message>
        <source>Development mode: F6 restarts the window and the daemon (the terminals live on). Also TELETERM_DEV=1.</source>
        <translation>開発モード：F6 でウィンドウとデーモンを再起動します（ターミナルは維持されます）。TELETERM_DEV=1 でも有効になります。</translation>
    </message>
</context>
</TS>
