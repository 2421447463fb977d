# Doorgeven tussen deelnemers en hun groepsbegeleider.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Spraakbericht van { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Foto van { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 Bestand van { $name } ({ $group })
relay-reply-button = Antwoorden
relay-passed-on = ✅ Doorgegeven aan uw groepsbegeleider.
relay-nobody = Uw groep heeft nog geen groepsbegeleider. Uw bericht is bewaard.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Schrijf nu uw antwoord aan { $name }, of spreek het in.
relay-reply-cancelled = Goed, er is geen antwoord verstuurd.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Verstuurd naar { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } heeft geen smartphone. Bel { $name } alstublieft.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 Een bericht van { $name }
staff-who-for = Voor wie is dit bericht? Tik eerst op "Antwoorden" onder een bericht van een deelnemer, of stuur "menu".
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) vraagt om hulp: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name } leest { $language }: uw woorden komen aan zoals u ze schrijft.
