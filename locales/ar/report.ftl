# التقارير للجهات الممولة والمنسقين: أسماء الأرقام، والرسم البياني، والملخص في المحادثة.

# Variables:
#   $name (string) - the group or organisation
report-title = التقرير: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = الفترة: من { $from } إلى { $to }
report-h-participants = المشاركون
report-at-start = في بداية الفترة
report-joined = انضموا
report-left = غادروا المجموعة (بمن فيهم من حُذفت معلوماتهم)
report-erased = حُذفت معلوماتهم بطلب منهم أو بعد سنة
report-active = حضروا مرة واحدة على الأقل
report-at-end = في نهاية الفترة
report-phone-only = بدون هاتف ذكي
report-stopped = أوقفوا الرسائل (ما زالوا أعضاء)
report-helping = مشاركون هم أيضًا رفقاء
report-h-volunteers = المتطوعون
report-facilitators = المسؤولون عن المجموعات
report-buddies = الرفقاء (ليسوا مشاركين)
report-h-sessions = اللقاءات
report-planned = المخطط لها
report-held = التي عُقدت (تم تسجيل الحضور)
report-cancelled = الملغاة
report-moved = التي تغيّر موعدها
report-h-activities = الأنشطة التي تمت
report-h-attendance = الحضور
report-present-total = الحضور في كل اللقاءات معًا
report-average-rate = متوسط نسبة الحضور
report-retention = ما زالوا يشاركون (من الذين كانوا في البداية)
report-h-follow-up = المتابعة بعد الغياب
report-tasks-created = المهام
report-reached = تم التواصل
report-not-reached = لم يتم التواصل
report-needs-help = بحاجة إلى مساعدة
report-open = لم تنتهِ بعد
report-h-co-creation = الأمنيات والتصويت
report-wishes-rounds = جولات الأمنيات
report-votes-held = عمليات التصويت
report-votes-decided = عمليات التصويت المحسومة
report-h-named = الحضور بالأسماء
report-chart-title = الحضور في كل لقاء
report-chart-present = الحاضرون
report-chart-expected = المتوقَّع (الأعضاء في ذلك اليوم)
report-chart-people = الأشخاص
report-chart-average = المتوسط: حضر { $average } ({ $rate })
report-none = لا شيء
menu-report = التقرير
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 تقرير لمجموعة { $group }. عن أي فترة؟
report-period-3m = آخر 3 أشهر
report-period-12m = آخر 12 شهرًا
report-period-year = هذه السنة
report-named-button = مع الأسماء
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }، من { $from } إلى { $to }:
    المشاركون: { $participants }، ومن حضر مرة واحدة على الأقل: { $active }.
    اللقاءات التي عُقدت: { $held }، ومتوسط نسبة الحضور: { $rate }.
    المتطوعون (المسؤولون عن المجموعات والرفقاء): { $volunteers }.
    بعد هذه الرسالة يصلكم الرسم البياني، وملف PDF من صفحة واحدة، والأرقام (CSV).
report-file-chart = 📈 الحضور في كل لقاء
report-file-pdf = 📄 التقرير في صفحة واحدة
report-file-csv = 🧾 الأرقام لجدول معلومات
report-away-weeks = أسابيع السفر (ليست غيابًا)
