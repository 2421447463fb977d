# Планиране на срещите в чата и съобщения до участниците за промени.

menu-schedule = План за годината
menu-sessions = Срещи
menu-extra-session = Допълнителна среща
sched-ask-weekday = В кой ден се събира групата?
sched-ask-time = В колко часа започва? Изберете час или напишете например 10:30.
sched-bad-time = Моля, напишете час, например 10:30, или изберете от бутоните.
sched-ask-every = Колко често?
sched-every-1 = Всяка седмица
sched-every-2 = През седмица
sched-ask-from = От коя дата?
sched-ask-place = Къде се събира групата? Напишете мястото или натиснете бутон.
sched-place-none = Още няма място
sched-ask-break = Има ли групата лятна почивка?
sched-break-none = Без лятна почивка
sched-break-school = Лятна ваканция
sched-break-july-august = Юли и август
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Кои празници да вземе предвид планът? Натиснете, за да добавите или махнете, и после натиснете „Готово“.
    Избрани: { $chosen }
sched-traditions-done = Готово
tradition-dutch = Холандски
tradition-school = Училищни ваканции
tradition-islamic = Ислямски
tradition-christian = Християнски
tradition-orthodox = Православни
tradition-hindu = Индуистки
tradition-surinamese = Суринамски дни
tradition-chinese = Китайски празник
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = План за { $group }: { $count ->
        [one] една среща
       *[other] { $count } срещи
    }
    { $lines }
sched-confirm = Запази плана
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Запазено: { $count ->
        [one] една среща
       *[other] { $count } срещи
    }. Всички в групата ще бъдат уведомени.
sched-cancelled = Добре, нищо не е запазено.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, без среща
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ Само { $count ->
        [one] една среща
       *[other] { $count } срещи
    } за дванадесет месеца. Групата има нужда от поне 10.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ Няма среща от { $from } до { $to }. Това почивка ли е?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, без среща. Групата няма да се среща { $weeks } седмици; наръчникът съветва среща поне веднъж на две седмици.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] без среща (по подразбиране)
        [move] срещата се мести в следващата свободна седмица (по подразбиране)
       *[keep] срещата се провежда (по подразбиране)
    }
sess-ask-pick = Коя среща?
sess-none = Все още няма планирани срещи.
# Variables:
#   $date (datetime) - when the session is
sess-what = Среща на { $date }: какво искате да направите?
sess-move = Премести
sess-cancel = Отмени срещата
sess-ask-moveto = За кой ден?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = Да отменим ли срещата на { $date }? Всички ще бъдат уведомени.
sess-yes-cancel = Да, отмени я
sess-keep = Не, остави я
sess-done-moved = ✅ Срещата е преместена. Всички ще бъдат уведомени.
sess-done-cancelled = ✅ Срещата е отменена. Всички ще бъдат уведомени.
sess-ask-extra-day = В кой ден е допълнителната среща?
sess-done-added = ✅ Допълнителната среща е добавена. Всички ще бъдат уведомени.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 Нови дати за срещите: { $count ->
        [one] една среща
       *[other] { $count } срещи
    }. Първата е на { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 Срещата на { $old } е преместена на { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 Срещата на { $date } няма да се състои.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Допълнителна среща: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Заповядайте!
sess-place = Друго място
sess-note = Бележка
sess-ask-place = 📍 Къде е срещата на { $date }? Напишете мястото, например: Хема, центъра.
sess-ask-note = 📝 Какво трябва да знаят всички за срещата на { $date }? Например: донесете снимка на семейството си.
sess-bad-text = Моля, напишете няколко думи (най-много { $max } знака).
sess-done-place = ✅ Мястото е сменено. Всички ще разберат.
sess-done-note = ✅ Бележката е добавена. Всички ще разберат.
session-place = 📍 Срещата на { $date } е на друго място: { $place }.
session-note = 📝 За срещата на { $date }: { $note }
sess-ask-extra-place = 📍 Къде е допълнителната среща? Напишете мястото или натиснете обичайното.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Гласово съобщение
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Изпратете ми сега гласово съобщение: няколко думи за добре дошли от Вас. Всички ще го получат с напомнянето за { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Гласовото Ви съобщение ще отиде с напомнянето за { $date }.
grp-greeting = Запиши поздрав
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Изпратете ми кратко гласово съобщение: поздрав от Вас. Ще отива с всяко напомняне на { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Поздравът Ви ще отива с всяко напомняне на { $group }.
voice-note-remove = Изтрий записа
voice-note-removed = 🗑 Гласовото съобщение е изтрито.
voice-note-wanted = Моля, изпратете гласово съобщение (задръжте бутона с микрофона) или докоснете Отказ.
