# Pasa mensahe entre e miembronan i nan guia di grupo.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Mensahe di bos di { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Potrèt di { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 Dokumento di { $name } ({ $group })
relay-reply-button = Kontestá
relay-passed-on = ✅ Nos a pasa esaki pa bo guia di grupo.
relay-nobody = Bo grupo no tin guia di grupo ainda. Bo mensahe ta wardá.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Awor skirbi òf bisa bo kontesta pa { $name }.
relay-reply-cancelled = Ta bon, nos no a manda ningun kontesta.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Mandá pa { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } no tin smartphone. Por fabor, yama { $name }.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 Un mensahe di { $name }
staff-who-for = Pa ken e mensahe aki ta? Promé primi "Kontestá" bou di e mensahe di un miembro, òf manda "menu".
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) ta pidi yudansa: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name } ta lesa { $language }: bo palabranan ta yega manera bo ta skirbi nan.
