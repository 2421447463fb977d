# Присъствие след среща, въпрос към отсъстващите как са, обобщение за водещия на групата, задачи.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Кой беше на срещата на { $date }? Натиснете имената, за да промените, или изпратете номерата на тези, които дойдоха (например 1 3 4 или „всички без 2“). После натиснете „Потвърди“.
    { $lines }
attendance-confirm = Потвърди
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Записано. Присъствие: { $present } от { $total }.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 Присъствието на срещата на { $date } още не е записано.
attendance-bad-numbers = Моля, изпратете номерата на тези, които дойдоха, например 1 3 4 или „всички без 2“.
checkin-missed = Липсвахте ни днес. Как сте?
checkin-excused = Надяваме се, че всичко при Вас е наред. До следващия път!
checkin-fine = Добре съм
checkin-unwell = Не съм добре
checkin-call = Обадете ми се
checkin-thanks = Благодарим, че ни казахте. 🌷
checkin-unwell-reply = Много съжаляваме. Водещият на групата ще се свърже с Вас.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 След срещата на { $date }:
    Отсъстващи: { $absent }
    ⚠️ Отсъстващи два или повече пъти подред: { $atrisk }
    📞 За обаждане: { $call }
    🔕 Без отговор за 48 часа: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Задача: { $name } не е добре. Моля, свържете се с { $name }.
        [no-answer] 🗒 Задача: { $name } не дойде на срещата и не отговори. Моля, свържете се с { $name }.
        [missed] 🗒 Задача: обадете се на { $name } (без смартфон): не дойде на срещата.
       *[call-me] 🗒 Задача: { $name } моли да се обадите.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Още не е направено: да се свържете с { $name }. Как мина?
task-reached = Свързах се
task-not-reached = Не се свързах
task-needs-help = Нужна е помощ
task-done = ✅ Записано. Благодарим Ви.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) след въпроса как е след срещата на { $date }: { $text }
    Това отговор ли е? Запишете го с бутон.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Гласово съобщение от { $name } ({ $group }) след въпроса как е след срещата на { $date }.
    Това отговор ли е? Запишете го с бутон.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Добре е
checkin-for-unwell = Не е добре
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Записано за { $name }: { $answer }.
attendance-ask-activity = 🎯 Какво правихте заедно днес? Докоснете едно или напишете няколко думи. (За отчета; може да пропуснете.)
attendance-activity-skipped = Добре, нищо не е записано.
attendance-activity-words = Напишете няколко думи (най-много { $max } знака) или докоснете един от бутоните.
attendance-activity-saved = ✅ Записано за отчета: { $activity }.
