# Инструменти на водещия на групата: меню, покани, списък с участници, участници без смартфон.

menu-no-group = Все още не водите група.
menu-pick-group = Коя група?
# Variables:
#   $group (string) - the group's name
menu-title = Меню за { $group }:
menu-invite = Покана
menu-members = Участници
menu-add-phone-only = Без смартфон
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = Нов код за { $group }: { $code }
    Изпратете го на нов участник. Кодът важи до { $expires }, за { $uses ->
        [one] един човек
       *[other] { $uses } души
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] един участник
       *[other] { $count } участници
    }
    { $lines }
    ⭐ водещ на групата · 📵 без смартфон · 📞 приема обаждания · 🔕 спрени съобщения · ⏳ още няма съгласие
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Добавяне на участник без смартфон в групата { $group }. Добавяйте само човек, който е съгласен да участва. Как се казва?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Моля, напишете име с най-много { $max ->
        [one] една буква
       *[other] { $max } букви
    }.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = На какъв език говори { $name }?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = На кой телефон можете да търсите { $name }? Само със съгласието на този човек. Или натиснете „Пропусни“.
members-add-skip = Пропусни
members-add-bad-number = Това не е телефонен номер. Напишете го така: +31612345678, или натиснете „Пропусни“.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) вече е в групата { $group }. Вие отговаряте от името на { $name }.
members-add-cancelled = Добре, никой не е добавен.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = В Telegram новият участник може също да натисне този линк: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = В WhatsApp новият участник може да натисне този линк и после „Изпрати“: { $link }
