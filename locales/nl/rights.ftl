# Weigeringen, een deelnemer pauzeren, te veel berichten tegelijk, het gegevensbestand.

not-allowed = Sorry, dat kunt u hier niet doen. Stuur "help" om te zien wat wel kan.
paused-not-passed-on = Uw berichten worden nu niet doorgestuurd. Praat er bij de volgende bijeenkomst over met uw groepsbegeleider.
too-fast = U stuurt veel berichten tegelijk. Wacht even een minuut; de laatste zijn niet doorgestuurd.
mydata-file = 📎 Al uw gegevens in een bestand.
mm-pause = Pauzeer berichten
mm-unpause = Weer doorsturen
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ Berichten van { $name } worden niet meer aan u doorgestuurd. Herinneringen krijgt { $name } nog wel.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ Berichten van { $name } worden weer doorgestuurd.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Uw berichten gaan een tijdje niet naar uw groepsbegeleider van { $group }. U krijgt wel de herinneringen. Praat er gerust over bij de volgende bijeenkomst.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Uw berichten aan de groepsbegeleider van { $group } worden weer doorgestuurd.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = Ook gesproken
mm-voice-off = Alleen tekst
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } krijgt de berichten nu ook als spraakbericht.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } krijgt de berichten nu alleen als tekst.
