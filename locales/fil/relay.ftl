# Pagpapasa ng mensahe sa pagitan ng mga miyembro at ng kanilang lider ng grupo.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Voice message mula kay { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Litrato mula kay { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 File mula kay { $name } ({ $group })
relay-reply-button = Sumagot
relay-passed-on = ✅ Naipasa na po sa inyong lider ng grupo.
relay-nobody = Wala pang lider ng grupo ang inyong grupo. Naka-save po ang inyong mensahe.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Isulat o sabihin na po ang inyong sagot kay { $name }.
relay-reply-cancelled = Sige po, walang ipinadalang sagot.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Naipadala kay { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = Walang smartphone si { $name }. Pakitawagan po siya.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 Isang mensahe mula kay { $name }
staff-who-for = Para kanino po ang mensaheng ito? Pindutin muna ang "Sumagot" sa ilalim ng mensahe ng isang miyembro, o ipadala ang "menu".
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 Humihingi ng tulong si { $name } ({ $group }): { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name }: { $language } ang binabasa. Darating ang inyong mga salita gaya ng pagkakasulat ninyo.
