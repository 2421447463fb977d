# Rekordatorionan, kontestanan riba nan, e siguiente reunion, e lista di e guia di grupo promé ku un reunion.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 No lubidá: nos reunion ta { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Lugá: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Bo ta bini?
rsvp-yes = Mi ta bini
rsvp-no = Mi no por bini
rsvp-call = Por fabor yama mi
rsvp-saved-yes = ✅ Masha danki! Te aya.
rsvp-saved-no = Danki pa bisa nos. Nos ta spera di mira bo e siguiente biaha.
rsvp-saved-call = 📞 Bo guia di grupo lo yama bo.
rsvp-closed = E reunion aki a kuminsá kaba. No por kambia bo kontesta mas.
next-none = No tin reunion planifiká ainda. Bo guia di grupo lo bisa bo.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } ta pidi pa bo yam'é. { $phone ->
        [none] E no a duna su number ainda: bo ta hañ'é aki asina cu e dun'é.
       *[other] Number: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Reunion di { $date }
    ✅ Ta bini: { $coming }
    ❌ No ta bini: { $notcoming }
    ❔ Sin kontesta: { $noanswer }
    📞 Yama: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Anotá: { $name } ta bini.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) tokante e reunion di { $date }: { $text }
    Esaki ta un kontesta? Anot'é p'e ku un boton.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Mensahe di bos di { $name } ({ $group }) tokante e reunion di { $date }.
    Esaki ta un kontesta? Anot'é p'e ku un boton.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Ta bini
rsvp-for-no = No ta bini
rsvp-for-call = Ke un yamada
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Anotá: { $name } no ta bini.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Anotá: { $name } ke un yamada.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 Te awe na { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Mi no por bin
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 Algun palabra di bo guia di grupo pa e reunion di { $date }.
