# Reminders, answers to them (RSVP), the next session, the group leader's list before a session.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Reminder: our meeting is on { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Place: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Are you coming?
rsvp-yes = I'm coming
rsvp-no = I can't come
rsvp-call = Please call me
rsvp-saved-yes = ✅ Thank you! See you there.
rsvp-saved-no = Thank you for letting us know. We hope to see you next time.
rsvp-saved-call = 📞 Your group leader will call you.
rsvp-closed = This meeting has already started. Your answer could not be changed.
next-none = No meeting is planned yet. Your group leader will let you know.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } asks you to call. { $phone ->
        [none] No number yet: you get it here as soon as they share it.
       *[other] Number: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Meeting of { $date }
    ✅ Coming: { $coming }
    ❌ Not coming: { $notcoming }
    ❔ No answer: { $noanswer }
    📞 Call: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Noted: { $name } is coming.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) about the meeting of { $date }: { $text }
    Is this an answer? Record it with a button.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Voice note from { $name } ({ $group }) about the meeting of { $date }.
    Is this an answer? Record it with a button.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Coming
rsvp-for-no = Not coming
rsvp-for-call = Wants a call
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Noted: { $name } is not coming.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Noted: { $name } would like a call.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 See you today at { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = I can't come now
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 A word from your group leader for the meeting of { $date }.
