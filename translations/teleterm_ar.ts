<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppShell</name>
    <message>
        <source>Log in to %1 again to go on.</source>
        <translation>سجّل الدخول إلى %1 مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>Your session on %1 has expired. Log in again to go on.</source>
        <translation>انتهت صلاحية جلستك على %1. سجّل الدخول مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>Insecure mode: proxies&apos; TLS certificates and host names are not verified. Use it only with development clusters.</source>
        <translation>الوضع غير الآمن: لا يجري التحقق من شهادات TLS للوكلاء ولا من أسماء مضيفيهم. لا تستخدمه إلا مع عناقيد التطوير.</translation>
    </message>
    <message>
        <source>--insecure has no effect: a daemon that verifies certificates was already running (pid %1). Stop it to start one in insecure mode.</source>
        <translation>لا أثر للخيار ‎--insecure: فثمة خدمة خلفية تتحقق من الشهادات كانت تعمل من قبل (معرّف العملية %1). أوقفها لتشغيل خدمة جديدة في الوضع غير الآمن.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>ApplyField</name>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>تطبيق %1</translation>
    </message>
</context>
<context>
    <name>ClusterDelegate</name>
    <message>
        <source>offline: trying again</source>
        <translation>غير متصل: جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <source>leaf cluster</source>
        <translation>عنقود فرعي</translation>
    </message>
    <message>
        <source>session expired: log in again</source>
        <translation>انتهت الجلسة: سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>لم تسجّل الدخول</translation>
    </message>
    <message>
        <source>Hide the servers and databases of %1</source>
        <translation>إخفاء خوادم %1 وقواعد بياناته</translation>
    </message>
    <message>
        <source>Show the servers and databases of %1</source>
        <translation>إظهار خوادم %1 وقواعد بياناته</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>إعادة تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation>إزالة العنقود</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>مسجَّل الدخول</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>لم يُسجَّل الدخول</translation>
    </message>
    <message>
        <source>Green: logged in; amber: the session expired or the cluster does not answer; a hollow ring: not logged in</source>
        <translation>أخضر: مسجَّل الدخول؛ كهرماني: انتهت الجلسة أو لا يستجيب العنقود؛ حلقة مفرغة: لم يُسجَّل الدخول</translation>
    </message>
</context>
<context>
    <name>ClusterTree</name>
    <message>
        <source>Servers</source>
        <translation>الخوادم</translation>
    </message>
    <message>
        <source>All servers…</source>
        <translation>كل الخوادم…</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>قواعد البيانات</translation>
    </message>
    <message>
        <source>All databases…</source>
        <translation>كل قواعد البيانات…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>غير متاح حاليًا</translation>
    </message>
    <message>
        <source>None you can reach</source>
        <translation>لا شيء يمكنك الوصول إليه</translation>
    </message>
</context>
<context>
    <name>DaemonStatus</name>
    <message>
        <source>Socket: %1
Log: %2</source>
        <translation>المقبس: ‎%1
السجل: ‎%2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Green: connected to the daemon; amber: starting it; red: it failed</source>
        <translation>أخضر: متصل بالخدمة الخلفية؛ كهرماني: قيد التشغيل؛ أحمر: فشلت</translation>
    </message>
</context>
<context>
    <name>DocumentArea</name>
    <message>
        <source>Connect again</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>DocumentTabBar</name>
    <message>
        <source>New tab</source>
        <translation>لسان جديد</translation>
    </message>
    <message>
        <source>New terminal</source>
        <translation>طرفية جديدة</translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation>لسان جديد (%1)</translation>
    </message>
    <message>
        <source>New terminal (%1)</source>
        <translation>طرفية جديدة (%1)</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>الألسنة</translation>
    </message>
</context>
<context>
    <name>DocumentTabDelegate</name>
    <message>
        <source>%1 (wants attention)</source>
        <translation>%1 (يتطلب انتباهك)</translation>
    </message>
    <message>
        <source>Wants attention</source>
        <translation>يتطلب انتباهك</translation>
    </message>
    <message>
        <source>Close tab %1</source>
        <translation>إغلاق اللسان %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation>إغلاق الألسنة الأخرى</translation>
    </message>
    <message>
        <source>Close to the Right</source>
        <translation>إغلاق الألسنة التالية</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>نقل نحو البداية</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>نقل نحو النهاية</translation>
    </message>
    <message>
        <source>The terminal in this tab rang its bell while in the background</source>
        <translation>أطلقت الطرفية في هذا اللسان تنبيهًا وهي في الخلفية</translation>
    </message>
