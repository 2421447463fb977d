# Przypomnienia, odpowiedzi na nie, następne spotkanie, lista dla opiekuna grupy przed spotkaniem.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Przypominamy o spotkaniu: { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Miejsce: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Czy przyjdzie Pan/Pani?
rsvp-yes = Przyjdę
rsvp-no = Nie mogę przyjść
rsvp-call = Proszę zadzwonić
rsvp-saved-yes = ✅ Dziękujemy! Do zobaczenia.
rsvp-saved-no = Dziękujemy za informację. Mamy nadzieję, że zobaczymy się następnym razem.
rsvp-saved-call = 📞 Opiekun grupy zadzwoni do Pana/Pani.
rsvp-closed = To spotkanie już się zaczęło. Nie udało się zmienić odpowiedzi.
next-none = Nie ma jeszcze zaplanowanego spotkania. Opiekun grupy da znać.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } prosi o telefon. { $phone ->
        [none] Nie ma jeszcze numeru: przyjdzie tutaj, gdy tylko zostanie podany.
       *[other] Numer: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Spotkanie: { $date }
    ✅ Przyjdą: { $coming }
    ❌ Nie przyjdą: { $notcoming }
    ❔ Bez odpowiedzi: { $noanswer }
    📞 Prośba o telefon: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Zapisane: { $name } przyjdzie.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) o spotkaniu { $date }: { $text }
    Czy to odpowiedź? Zapisz ją przyciskiem.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Wiadomość głosowa od: { $name } ({ $group }) o spotkaniu { $date }.
    Czy to odpowiedź? Zapisz ją przyciskiem.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Przyjdzie
rsvp-for-no = Nie przyjdzie
rsvp-for-call = Prosi o telefon
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Zapisane: { $name } nie przyjdzie.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Zapisane: { $name } prosi o telefon.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 Do zobaczenia dziś o { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Jednak nie mogę
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 Kilka słów od opiekuna grupy na spotkanie { $date }.
