# تذكيرات، والإجابات عليها، واللقاء القادم، وقائمة المسؤول عن المجموعة قبل كل لقاء.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 تذكير: لقاؤنا يوم { $date }.{ $place ->
        [none] {""}
       *[other] {" "}المكان: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    هل ستحضرون؟
rsvp-yes = سأحضر
rsvp-no = لا أستطيع الحضور
rsvp-call = أرجو الاتصال بي
rsvp-saved-yes = ✅ شكرًا لكم! نراكم هناك.
rsvp-saved-no = شكرًا لإخبارنا. نأمل أن نراكم في المرة القادمة.
rsvp-saved-call = 📞 سيتصل بكم المسؤول عن المجموعة.
rsvp-closed = هذا اللقاء بدأ بالفعل. لم يعد بالإمكان تغيير إجابتكم.
next-none = لا يوجد لقاء مخطط له بعد. سيخبركم المسؤول عن المجموعة.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 طلب اتصال من { $name }. { $phone ->
        [none] لا يوجد رقم بعد: سيصلكم هنا فور مشاركته.
       *[other] الرقم: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 لقاء { $date }
    ✅ سيحضرون: { $coming }
    ❌ لن يحضروا: { $notcoming }
    ❔ بدون إجابة: { $noanswer }
    📞 للاتصال: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ تم التسجيل: حضور { $name }.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) عن لقاء { $date }: { $text }
    هل هذا جواب؟ سجّلوه بزر.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 رسالة صوتية من { $name } ({ $group }) عن لقاء { $date }.
    هل هذا جواب؟ سجّلوه بزر.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = حضور
rsvp-for-no = لا حضور
rsvp-for-call = طلب مكالمة
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ تم التسجيل: اعتذار { $name } عن الحضور.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 تم التسجيل: طلب اتصال من { $name }.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 نراكم اليوم الساعة { $time }{ $place ->
        [none] {""}
       *[other] {"، "}{ $place }
    }.
rsvp-no-after-all = لا أستطيع الآن
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 كلمة من المسؤول عن المجموعة للقاء { $date }.
