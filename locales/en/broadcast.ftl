# Broadcasts from the group leader to the group, ready-made announcements, a linked Telegram group chat.

menu-broadcast = Message to all
menu-link-chat = Telegram group
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 A message to { $group }. Who should get it?
bc-everyone = Everyone
bc-coming = Those coming
# Variables:
#   $group (string) - the group's name
bc-ask-content = Type your message, or send a photo or a voice note. Or pick a ready-made message: everyone gets it in their own language.
bc-ready-cancelled-label = Meeting cancelled
bc-ready-place-label = New place
bc-ready-bring-label = Bring something
bc-ready-ramadan-label = Ramadan
bc-ready-eid-label = Eid Mubarak
bc-ready-christmas-label = Christmas
bc-ready-newyear-label = New Year
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Divali
bc-ready-summer-label = Summer break
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: the meeting on { $date } does not go ahead. We will let you know about the next one. Take care!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: the meeting on { $date } is at another place. { $place ->
        [none] Your group leader will tell you where.
       *[other] We meet at: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: for the meeting on { $date }, please bring something to share: a dish, a photo or a story from home. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 { $group } wishes everyone who fasts a blessed month. Ramadan Mubarak!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Eid Mubarak! { $group } wishes you and your family a happy Eid.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 { $group } wishes you a merry Christmas and warm days with people dear to you.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 Happy New Year from { $group }! We look forward to seeing you again.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: today we remember the end of slavery and celebrate freedom. { $group } wishes you a meaningful day.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Happy Divali! { $group } wishes you light, joy and good health.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ { $group } takes a summer break. Have a good summer! We will let you know when we meet again.
bc-needs-meeting = There is no next meeting planned, so this message cannot be used now. Type your own message instead.
bc-preview-title = 👀 This is what they will get:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = It goes to { $count ->
        [one] 1 member
       *[other] { $count } members
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Own version in: { $versions }.
    }{ $chat ->
        [yes] {" "}Also to the linked Telegram group.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}No smartphone, please call: { $phone }.
    } Send it now?
bc-send = Send
bc-add-version = Other language
bc-version-not-needed = A ready-made message already goes to everyone in their own language.
bc-ask-version-language = For which language do you want to write a version of its own?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Type the message in { $language }.
bc-cancelled = All right, nothing was sent.
bc-nobody = There is nobody to send this to yet.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Sent to { $count ->
        [one] 1 member
       *[other] { $count } members
    }. The answers come to you here.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] This member has
       *[other] These members have
    } no smartphone. Please call to pass the message on:
    { $lines }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
#   $text (string) - the message
broadcast-message = 📣 { $group } · { $name }:
    { $text }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
broadcast-media = 📣 { $group } · { $name }
# Variables:
#   $group (string) - the group's name
#   $code (string) - the one-time code
#   $linked (string) - yes when a chat is linked already
link-howto = 🔗 A Telegram group for { $group }: only for members who choose to join it, because there they see each other's names and accounts.
    1. Make a Telegram group and add me to it.
    2. Send this there: /link { $code }
    The code works once, for one day. Announcements then also go to that group; polls there are anonymous. I never add anyone to it.{ $linked ->
        [yes] {" "}A group is linked now: a new link replaces it.
       *[other] {""}
    }
link-unlink = Unlink the chat
link-none = No Telegram group is linked.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ The Telegram group is no longer linked to { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = This chat is no longer linked to { $group }. Announcements come in private chats only.
chat-link-bad-code = This code does not work. Ask for a new code in your menu (Telegram group) and send /link with it here.
chat-link-leaders-only = Only a group leader can link or unlink this chat.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = This chat is already linked to { $other }. Send /unlink first.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ This chat is now linked to { $group }. Announcements also appear here. Everything else stays in private chats with me.
chat-not-linked = This chat is not linked to a group.
chat-what-i-do = I only post announcements here. For anything else, write to me in a private chat.
chat-vote = 🗳 What shall we do together? This poll is anonymous. Your vote counts when you answer in your private chat with me.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names } { $count ->
        [one] reads
       *[other] read
    } { $language }: your text reaches them as you wrote it. Tap { $language } to add a version.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names } { $count ->
        [one] has
       *[other] have
    } messages read aloud, but your own words are not read aloud. A ready-made message is, and so is a voice message you record.
