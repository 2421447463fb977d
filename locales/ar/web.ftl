# صفحة الويب للمنسقين وقادة المجموعات
menu-web = صفحة الويب
web-link = 🖥 رابطكم إلى صفحة الويب:
    { $url }
    يُدخلكم مرة واحدة، خلال { $minutes } دقائق. لا تعطوه لأحد: فهو يفتح الصفحة باسمكم.
web-staff-only = صفحة الويب للمسؤولين عن المجموعات وللمنسقين.
web-not-running = صفحة الويب غير مفعّلة. اسألوا المنسق.
web-page-title = samen
web-signin-title = تسجيل الدخول
web-signin-text = لا توجد كلمات مرور هنا. أرسلوا «ويب» إلى samen في تيليجرام أو واتساب: سيصلكم رابط للدخول. يعمل مرة واحدة، خلال 10 دقائق.
web-login-expired = انتهت صلاحية رابط الدخول هذا.
web-login-used = استُخدم رابط الدخول هذا من قبل.
web-login-unknown = رابط الدخول هذا غير صالح.
web-login-again = أرسلوا «ويب» إلى samen لتحصلوا على رابط جديد.
web-signout = تسجيل الخروج
web-signed-in-as = دخلتم باسم { $name }
web-overview = نظرة عامة
web-forbidden = لا يمكنكم فتح هذه الصفحة.
web-form-expired = انتهت صلاحية هذا النموذج. ارجعوا، وأعيدوا تحميل الصفحة وحاولوا مرة أخرى.
web-group = المجموعة
web-leaders = المسؤولون
web-members = الأعضاء
web-languages = اللغات
web-next-meeting = اللقاء القادم
web-no-leader = بلا مسؤول
web-nothing-planned = لا شيء مخطط
web-no-groups = لا توجد مجموعات بعد.
web-language = اللغة
web-needs-attention = يحتاجكم أولًا
web-nothing-waiting = لا شيء ينتظركم.
web-attention-no-leader = بلا مسؤول: اجعلوا أحد الأعضاء مسؤولًا عن المجموعة، أو ادعوا مسؤولًا.
web-attention-help = طلبات مساعدة (🆘) من المسؤول عن المجموعة: { $count }
web-attention-tasks = مهام متابعة مفتوحة: { $count }
web-attention-stopped = أعضاء أوقفوا الرسائل: { $count }
web-attendance = الحضور
web-came-of = حضر { $present } من { $expected }
web-tasks = مهام مفتوحة
web-away = غائب
web-stopped = أوقف الرسائل
web-form-incomplete = من فضلكم املؤوا كل خانات النموذج.
web-card-pdf = بطاقة الدعوة للطباعة (PDF)
web-name = الاسم
web-role = الدور
web-role-participant = مشارك
web-role-facilitator = المسؤول عن المجموعة
web-role-buddy = رفيق
web-phone-only = بلا هاتف ذكي
web-away-until = غائب حتى { $date }
web-invite = دعوة
web-invite-who = من تدعون؟
web-invite-make = أنشئ رمز دعوة
web-meetings = اللقاءات
web-when = متى
web-place = المكان
web-change = تغيير
web-move-to = النقل إلى
web-move = نقل
web-other-place = مكان آخر
web-cancel-sure = نعم، ألغِ
web-cancel = إلغاء اللقاء
web-add-meeting = لقاء إضافي
web-add = إضافة
web-cancelled = أُلغي
web-not-recorded = لم يُسجَّل
web-nothing-yet = لا شيء بعد.
web-wishes = الرغبات
web-vote = التصويت
web-people = الأشخاص في المجموعة: { $count }
web-plan = تخطيط الموسم
web-plan-when = متى
web-plan-weekday = اليوم
web-plan-time = الوقت
web-plan-every = كم مرة
web-plan-every-1 = كل أسبوع
web-plan-every-2 = كل أسبوعين
web-plan-duration = الدقائق
web-plan-from = من
web-plan-until = حتى
web-plan-count = أو: كم لقاءً
web-plan-break = عطلة الصيف
web-plan-traditions = التقاليد
web-plan-region = منطقة العطل المدرسية
web-plan-region-noord = الشمال
web-plan-region-midden = الوسط
web-plan-region-zuid = الجنوب
web-plan-mosque = التواريخ الإسلامية، كما في المسجد
web-plan-policies = ماذا يحدث في هذه الأيام
web-plan-policy-skip = لا لقاء
web-plan-policy-move = النقل إلى الأسبوع الحر التالي
web-plan-policy-keep = اللقاء كالمعتاد
web-plan-preview = معاينة
web-plan-save-note = عند الحفظ تحل هذه الخطة محل اللقاءات المخططة من اليوم الأول، ويعلم كل عضو بذلك بلغته.
web-plan-save = حفظ الخطة
web-plan-legend-session = لقاء
web-plan-legend-feast = يوم عيد
web-plan-bad-weekday = اختاروا يومًا من الأسبوع.
web-plan-bad-every = اختاروا كل أسبوع أو كل أسبوعين.
web-plan-bad-islamic-shift = اختاروا يوم المسجد: ‎-1 أو 0 أو ‎+1.
web-plan-bad-duration = يدوم اللقاء من 15 إلى 720 دقيقة.
web-plan-bad-time = اكتبوا الوقت هكذا: 10:00.
web-plan-bad-from = اكتبوا اليوم الأول كتاريخ.
web-plan-bad-count = اكتبوا عدد اللقاءات: من 1 إلى 200.
web-plan-bad-until = اكتبوا اليوم الأخير كتاريخ، خلال سنتين من الأول.
web-plan-bad-break = عطلة الصيف تحتاج يومًا أول وآخر، والأخير ليس قبل الأول.
web-plan-school-region = العطل المدرسية تحتاج منطقة: الشمال أو الوسط أو الجنوب.
web-plan-shift = { $days ->
    [-1] قبل يوم
    [1] بعد يوم
   *[0] كما هو محسوب
}
web-plan-policy-default = الافتراضي ({ $policy ->
    [skip] لا لقاء
    [move] نقل
   *[keep] كالمعتاد
})
web-plan-preview-title = عدد اللقاءات: { $count }
web-plan-line-break = { $date }: عطلة، لا لقاء
web-plan-saved = ✅ حُفظت الخطة. عدد اللقاءات: { $count }. يعلم الأعضاء بذلك بلغتهم.
web-reports = التقارير
web-report-for = تقرير عن
web-report-show = عرض
web-report-scope-g = { $name }
web-report-scope-n = { $name }، الحضور بالأسماء
web-report-scope-o = { $name }، كل المجموعات
web-audit = ما فعله المسؤولون والمنسقون
web-audit-who = من
web-audit-what = ماذا
web-new-group = مجموعة جديدة
web-organisation = المنظمة
web-city = المدينة
web-new-group-make = أنشئ المجموعة
web-group-created = أُنشئت المجموعة { $group }. ادعوا المسؤول عنها في الأسفل.
web-report-meetings = اللقاءات التي عُقدت
web-report-activity = ماذا فعلنا
web-audit-action = { $action ->
    [activity-recorded] سجّل ما فعلته المجموعة
    [attendance-recorded] سجّل من حضر
    [away-set] سجّل غياب عضو لفترة
    [broadcast-sent] أرسل رسالة للجميع
    [buddy-answer] رُدّ على رفيق
    [buddy-proposed] اقترح رفيقًا
    [call-number-shared] شورك رقم للاتصال
    [call-permission] قال إن كان يمكن الاتصال به
    [chat-link-code] أنشأ رمزًا لربط مجموعة
    [chat-linked] ربط مجموعة تيليجرام
    [chat-unlinked] فك ربط مجموعة تيليجرام
    [checkin-recorded-for] سجّل ردًّا على السؤال بعد الغياب لعضو
    [consent-given] وافق عضو على الرسائل
    [data-exported] طلب عضو بياناته
    [group-created] أنشأ المجموعة
    [group-greeting] سجّل تحية صوتية
    [group-greeting-removed] حذف التحية
    [invite-created] أنشأ رمز دعوة
    [joined] انضم عضو
    [member-moved] نقل عضوًا إلى مجموعة أخرى
    [member-promoted] جعل عضوًا مسؤولًا عن المجموعة
    [member-removed] أزال عضوًا
    [member-renamed] غيّر اسم عضو
    [opted-in] عاد عضو إلى الرسائل
    [opted-out] أوقف عضو الرسائل
    [phone-only-added] أضاف عضوًا بلا هاتف ذكي
    [relay-answered] ردّ على عضو
    [relayed] مُرّرت رسالة
    [report-made] أعدّ تقريرًا
    [rsvp-recorded-for] سجّل ردًّا على لقاء لعضو
    [schedule-applied] حفظ خطة
    [session-added] أضاف لقاءً
    [session-cancelled] ألغى لقاءً
    [session-moved] نقل لقاءً
    [session-note] أضاف ملاحظة إلى لقاء
    [session-place] غيّر مكان لقاء
    [session-voice] سجّل رسالة صوتية للقاء
    [session-voice-removed] حذف الرسالة الصوتية للقاء
    [task-done] أغلق مهمة متابعة
    [task-escalated] طلب المساعدة من المنسق
    [voice-preference] اختار عضو الصوت أو النص
    [phone-reminders] غيّر طريقة تذكير عضو بلا هاتف ذكي
    [vote-activity-moved] نقل نشاط التصويت إلى لقاء آخر
    [vote-recorded-for] سجّل صوتًا لعضو
    [vote-started] بدأ تصويتًا
    [vote-tie-decided] حسم تصويتًا متعادلًا
    [web-link-sent] طلب صفحة الويب
    [web-signed-in] دخل إلى صفحة الويب
    [wishes-started] بدأ جولة أمنيات
   *[other] { $action }
}
