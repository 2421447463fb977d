# The group leader's tools: menu, invites, member list, members without a smartphone.

menu-no-group = You do not lead a group yet.
menu-pick-group = Which group?
# Variables:
#   $group (string) - the group's name
menu-title = Menu for { $group }:
menu-invite = Invite
menu-members = Members
menu-add-phone-only = No smartphone
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = New code for { $group }: { $code }
    Send it to a new member. It works until { $expires }, for { $uses ->
        [one] one person
       *[other] { $uses } people
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] one member
       *[other] { $count } members
    }
    { $lines }
    ⭐ group leader · 📵 no smartphone · 📞 may be called · 🔕 stopped · ⏳ has not agreed yet
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Add a member without a smartphone to { $group }. Only add someone who agreed to join. What is their name?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Please write a name of at most { $max ->
        [one] 1 letter.
       *[other] { $max } letters.
    }
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = Which language does { $name } speak?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = Which phone number may you call { $name } on? Only with their permission. Or tap Skip.
members-add-skip = Skip
members-add-bad-number = That is not a phone number. Write it like +31612345678, or tap Skip.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) is now in { $group }. You answer for them.
members-add-cancelled = All right, nobody added.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = On Telegram the new member can also tap this link: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = On WhatsApp the new member can tap this link and press send: { $link }
