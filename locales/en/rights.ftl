# Refusals, pausing a member, the inbound rate limit, the data file.

not-allowed = Sorry, that is not possible for you. Send "help" to see what you can do.
paused-not-passed-on = Your messages are not passed on for now. Please talk to your group leader at the next meeting.
too-fast = You are sending many messages at once. Please wait a minute; the last ones were not passed on.
mydata-file = 📎 All your data as a file.
mm-pause = Pause messages
mm-unpause = Resume messages
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ Messages from { $name } are no longer passed on to you. Reminders still go to them.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ Messages from { $name } are passed on again.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Your group leader of { $group } has paused your messages for now. You still get the reminders.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Your messages to the group leader of { $group } are passed on again.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = Voice messages too
mm-voice-off = Text only
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } now also gets the messages as voice messages.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } now gets the messages as text only.