</context>
<context>
    <name>EmptyTabsPage</name>
    <message>
        <source>No tabs open</source>
        <translation>لا ألسنة مفتوحة</translation>
    </message>
    <message>
        <source>Open a new tab (%1)</source>
        <translation>فتح لسان جديد (%1)</translation>
    </message>
    <message>
        <source>Open a new tab</source>
        <translation>فتح لسان جديد</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>expires in less than a minute</source>
        <translation>تنتهي خلال أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln minute(s)</source>
        <translation>
            <numerusform>تنتهي خلال %Ln دقيقة</numerusform>
            <numerusform>تنتهي خلال %Ln دقيقة</numerusform>
            <numerusform>تنتهي خلال %Ln دقيقتين</numerusform>
            <numerusform>تنتهي خلال %Ln دقائق</numerusform>
            <numerusform>تنتهي خلال %Ln دقيقة</numerusform>
            <numerusform>تنتهي خلال %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln hour(s)</source>
        <translation>
            <numerusform>تنتهي خلال %Ln ساعة</numerusform>
            <numerusform>تنتهي خلال %Ln ساعة</numerusform>
            <numerusform>تنتهي خلال %Ln ساعتين</numerusform>
            <numerusform>تنتهي خلال %Ln ساعات</numerusform>
            <numerusform>تنتهي خلال %Ln ساعة</numerusform>
            <numerusform>تنتهي خلال %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln day(s)</source>
        <translation>
            <numerusform>تنتهي خلال %Ln يوم</numerusform>
            <numerusform>تنتهي خلال %Ln يوم</numerusform>
            <numerusform>تنتهي خلال %Ln يومين</numerusform>
            <numerusform>تنتهي خلال %Ln أيام</numerusform>
            <numerusform>تنتهي خلال %Ln يومًا</numerusform>
            <numerusform>تنتهي خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>انتهت للتو</translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>انتهت منذ %Ln دقيقة</numerusform>
            <numerusform>انتهت منذ %Ln دقيقة</numerusform>
            <numerusform>انتهت منذ %Ln دقيقتين</numerusform>
            <numerusform>انتهت منذ %Ln دقائق</numerusform>
            <numerusform>انتهت منذ %Ln دقيقة</numerusform>
            <numerusform>انتهت منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>انتهت منذ %Ln ساعة</numerusform>
            <numerusform>انتهت منذ %Ln ساعة</numerusform>
            <numerusform>انتهت منذ %Ln ساعتين</numerusform>
            <numerusform>انتهت منذ %Ln ساعات</numerusform>
            <numerusform>انتهت منذ %Ln ساعة</numerusform>
            <numerusform>انتهت منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln day(s) ago</source>
        <translation>
            <numerusform>انتهت منذ %Ln يوم</numerusform>
            <numerusform>انتهت منذ %Ln يوم</numerusform>
            <numerusform>انتهت منذ %Ln يومين</numerusform>
            <numerusform>انتهت منذ %Ln أيام</numerusform>
            <numerusform>انتهت منذ %Ln يومًا</numerusform>
            <numerusform>انتهت منذ %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayDelegate</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <comment>connections open through a gateway</comment>
        <translation>
            <numerusform>%Ln اتصال مفتوح</numerusform>
            <numerusform>%Ln اتصال مفتوح</numerusform>
            <numerusform>%Ln اتصالان مفتوحان</numerusform>
            <numerusform>%Ln اتصالات مفتوحة</numerusform>
            <numerusform>%Ln اتصالًا مفتوحًا</numerusform>
            <numerusform>%Ln اتصال مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>listening</source>
        <translation>يستمع</translation>
    </message>
    <message>
        <source>log in again</source>
        <comment>a gateway waits for the user to log in</comment>
        <translation>سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>لا يستمع</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Gateway to %1 as %2 on %3, %4</source>
        <translation>بوابة إلى %1 بصفة %2 على %3، %4</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 بصفة %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>نسخ الأمر</translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation>إغلاق البوابة</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Database gateway · %1 · %2 as %3</source>
        <translation>بوابة قاعدة بيانات · %1 · %2 بصفة %3</translation>
    </message>
    <message>
        <source>Database gateway · %1 as %2</source>
        <translation>بوابة قاعدة بيانات · %1 بصفة %2</translation>
    </message>
    <message>
        <source>This gateway is gone: it was closed, or the daemon no longer has it.</source>
        <translation>لم تعد هذه البوابة موجودة: إما أنها أُغلقت، وإما أن الخدمة الخلفية لم تعد تحتفظ بها.</translation>
    </message>
    <message>
        <source>Create it on another port</source>
        <translation>إعادة الإنشاء على منفذ آخر</translation>
    </message>
    <message>
        <source>Create it again on port %1</source>
        <translation>إعادة الإنشاء على المنفذ %1</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>إغلاق اللسان</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>يستمع على %1:%2</translation>
    </message>
    <message>
        <source>A connection waits for you to log in to %1 again</source>
        <translation>ثمة اتصال ينتظر أن تسجّل الدخول إلى %1 مجددًا</translation>
    </message>
    <message>
        <source>Not listening on %1:%2</source>
        <translation>لا يستمع على %1:%2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) open</source>
        <translation>
            <numerusform>%Ln اتصال مفتوح</numerusform>
            <numerusform>%Ln اتصال مفتوح</numerusform>
            <numerusform>%Ln اتصالان مفتوحان</numerusform>
            <numerusform>%Ln اتصالات مفتوحة</numerusform>
            <numerusform>%Ln اتصالًا مفتوحًا</numerusform>
            <numerusform>%Ln اتصال مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in total</source>
        <translation>
            <numerusform>%Ln في المجموع</numerusform>
            <numerusform>%Ln في المجموع</numerusform>
            <numerusform>%Ln في المجموع</numerusform>
            <numerusform>%Ln في المجموع</numerusform>
            <numerusform>%Ln في المجموع</numerusform>
            <numerusform>%Ln في المجموع</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error, at %1: %2</source>
        <translation>آخر خطأ (في %1): %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>آخر خطأ: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>اسم قاعدة البيانات</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>القيمة الافتراضية للخادم</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>الاتصال باستخدام</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>نسخ سطر الأوامر</translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation>فتح في طرفية</translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation>إغلاق البوابة</translation>
    </message>
    <message>
        <source>Close the gateway to %1</source>
        <translation>إغلاق البوابة إلى %1</translation>
    </message>
    <message>
        <source>certificate %1 (%2)</source>
        <translation>الشهادة %1 (%2)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
</context>
<context>
    <name>GatewayStateDot</name>
    <message>
        <source>Listening</source>
        <translation>يستمع</translation>
    </message>
    <message>
        <source>Waiting for a login</source>
        <translation>بانتظار تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>لا يستمع</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Green: listening; amber: a connection waits for a login; red: not listening; a hollow ring: starting</source>
        <translation>أخضر: يستمع؛ كهرماني: اتصال ينتظر تسجيل الدخول؛ أحمر: لا يستمع؛ حلقة مفرغة: قيد التشغيل</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>Stop filtering by %1</source>
        <translation>إيقاف التصفية حسب %1</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>التصفية حسب %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>الرمز من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
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
        <translation>أدخل عنوان وكيل Teleport الخاص بك، مثل teleport.example.com</translation>
    </message>
    <message>
        <source>Teleport proxies speak HTTPS; &quot;%1://&quot; cannot be used</source>
        <translation>لا يعمل وكلاء Teleport إلا عبر HTTPS؛ لا يمكن استخدام «%1://‎»</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host and port, without a path</source>
        <translation>أدخل مضيف الوكيل ومنفذه فقط، دون مسار</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address without a user name; you log in on the next step</source>
        <translation>أدخل عنوان الوكيل دون اسم مستخدم؛ ستسجّل الدخول في الخطوة التالية</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket</source>
        <translation>عنوان IPv6 ينقصه قوس الإغلاق</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address</source>
        <translation>نص غير متوقع بعد عنوان IPv6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>القيمة «%1» ليست عنوان IPv6</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, as in [%1]:443</source>
        <translation>ضع عنوان IPv6 بين قوسين معقوفين، كما في ‎[%1]:443</translation>
    </message>
    <message>
        <source>A port number must follow the colon</source>
        <translation>يجب أن يلي النقطتين رقم منفذ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>القيمة «%1» ليست اسم مضيف صالحًا</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation>يجب أن يكون المنفذ رقمًا من 1 إلى 65535</translation>
    </message>
</context>
<context>
    <name>ResourceDelegate</name>
    <message>
        <source>Server</source>
        <translation>خادم</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة بيانات</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>App</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>الاتصال بـ %1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
