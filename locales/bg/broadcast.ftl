# Съобщения от водещия на групата до групата, готови съобщения, свързана Telegram група.

menu-broadcast = До всички
menu-link-chat = Telegram група
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 Съобщение до { $group }. Кой да го получи?
bc-everyone = Всички
bc-coming = Тези, които идват
# Variables:
#   $group (string) - the group's name
bc-ask-content = Напишете съобщението си или изпратете снимка или гласово съобщение. Или изберете готово съобщение: всеки го получава на своя език.
bc-ready-cancelled-label = Отменена среща
bc-ready-place-label = Ново място
bc-ready-bring-label = Донесете нещо
bc-ready-ramadan-label = Рамазан
bc-ready-eid-label = Честит Байрам
bc-ready-christmas-label = Коледа
bc-ready-newyear-label = Нова година
bc-ready-ketikoti-label = Кети Коти
bc-ready-divali-label = Дивали
bc-ready-summer-label = Лятна почивка
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: срещата на { $date } няма да се състои. Ще Ви кажем кога е следващата. Пазете се!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: срещата на { $date } ще бъде на друго място. { $place ->
        [none] Водещият на групата ще Ви каже къде.
       *[other] Новото място е: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: моля, донесете на срещата на { $date } нещо, което да споделим: ястие, снимка или история от родния край. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 { $group } пожелава благословен Рамазан на всички, които постят!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Честит Байрам! { $group } пожелава на Вас и семейството Ви весел празник.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 { $group } Ви пожелава весела Коледа и топли дни с хората, които обичате.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 Честита Нова година от { $group }! С радост очакваме да Ви видим отново.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Кети Коти: днес си спомняме края на робството и празнуваме свободата. { $group } Ви пожелава ден, изпълнен със смисъл.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Честито Дивали! { $group } Ви пожелава светлина, радост и здраве.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ { $group } излиза в лятна почивка. Приятно лято! Ще Ви кажем кога ще се видим отново.
bc-needs-meeting = Няма планирана следваща среща, затова това съобщение не може да се използва сега. Моля, напишете свое съобщение.
bc-preview-title = 👀 Ето какво ще получат:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = Отива до { $count ->
        [one] един участник
       *[other] { $count } участници
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Отделен текст за: { $versions }.
    }{ $chat ->
        [yes] {" "}Също и до свързаната Telegram група.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Без смартфон, моля, обадете се на: { $phone }.
    } Да го изпратим ли сега?
bc-send = Изпрати
bc-add-version = Друг език
bc-version-not-needed = Готовото съобщение вече отива до всеки на неговия език.
bc-ask-version-language = За кой език искате да напишете отделен текст?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Напишете съобщението на този език: { $language }.
bc-cancelled = Добре, нищо не е изпратено.
bc-nobody = Все още няма на кого да изпратим това.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Изпратено до { $count ->
        [one] един участник
       *[other] { $count } участници
    }. Отговорите им ще идват при Вас тук.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] Този участник няма
       *[other] Тези участници нямат
    } смартфон. Моля, обадете се, за да предадете съобщението:
    { $lines }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
#   $text (string) - the message
broadcast-message = 📣 { $group } · { $name }:
    { $text }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
broadcast-media = 📣 { $group } · { $name }
# Variables:
#   $group (string) - the group's name
#   $code (string) - the one-time code
#   $linked (string) - yes when a chat is linked already
link-howto = 🔗 Telegram група за { $group }: само за участници, които сами искат да влязат в нея, защото там всеки вижда имената и профилите на другите.
    1. Създайте Telegram група и ме добавете в нея.
    2. Изпратете там: /link { $code }
    Кодът работи веднъж и важи един ден. После обявленията ще отиват и в тази група; анкетите там са анонимни. Никога не добавям никого в нея.{ $linked ->
        [yes] {" "}Сега вече има свързана група: новата връзка ще я замени.
       *[other] {""}
    }
link-unlink = Премахни връзката
link-none = Няма свързана Telegram група.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ Telegram групата вече не е свързана с { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = Този чат вече не е свързан с { $group }. Обявленията идват само в лични чатове.
chat-link-bad-code = Този код не работи. Поискайте нов код от Вашето меню (Telegram група) и го изпратете тук с /link.
chat-link-leaders-only = Само водещ на групата може да свързва този чат или да премахва връзката.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = Този чат вече е свързан с { $other }. Първо изпратете /unlink.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ Този чат вече е свързан с { $group }. Обявленията ще се появяват и тук. Всичко друго остава в личните чатове с мен.
chat-not-linked = Този чат не е свързан с група.
chat-what-i-do = Тук публикувам само обявления. За всичко друго ми пишете в личен чат.
chat-vote = 🗳 Какво ще правим заедно? Тази анкета е анонимна. Вашият глас се брои, когато отговорите в личния си чат с мен.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names }: { $count ->
        [one] чете
       *[other] четат
    } на { $language }. Текстът ще стигне така, както сте го написали. Докоснете { $language }, за да добавите версия.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names }: { $count ->
        [one] получава
       *[other] получават
    } съобщенията и с глас, но Вашите собствени думи не се четат на глас. Готовото съобщение се чете, както и гласово съобщение, което запишете.
