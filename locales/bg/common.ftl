# Общи съобщения: отговор с число, стари бутони, грешки.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Отговорете с 1, за да изберете.
   *[other] Отговорете с число от 1 до { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Моля, изберете число от 1 до { $count }.
button-expired = Този бутон вече не работи. Изпратете „помощ“, за да видите какво можете да направите.
cancel = Отказ
empty-message = Получих празно съобщение. Напишете нещо, изпратете гласово съобщение или натиснете бутон.
error-sorry = Съжаляваме, при нас нещо се обърка. Съобщението Ви е запазено. Моля, опитайте отново по-късно.
unknown-command = Не разпознавам тази команда.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ Съобщение до { $name } може би не е пристигнало. Моля, попитайте { $name }.
    [unreachable] ⚠️ Ботът вече не може да се свърже с { $name }. Моля, обадете се на { $name }.
    [window] ⚠️ С { $name } може да се свържете само по телефона, докато { $name } не напише отново на бота.
   *[failed] ⚠️ Не успяхме да доставим съобщение до { $name }. Моля, обадете се на { $name }.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Разбрах: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] { $hour } часа
       *[other] { $hour } и { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Отговорете с докосване или с номер.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $day } { $month } ({ $weekday })
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date }, { $time }
