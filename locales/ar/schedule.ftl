# تخطيط اللقاءات في المحادثة، وإخبار الأعضاء بالتغييرات.

menu-schedule = تخطيط السنة
menu-sessions = اللقاءات
menu-extra-session = لقاء إضافي
sched-ask-weekday = في أي يوم تلتقي المجموعة؟
sched-ask-time = في أي ساعة يبدأ اللقاء؟ اضغطوا على وقت، أو اكتبوا وقتًا مثل 10:30.
sched-bad-time = من فضلكم اكتبوا وقتًا مثل 10:30، أو اضغطوا على أحد الأوقات.
sched-ask-every = كم مرة تلتقي المجموعة؟
sched-every-1 = كل أسبوع
sched-every-2 = كل أسبوعين
sched-ask-from = ابتداءً من أي تاريخ؟
sched-ask-place = أين تلتقي المجموعة؟ اكتبوا المكان، أو اضغطوا على زر.
sched-place-none = لا يوجد مكان بعد
sched-ask-break = هل تأخذ المجموعة عطلة صيفية؟
sched-break-none = بدون عطلة صيفية
sched-break-school = عطلة المدارس
sched-break-july-august = الشهر 7 و8
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = ما الأعياد والعطل التي يجب أن تراعيها الخطة؟ اضغطوا للإضافة أو الإزالة، ثم اضغطوا على «تم».
    ما اخترتموه: { $chosen }
sched-traditions-done = تم
tradition-dutch = عطل هولندية
tradition-school = عطل مدرسية
tradition-islamic = أعياد إسلامية
tradition-christian = أعياد مسيحية
tradition-orthodox = أعياد أرثوذكسية
tradition-hindu = أعياد هندوسية
tradition-surinamese = أيام سورينامية
tradition-chinese = رأس السنة الصينية
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = خطة { $group }: { $count ->
        [zero] لا يوجد أي لقاء
        [one] لقاء واحد
        [two] لقاءان
        [few] { $count } لقاءات
        [many] { $count } لقاءً
       *[other] { $count } لقاء
    }
    { $lines }
sched-confirm = حفظ هذه الخطة
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ تم الحفظ: { $count ->
        [zero] لا يوجد أي لقاء
        [one] لقاء واحد
        [two] لقاءان
        [few] { $count } لقاءات
        [many] { $count } لقاءً
       *[other] { $count } لقاء
    }. سنُخبر كل من في المجموعة.
sched-cancelled = حسنًا، لم يتم حفظ أي شيء.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }، بدون لقاء
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ عدد اللقاءات في اثني عشر شهرًا: { $count } فقط. تحتاج المجموعة إلى 10 لقاءات على الأقل.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ لا يوجد لقاء من { $from } إلى { $to }. هل هذه عطلة؟
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }، بلا لقاء. ستبقى المجموعة { $weeks } أسابيع بلا لقاء، والدليل ينصح بلقاء كل أسبوعين على الأقل.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] بدون لقاء (افتراضيًا)
        [move] يُنقل اللقاء إلى أول أسبوع متاح (افتراضيًا)
       *[keep] يبقى اللقاء في موعده (افتراضيًا)
    }
sess-ask-pick = أي لقاء؟
sess-none = لا توجد لقاءات مخططة حتى الآن.
# Variables:
#   $date (datetime) - when the session is
sess-what = لقاء { $date }: ماذا تريدون أن تفعلوا؟
sess-move = تغيير الموعد
sess-cancel = إلغاء اللقاء
sess-ask-moveto = إلى أي يوم؟
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = هل تريدون إلغاء لقاء { $date }؟ سنُخبر الجميع.
sess-yes-cancel = نعم، إلغاء
sess-keep = لا، يبقى اللقاء
sess-done-moved = ✅ تم تغيير الموعد. سنُخبر الجميع.
sess-done-cancelled = ✅ تم الإلغاء. سنُخبر الجميع.
sess-ask-extra-day = في أي يوم سيكون اللقاء الإضافي؟
sess-done-added = ✅ تمت إضافة لقاء إضافي. سنُخبر الجميع.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 مواعيد جديدة للقاءات، عددها { $count }. أول لقاء: { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 تغيّر موعد لقاء { $old }. الموعد الجديد: { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 لقاء { $date } لن يُعقد.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 لقاء إضافي: { $date }{ $place ->
        [none] {""}
       *[other] {"، "}{ $place }
    }. أهلًا وسهلًا بكم!
sess-place = مكان آخر
sess-note = ملاحظة
sess-ask-place = 📍 أين لقاء { $date }؟ اكتبوا المكان، مثلًا: مقهى المركز.
sess-ask-note = 📝 ماذا يجب أن يعرف الجميع عن لقاء { $date }؟ مثلًا: أحضروا صورة لعائلتكم.
sess-bad-text = اكتبوا بضع كلمات من فضلكم (حتى { $max } حرفًا).
sess-done-place = ✅ تغيّر المكان. سيعرف الجميع بذلك.
sess-done-note = ✅ أُضيفت الملاحظة. سيعرف الجميع بذلك.
session-place = 📍 لقاء { $date } في مكان آخر: { $place }.
session-note = 📝 عن لقاء { $date }: { $note }
sess-ask-extra-place = 📍 أين اللقاء الإضافي؟ اكتبوا المكان، أو اضغطوا المكان المعتاد.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = رسالة صوتية
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 أرسلوا لي الآن رسالة صوتية: كلمات ترحيب منكم. تصل إلى الجميع مع تذكير { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ رسالتكم الصوتية تُرسل مع تذكير { $date }.
grp-greeting = تسجيل تحية
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 أرسلوا لي رسالة صوتية قصيرة: تحية منكم. تُرسل مع كل تذكير لمجموعة { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ تحيتكم تُرسل مع كل تذكير لمجموعة { $group }.
voice-note-remove = حذف التسجيل
voice-note-removed = 🗑 حُذفت الرسالة الصوتية.
voice-note-wanted = أرسلوا رسالة صوتية (اضغطوا على زر الميكروفون باستمرار)، أو اضغطوا على إلغاء.
