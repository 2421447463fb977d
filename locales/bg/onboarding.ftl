# Присъединяване: кодове за покана, съгласие, език, обаждания, добре дошли.

stranger-how-to-join = Здравейте! Това е samen – програмата на Вашата група. Изпратете кода, който Ви даде водещият.
invite-unknown = Не разпознавам този код. Моля, проверете го или поискайте нов код от водещия на групата.
invite-expired = Този код е твърде стар. Моля, поискайте нов код от водещия на групата.
invite-used-up = Този код е използван твърде много пъти. Моля, поискайте нов код от водещия на групата.
# Variables:
#   $group (string) - the group's name
invite-already-member = Вие вече сте в групата { $group }.
# Variables:
#   $group (string) - the group's name
consent-question = Добре дошли в групата { $group }! Ще Ви пишем за срещите и ще пазим името, езика и отговорите Ви – съгласни ли сте?
consent-yes = Да, приемам
consent-no = Не, благодаря
language-other = Друг език
consent-already = Вече отговорихте. Благодарим Ви!
consent-declined = Добре, не пазим нищо за Вас. Ако решите, изпратете пак същия код.
language-question = На какъв език да Ви пишем?
# Variables:
#   $language (string) - the language's own name
language-changed = Готово. Отсега ще Ви пиша на този език: { $language }.
call-question = Може ли водещият на групата да Ви се обажда?
call-yes = Да, обадете ми се
call-no = Без обаждания
call-saved-yes = Запазено: водещият на групата може да Ви се обажда.
call-saved-no = Запазено: водещият на групата няма да Ви се обажда.
# Variables:
#   $group (string) - the group's name
welcome-participant = Вече сте в групата { $group }. 🌷 Преди всяка среща ще Ви пишем. Искате ли нещо да кажете? Пишете или пратете гласово съобщение тук – водещият ще го получи. Каквото се казва в групата, остава в групата.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Добре дошли като водещ на групата { $group }! Тук идват съобщенията от Вашите участници. Изпратете „меню“ за Вашите инструменти.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name } се присъедини към { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names } се присъединиха към { $group }.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] още един човек
   *[other] още { $count } души
}
call-share-number = Натиснете бутона долу и водещият ще получи номера Ви.
call-share-button = Изпрати номера ми
call-number-saved = Благодарим Ви. Водещият на групата вече може да Ви се обажда.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Да изпращам ли съобщенията си и като гласови съобщения?
voice-yes = Да, и с глас
voice-no = Не, текстът стига
voice-on = 🔊 Отсега нататък ще получавате съобщенията ми и като гласови съобщения.
voice-off = 📝 Отсега нататък ще получавате съобщенията ми само като текст.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Съжалявам, все още не мога да говоря на { $language }. Ще получавате съобщенията като текст.
