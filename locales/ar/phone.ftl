# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = اضغطوا على زر في هاتفكم.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = اضغطوا { $number }: { $label }.
call-unclear = عذرًا، هذا الزر ليس من الأجوبة.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: لقاؤنا في { $date }.{ $place ->
        [none] {""}
       *[other] {" "}المكان: { $place }.
    } هل ستأتون؟
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ لم يردّ { $name } على مكالمة التذكير من samen مرتين. أرجو أن تتصلوا بـ { $name } بأنفسكم: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ وصلنا إلى حدّ هذا الشهر: { $limit } مكالمة ورسالة. مكالمات التذكير التالية تنتظر الشهر القادم: المسؤولون عن المجموعات يتصلون بهؤلاء الأعضاء بأنفسهم.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ هل يمكن لـ samen أن يذكّر { $name } قبل كل لقاء، بمكالمة آلية أو برسالة نصية؟ فقط بموافقة { $name }.
members-remind-call = مكالمة
members-remind-sms = رسالة نصية
mm-phone-reminders = مكالمة أو رسالة
members-remind-none = لا، أتصل بنفسي
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ يتصل samen بـ { $name } في اليوم السابق لكل لقاء، ويجيب { $name } بزر.
        [sms] 💬 يتلقى { $name } رسالة نصية في اليوم السابق لكل لقاء.
       *[none] 📵 لن يتلقى { $name } تذكيرًا بالهاتف: أنتم تذكّرون { $name } بأنفسكم.
    }
report-h-phone = التذكير بالهاتف
report-calls = مكالمات التذكير
report-sms-segments = أجزاء الرسائل النصية
