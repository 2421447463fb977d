# Przekazywanie wiadomości między uczestnikami a opiekunem grupy.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Wiadomość głosowa od: { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Zdjęcie od: { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 Plik od: { $name } ({ $group })
relay-reply-button = Odpowiedz
relay-passed-on = ✅ Przekazano opiekunowi grupy.
relay-nobody = Grupa nie ma jeszcze opiekuna. Wiadomość jest zapisana.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Odpowiedź dla: { $name }. Proszę ją teraz napisać albo nagrać.
relay-reply-cancelled = Dobrze, odpowiedź nie została wysłana.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Wysłano do: { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } nie ma smartfona. Proszę zadzwonić do tej osoby.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 Wiadomość od: { $name }
staff-who-for = Do kogo jest ta wiadomość? Proszę najpierw nacisnąć „Odpowiedz” pod wiadomością uczestnika albo wysłać „menu”.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) prosi o pomoc: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name }: czyta po { $language }. Twoje słowa dotrą tak, jak je napiszesz.
