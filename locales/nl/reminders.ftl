# Herinneringen, antwoorden daarop, de volgende bijeenkomst, het lijstje voor de groepsbegeleider.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Herinnering: onze bijeenkomst is op { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Plek: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Komt u?
rsvp-yes = Ik kom
rsvp-no = Ik kan niet komen
rsvp-call = Bel mij even
rsvp-saved-yes = ✅ Dank u wel! Tot dan.
rsvp-saved-no = Dank u wel dat u het laat weten. Hopelijk tot de volgende keer.
rsvp-saved-call = 📞 Uw groepsbegeleider belt u.
rsvp-closed = De bijeenkomst is al begonnen. U kunt uw antwoord niet meer veranderen.
next-none = Er is nog geen bijeenkomst gepland. Uw groepsbegeleider laat het u weten.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } vraagt of u belt. { $phone ->
        [none] Nog geen nummer: u krijgt het hier zodra het gedeeld is.
       *[other] Nummer: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Bijeenkomst van { $date }
    ✅ Komen: { $coming }
    ❌ Komen niet: { $notcoming }
    ❔ Geen antwoord: { $noanswer }
    📞 Bellen: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Genoteerd: { $name } komt.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) over de bijeenkomst van { $date }: { $text }
    Is dit een antwoord? Noteer het met een knop.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Spraakbericht van { $name } ({ $group }) over de bijeenkomst van { $date }.
    Is dit een antwoord? Noteer het met een knop.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Komt
rsvp-for-no = Komt niet
rsvp-for-call = Wil gebeld worden
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Genoteerd: { $name } komt niet.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Genoteerd: { $name } wil gebeld worden.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 Tot vandaag om { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Ik kan toch niet
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 Een woordje van uw groepsbegeleider voor de bijeenkomst van { $date }.
