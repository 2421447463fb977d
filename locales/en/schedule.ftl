# Planning sessions in chat, and telling members about changes.

menu-schedule = Plan the year
menu-sessions = Sessions
menu-extra-session = Extra session
sched-ask-weekday = On which day does the group meet?
sched-ask-time = At what time does it start? Tap a time, or write one like 10:30.
sched-bad-time = Please write a time like 10:30, or tap one.
sched-ask-every = How often?
sched-every-1 = Every week
sched-every-2 = Every two weeks
sched-ask-from = From which date?
sched-ask-place = Where does the group meet? Write the place, or tap a button.
sched-place-none = No place yet
sched-ask-break = Does the group take a summer break?
sched-break-none = No summer break
sched-break-school = School summer
sched-break-july-august = July and August
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Which holidays and feasts should the plan step around? Tap to add or remove, then tap Done.
    Chosen: { $chosen }
sched-traditions-done = Done
tradition-dutch = Dutch holidays
tradition-school = School holidays
tradition-islamic = Islamic feasts
tradition-christian = Christian feasts
tradition-orthodox = Orthodox feasts
tradition-hindu = Hindu feasts
tradition-surinamese = Surinamese days
tradition-chinese = Chinese New Year
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = Plan for { $group }: { $count ->
        [one] one session
       *[other] { $count } sessions
    }
    { $lines }
sched-confirm = Save this plan
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Saved: { $count ->
        [one] one session
       *[other] { $count } sessions
    }. Everyone in the group will hear about it.
sched-cancelled = All right, nothing was saved.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, no session
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ { $count ->
        [0] No meetings at all in twelve months.
        [one] Only 1 meeting in twelve months.
       *[other] Only { $count } meetings in twelve months.
    } The manual advises at least 10 a year.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ No session from { $from } to { $to }. Is that a break?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, no meeting. The group then goes { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } without meeting; the manual advises meeting at least every two weeks.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] no session (default)
        [move] moved to the next free week (default)
       *[keep] the session stays (default)
    }
sess-ask-pick = Which session?
sess-none = There are no sessions planned yet.
# Variables:
#   $date (datetime) - when the session is
sess-what = Session of { $date }: what do you want to do?
sess-move = Move
sess-cancel = Cancel session
sess-ask-moveto = To which day?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = Cancel the session of { $date }? Everyone will hear about it.
sess-yes-cancel = Yes, cancel it
sess-keep = No, keep it
sess-done-moved = ✅ Moved. Everyone will hear about it.
sess-done-cancelled = ✅ Cancelled. Everyone will hear about it.
sess-ask-extra-day = On which day is the extra session?
sess-done-added = ✅ Extra session added. Everyone will hear about it.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 { $count ->
        [one] There is a new meeting date: { $first }.
       *[other] There are { $count } new meeting dates. The first one is on { $first }.
    }
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 The meeting of { $old } has moved to { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 The meeting of { $date } will not take place.
# Variables:
#   $date (datetime) - the extra meeting
#   $place (string) - where, or none
session-added = 📅 Extra meeting: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Welcome!
# One meeting's own place and note (🗓 Meetings → a meeting). $date (datetime) - the meeting
sess-place = Other place
sess-note = Note
sess-ask-place = 📍 Where is the meeting of { $date }? Write the place, for example: Hema, city centre.
sess-ask-note = 📝 What should everyone know about the meeting of { $date }? For example: bring a photo of your family.
sess-bad-text = Please write a few words (at most { $max } characters).
sess-done-place = ✅ Place changed. Everyone will hear about it.
sess-done-note = ✅ Note added. Everyone will hear about it.
session-place = 📍 The meeting of { $date } is at another place: { $place }.
session-note = 📝 For the meeting of { $date }: { $note }
sess-ask-extra-place = 📍 Where is the extra meeting? Write the place, or tap the usual one.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Voice note
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Send me a voice note now: a few words of welcome from you. Everyone gets it with the reminder of { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Your voice note goes with the reminder of { $date }.
grp-greeting = Record a greeting
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Send me a short voice note: a greeting from you. It goes with every reminder of { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Your greeting goes with every reminder of { $group }.
voice-note-remove = Remove voice note
voice-note-removed = 🗑 The voice note is removed.
voice-note-wanted = Please send a voice note (hold the microphone button), or tap Cancel.
