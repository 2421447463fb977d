# صفحة الويب للمنسقين وقادة المجموعات
menu-web = صفحة الويب
web-link = 🖥 رابطك إلى صفحة الويب:
    { $url }
    يُدخلك مرة واحدة، خلال { $minutes } دقائق. لا تعطه لأحد: فهو يفتح الصفحة باسمك.
web-staff-only = صفحة الويب لقادة المجموعات والمنسقين.
web-not-running = صفحة الويب غير مفعّلة. اسأل المنسق.
web-page-title = samen
web-signin-title = تسجيل الدخول
web-signin-text = لا توجد كلمات مرور هنا. أرسل «ويب» إلى samen في تيليجرام أو واتساب: ستصلك رابط للدخول. يعمل مرة واحدة، خلال 10 دقائق.
web-login-expired = انتهت صلاحية رابط الدخول هذا.
web-login-used = استُخدم رابط الدخول هذا من قبل.
web-login-unknown = رابط الدخول هذا غير صالح.
web-login-again = أرسل «ويب» إلى samen لتحصل على رابط جديد.
web-signout = تسجيل الخروج
web-signed-in-as = دخلت باسم { $name }
web-overview = نظرة عامة
web-forbidden = لا يمكنك فتح هذه الصفحة.
web-form-expired = انتهت صلاحية هذا النموذج. ارجع، وأعد تحميل الصفحة وحاول مرة أخرى.
web-group = المجموعة
web-leaders = القادة
web-members = الأعضاء
web-languages = اللغات
web-next-meeting = اللقاء القادم
web-no-leader = بلا قائد
web-nothing-planned = لا شيء مخطط
web-no-groups = لا توجد مجموعات بعد.
web-language = اللغة
