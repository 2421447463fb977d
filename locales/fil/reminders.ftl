# Mga paalala, mga sagot dito, ang susunod na pagkikita, ang listahan ng lider ng grupo bago ang pagkikita.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Paalala po: ang ating pagkikita ay sa { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Lugar: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Darating po ba kayo?
rsvp-yes = Darating po ako
rsvp-no = Hindi makakapunta
rsvp-call = Tawagan po ako
rsvp-saved-yes = ✅ Salamat po! Magkita po tayo roon.
rsvp-saved-no = Salamat po sa pagsabi. Sana po ay magkita tayo sa susunod.
rsvp-saved-call = 📞 Tatawagan po kayo ng inyong lider ng grupo.
rsvp-closed = Nagsimula na po ang pagkikitang ito. Hindi na nabago ang inyong sagot.
next-none = Wala pa pong nakaplanong pagkikita. Sasabihan po kayo ng inyong lider ng grupo.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 Hinihiling ni { $name } na tawagan ninyo siya. { $phone ->
        [none] Wala pang numero: darating ito rito sa sandaling ibigay niya.
       *[other] Numero: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Pagkikita sa { $date }
    ✅ Darating: { $coming }
    ❌ Hindi darating: { $notcoming }
    ❔ Walang sagot: { $noanswer }
    📞 Tawagan: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Naitala po: darating si { $name }.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) tungkol sa pagkikita sa { $date }: { $text }
    Sagot ba ito? Itala ito para sa kanya gamit ang isang button.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Voice message mula kay { $name } ({ $group }) tungkol sa pagkikita sa { $date }.
    Sagot ba ito? Itala ito para sa kanya gamit ang isang button.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Darating
rsvp-for-no = Hindi darating
rsvp-for-call = Gustong tawagan
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Naitala po: hindi darating si { $name }.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Naitala po: gustong tawagan si { $name }.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 Kita-kits po mamaya, alas { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Di na makakapunta
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 Ilang salita mula sa inyong lider ng grupo para sa pagkikita sa { $date }.