</context>
<context>
    <name>ResourceMenu</name>
    <message>
        <source>Asking the cluster…</source>
        <translation>جارٍ الاستعلام من العنقود…</translation>
    </message>
    <message>
        <source>Your roles allow no database user here</source>
        <translation>لا تسمح أدوارك هنا بأي مستخدم لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Connect as %1</source>
        <translation>الاتصال بصفة %1</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>مستخدم آخر…</translation>
    </message>
    <message>
        <source>Stop filtering by %1</source>
        <translation>إيقاف التصفية حسب %1</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>التصفية حسب %1</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Connect to %1 as which database user?</source>
        <translation>بأي مستخدم لقاعدة البيانات تريد الاتصال بـ %1؟</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>مستخدم قاعدة البيانات</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>%1: the session of %2 has expired</source>
        <translation>العنقود %1: انتهت جلسة %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Search %1 by name, address or label</source>
        <translation>ابحث في %1 بالاسم أو العنوان أو الوسم</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>البحث في الموارد</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>حسب الاسم</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>By address</source>
        <translation>حسب العنوان</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Descending; sort ascending</source>
        <translation>تنازلي؛ التبديل إلى الترتيب التصاعدي</translation>
    </message>
    <message>
        <source>Ascending; sort descending</source>
        <translation>تصاعدي؛ التبديل إلى الترتيب التنازلي</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>الخوادم</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>قواعد البيانات</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>Filtered by</source>
        <translation>التصفية حسب</translation>
    </message>
    <message>
        <source>Log in to %1 to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation>سجّل الدخول إلى %1 لعرض خوادمه وقواعد بياناته وعناقيد Kubernetes وتطبيقاته.</translation>
    </message>
    <message>
        <source>Offline: %1. Showing what was listed at %2; trying again by itself.</source>
        <translation>غير متصل: %1. تُعرض القائمة كما كانت في %2، وستُعاد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Offline: %1. Trying again by itself.</source>
        <translation>غير متصل: %1. ستُعاد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>المحاولة الآن</translation>
    </message>
    <message>
        <source>The gateway could not be opened: %1</source>
        <translation>تعذّر فتح البوابة: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Opening a gateway…</source>
        <translation>جارٍ فتح بوابة…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>لا توجد نتائج مطابقة.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>لا يوجد ما يُعرض.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln مورد</numerusform>
            <numerusform>%Ln مورد</numerusform>
            <numerusform>%Ln موردان</numerusform>
            <numerusform>%Ln موارد</numerusform>
            <numerusform>%Ln موردًا</numerusform>
            <numerusform>%Ln مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown; scroll for more</source>
        <translation>
            <numerusform>يُعرض %Ln مورد؛ مرِّر لعرض المزيد</numerusform>
            <numerusform>يُعرض %Ln مورد؛ مرِّر لعرض المزيد</numerusform>
            <numerusform>يُعرض %Ln موردان؛ مرِّر لعرض المزيد</numerusform>
            <numerusform>تُعرض %Ln موارد؛ مرِّر لعرض المزيد</numerusform>
            <numerusform>يُعرض %Ln موردًا؛ مرِّر لعرض المزيد</numerusform>
            <numerusform>يُعرض %Ln مورد؛ مرِّر لعرض المزيد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2 · roles: %3 · session %4 (%5)</source>
        <translation>العنقود %1 بصفة %2 · الأدوار: %3 · الجلسة %4 (%5)</translation>
    </message>
    <message>
        <source>Log out of %1</source>
        <translation>تسجيل الخروج من %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>Kinds of resources</source>
        <translation>أنواع الموارد</translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation>موارد %1</translation>
    </message>
