# Attendance after a session, check-ins with those who were absent, the leader's digest, follow-up tasks.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Who was there on { $date }? Tap names to change, or send the numbers of who came (like 1 3 4, or "all but 2"). Then tap Confirm.
    { $lines }
attendance-confirm = Confirm
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Saved: { $present } of { $total } came.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 The attendance of { $date } has not been saved yet.
attendance-bad-numbers = Please send the numbers of who came, like 1 3 4, or "all but 2".
checkin-missed = We missed you today. How are you?
checkin-excused = We hope all is well with you. See you next time!
checkin-fine = I'm fine
checkin-unwell = I'm not well
checkin-call = Please call me
checkin-thanks = Thank you for letting us know. 🌷
checkin-unwell-reply = We are sorry to hear that. Your group leader will get in touch.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 After the meeting of { $date }:
    Absent: { $absent }
    ⚠️ Absent twice or more in a row: { $atrisk }
    📞 Asked to be called: { $call }
    🔕 No answer in 48 hours: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell, no-answer or missed (a member without a smartphone)
task-new = { $reason ->
        [unwell] 🗒 Task: { $name } is not well. Please get in touch.
        [no-answer] 🗒 Task: { $name } did not answer after missing the meeting. Please get in touch.
        [missed] 🗒 Task: call { $name } (no smartphone): they missed the meeting.
       *[call-me] 🗒 Task: { $name } asks to be called.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Still open: get in touch with { $name }. How did it go?
task-reached = Reached
task-not-reached = Not reached
task-needs-help = Needs help
task-done = ✅ Noted. Thank you.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) after the check-in about the meeting of { $date }: { $text }
    Is this an answer? Record it with a button.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Voice note from { $name } ({ $group }) after the check-in about the meeting of { $date }.
    Is this an answer? Record it with a button.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Is well
checkin-for-unwell = Not well
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Noted for { $name }: { $answer }.
attendance-ask-activity = 🎯 What did you do together today? Tap one, or write a few words. (For the report; you may skip it.)
attendance-activity-skipped = Fine, nothing noted.
attendance-activity-words = Please write a few words (at most { $max } characters), or tap one of the buttons.
attendance-activity-saved = ✅ Noted for the report: { $activity }.
