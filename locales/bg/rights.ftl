# Откази, спиране на съобщенията на участник, ограничение на броя съобщения, файл с данните.

not-allowed = Съжаляваме, това не е възможно за Вас. Изпратете „помощ“, за да видите какво можете да направите.
paused-not-passed-on = Засега съобщенията Ви не се предават. Моля, говорете с водещия на групата на следващата среща.
too-fast = Изпращате много съобщения наведнъж. Моля, изчакайте една минута; последните не бяха предадени.
mydata-file = 📎 Всички Ваши данни във файл.
mm-pause = Спри препращането
mm-unpause = Препращай отново
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ Съобщенията от { $name } вече не Ви се препращат. Напомнянията продължават да стигат до { $name }.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ Съобщенията от { $name } отново се предават.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Водещият на групата { $group } засега спря предаването на Вашите съобщения. Напомнянията ще продължите да получавате.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Вашите съобщения до водещия на групата { $group } отново се предават.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = И с глас
mm-voice-off = Само текст
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } вече получава съобщенията и като гласови.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } вече получава съобщенията само като текст.
