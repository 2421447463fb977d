# Предаване на съобщения между участниците и водещия на групата.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Гласово съобщение от { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Снимка от { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 Файл от { $name } ({ $group })
relay-reply-button = Отговор
relay-passed-on = ✅ Предадено на водещия на групата.
relay-nobody = Вашата група още няма водещ. Съобщението Ви е запазено.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Сега напишете отговора си до { $name } или изпратете гласово съобщение.
relay-reply-cancelled = Добре, не е изпратен отговор.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Изпратено до { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } няма смартфон. Моля, обадете се на { $name }.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 Съобщение от { $name }
staff-who-for = За кого е това съобщение? Първо натиснете „Отговор“ под съобщение на участник или изпратете „меню“.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) моли за помощ: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name }: чете на { $language }. Думите ви ще стигнат така, както ги пишете.
