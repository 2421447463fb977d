# Shared messages: answering with numbers, old buttons, errors.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] أرسلوا 1 للاختيار.
   *[other] أرسلوا رقمًا من 1 إلى { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = من فضلكم اختاروا رقمًا من 1 إلى { $count }.
button-expired = هذا الزر لم يعد يعمل. أرسلوا «مساعدة» لتعرفوا ما يمكنكم فعله.
cancel = إلغاء
empty-message = وصلتني رسالة فارغة. اكتبوا رسالة، أو أرسلوا رسالة صوتية، أو اضغطوا على زر.
error-sorry = عذرًا، حدث خطأ من جهتنا. رسالتكم محفوظة. من فضلكم حاولوا مرة أخرى بعد قليل.
unknown-command = لا أعرف هذا الأمر.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ ربما لم تصل رسالة إلى { $name }. من فضلكم اسألوا { $name } عن ذلك.
    [unreachable] ⚠️ لم يعد البوت يستطيع الوصول إلى { $name }. من فضلكم اتصلوا بـ { $name } هاتفيًا.
    [window] ⚠️ لا يمكن الوصول إلى { $name } إلا بالهاتف، حتى تصل إلى البوت رسالة جديدة من { $name }.
   *[failed] ⚠️ تعذّر توصيل رسالة إلى { $name }. من فضلكم اتصلوا بـ { $name } هاتفيًا.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = فهمت: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] الساعة { $hour }
       *[other] الساعة { $hour } و{ $minute } دقيقة
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = أجيبوا بلمسة أو برقم.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $weekday }، { $day } { $month }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date }، { $time }
