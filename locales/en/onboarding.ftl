# Joining: invite codes, consent, language, calls, welcome.

stranger-how-to-join = Hello! This is the samen bot of your meeting group. To join, send the code you got from your group leader.
invite-unknown = I don't know this code. Please check it, or ask your group leader for a new code.
invite-expired = This code is too old. Please ask your group leader for a new code.
invite-used-up = This code has been used too often. Please ask your group leader for a new code.
# Variables:
#   $group (string) - the group's name
invite-already-member = You are already in { $group }.
# Variables:
#   $group (string) - the group's name
consent-question = Welcome to { $group }! May we send you messages about the group here, and keep your name, language and answers?
consent-yes = I agree
consent-no = No, thanks
language-other = Other language
consent-already = You have already answered. Thank you!
consent-declined = All right. We have kept nothing. You can join later with the same code.
language-question = Which language do you want?
# Variables:
#   $language (string) - the language's own name
language-changed = Done. I will write to you in { $language }.
call-question = May your group leader call you?
call-yes = Yes, call me
call-no = No calls
call-saved-yes = Saved: your group leader may call you.
call-saved-no = Saved: your group leader will not call you.
# Variables:
#   $group (string) - the group's name
welcome-participant = You are now in { $group }. 🌷 Before each meeting you get a reminder. Want to say something? Send a message or a voice note here: your group leader gets it. What is said in the group stays in the group.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Welcome, group leader of { $group }! Messages from your members come here. Send "menu" for your tools.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name } joined { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names } joined { $group }.
# What stands for the names left out of a long list ("Fatima, Aisha and 8 others").
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] one other
   *[other] { $count } others
}
call-share-number = Tap the button below to give your group leader your phone number.
call-share-button = Share my number
call-number-saved = Thank you. Your group leader can now call you.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Shall I also send my messages as a voice message?
voice-yes = Yes, also as voice
voice-no = No, text is enough
voice-on = 🔊 From now on my messages also come as a voice message.
voice-off = 📝 From now on my messages come as text only.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = I cannot speak { $language } yet, sorry. My messages come as text.
