# الحضور بعد اللقاء، والسؤال عن الغائبين، وملخص المسؤول عن المجموعة، ومهام المتابعة.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 من حضر لقاء { $date }؟ اضغطوا على الأسماء للتغيير، أو أرسلوا أرقام من حضروا (مثل 1 3 4، أو «الكل إلا 2»). ثم اضغطوا على «تأكيد».
    { $lines }
attendance-confirm = تأكيد
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ تم الحفظ: الحضور { $present } من { $total }.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 لم يتم حفظ الحضور في لقاء { $date } بعد.
attendance-bad-numbers = من فضلكم أرسلوا أرقام من حضروا، مثل 1 3 4، أو «الكل إلا 2».
checkin-missed = افتقدناكم اليوم. كيف حالكم؟
checkin-excused = نتمنى أن تكونوا بخير. نراكم في المرة القادمة!
checkin-fine = أنا بخير
checkin-unwell = لست بخير
checkin-call = أرجو الاتصال بي
checkin-thanks = شكرًا لإخبارنا. 🌷
checkin-unwell-reply = نأسف لسماع ذلك. سيتواصل معكم المسؤول عن المجموعة.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 بعد لقاء { $date }:
    الغائبون: { $absent }
    ⚠️ غياب مرتين أو أكثر على التوالي: { $atrisk }
    📞 طلب اتصال: { $call }
    🔕 بدون إجابة خلال 48 ساعة: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 مهمة: إجابة { $name } هي «لست بخير». يُرجى التواصل.
        [no-answer] 🗒 مهمة: لا توجد إجابة من { $name } بعد الغياب عن اللقاء. يُرجى التواصل.
        [missed] 🗒 مهمة: اتصلوا بـ { $name } (بلا هاتف ذكي): غياب عن اللقاء.
       *[call-me] 🗒 مهمة: طلب اتصال من { $name }.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 مهمة لم تنتهِ بعد: التواصل مع { $name }. كيف سار الأمر؟
task-reached = تم التواصل
task-not-reached = لم يتم التواصل
task-needs-help = بحاجة إلى مساعدة
task-done = ✅ تم التسجيل. شكرًا لكم.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) بعد السؤال عن الحال بعد لقاء { $date }: { $text }
    هل هذا جواب؟ سجّلوه بزر.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 رسالة صوتية من { $name } ({ $group }) بعد السؤال عن الحال بعد لقاء { $date }.
    هل هذا جواب؟ سجّلوه بزر.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = بخير
checkin-for-unwell = ليس بخير
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ تم التسجيل لـ{ $name }: { $answer }.
attendance-ask-activity = 🎯 ماذا فعلتم معًا اليوم؟ اضغطوا على واحد، أو اكتبوا بضع كلمات. (للتقرير؛ يمكنكم التخطي.)
attendance-activity-skipped = حسنًا، لم يُسجَّل شيء.
attendance-activity-words = اكتبوا بضع كلمات (حتى { $max } حرفًا)، أو اضغطوا على أحد الأزرار.
attendance-activity-saved = ✅ سُجِّل للتقرير: { $activity }.
