# The relay between participants and their group leader.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Voice note from { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Photo from { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 File from { $name } ({ $group })
relay-reply-button = Reply
relay-passed-on = ✅ Passed on to your group leader.
relay-nobody = Your group has no group leader yet. Your message is saved.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Write or speak your answer to { $name } now.
relay-reply-cancelled = All right, no answer sent.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Sent to { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } has no smartphone. Please call them.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 A message from { $name }
staff-who-for = Who is this message for? Tap "Reply" under a member's message first, or send "menu".
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) asks for help: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name } reads { $language }: your words reach them as you write them.