</context>
<context>
    <name>RpcError</name>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>لا يوجد ما يستجيب على ‎%1.</translation>
    </message>
    <message>
        <source>No answer in time from %1.</source>
        <translation>لم يصل ردّ من ‎%1 في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>The request failed (gRPC status %1).</source>
        <translation>فشل الطلب (حالة gRPC رقم %1).</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation>تعذّر إنشاء ملف مؤقت بجوار ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot open log file %1</source>
        <translation>تعذّر فتح ملف السجل ‎%1</translation>
    </message>
    <message>
        <source>cannot open lock file %1: %2</source>
        <translation>تعذّر فتح ملف القفل ‎%1: %2</translation>
    </message>
    <message>
        <source>another process (pid %1) holds %2</source>
        <translation>ثمة عملية أخرى (معرّف العملية %1) تقفل ‎%2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>تعذّر قفل ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot record pid in %1</source>
        <translation>تعذّر تسجيل معرّف العملية في ‎%1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>تعذّر إنشاء ‎%1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>تعذّر إنشاء ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>تعذّر فحص ‎%1: %2</translation>
    </message>
    <message>
        <source>%1 exists but is not a directory (a symlink or a file is never trusted here)</source>
        <translation>المسار ‎%1 موجود لكنه ليس مجلدًا (لا يُوثق هنا أبدًا برابط رمزي ولا بملف)</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); refusing to put private sockets there</source>
        <translation>المجلد ‎%1 مملوك لمستخدم آخر (معرّف المستخدم %2)؛ ولن تُوضع فيه مقابس خاصة</translation>
    </message>
    <message>
        <source>cannot make %1 private (mode 0700): %2</source>
        <translation>تعذّر جعل ‎%1 خاصًا بك (الوضع 0700): %2</translation>
    </message>
    <message>
        <source>the proxy at %1 does not serve %2</source>
        <translation>لا يقدّم الوكيل ‎%1 البروتوكول %2</translation>
    </message>
    <message>
        <source>cannot make a socket pair</source>
        <translation>تعذّر إنشاء زوج من المقابس</translation>
    </message>
    <message>
        <source>the socket path %1 is longer than a Unix socket address allows (%2 bytes); set XDG_RUNTIME_DIR to a shorter directory</source>
        <translation>مسار المقبس ‎%1 أطول مما يسمح به عنوان مقبس Unix (%2 بايت)؛ اضبط XDG_RUNTIME_DIR على مجلد مساره أقصر</translation>
    </message>
    <message>
        <source>another instance (pid %1) is already serving %2</source>
        <translation>ثمة نسخة أخرى (معرّف العملية %1) تستمع بالفعل على ‎%2</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket; move it away</source>
        <translation>المسار ‎%1 موجود وليس مقبسًا؛ انقله إلى مكان آخر</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>تعذّر الاستماع على ‎%1</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>تعذّر جعل ‎%1 خاصًا بك: %2</translation>
    </message>
    <message>
        <source>no host is named %1</source>
        <translation>لا يوجد مضيف باسم %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغيت العملية</translation>
    </message>
    <message>
        <source>the proxy at %1 did not answer in time</source>
        <translation>لم يستجب الوكيل ‎%1 في الوقت المحدد</translation>
    </message>
    <message>
        <source>nothing accepts connections at %1</source>
        <translation>لا يوجد ما يقبل الاتصالات على ‎%1</translation>
    </message>
    <message>
        <source>the certificate or key cannot be read: %1</source>
        <translation>تعذّرت قراءة الشهادة أو المفتاح: %1</translation>
    </message>
    <message>
        <source>the proxy at %1 did not finish the TLS handshake in time</source>
        <translation>لم يُتمّ الوكيل ‎%1 مصافحة TLS في الوقت المحدد</translation>
    </message>
    <message>
        <source>the proxy&apos;s certificate for %1 is not trusted: %2</source>
        <translation>شهادة الوكيل للمضيف %1 غير موثوق بها: %2</translation>
    </message>
    <message>
        <source>the proxy at %1 refused the connection: %2</source>
        <translation>رفض الوكيل ‎%1 الاتصال: %2</translation>
    </message>
    <message>
        <source>the proxy at %1 serves none of the protocols offered</source>
        <translation>لا يقدّم الوكيل ‎%1 أيًّا من البروتوكولات المعروضة عليه</translation>
    </message>
    <message>
        <source>%1 (trust the CA that signed it with --ca-file, or use --insecure only for a development proxy you trust)</source>
        <translation>%1 (ثِق بجهة CA التي وقّعتها عبر الخيار ‎--ca-file، أو استخدم ‎--insecure مع وكيل تطوير تثق به فقط)</translation>
    </message>
    <message>
        <source>the cluster %1 did not answer (%2)</source>
        <translation>لم يستجب العنقود %1 (%2)</translation>
    </message>
    <message>
        <source>the cluster %1 did not answer in time</source>
        <translation>لم يستجب العنقود %1 في الوقت المحدد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cluster URI (/clusters/PROXY_HOST[/leaves/LEAF])</source>
        <translation>القيمة «%1» ليست عنوان URI لعنقود (‎/clusters/PROXY_HOST[/leaves/LEAF])</translation>
    </message>
    <message>
        <source>no cluster %1: %2</source>
        <translation>العنقود ‎%1 غير موجود: %2</translation>
    </message>
    <message>
        <source>not logged in to %1: log in first</source>
        <translation>لم تسجّل الدخول إلى %1: سجّل الدخول أولًا</translation>
    </message>
    <message>
        <source>the certificate of %1 for %2 expired at %3: log in again</source>
        <translation>انتهت صلاحية شهادة المستخدم %1 على العنقود %2 في ‎%3: سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>the certificate in the profile cannot be read</source>
        <translation>تعذّرت قراءة الشهادة الموجودة في ملف التعريف</translation>
    </message>
    <message>
        <source>cannot write the profile: %1</source>
        <translation>تعذّرت كتابة ملف التعريف: %1</translation>
    </message>
    <message>
        <source>log in to the root cluster %1; its leaves come with it</source>
        <translation>سجّل الدخول إلى العنقود الجذر %1، فتسجيل الدخول إليه يشمل عناقيده الفرعية</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>لم يُحدَّد اسم مستخدم</translation>
    </message>
    <message>
        <source>%1 does not allow local users to log in (it uses %2)</source>
        <translation>لا يسمح العنقود %1 للمستخدمين المحليين بتسجيل الدخول (فهو يعتمد %2)</translation>
    </message>
    <message>
        <source>%1 asks for a one-time code from your authenticator app</source>
        <translation>يطلب العنقود %1 رمزًا لمرة واحدة من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>logged in, but cannot write the profile: %1</source>
        <translation>تم تسجيل الدخول، لكن تعذّرت كتابة ملف التعريف: %1</translation>
    </message>
    <message>
        <source>cannot remove the keys of %1: %2</source>
        <translation>تعذّرت إزالة مفاتيح %1: %2</translation>
    </message>
    <message>
        <source>the proxy of %1 does not route TLS by ALPN; Teleterm needs a proxy with TLS routing</source>
        <translation>لا يوجّه وكيل العنقود %1 اتصالات TLS حسب ALPN؛ ويحتاج Teleterm إلى وكيل يدعم توجيه TLS</translation>
    </message>
    <message>
        <source>cancelled by the caller</source>
        <translation>ألغى الطرف المستدعي الطلب</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (server, database, kube, app)</source>
        <translation>نوع غير معروف «%1» (server أو database أو kube أو app)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI</source>
        <translation>القيمة «%1» ليست عنوان URI لقاعدة بيانات</translation>
    </message>
    <message>
        <source>no database %1 in %2</source>
        <translation>لا توجد قاعدة بيانات باسم %1 في العنقود %2</translation>
    </message>
    <message>
        <source>the auth server of %1 answered without a certificate</source>
        <translation>ردّ خادم المصادقة في العنقود %1 دون شهادة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation>القيمة «%1» ليست رقم منفذ: اختر رقمًا من 1024 إلى 65535، أو 0 لأي منفذ متاح</translation>
    </message>
    <message>
        <source>port %1 is below 1024, where only the system may listen: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation>المنفذ %1 أقل من 1024، والاستماع على هذه المنافذ حكر على النظام: اختر رقمًا من 1024 إلى 65535، أو 0 لأي منفذ متاح</translation>
    </message>
    <message>
        <source>cannot make a socket: %1</source>
        <translation>تعذّر إنشاء مقبس: %1</translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use by another program: choose another, or 0 for any free port</source>
        <translation>المنفذ %1 على ‎127.0.0.1 يستخدمه برنامج آخر: اختر منفذًا آخر، أو 0 لأي منفذ متاح</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>تعذّر الاستماع على ‎127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>the database certificate cannot be used: %1</source>
        <translation>تعذّر استخدام شهادة قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>A connection to %1 through 127.0.0.1:%2 waits for you to log in again: %3</source>
        <translation>ثمة اتصال بـ %1 عبر ‎127.0.0.1:%2 ينتظر أن تسجّل الدخول مجددًا: %3</translation>
    </message>
    <message>
        <source>the gateway was closed</source>
        <translation>أُغلقت البوابة</translation>
    </message>
    <message>
        <source>you did not log in to the cluster again in time: %1</source>
        <translation>لم تُعِد تسجيل الدخول إلى العنقود في الوقت المحدد: %1</translation>
    </message>
    <message>
        <source>no database certificate: %1</source>
        <translation>لا توجد شهادة لقاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1 through 127.0.0.1:%2: %3</source>
        <translation>تعذّر الاتصال بـ %1 عبر ‎127.0.0.1:%2: %3</translation>
    </message>
    <message>
        <source>more than %1 connections at once: a new one was closed</source>
        <translation>تجاوز عدد الاتصالات المتزامنة الحد الأقصى (%1): أُغلق اتصال جديد</translation>
    </message>
    <message>
        <source>cannot reach the database through the proxy at %1: %2</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات عبر الوكيل ‎%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI (/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)</source>
        <translation>القيمة «%1» ليست عنوان URI لقاعدة بيانات (‎/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)</translation>
    </message>
    <message>
        <source>a gateway needs a database user</source>
        <translation>تحتاج البوابة إلى مستخدم لقاعدة البيانات</translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 exists already, at 127.0.0.1:%3</source>
        <translation>توجد بالفعل بوابة إلى %1 بصفة %2، على ‎127.0.0.1:%3</translation>
    </message>
    <message>
        <source>your roles allow no database user on %1</source>
        <translation>لا تسمح أدوارك بأي مستخدم على قاعدة البيانات %1</translation>
    </message>
    <message>
        <source>your roles do not allow the database user &quot;%1&quot; on %2; they allow %3</source>
        <translation>لا تسمح أدوارك بالمستخدم «%1» على قاعدة البيانات %2؛ والمستخدمون المسموح بهم: %3</translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 was made at the same moment</source>
        <translation>أُنشئت بوابة إلى %1 بصفة %2 في اللحظة نفسها</translation>
    </message>
    <message>
        <source>no gateway %1</source>
        <translation>البوابة ‎%1 غير موجودة</translation>
    </message>
    <message>
        <source>cannot generate a key: %1</source>
        <translation>تعذّر توليد مفتاح: %1</translation>
    </message>
    <message>
        <source>cannot encode the new key</source>
        <translation>تعذّر ترميز المفتاح الجديد</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>it is longer than 200 characters</source>
        <translation>أطول من 200 حرف</translation>
    </message>
    <message>
        <source>it contains &quot;..&quot;</source>
        <translation>يحتوي على «..»</translation>
    </message>
    <message>
        <source>it contains &apos;/&apos;</source>
        <translation>يحتوي على «/»</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>يحتوي على محرف NUL</translation>
    </message>
    <message>
        <source>it contains white space or a control character</source>
        <translation>يحتوي على مسافة بيضاء أو محرف تحكم</translation>
    </message>
    <message>
        <source>refusing the %1 %2: %3</source>
        <translation>رُفض %1 %2 لأنه %3</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>اسم ملف التعريف</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>اسم العنقود</translation>
    </message>
    <message>
        <source>cannot use the directory %1: %2</source>
        <translation>تعذّر استخدام المجلد ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>تعذّر إنشاء المجلد ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot inspect the directory %1: %2</source>
        <translation>تعذّر فحص المجلد ‎%1: %2</translation>
    </message>
    <message>
        <source>refusing %1: it is a symlink that another user (uid %2) owns</source>
        <translation>رُفض استخدام ‎%1: فهو رابط رمزي يملكه مستخدم آخر (معرّف المستخدم %2)</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>المسار ‎%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>refusing %1: the directory belongs to another user (uid %2)</source>
        <translation>رُفض استخدام ‎%1: فالمجلد مملوك لمستخدم آخر (معرّف المستخدم %2)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>تعذّر إنشاء المجلد ‎%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2 bytes</source>
        <translation>تعذّرت قراءة ‎%1: حجمه أكبر من %2 بايت</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>تعذّرت إزالة ‎%1: %2</translation>
    </message>
    <message>
        <source> (%1 at line %2)</source>
        <translation> (%1 في السطر %2)</translation>
    </message>
    <message>
        <source>cannot write the value %1</source>
        <translation>تعذّرت كتابة القيمة %1</translation>
    </message>
    <message>
        <source>the value of %1 in otherKeys is not one YAML value: %2</source>
        <translation>قيمة %1 في otherKeys ليست قيمة YAML واحدة: %2</translation>
    </message>
    <message>
        <source>it uses an alias</source>
        <translation>تستخدم اسمًا مستعارًا</translation>
    </message>
    <message>
        <source>it holds more than one value</source>
        <translation>تحتوي على أكثر من قيمة</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>الملف ‎%1 فارغ</translation>
    </message>
    <message>
        <source>a profile is a mapping of keys to values, and this is not one</source>
        <translation>ملف التعريف قاموس من المفاتيح وقيمها، وهذا ليس قاموسًا</translation>
    </message>
    <message>
        <source>a key that is not a string</source>
        <translation>مفتاح ليس سلسلة نصية</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>المفتاح %1 مكرر</translation>
    </message>
    <message>
        <source>YAML aliases are not supported in a profile</source>
        <translation>أسماء YAML المستعارة غير مدعومة في ملف التعريف</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or a mapping</source>
        <translation>يجب أن يكون %1 قيمة مفردة، لا قائمة ولا قاموسًا</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>يجب أن تكون قيمة %1 هي true أو false، لا %2</translation>
    </message>
    <message>
        <source>a profile is one YAML document, and a second one starts here</source>
        <translation>ملف التعريف مستند YAML واحد، وهنا يبدأ مستند ثانٍ</translation>
    </message>
    <message>
        <source>%1 has no web_proxy_addr</source>
        <translation>لا يحتوي الملف ‎%1 على web_proxy_addr</translation>
    </message>
    <message>
        <source>cannot write the profile %1: %2</source>
        <translation>تعذّرت كتابة ملف التعريف %1: %2</translation>
    </message>
    <message>
        <source>refusing the %1 %2: it contains %3, which known_hosts reads as a pattern</source>
        <translation>رُفض %1 %2 لأنه يحتوي على «%3»، وهو محرف يعدّه known_hosts جزءًا من نمط</translation>
    </message>
    <message>
        <source>there is no profile %1 (%2 does not exist)</source>
        <translation>لا يوجد ملف تعريف باسم %1 (‎%2 غير موجود)</translation>
    </message>
    <message>
        <source>cannot save the profile %1: it has no web proxy address</source>
        <translation>تعذّر حفظ ملف التعريف %1: لا يحتوي على عنوان وكيل الويب</translation>
    </message>
    <message>
        <source>cannot save the profile %1: tsh names a profile after its web proxy&apos;s host, and that is %2</source>
        <translation>تعذّر حفظ ملف التعريف %1: يسمّي tsh ملف التعريف باسم مضيف وكيل الويب الخاص به، وهو هنا %2</translation>
    </message>
    <message>
        <source>cannot save the profile %1: otherKeys holds %2, which is empty, a Profile field or there twice</source>
        <translation>تعذّر حفظ ملف التعريف %1: يحتوي otherKeys على المفتاح %2، وهو إما فارغ وإما أحد حقول Profile وإما مكرر</translation>
    </message>
    <message>
        <source>CA&apos;s cluster name</source>
        <translation>اسم عنقود CA</translation>
    </message>
    <message>
        <source>the SSH private key</source>
        <translation>مفتاح SSH الخاص</translation>
    </message>
    <message>
        <source>the SSH public key</source>
        <translation>مفتاح SSH العام</translation>
    </message>
    <message>
        <source>the SSH certificate</source>
        <translation>شهادة SSH</translation>
    </message>
    <message>
        <source>the TLS certificate</source>
        <translation>شهادة TLS</translation>
    </message>
    <message>
        <source>cannot save the keys of %1: %2 missing</source>
        <translation>تعذّر حفظ مفاتيح %1 بسبب غياب %2</translation>
    </message>
    <message>
        <source>there are no keys for the profile %1 (%2 does not exist): log in again</source>
        <translation>لا توجد مفاتيح لملف التعريف %1 (المجلد ‎%2 غير موجود): سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>the keys of %1@%2 are incomplete, log in again; missing: %3</source>
        <translation>مفاتيح ‎%1@%2 ناقصة، سجّل الدخول مجددًا؛ الناقص منها: %3</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>مضيف الوكيل</translation>
    </message>
    <message>
        <source>cannot trust the host CA of %1: a key is not one authorized_keys line (&quot;TYPE BASE64&quot;)</source>
        <translation>تعذّر الوثوق بجهة CA للمضيفين في العنقود %1: أحد المفاتيح ليس سطرًا واحدًا بصيغة authorized_keys (&quot;TYPE BASE64&quot;)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>تعذّر فتح ‎%1: %2</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>يقفله برنامج آخر</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>اسم قاعدة البيانات</translation>
    </message>
    <message>
        <source>cannot save the certificate for the database %1: it is empty</source>
        <translation>تعذّر حفظ شهادة قاعدة البيانات %1: الشهادة فارغة</translation>
    </message>
    <message>
        <source>the proxy at %1 answered %2 to %3</source>
        <translation>ردّ الوكيل ‎%1 على الطلب ‎%3 برمز الحالة %2</translation>
    </message>
    <message>
        <source>the server at %1 does not look like a Teleport proxy (%2 answered %3)</source>
        <translation>لا يبدو الخادم ‎%1 وكيلَ Teleport (أعاد ‎%2 رمز الحالة %3)</translation>
    </message>
    <message>
        <source>the server at %1 does not answer as a Teleport proxy does (no cluster name and version in /webapi/ping)</source>
        <translation>لا يستجيب الخادم ‎%1 كما يستجيب وكيل Teleport (لم يُعِد ‎/webapi/ping اسم العنقود وإصداره)</translation>
    </message>
    <message>
        <source>the proxy at %1 answered the login without the certificates Teleport returns</source>
        <translation>ردّ الوكيل ‎%1 على طلب تسجيل الدخول دون الشهادات التي يعيدها Teleport</translation>
    </message>
    <message>
        <source>the certificate of the proxy at %1 is not trusted: %2</source>
        <translation>شهادة الوكيل ‎%1 غير موثوق بها: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>فشلت مصافحة TLS مع ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot talk to the proxy at %1: %2</source>
        <translation>تعذّر التواصل مع الوكيل ‎%1: %2</translation>
    </message>
    <message>
        <source>no PTY %1</source>
        <translation>لا توجد طرفية PTY بالمعرّف %1</translation>
    </message>
    <message>
        <source>not an environment variable&apos;s name: %1</source>
        <translation>ليس اسمًا صالحًا لمتغير بيئة: %1</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>لا يوجد برنامج لتشغيله</translation>
    </message>
    <message>
        <source>no process runs in this PTY</source>
        <translation>لا تعمل أي عملية في طرفية PTY هذه</translation>
    </message>
    <message>
        <source>cannot find %1 in PATH</source>
        <translation>تعذّر العثور على %1 في PATH</translation>
    </message>
    <message>
        <source>cannot open a pseudo-terminal: %1</source>
        <translation>تعذّر فتح طرفية زائفة: %1</translation>
    </message>
    <message>
        <source>cannot set up a pseudo-terminal: %1</source>
        <translation>تعذّرت تهيئة طرفية زائفة: %1</translation>
    </message>
    <message>
        <source>cannot start a process: %1</source>
        <translation>تعذّر بدء عملية: %1</translation>
    </message>
    <message>
        <source>cannot change to the directory %1: %2</source>
        <translation>تعذّر الانتقال إلى المجلد ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>تعذّر تشغيل ‎%1: %2</translation>
    </message>
    <message>
        <source>cannot give the process its terminal: %1</source>
        <translation>تعذّر إسناد الطرفية إلى العملية: %1</translation>
    </message>
    <message>
        <source>cannot watch the process (pidfd_open): %1</source>
        <translation>تعذّرت مراقبة العملية (pidfd_open): %1</translation>
    </message>
    <message>
        <source>the first event must be start</source>
        <translation>يجب أن يكون الحدث الأول start</translation>
    </message>
    <message>
        <source>the stream is already attached</source>
        <translation>التدفق متصل بالفعل</translation>
    </message>
    <message>
        <source>another stream attached to this PTY</source>
        <translation>اتصل تدفق آخر بطرفية PTY هذه</translation>
    </message>
    <message>
        <source>the PTY host is shutting down</source>
        <translation>جارٍ إيقاف مضيف الطرفيات</translation>
    </message>
    <message>
        <source>in the profile: %1</source>
        <translation>في ملف التعريف: %1</translation>
    </message>
    <message>
        <source>%1 (or %2, as tsh 16 names it)</source>
        <translation>‎%1 (أو ‎%2، كما يسمّيه tsh 16)</translation>
    </message>
    <message>
        <source>Teleterm&apos;s daemon: holds your Teleport clusters, keys and gateways, and serves the window.</source>
        <translation>الخدمة الخلفية لـ Teleterm: تحتفظ بعناقيد Teleport ومفاتيحك وبواباتك، وتخدم النافذة.</translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (for development clusters only).</source>
        <translation>عدم التحقق من شهادات TLS للوكلاء وأسماء مضيفيهم (لعناقيد التطوير فقط).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates (PEM) in FILE for proxies&apos; web certificates.</source>
        <translation>الوثوق أيضًا بشهادات CA (بصيغة PEM) الموجودة في FILE للتحقق من شهادات الويب للوكلاء.</translation>
    </message>
    <message>
        <source>Ask for database certificates lasting SECONDS (default: as long as the user&apos;s certificate).</source>
        <translation>طلب شهادات قواعد بيانات صالحة لمدة SECONDS ثانية (الافتراضي: مدة صلاحية شهادة المستخدم نفسها).</translation>
    </message>
    <message>
        <source>malformed YAML</source>
        <translation>صيغة YAML غير سليمة</translation>
    </message>
    <message>
        <source>Teleterm&apos;s PTY host: owns the terminals&apos; pseudo-terminals so that they outlive the window.</source>
        <translation>مضيف الطرفيات في Teleterm: يملك الطرفيات الزائفة للطرفيات كي تبقى بعد إغلاق النافذة.</translation>
    </message>
    <message>
        <source>Where profiles, keys and certificates live, in tsh&apos;s layout (default: Teleterm&apos;s own; ~/.tsh is tsh&apos;s).</source>
        <translation>مكان ملفات التعريف والمفاتيح والشهادات، بتنظيم tsh (الافتراضي: مجلد Teleterm الخاص؛ و‎~/.tsh هو مجلد tsh).</translation>
    </message>
    <message>
        <source>cannot write YAML</source>
        <translation>تعذّرت كتابة YAML</translation>
    </message>
    <message>
        <source>the client went away</source>
        <translation>انقطع العميل</translation>
    </message>
    <message numerus="yes">
        <source>the proxy at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>لم يستجب الوكيل ‎%1 خلال %n ثانية</numerusform>
            <numerusform>لم يستجب الوكيل ‎%1 خلال %n ثانية</numerusform>
            <numerusform>لم يستجب الوكيل ‎%1 خلال %n ثانيتين</numerusform>
            <numerusform>لم يستجب الوكيل ‎%1 خلال %n ثوانٍ</numerusform>
            <numerusform>لم يستجب الوكيل ‎%1 خلال %n ثانية</numerusform>
            <numerusform>لم يستجب الوكيل ‎%1 خلال %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>New tab</source>
        <translation>لسان جديد</translation>
    </message>
    <message>
        <source>New local terminal</source>
        <translation>طرفية محلية جديدة</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>إغلاق اللسان</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>اللسان التالي</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>اللسان السابق</translation>
    </message>
    <message>
        <source>Move the tab back</source>
        <translation>نقل اللسان نحو البداية</translation>
    </message>
    <message>
        <source>Move the tab forward</source>
        <translation>نقل اللسان نحو النهاية</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>البحث في الطرفية</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Go to the last tab</source>
        <translation>الانتقال إلى اللسان الأخير</translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation>الانتقال إلى اللسان %1</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>‏%1 هو اختصار «%2» بالفعل.</translation>
    </message>
    <message>
        <source>%1 cannot be saved as a shortcut.</source>
        <translation>‏%1 لا يمكن حفظه اختصارًا.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>الطرفية</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>The theme&apos;s (%1)</source>
        <translation>خط السمة (%1)</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Font size, in pixels</source>
        <translation>حجم الخط بالبكسل</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>بكسل</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Terminal colours</source>
        <translation>ألوان الطرفية</translation>
    </message>
    <message>
        <source>As the window looks</source>
        <translation>مثل النافذة</translation>
    </message>
    <message>
        <source>Solarized light</source>
        <translation>Solarized فاتحة</translation>
    </message>
    <message>
        <source>Solarized dark</source>
        <translation>Solarized داكنة</translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation>سجل التمرير</translation>
    </message>
    <message>
        <source>Scrollback, in lines</source>
        <translation>سجل التمرير بالأسطر</translation>
    </message>
    <message>
        <source>lines each terminal keeps</source>
        <translation>سطرًا تحتفظ بها كل طرفية</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>Copy what is selected</source>
        <translation>نسخ النص المحدد تلقائيًا</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Choose Change, then press the new keys. Esc cancels.</source>
        <translation>اختر «تغيير» ثم اضغط المفاتيح الجديدة. يلغي Esc العملية.</translation>
    </message>
    <message>
        <source>Press the new keys…</source>
        <translation>اضغط المفاتيح الجديدة…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Change the shortcut of “%1”</source>
        <translation>تغيير اختصار «%1»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the shortcut of “%1”</source>
        <translation>مسح اختصار «%1»</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>Restore the default shortcut of “%1”</source>
        <translation>استعادة الاختصار الافتراضي لـ«%1»</translation>
    </message>
    <message>
        <source>Kept in %1; a change made there with an editor applies at once.</source>
        <translation>تُحفظ في %1، وأي تغيير فيه بمحرر نصوص يُطبَّق فورًا.</translation>
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
        <translation>العناقيد</translation>
    </message>
    <message>
        <source>No clusters yet. Add one to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation>لا عناقيد بعد. أضف عنقودًا لعرض خوادمه وقواعد بياناته وعناقيد Kubernetes وتطبيقاته.</translation>
    </message>
    <message>
        <source>+ Add cluster</source>
        <translation>+ إضافة عنقود</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>البوابات</translation>
    </message>
    <message>
        <source>No database gateways open. Connect to a database to open one.</source>
        <translation>لا توجد بوابات قواعد بيانات مفتوحة. اتصل بقاعدة بيانات لفتح بوابة.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>الإعدادات (%1)</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>إضافة عنقود</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::DaemonClient</name>
    <message>
        <source>Not started</source>
        <translation>لم تُشغَّل بعد</translation>
    </message>
    <message>
        <source>Looking for the daemon…</source>
        <translation>جارٍ البحث عن الخدمة الخلفية…</translation>
    </message>
    <message>
        <source>The daemon stopped. Restarting it…</source>
        <translation>توقفت الخدمة الخلفية. جارٍ إعادة تشغيلها…</translation>
    </message>
    <message>
        <source>Starting the daemon…</source>
        <translation>جارٍ تشغيل الخدمة الخلفية…</translation>
    </message>
    <message>
        <source>Daemon %1 running (pid %2)</source>
        <translation>الإصدار %1 من الخدمة الخلفية يعمل (معرّف العملية %2)</translation>
    </message>
    <message>
        <source>The daemon could not be started</source>
        <translation>تعذّر تشغيل الخدمة الخلفية</translation>
    </message>
    <message>
        <source>The daemon (pid %1) stopped answering: %2</source>
        <translation>توقفت الخدمة الخلفية (معرّف العملية %1) عن الاستجابة: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation>لم يستجب ‎%1 خلال %2 ثوانٍ؛ تجد سجلّه في ‎%3</translation>
    </message>
    <message>
        <source>teleterm-daemon was found neither beside %1 nor on PATH</source>
        <translation>لم يُعثر على teleterm-daemon لا بجوار ‎%1 ولا في PATH</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>تعذّر تشغيل ‎%1: %2</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtyHostClient</name>
    <message>
        <source>The terminal host (pid %1) stopped; its terminals ended with it.</source>
        <translation>توقف مضيف الطرفيات (معرّف العملية %1)، وانتهت طرفياته معه.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation>لم يستجب ‎%1 خلال %2 ثوانٍ؛ تجد سجلّه في ‎%3</translation>
    </message>
    <message>
        <source>teleterm-ptyhost was found neither beside %1 nor on PATH</source>
        <translation>لم يُعثر على teleterm-ptyhost لا بجوار ‎%1 ولا في PATH</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>تعذّر تشغيل ‎%1: %2</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtySession</name>
    <message>
        <source>There is no terminal host.</source>
        <translation>لا يوجد مضيف للطرفيات.</translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation>أُنهي بالإشارة %1</translation>
    </message>
    <message>
        <source>This terminal was opened in another window.</source>
        <translation>فُتحت هذه الطرفية في نافذة أخرى.</translation>
    </message>
    <message>
        <source>This terminal is gone: %1</source>
        <translation>لم تعد هذه الطرفية موجودة: %1</translation>
    </message>
    <message>
        <source>The terminal host stopped: %1</source>
        <translation>توقف مضيف الطرفيات: %1</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::DocumentsModel</name>
    <message>
        <source>Welcome</source>
        <comment>the title of the start page&apos;s tab</comment>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>a gateway tab&apos;s title: database as user</comment>
        <translation>%1 بصفة %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>the title of the settings view&apos;s tab</comment>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::GatewaysModel</name>
    <message>
        <source>The gateways could not be listed: %1</source>
        <translation>تعذّر جلب قائمة البوابات: %1</translation>
    </message>
    <message>
        <source>The daemon is not running.</source>
        <translation>الخدمة الخلفية لا تعمل.</translation>
    </message>
    <message>
        <source>Choose a database user.</source>
        <translation>اختر مستخدمًا لقاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Localization</name>
    <message>
        <source>Same as the system</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::LoginForm</name>
    <message>
        <source>This cluster signs users in with %1, which Teleterm does not support yet.</source>
        <translation>يعتمد هذا العنقود تسجيل الدخول عبر %1، وهو ما لا يدعمه Teleterm بعد.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>أدخل الرمز من تطبيق المصادقة.</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Settings</name>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 عند البايت %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read (%2); the defaults apply.</source>
        <translation>تعذّرت قراءة الإعدادات في ‎%1 (%2)؛ ستُطبَّق القيم الافتراضية.</translation>
    </message>
    <message>
        <source>The settings could not be saved: cannot make %1</source>
        <translation>تعذّر حفظ الإعدادات: لا يمكن إنشاء ‎%1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the key sequences of one action</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Terminals</name>
    <message>
        <source>The terminals could not be listed: %1</source>
        <translation>تعذّر جلب قائمة الطرفيات: %1</translation>
    </message>
    <message>
        <source>The terminal host stopped, and this terminal with it.</source>
        <translation>توقف مضيف الطرفيات، وتوقفت معه هذه الطرفية.</translation>
    </message>
    <message>
        <source>This session ended while Teleterm was closed.</source>
        <translation>انتهت هذه الجلسة بينما كان Teleterm مغلقًا.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>طرفية</translation>
    </message>
    <message>
        <source>There is no terminal host.</source>
        <translation>لا يوجد مضيف للطرفيات.</translation>
    </message>
    <message>
        <source>Cannot open a terminal: %1</source>
        <translation>تعذّر فتح طرفية: %1</translation>
    </message>
    <message>
        <source>This terminal is gone, and how it was started is not known.</source>
        <translation>لم تعد هذه الطرفية موجودة، ولا تُعرف الطريقة التي شُغّلت بها.</translation>
    </message>
    <message>
        <source>This terminal could not be started again: %1</source>
        <translation>تعذّرت إعادة تشغيل هذه الطرفية: %1</translation>
    </message>
    <message>
        <source>The previous shell ended with the terminal host; this one was started in %1.</source>
        <translation>انتهت الصدفة السابقة بتوقف مضيف الطرفيات، فشُغّلت صدفة جديدة في ‎%1.</translation>
    </message>
    <message>
        <source>There is no command to run.</source>
        <translation>لا يوجد أمر لتشغيله.</translation>
    </message>
    <message>
        <source>This tab cannot be duplicated.</source>
        <translation>لا يمكن تكرار هذا اللسان.</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Workspace</name>
    <message>
        <source>The saved tabs could not be read (%1); they were kept in %2.</source>
        <translation>تعذّرت قراءة الألسنة المحفوظة (%1)؛ وقد احتُفظ بها في ‎%2.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>The saved tabs could not be read: %1</source>
        <translation>تعذّرت قراءة الألسنة المحفوظة: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>إصدار غير معروف</translation>
    </message>
    <message>
        <source>The tabs could not be saved: %1</source>
        <translation>تعذّر حفظ الألسنة: %1</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <source>The program ended (%1).</source>
        <translation>انتهى البرنامج (%1).</translation>
    </message>
    <message>
        <source>The program ended with exit code %1.</source>
        <translation>انتهى البرنامج برمز الخروج %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>البحث في الطرفية</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Where the search is among its matches in the terminal: &quot;3 of 17&quot;</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا تطابقات</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>التطابق السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>التطابق التالي</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>إغلاق البحث</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>الطرفية: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect to a Teleport cluster</source>
        <translation>الاتصال بعنقود Teleport</translation>
    </message>
    <message>
        <source>Enter the address of your cluster&apos;s proxy: the one you open in a browser or pass to tsh --proxy.</source>
        <translation>أدخل عنوان وكيل عنقودك: العنوان الذي تفتحه في المتصفح أو تمرّره إلى tsh --proxy.</translation>
    </message>
    <message>
        <source>teleport.example.com:443</source>
        <translation>teleport.example.com:443</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>عنوان الوكيل</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>جارٍ الاستعلام من %1…</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>إضافة عنقود</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teleterm: a native desktop client for Teleport clusters.</source>
        <translation>Teleterm: عميل سطح مكتب أصلي لعناقيد Teleport.</translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (development clusters only).</source>
        <translation>عدم التحقق من شهادات TLS للوكلاء ولا من أسماء مضيفيهم (لعناقيد التطوير فقط).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE for proxies&apos; web certificates (passed to a daemon this starts).</source>
        <translation>الوثوق بشهادات CA الموجودة في FILE عند التحقق من شهادات الويب للوكلاء (تُمرَّر إلى الخدمة الخلفية التي يشغّلها هذا البرنامج).</translation>
    </message>
    <message>
        <source>Development mode: F6 restarts the window and the daemon (the terminals live on). Also TELETERM_DEV=1.</source>
        <translation>وضع التطوير: يعيد F6 تشغيل النافذة والخدمة الخلفية (وتبقى الطرفيات قائمة). ويُفعَّل أيضًا بضبط TELETERM_DEV=1.</translation>
    </message>
</context>
</TS>
