# تذكيرات، والإجابات عليها، واللقاء القادم، وقائمة مشرف المجموعة قبل كل لقاء.

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
rsvp-saved-call = 📞 سيتصل بكم مشرف المجموعة.
rsvp-closed = هذا اللقاء بدأ بالفعل. لم يعد بالإمكان تغيير إجابتكم.
next-none = لا يوجد لقاء مخطط له بعد. سيخبركم مشرف المجموعة.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 طلب اتصال من { $name }. { $phone ->
        [none] لم تتم مشاركة أي رقم بعد.
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
